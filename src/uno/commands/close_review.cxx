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

Outcome closeReview(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto year = command.whole("Year");
    if (!year) return {false, say(Message::UnknownYear, command.language, "")};
    const PlanResult planned =
        planCloseReview(*tracker.model, *year, command.text("Notes"), stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, STR_UNDO_CLOSE_REVIEW);
        !applied.ok)
        return applied;
    return {true, say(Message::ReviewClosed, command.language, std::to_string(*year))};
}

} // namespace condtrack::uno
