#include "rules/tranche.hpp"

#include "rules/errors.hpp"
#include "text/keys.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace condtrack {

namespace {

void requireCeiling(double ceiling) {
    if (!std::isfinite(ceiling) || ceiling < 0.0)
        throw InvalidArgument("ceiling must be a non-negative number");
}

// ceiling * part / whole (part <= whole); when ceiling * part overflows or
// underflows (loses its precision), the share first, so the amount stays
// within the ceiling.
double shareOf(double ceiling, double part, double whole) {
    const double product = ceiling * part;
    if (std::isnormal(product)) return product / whole;
    return ceiling * (part / whole);
}

} // namespace

WaiverRule parseWaiverRule(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    if (key.empty() || key == "reallocate" || key == "a" || key == "reaffecter" ||
        key == "reaffecte" || key == "reallouer" || key == "realocar")
        return WaiverRule::Reallocate;
    if (key == "transfer" || key == "b" || key == "transferer" || key == "transfere" ||
        key == "transferir")
        return WaiverRule::Transfer;
    throw InvalidArgument("unknown waiver rule \"" + std::string(text) +
                          "\" (expected reallocate or transfer)");
}

void VariableTranche::validate() const {
    requireCeiling(ceiling);
    (void)IndicatorSums(indicators);
}

double VariableTranche::payable() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).payable(ceiling, rule, eligible);
}

double VariableTranche::transferred() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).transferred(ceiling);
}

IndicatorSums::IndicatorSums(const std::vector<WeightedIndicator>& indicators) {
    double largest = 0.0;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const auto& indicator = indicators[i];
        const auto where = [&] { return "indicator " + std::to_string(i + 1) + ": "; };
        if (!std::isfinite(indicator.weight) || indicator.weight < 0.0)
            throw InvalidArgument(where() + "weight must be a non-negative number");
        if (indicator.score && !(*indicator.score >= 0.0 && *indicator.score <= 1.0))
            throw InvalidArgument(where() + "score must be between 0 and 1");
        largest = std::max(largest, indicator.weight);
    }
    // Weights so small (denormals) that their products with the scores lose
    // their precision are scaled up by a power of two, which is exact and
    // changes no share: the largest becomes at least 0.5.
    int exponent = 0;
    if (largest > 0.0 && largest < 0.5) std::frexp(largest, &exponent);
    for (const auto& indicator : indicators) {
        const double weight = std::ldexp(indicator.weight, -exponent);
        if (indicator.waived) {
            waivedWeight_ += weight;
        } else {
            activeWeight_ += weight;
            weightedScores_ += weight * indicator.score.value_or(0.0);
        }
    }
    // Weights near the largest double add up to infinity, and the shares to NaN.
    if (!std::isfinite(activeWeight_ + waivedWeight_))
        throw InvalidArgument("the weights are too large: their sum is not a finite number");
}

double IndicatorSums::payable(double ceiling, WaiverRule rule, bool eligible) const {
    requireCeiling(ceiling);
    const double denominator =
        rule == WaiverRule::Reallocate ? activeWeight_ : activeWeight_ + waivedWeight_;
    if (!(denominator > 0.0))
        throw InvalidArgument(rule == WaiverRule::Reallocate
                                  ? "the weights of the indicators that are not waived sum to 0"
                                  : "the weights sum to 0");
    if (!eligible) return 0.0;
    return shareOf(ceiling, weightedScores_, denominator);
}

double IndicatorSums::transferred(double ceiling) const {
    requireCeiling(ceiling);
    const double all = activeWeight_ + waivedWeight_;
    if (!(all > 0.0)) throw InvalidArgument("the weights sum to 0");
    return shareOf(ceiling, waivedWeight_, all);
}

} // namespace condtrack
