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

namespace uno = css::uno;

namespace {

// A file URL from the arguments, or from a Save dialog when a person acts.
std::string targetUrl(const CommandContext& command, const char* argument) {
    if (const std::string url = command.text(argument); !url.empty()) return url;
    if (command.quiet() || !command.frame.is()) return {};
    const uno::Reference<css::ui::dialogs::XFilePicker3> picker =
        css::ui::dialogs::FilePicker::createWithMode(
            command.context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->appendFilter("IATI XML (*.xml)", "*.xml");
    picker->setDefaultName("iati-activities.xml");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? toUtf8(files[0]) : std::string();
}

void writeFile(const std::string& url, const std::string& bytes) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path) != osl::FileBase::E_None)
        throw InvalidArgument("not a file URL: " + url);
    std::ofstream out(toUtf8(path), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw InvalidArgument("cannot write " + toUtf8(path));
}

} // namespace

Outcome exportIati(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto headerTable = readNamedRange(command.model, layout::kHeader);
    if (!headerTable) return {false, say(Message::NoHeader, command.language, layout::kHeader)};
    const IatiHeader header = iatiHeaderFrom(*headerTable, command.language);
    const std::string generated = command.has("GeneratedDatetime")
                                      ? command.text("GeneratedDatetime")
                                      : isoUtc(std::chrono::system_clock::now());
    const IatiExport exported = condtrack::exportIati(*tracker.model, header, generated);
    const std::string url = targetUrl(command, "Url");
    if (url.empty()) return {true, {}}; // cancelled
    writeFile(url, exported.xml);
    for (const auto& warning : exported.warnings)
        log().info("IATI export: {}", warning);
    return {true, say(Message::IatiExported, command.language, url)};
}

} // namespace condtrack::uno
