#include "tracker/condition_entry.hpp"

#include "text/keys.hpp"
#include "tracker/layout.hpp"
#include "tracker/year_entry.hpp"

#include <sstream>

namespace condtrack {

namespace {

namespace v2 = layout::v2;

std::string verdictText(const std::optional<Verdict>& verdict) {
    return verdict ? std::string(verdictKeyword(*verdict)) : std::string();
}

} // namespace

std::optional<std::optional<Verdict>> parseVerdictWord(std::string_view text) {
    // "not  met" and "not met" alike: words apart by any blanks.
    std::istringstream words(normaliseKeyword(text));
    std::string key;
    for (std::string word; words >> word;)
        key += (key.empty() ? "" : " ") + word;
    if (key.empty()) {
        std::optional<std::optional<Verdict>> blank;
        blank.emplace(); // emplaced: GCC 12 warns on a returned optional<optional>{}
        return blank;
    }
    if (key == "met" || key == "rempli" || key == "remplie" || key == "cumprido" ||
        key == "cumprida")
        return std::optional<std::optional<Verdict>>(Verdict::Met);
    if (key == "not met" || key == "non rempli" || key == "non remplie" || key == "nao cumprido" ||
        key == "nao cumprida")
        return std::optional<std::optional<Verdict>>(Verdict::NotMet);
    return std::nullopt;
}

std::string_view verdictKeyword(Verdict verdict) {
    return verdict == Verdict::Met ? "met" : "not met";
}

const Condition* findCondition(const TrackerModel& model, std::string_view id) {
    for (const auto& condition : model.conditions)
        if (condition.id == id) return &condition;
    return nullptr;
}

PlanResult planCondition(const TrackerModel& model, const ConditionRequest& request,
                         const Stamp& stamp) {
    if (model.layoutVersion < v2::kVersion)
        return {std::nullopt,
                Refusal{Refusal::Kind::NeedsUpgrade, std::to_string(model.layoutVersion)}};
    const Condition* condition = findCondition(model, request.condition);
    if (condition == nullptr)
        return {std::nullopt, Refusal{Refusal::Kind::UnknownCondition, request.condition}};
    const auto index = model.yearIndex(request.year);
    const TrackerYear* year = findTrackerYear(model, request.year);
    if (!index || year == nullptr || *index >= condition->years.size())
        return {std::nullopt, Refusal{Refusal::Kind::UnknownYear, std::to_string(request.year)}};
    const ConditionYear& current = condition->years[*index];
    std::optional<Verdict> verdict = current.verdict;
    if (request.verdict) {
        const auto parsed = parseVerdictWord(*request.verdict);
        if (!parsed)
            return {std::nullopt, Refusal{Refusal::Kind::UnknownVerdict, *request.verdict}};
        verdict = *parsed;
    }
    if (year->closed && request.reason.empty())
        return {std::nullopt, Refusal{Refusal::Kind::ReasonNeeded, std::to_string(request.year)}};

    ChangePlan plan;
    const int block =
        model.conditionsAt.firstCol + v2::conditionBlockStart(static_cast<int>(*index));
    const auto change = [&](int column, const char* field, const std::string& from,
                            const std::string& to) {
        if (from == to) return;
        plan.writes.push_back(
            {model.conditionsAt.sheet, condition->sheetRow, block + column, textCell(to)});
        plan.log.push_back(
            logEntry(stamp, condition->id, request.year, field, from, to, request.reason));
    };
    change(v2::Verdict, "verdict", verdictText(current.verdict), verdictText(verdict));
    if (request.evidence)
        change(v2::ConditionEvidence, "evidence", current.evidence, *request.evidence);
    if (request.notes) change(v2::Notes, "notes", current.notes, *request.notes);
    if (plan.log.empty())
        return {std::nullopt, Refusal{Refusal::Kind::NothingToRecord, condition->id}};
    reopenIfClosed(model, *year, condition->id, request.reason, stamp, plan);
    return {plan, std::nullopt};
}

} // namespace condtrack
