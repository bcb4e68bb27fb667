#include "tracker/decision_entry.hpp"

#include "tracker/layout.hpp"
#include "tracker/year_entry.hpp"

namespace condtrack {

namespace {

namespace v2 = layout::v2;

// The fields of the year block once the request applies.
struct DecisionFields {
    Decision decision = Decision::None;
    std::optional<Date> requestedOn;
    std::optional<Date> approvedOn;
    std::string approvalRef;
};

template <typename T> T updated(const std::optional<T>& requested, const T& current) {
    return requested ? *requested : current;
}

std::optional<Refusal> checked(const Indicator& indicator, const IndicatorYear& current,
                               const DecisionRequest& request, const DecisionFields& after) {
    if (request.decision && after.decision == Decision::Reassess && current.score &&
        *current.score >= 1.0)
        return Refusal{Refusal::Kind::NothingToReassess, indicator.id};
    if (after.requestedOn && after.approvedOn && *after.approvedOn < *after.requestedOn)
        return Refusal{Refusal::Kind::ApprovalBeforeRequest, isoText(after.approvedOn)};
    return std::nullopt;
}

// The cells and log rows of every field the request changes.
void planChanges(const TrackerModel& model, const Indicator& indicator, std::size_t index,
                 const DecisionRequest& request, const DecisionFields& after, const Stamp& stamp,
                 ChangePlan& plan) {
    const IndicatorYear& current = indicator.years.at(index);
    const int block = model.indicatorsAt.firstCol + v2::yearBlockStart(static_cast<int>(index));
    const auto change = [&](int column, Cell value, const char* field, std::string from,
                            std::string to) {
        if (from == to) return;
        plan.writes.push_back(
            {model.indicatorsAt.sheet, indicator.sheetRow, block + column, std::move(value)});
        plan.log.push_back(logEntry(stamp, indicator.id, request.year, field, std::move(from),
                                    std::move(to), request.reason));
    };
    const std::string word(keyword(after.decision));
    change(v2::Decision, textCell(word), "decision",
           std::string(keyword(current.decision.decision)), word);
    change(v2::RequestedOn, dateCell(after.requestedOn, request.nullDate), "requested on",
           isoText(current.requestedOn), isoText(after.requestedOn));
    change(v2::ApprovedOn, dateCell(after.approvedOn, request.nullDate), "approved on",
           isoText(current.approvedOn), isoText(after.approvedOn));
    change(v2::ApprovalRef, textCell(after.approvalRef), "approval ref", current.approvalRef,
           after.approvalRef);
}

} // namespace

PlanResult planDecision(const TrackerModel& model, const DecisionRequest& request,
                        const Stamp& stamp) {
    if (model.layoutVersion < v2::kVersion)
        return {std::nullopt,
                Refusal{Refusal::Kind::NeedsUpgrade, std::to_string(model.layoutVersion)}};
    const Indicator* indicator = model.findIndicator(request.indicator);
    if (indicator == nullptr)
        return {std::nullopt, Refusal{Refusal::Kind::UnknownIndicator, request.indicator}};
    const auto index = model.yearIndex(request.year);
    const TrackerYear* year = findTrackerYear(model, request.year);
    if (!index || year == nullptr || *index >= indicator->years.size())
        return {std::nullopt, Refusal{Refusal::Kind::UnknownYear, std::to_string(request.year)}};
    const IndicatorYear& current = indicator->years[*index];

    DecisionFields after{current.decision.decision,
                         updated(request.requestedOn, current.requestedOn),
                         updated(request.approvedOn, current.approvedOn),
                         updated(request.approvalRef, current.approvalRef)};
    if (request.decision) {
        // "waived" belongs to version 1's Waived column, not to a decision.
        const auto parsed = parseDecision(*request.decision);
        if (!parsed || *parsed == Decision::Waived)
            return {std::nullopt, Refusal{Refusal::Kind::UnknownDecision, *request.decision}};
        after.decision = *parsed;
    }
    if (auto refusal = checked(*indicator, current, request, after))
        return {std::nullopt, std::move(refusal)};
    if (year->closed && request.reason.empty())
        return {std::nullopt, Refusal{Refusal::Kind::ReasonNeeded, std::to_string(request.year)}};

    ChangePlan plan;
    planChanges(model, *indicator, *index, request, after, stamp, plan);
    if (plan.log.empty())
        return {std::nullopt, Refusal{Refusal::Kind::NothingToRecord, indicator->id}};
    reopenIfClosed(model, *year, indicator->id, request.reason, stamp, plan);
    return {plan, std::nullopt};
}

} // namespace condtrack
