#include "commands/command_context.hxx"
#include "dialogs/assessment_dialog.hxx"
#include "dialogs/import_dialog.hxx"
#include "document/tracker_access.hxx"
#include "document/workbook_writer.hxx"
#include "iati/import_plan.hpp"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "report/review_report.hpp"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "tracker/programme_header.hpp"
#include "tracker/template.hpp"
#include "views/panels.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <osl/file.hxx>

#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <fstream>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <chrono>
#include <cmath>
#include <set>

namespace condtrack::uno {

Outcome newTracker(const CommandContext& command) {
    if (!isSpreadsheet(command.model))
        return {false, say(Message::NotASpreadsheet, command.language)};
    if (structureProtected(command.model))
        return {false, say(Message::WorkbookProtected, command.language)};
    TrackerOptions options;
    options.language = command.language;
    const int thisYear = boost::gregorian::day_clock::local_day().year();
    options.firstYear = command.whole("FirstYear").value_or(thisYear);
    options.years = command.whole("Years").value_or(options.years);
    options.indicators = command.whole("Indicators").value_or(options.indicators);
    options.validate(); // before any date is made from the first year
    options.firstReview = Date(static_cast<unsigned short>(options.firstYear + 1), 3, 31);
    const WorkbookPlan plan = newTrackerPlan(options);

    if (const auto clash = collision(command.model, plan, trackerRangeNames())) {
        const bool isRange = clash->kind == Collision::Kind::NamedRange;
        return {false, say(isRange ? Message::TrackerExists : Message::SheetExists,
                           command.language, clash->name)};
    }
    applyPlan(command.model, plan,
              fromUtf8(std::string(tr(STR_UNDO_NEW_TRACKER, command.language))));
    return {true, say(Message::TrackerCreated, command.language)};
}

} // namespace condtrack::uno
