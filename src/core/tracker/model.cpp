#include "tracker/model.hpp"

#include "rules/errors.hpp"
#include "text/keys.hpp"

namespace condtrack {

TrancheType parseTrancheType(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    if (key == "fixed" || key == "fixe") return TrancheType::Fixed;
    if (key == "variable") return TrancheType::Variable;
    throw InvalidArgument("unknown tranche type \"" + std::string(text) +
                          "\" (expected fixed or variable)");
}

std::string_view keyword(TrancheType type) {
    return type == TrancheType::Fixed ? "fixed" : "variable";
}

std::optional<std::size_t> TrackerModel::yearIndex(int year) const {
    for (std::size_t i = 0; i < years.size(); ++i)
        if (years[i].year == year) return i;
    return std::nullopt;
}

const Indicator* TrackerModel::findIndicator(std::string_view id) const {
    for (const auto& indicator : indicators)
        if (indicator.id == id) return &indicator;
    return nullptr;
}

const TrackerMilestone* TrackerModel::findMilestone(std::string_view id) const {
    for (const auto& milestone : milestones)
        if (milestone.id == id) return &milestone;
    return nullptr;
}

std::string trancheLabel(const Tranche& tranche) {
    std::string label = std::to_string(tranche.year) + " " + std::string(keyword(tranche.type));
    if (!tranche.component.empty()) label += " " + tranche.component;
    return label;
}

Amount TrackerModel::carriedBeyond() const {
    if (years.empty()) return 0.0;
    Amount beyond = 0.0;
    for (const auto& tranche : tranches)
        if (tranche.year == years.back().year) beyond += tranche.transferred;
    return beyond;
}

Amount TrackerModel::lost() const {
    Amount lost = 0.0;
    for (const auto& held : tranches) {
        if (held.type != TrancheType::Variable || held.held <= 0.0) continue;
        Amount released = 0.0;
        for (const auto& next : tranches)
            if (next.year == held.year + 1 && next.type == TrancheType::Variable &&
                next.component == held.component)
                released += next.released;
        if (released < held.held) lost += held.held - released;
    }
    return lost;
}

std::optional<bool> TrackerModel::generalConditionsMet(int year) const {
    const auto index = yearIndex(year);
    if (!index) return std::nullopt;
    bool pending = false;
    for (const auto& condition : conditions) {
        if (condition.kind != ConditionKind::General || condition.years.size() <= *index) continue;
        const auto& verdict = condition.years[*index].verdict;
        if (verdict == Verdict::NotMet) return false;
        if (!verdict) pending = true;
    }
    if (pending) return std::nullopt;
    return true;
}

} // namespace condtrack
