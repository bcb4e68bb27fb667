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

namespace {

// A logged field as the summary names it: the assessment writes only these two.
std::string fieldName(const std::string& field, Language language) {
    if (field == "actual") return std::string(tr(STR_FIELD_ACTUAL, language));
    if (field == "evidence") return std::string(tr(STR_FIELD_EVIDENCE, language));
    return field;
}

// The Actual argument: a number, or an empty text to empty the cell.
std::optional<std::optional<double>> actualArgument(const CommandContext& command) {
    const auto it = command.arguments.find("Actual");
    if (it == command.arguments.end()) return std::nullopt;
    double number = 0.0;
    if (it->second >>= number) {
        if (!std::isfinite(number))
            throw InvalidArgument(say(Message::NotANumber, command.language, "NaN/Inf"));
        return std::optional<double>(number);
    }
    rtl::OUString text;
    if ((it->second >>= text) && text.trim().isEmpty()) return std::optional<double>();
    throw InvalidArgument(say(Message::NotANumber, command.language, toUtf8(text)));
}

} // namespace

Outcome recordAssessment(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    std::optional<AssessmentRequest> request;
    if (command.has("Indicator")) {
        request.emplace();
        request->indicator = command.text("Indicator");
        request->year = command.whole("Year").value_or(0);
        request->actual = actualArgument(command);
        if (command.has("Evidence")) request->evidence = command.text("Evidence");
        request->comment = command.text("Comment");
        request->approver = command.text("Approver");
        request->reopenReason = command.text("Reason");
    } else if (command.quiet() || !command.frame.is()) {
        return {false, say(Message::UnknownIndicator, command.language, "")};
    } else {
        const auto year = command.whole("Year");
        request = askAssessment(command.context, command.frame->getContainerWindow(),
                                *tracker.model, year, command.language);
        if (!request) return {true, {}}; // cancelled: nothing to say
    }
    const PlanResult planned = planAssessment(*tracker.model, *request, stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, STR_UNDO_RECORD_ASSESSMENT);
        !applied.ok)
        return applied;
    const bool decimalComma = usesDecimalComma(command.language);
    // The log keeps canonical values; the person reads them in their language.
    const auto shown = [&](const LogEntry& entry, const std::string& value) {
        if (value.empty()) return std::string("—");
        std::string text = value;
        if (decimalComma && entry.field == "actual")
            for (char& c : text)
                if (c == '.') c = ',';
        return text;
    };
    std::string summary = request->indicator + " " + std::to_string(request->year);
    for (const auto& entry : planned.plan->log)
        if (entry.field != "reopen")
            summary += ", " + fieldName(entry.field, command.language) + " " +
                       shown(entry, entry.oldValue) + " → " + shown(entry, entry.newValue);
    return {true, say(Message::AssessmentRecorded, command.language, summary)};
}

} // namespace condtrack::uno
