#include "tranche.hpp"

#include "errors.hpp"
#include "text_keys.hpp"

#include <cmath>
#include <string>

namespace condtrack {

namespace {

struct Sums {
    double weightedScores = 0.0; // over indicators that are not waived
    double activeWeight = 0.0;   // weights of indicators that are not waived
    double waivedWeight = 0.0;
    double allWeight() const { return activeWeight + waivedWeight; }
};

Sums sumUp(const std::vector<WeightedIndicator>& indicators) {
    Sums sums;
    for (const auto& indicator : indicators) {
        if (indicator.waived) {
            sums.waivedWeight += indicator.weight;
        } else {
            sums.activeWeight += indicator.weight;
            sums.weightedScores += indicator.weight * indicator.score.value_or(0.0);
        }
    }
    return sums;
}

} // namespace

WaiverRule parseWaiverRule(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    if (key.empty() || key == "reallocate" || key == "a" || key == "reaffecter" ||
        key == "reaffecte" || key == "reallouer")
        return WaiverRule::Reallocate;
    if (key == "transfer" || key == "b" || key == "transferer" || key == "transfere")
        return WaiverRule::Transfer;
    throw InvalidArgument("unknown waiver rule \"" + std::string(text) +
                          "\" (expected reallocate or transfer)");
}

void VariableTranche::validate() const {
    if (!std::isfinite(ceiling) || ceiling < 0.0)
        throw InvalidArgument("ceiling must be a non-negative number");
    for (std::size_t i = 0; i < indicators.size(); ++i) {
        const auto& indicator = indicators[i];
        const std::string where = "indicator " + std::to_string(i + 1) + ": ";
        if (!std::isfinite(indicator.weight) || indicator.weight < 0.0)
            throw InvalidArgument(where + "weight must be a non-negative number");
        if (indicator.score && !(*indicator.score >= 0.0 && *indicator.score <= 1.0))
            throw InvalidArgument(where + "score must be between 0 and 1");
    }
}

double VariableTranche::payable() const {
    validate();
    const Sums sums = sumUp(indicators);
    const double denominator =
        rule == WaiverRule::Reallocate ? sums.activeWeight : sums.allWeight();
    if (!(denominator > 0.0))
        throw InvalidArgument(rule == WaiverRule::Reallocate
                                  ? "the weights of the indicators that are not waived sum to 0"
                                  : "the weights sum to 0");
    if (!eligible) return 0.0;
    return ceiling * sums.weightedScores / denominator;
}

double VariableTranche::transferred() const {
    validate();
    const Sums sums = sumUp(indicators);
    if (!(sums.allWeight() > 0.0)) throw InvalidArgument("the weights sum to 0");
    return ceiling * sums.waivedWeight / sums.allWeight();
}

} // namespace condtrack
