#include "report/review_report.hpp"
#include "commands/command_context.hxx"
#include "dialogs/assessment_dialog.hxx"
#include "dialogs/import_dialog.hxx"
#include "document/tracker_access.hxx"
#include "document/workbook_writer.hxx"
#include "iati/import_plan.hpp"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "tracker/layout.hpp"
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

#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <fstream>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <chrono>
#include <cmath>
#include <set>

namespace condtrack::uno {

namespace uno = css::uno;

namespace {

// The report's sheet name, numbered when a report of that year exists already.
std::string freeSheetName(const uno::Reference<css::frame::XModel>& model,
                          const std::string& base) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    std::string name = base;
    for (int k = 2; sheets->hasByName(fromUtf8(name)); ++k)
        name = base + " (" + std::to_string(k) + ")";
    return name;
}

uno::Reference<css::sheet::XSpreadsheet>
reportSheet(const uno::Reference<css::frame::XModel>& model, const std::string& sheetName) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    return uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(fromUtf8(sheetName)),
                                                    uno::UNO_QUERY_THROW);
}

// The sheet's print area (its cells and charts) alone, with its page style.
void exportSheetToPdf(const uno::Reference<css::frame::XModel>& model, const std::string& sheetName,
                      const rtl::OUString& url) {
    const auto sheet = reportSheet(model, sheetName);
    const auto areas =
        uno::Reference<css::sheet::XPrintAreas>(sheet, uno::UNO_QUERY_THROW)->getPrintAreas();
    if (!areas.hasElements()) throw uno::RuntimeException("the report sheet has no print area");
    const auto& area = areas[0];
    uno::Sequence<css::beans::PropertyValue> filterData(1);
    filterData.getArray()[0].Name = "Selection";
    filterData.getArray()[0].Value <<=
        sheet->getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow);
    uno::Sequence<css::beans::PropertyValue> args(3);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= rtl::OUString("calc_pdf_Export");
    args.getArray()[1].Name = "FilterData";
    args.getArray()[1].Value <<= filterData;
    args.getArray()[2].Name = "Overwrite";
    args.getArray()[2].Value <<= true;
    uno::Reference<css::frame::XStorable>(model, uno::UNO_QUERY_THROW)->storeToURL(url, args);
}

// Shows the new sheet in the document's window (a hidden document has none).
void openSheet(const uno::Reference<css::frame::XModel>& model, const std::string& sheetName) {
    const uno::Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(),
                                                            uno::UNO_QUERY);
    if (view.is()) view->setActiveSheet(reportSheet(model, sheetName));
}

// The programme's name and currency for the page header and the amounts.
ProgrammeHeading headingOf(const uno::Reference<css::frame::XModel>& model, Language language) {
    if (const auto header = readNamedRange(model, layout::kHeader))
        return programmeHeading(*header, language);
    return {};
}

} // namespace

Outcome reviewReport(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto chosen = command.whole("Year");
    const std::optional<int> year = chosen ? chosen : defaultYear(*tracker.model);
    if (!year || !tracker.model->yearIndex(*year))
        return {false,
                say(Message::UnknownYear, command.language, year ? std::to_string(*year) : "")};
    if (structureProtected(command.model))
        return {false, say(Message::WorkbookProtected, command.language)};
    WorkbookPlan plan =
        reviewReportPlan(*tracker.model, *year, boost::gregorian::day_clock::local_day(),
                         command.language, headingOf(command.model, command.language));
    plan.sheets.front().name = freeSheetName(command.model, plan.sheets.front().name);
    const std::string sheetName = plan.sheets.front().name;
    for (auto& chart : plan.charts)
        chart.name += " " + sheetName; // unique in the document
    applyPlan(command.model, plan,
              fromUtf8(std::string(tr(STR_UNDO_REVIEW_REPORT, command.language))));
    openSheet(command.model, sheetName);
    std::string message = say(Message::ReportCreated, command.language, sheetName);
    if (const std::string pdf = command.text("PdfUrl"); !pdf.empty()) {
        exportSheetToPdf(command.model, sheetName, fromUtf8(pdf));
        message += " " + say(Message::PdfWritten, command.language, pdf);
    }
    return {true, message};
}

} // namespace condtrack::uno
