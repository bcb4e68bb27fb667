#include "commands/command_context.hxx"
#include "dialogs/decision_dialog.hxx"
#include "document/tracker_access.hxx"
#include "office/any_conversion.hxx"
#include "text/messages.hpp"
#include "tracker/decision_entry.hpp"
#include "tracker/layout.hpp"
#include "tracker/year_entry.hpp"

#include <com/sun/star/util/Date.hpp>

namespace condtrack::uno {

namespace {

// A field of a decision as the summary names it.
std::string fieldName(const std::string& field, Language language) {
    if (field == "decision") return std::string(tr(STR_FIELD_DECISION, language));
    if (field == "requested on") return std::string(tr(STR_FIELD_REQUESTED_ON, language));
    if (field == "approved on") return std::string(tr(STR_FIELD_APPROVED_ON, language));
    if (field == "approval ref") return std::string(tr(STR_FIELD_APPROVAL_REF, language));
    return field;
}

// A date argument: an ISO text ("2019-05-02"), a css::util::Date, or an empty
// text to empty the cell. The outer nullopt: absent; a text that is no date
// is thrown back as the message to show.
struct DateArgument {
    std::optional<std::optional<Date>> value;
    std::optional<std::string> notADate;
};

DateArgument dateArgument(const CommandContext& command, const char* name) {
    const auto it = command.arguments.find(name);
    if (it == command.arguments.end()) return {};
    css::util::Date date;
    if (it->second >>= date) {
        try {
            return {std::optional<Date>(Date(date.Year, date.Month, date.Day)), std::nullopt};
        } catch (const std::exception&) {
            return {std::nullopt, std::to_string(date.Year) + "-" + std::to_string(date.Month) +
                                      "-" + std::to_string(date.Day)};
        }
    }
    // A number (a date serial) is not read as an empty text: that would empty
    // the cell the caller meant to fill.
    if (double serial = 0.0; it->second >>= serial)
        return {std::nullopt, toUtf8(rtl::OUString::number(serial))};
    const std::string text = command.text(name);
    if (text.find_first_not_of(" \t") == std::string::npos) return {std::optional<Date>(), {}};
    if (const auto parsed = parseIsoDate(text)) return {std::optional<Date>(*parsed), {}};
    return {std::nullopt, text};
}

// The request from the dispatch arguments, or the message saying which date
// is not one.
std::optional<std::string> readArguments(const CommandContext& command, DecisionRequest& request) {
    request.indicator = command.text("Indicator");
    request.year = command.whole("Year").value_or(0);
    if (command.has("Decision")) request.decision = command.text("Decision");
    for (const auto& [name, field] : {std::pair{"RequestedOn", &request.requestedOn},
                                      std::pair{"ApprovedOn", &request.approvedOn}}) {
        DateArgument date = dateArgument(command, name);
        if (date.notADate) return say(Message::NotADate, command.language, *date.notADate);
        *field = date.value;
    }
    if (command.has("ApprovalRef")) request.approvalRef = command.text("ApprovalRef");
    request.reason = command.text("Reason");
    return std::nullopt;
}

std::string summary(const DecisionRequest& request, const ChangePlan& plan, Language language) {
    return changeSummary(
        request.indicator, request.year, plan,
        [language](const std::string& field) { return fieldName(field, language); });
}

} // namespace

Outcome recordDecision(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    std::optional<DecisionRequest> request;
    if (command.has("Indicator")) {
        request.emplace();
        if (auto notADate = readArguments(command, *request)) return {false, *notADate};
    } else if (command.quiet() || !command.frame.is()) {
        return {false, say(Message::UnknownIndicator, command.language, "")};
    } else if (tracker.model->layoutVersion < layout::v2::kVersion) {
        // Before the dialog: it would ask for fields a version-1 tracker lacks.
        return {false, say(Message::NeedsUpgrade, command.language,
                           std::to_string(tracker.model->layoutVersion))};
    } else {
        request = askDecision(command.context, command.frame->getContainerWindow(), *tracker.model,
                              command.whole("Year"), command.language);
        if (!request) return {true, {}}; // cancelled: nothing to say
    }
    request->nullDate = documentNullDate(command.model);
    const PlanResult planned = planDecision(*tracker.model, *request, stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, STR_UNDO_RECORD_DECISION);
        !applied.ok)
        return applied;
    return {true, say(Message::DecisionRecorded, command.language,
                      summary(*request, *planned.plan, command.language))};
}

} // namespace condtrack::uno
