#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace condtrack {

// One indicator's part in a variable tranche.
struct WeightedIndicator {
    double weight = 0.0;
    std::optional<double> score; // nullopt: not yet assessed, counts 0
    bool waived = false;
};

// What happens to a waived indicator's share (EU standard waiver clause).
enum class WaiverRule {
    Reallocate, // A: the indicator leaves both sums; its weight goes to the others
    Transfer,   // B: its share moves to next year's ceiling
};

// Accepts reallocate/transfer, A/B and the French words, any case.
WaiverRule parseWaiverRule(std::string_view text);

struct VariableTranche {
    double ceiling = 0.0;
    std::vector<WeightedIndicator> indicators;
    WaiverRule rule = WaiverRule::Reallocate;
    bool eligible = true; // general conditions met: a gate, no partial credit

    void validate() const;
    // ceiling * sum(w*s) / sum(w), by the waiver rule; 0 when not eligible.
    double payable() const;
    // Share carried to next year's ceiling under rule B:
    // ceiling * sum(waived w) / sum(all w).
    double transferred() const;
};

// A list of indicators checked and added up once, for any number of ceilings:
// COND.TRANCHE and COND.TRANSFER over a range of ceilings share one list, and
// adding it up again for each ceiling took ceilings x indicators steps.
class IndicatorSums {
  public:
    // InvalidArgument, as VariableTranche::validate, for a bad weight or score,
    // and when the weights add up to more than the largest double.
    explicit IndicatorSums(const std::vector<WeightedIndicator>& indicators);
    // VariableTranche{ceiling, indicators, rule, eligible}.payable(), and
    // .transferred(): the same checks, in the same order, the same numbers.
    double payable(double ceiling, WaiverRule rule, bool eligible) const;
    double transferred(double ceiling) const;

  private:
    double weightedScores_ = 0.0; // over indicators that are not waived
    double activeWeight_ = 0.0;   // weights of indicators that are not waived
    double waivedWeight_ = 0.0;
};

} // namespace condtrack
