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

} // namespace condtrack
