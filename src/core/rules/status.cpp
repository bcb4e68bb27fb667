#include "rules/status.hpp"

#include "rules/errors.hpp"
#include "rules/scoring.hpp"

namespace condtrack {

std::string_view keyword(IndicatorStatus status) {
    switch (status) {
    case IndicatorStatus::Met: return "met";
    case IndicatorStatus::Partial: return "partial";
    case IndicatorStatus::NotMet: return "not met";
    case IndicatorStatus::Pending: return "pending";
    }
    return "pending";
}

IndicatorStatus classifyScore(std::optional<double> score, std::optional<double> partialFrom) {
    if (partialFrom && !(*partialFrom >= 0.0 && *partialFrom <= 1.0))
        throw InvalidArgument("partial_from must be between 0 and 1");
    if (!score) return IndicatorStatus::Pending;
    if (!(*score >= 0.0 && *score <= 1.0)) throw InvalidArgument("score must be between 0 and 1");
    if (*score >= 1.0 - kTolerance) return IndicatorStatus::Met;
    const bool partial = partialFrom ? *score >= *partialFrom - kTolerance : *score > 0.0;
    return partial ? IndicatorStatus::Partial : IndicatorStatus::NotMet;
}

} // namespace condtrack
