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

bool isFraction(const std::optional<double>& value) {
    return !value || (*value >= 0.0 && *value <= 1.0);
}

void checkIndicator(const WeightedIndicator& indicator, std::size_t i) {
    const auto where = [&] { return "indicator " + std::to_string(i + 1) + ": "; };
    if (!std::isfinite(indicator.weight) || indicator.weight < 0.0)
        throw InvalidArgument(where() + "weight must be a non-negative number");
    if (!isFraction(indicator.score))
        throw InvalidArgument(where() + "score must be between 0 and 1");
    if (!isFraction(indicator.rescore))
        throw InvalidArgument(where() + "re-score must be between 0 and 1");
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

IndicatorSums::IndicatorSums(const std::vector<WeightedIndicator>& indicators) {
    double largest = 0.0;
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        checkIndicator(indicators[i], i);
        largest = std::max(largest, indicators[i].weight);
    }
    // Weights so small (denormals) that their products with the scores lose
    // their precision are scaled up by a power of two, which is exact and
    // changes no share: the largest becomes at least 0.5.
    int exponent = 0;
    if (largest > 0.0 && largest < 0.5) std::frexp(largest, &exponent);
    for (const auto& indicator : indicators) {
        const double weight = std::ldexp(indicator.weight, -exponent);
        const double score = indicator.score.value_or(0.0);
        switch (indicator.decision) {
        case Decision::None:
            noneWeight_ += weight;
            weightedScores_ += weight * score;
            break;
        case Decision::Reallocate: reallocatedWeight_ += weight; break;
        case Decision::Transfer:
            transferredWeight_ += weight;
            ++transfers_;
            break;
        case Decision::Reassess:
            reassessedWeight_ += weight;
            weightedScores_ += weight * score;
            heldWeight_ += weight * (1.0 - score);
            releasedWeight_ += weight * (1.0 - score) * indicator.rescore.value_or(0.0);
            ++reassessments_;
            break;
        case Decision::Waived:
            waivedWeight_ += weight;
            ++waivers_;
            break;
        }
    }
    // Weights near the largest double add up to infinity, and the shares to NaN.
    if (!std::isfinite(noneWeight_ + reallocatedWeight_ + transferredWeight_ + reassessedWeight_ +
                       waivedWeight_))
        throw InvalidArgument("the weights are too large: their sum is not a finite number");
}

double IndicatorSums::denominator(bool waivedReallocated) const {
    const double kept = noneWeight_ + transferredWeight_ + reassessedWeight_ +
                        (waivedReallocated ? 0.0 : waivedWeight_);
    if (!(kept > 0.0)) {
        if (reallocatedWeight_ > 0.0 || (waivedReallocated && waivedWeight_ > 0.0))
            throw InvalidArgument("the weights of the indicators not reallocated sum to 0");
        throw InvalidArgument("the weights sum to 0");
    }
    return kept;
}

void IndicatorSums::requireNoWaived() const {
    if (waivers_ > 0)
        throw InvalidArgument("TRUE or 1 (waived) needs a tranche's rule here: write reallocate, "
                              "transfer or reassess");
}

double IndicatorSums::payable(double ceiling, WaiverRule rule, bool eligible,
                              const PayoutBands* bands) const {
    requireCeiling(ceiling);
    const bool waivedReallocated = rule == WaiverRule::Reallocate;
    const double whole = denominator(waivedReallocated);
    if (bands && (transfers_ > 0 || reassessments_ > 0 || (!waivedReallocated && waivers_ > 0)))
        throw InvalidArgument("bands: a transfer or re-assessment decision cannot be combined "
                              "with payment by bands");
    if (!eligible) return 0.0;
    if (bands) return ceiling * bands->shareFor(weightedScores_ / whole);
    return shareOf(ceiling, weightedScores_, whole);
}

double IndicatorSums::transferred(double ceiling) const {
    requireCeiling(ceiling);
    return shareOf(ceiling, transferredWeight_ + waivedWeight_, denominator(false));
}

double IndicatorSums::held(double ceiling, bool eligible) const {
    requireCeiling(ceiling);
    requireNoWaived();
    const double whole = denominator(false);
    return eligible ? shareOf(ceiling, heldWeight_, whole) : 0.0;
}

double IndicatorSums::released(double ceiling, bool eligible) const {
    requireCeiling(ceiling);
    requireNoWaived();
    const double whole = denominator(false);
    return eligible ? shareOf(ceiling, releasedWeight_, whole) : 0.0;
}

void VariableTranche::validate() const {
    requireCeiling(ceiling);
    (void)IndicatorSums(indicators);
}

double VariableTranche::payable() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).payable(ceiling, rule, eligible, bands ? &*bands : nullptr);
}

double VariableTranche::transferred() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).transferred(ceiling);
}

double VariableTranche::held() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).held(ceiling, eligible);
}

double VariableTranche::released() const {
    requireCeiling(ceiling);
    return IndicatorSums(indicators).released(ceiling, eligible);
}

} // namespace condtrack
