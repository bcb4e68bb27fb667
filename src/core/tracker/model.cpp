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

} // namespace condtrack
