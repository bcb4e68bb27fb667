#include "commands/command_context.hxx"
#include "dialogs/condition_dialog.hxx"
#include "text/messages.hpp"
#include "tracker/condition_entry.hpp"
#include "tracker/layout.hpp"

namespace condtrack::uno {

namespace {

// A field of a condition as the summary names it.
std::string fieldName(const std::string& field, Language language) {
    if (field == "verdict") return std::string(tr(STR_FIELD_VERDICT, language));
    if (field == "evidence") return std::string(tr(STR_FIELD_EVIDENCE, language));
    if (field == "notes") return std::string(tr(STR_FIELD_NOTES, language));
    return field;
}

std::string summary(const ConditionRequest& request, const ChangePlan& plan, Language language) {
    return changeSummary(
        request.condition, request.year, plan,
        [language](const std::string& field) { return fieldName(field, language); });
}

} // namespace

Outcome recordCondition(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    std::optional<ConditionRequest> request;
    if (command.has("Condition")) {
        request.emplace();
        request->condition = command.text("Condition");
        request->year = command.whole("Year").value_or(0);
        if (command.has("Verdict")) request->verdict = command.text("Verdict");
        if (command.has("Evidence")) request->evidence = command.text("Evidence");
        if (command.has("Notes")) request->notes = command.text("Notes");
        request->reason = command.text("Reason");
    } else if (command.quiet() || !command.frame.is()) {
        return {false, say(Message::UnknownCondition, command.language, "")};
    } else if (tracker.model->layoutVersion < layout::v2::kVersion) {
        // Before the dialog: a version-1 tracker has no conditions to offer.
        return {false, say(Message::NeedsUpgrade, command.language,
                           std::to_string(tracker.model->layoutVersion))};
    } else {
        request = askCondition(command.context, command.frame->getContainerWindow(), *tracker.model,
                               command.whole("Year"), command.language);
        if (!request) return {true, {}}; // cancelled: nothing to say
    }
    const PlanResult planned = planCondition(*tracker.model, *request, stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, STR_UNDO_RECORD_CONDITION);
        !applied.ok)
        return applied;
    return {true, say(Message::ConditionRecorded, command.language,
                      summary(*request, *planned.plan, command.language))};
}

} // namespace condtrack::uno
