#include "commands/command_context.hxx"
#include "dialogs/close_review_dialog.hxx"
#include "text/messages.hpp"
#include "views/panels.hpp"

namespace condtrack::uno {

namespace {

// The year a command without one acts on: the review under way, as the deck shows it.
std::optional<int> yearToClose(const CommandContext& command, const TrackerModel& model) {
    if (const auto year = command.whole("Year")) return year;
    return defaultYear(model);
}

} // namespace

Outcome closeReview(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    std::optional<int> year = yearToClose(command, *tracker.model);
    if (!year) return {false, say(Message::UnknownYear, command.language, "")};
    std::string notes = command.text("Notes");
    // Closing fixes the year's assessments: a person confirms it first.
    if (!command.quiet() && command.frame.is()) {
        const auto request = askCloseReview(command.context, command.frame->getContainerWindow(),
                                            *tracker.model, *year, notes, command.language);
        if (!request) return {true, {}}; // cancelled: nothing to say
        year = request->year;
        notes = request->notes;
    }
    const PlanResult planned = planCloseReview(*tracker.model, *year, notes, stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, STR_UNDO_CLOSE_REVIEW);
        !applied.ok)
        return applied;
    return {true, say(Message::ReviewClosed, command.language, std::to_string(*year))};
}

} // namespace condtrack::uno
