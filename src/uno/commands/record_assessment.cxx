#include "commands/command_context.hxx"
#include "dialogs/assessment_dialog.hxx"
#include "office/any_conversion.hxx"
#include "text/messages.hpp"

#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <cmath>

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

// The indicator on the cell cursor's row of the indicators' sheet: selecting
// an indicator in the deck moves the cursor there, and a person working in the
// sheet expects the row they are on.
std::optional<std::size_t> indicatorAtCursor(const CommandContext& command,
                                             const TrackerModel& model) {
    const auto controller = command.frame->getController();
    const css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY);
    const css::uno::Reference<css::view::XSelectionSupplier> selection(controller,
                                                                       css::uno::UNO_QUERY);
    if (!view.is() || !selection.is()) return std::nullopt;
    const css::uno::Reference<css::container::XNamed> sheet(view->getActiveSheet(),
                                                            css::uno::UNO_QUERY);
    const css::uno::Reference<css::sheet::XCellRangeAddressable> range(selection->getSelection(),
                                                                       css::uno::UNO_QUERY);
    if (!sheet.is() || !range.is() || toUtf8(sheet->getName()) != model.indicatorsAt.sheet)
        return std::nullopt;
    const sal_Int32 row = range->getRangeAddress().StartRow;
    for (std::size_t i = 0; i < model.indicators.size(); ++i)
        if (model.indicators[i].sheetRow == row) return i;
    return std::nullopt;
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
        request =
            askAssessment(command.context, command.frame->getContainerWindow(), *tracker.model,
                          year, indicatorAtCursor(command, *tracker.model), command.language);
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
