#pragma once

#include "rules/bands.hpp"
#include "rules/decision.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace condtrack {

// One indicator's part in a variable tranche.
struct WeightedIndicator {
    double weight = 0.0;
    std::optional<double> score; // nullopt: not yet assessed, counts 0
    Decision decision = Decision::None;
    // This year's score against last year's target, for a share held under
    // decision C (COND.RELEASED); nullopt: not re-assessed yet, counts 0.
    std::optional<double> rescore{};
};

// What happens to a waived indicator's share (EU standard waiver clause):
// the meaning of Decision::Waived (TRUE or 1) in a tranche.
enum class WaiverRule {
    Reallocate, // A: the indicator leaves both sums; its weight goes to the others
    Transfer,   // B: its share moves to next year's ceiling
};

// Accepts reallocate/transfer, A/B and the French words, any case.
WaiverRule parseWaiverRule(std::string_view text);

// A list of indicators checked and added up once, for any number of ceilings:
// COND.TRANCHE and its siblings over a range of ceilings share one list, and
// adding it up again for each ceiling took ceilings x indicators steps.
//
// With R the reallocated indicators, T the transferred and C the re-assessed
// ones, every amount is a share of the ceiling over sum(w not in R):
//   payable      sum(w*s, neither R nor T)      (or a band's share of it)
//   transferred  sum(w, T)
//   held         sum(w*(1-s), C)
//   released     sum(w*(1-s)*r, C)               r: next year's re-score
class IndicatorSums {
  public:
    // InvalidArgument for a bad weight, score or re-score, and when the
    // weights add up to more than the largest double.
    explicit IndicatorSums(const std::vector<WeightedIndicator>& indicators);

    // Decision::Waived follows `rule`. With bands, the share of the band the
    // total score reaches; transfer or re-assessment with bands is an
    // InvalidArgument (the clause does not define them together).
    double payable(double ceiling, WaiverRule rule, bool eligible,
                   const PayoutBands* bands = nullptr) const;
    // Decision::Waived means transfer here.
    double transferred(double ceiling) const;
    // Decision::Waived is an InvalidArgument here: it needs a tranche's rule.
    double held(double ceiling, bool eligible) const;
    double released(double ceiling, bool eligible) const;

  private:
    double denominator(bool waivedReallocated) const;
    void requireNoWaived() const;

    double noneWeight_ = 0.0;
    double reallocatedWeight_ = 0.0;
    double transferredWeight_ = 0.0;
    double reassessedWeight_ = 0.0;
    double waivedWeight_ = 0.0;
    double weightedScores_ = 0.0; // sum(w*s) over no decision and C
    double heldWeight_ = 0.0;     // sum(w*(1-s)) over C
    double releasedWeight_ = 0.0; // sum(w*(1-s)*r) over C
    std::size_t transfers_ = 0;
    std::size_t reassessments_ = 0;
    std::size_t waivers_ = 0;
};

struct VariableTranche {
    double ceiling = 0.0;
    std::vector<WeightedIndicator> indicators;
    WaiverRule rule = WaiverRule::Reallocate;
    bool eligible = true; // general conditions met: a gate, no partial credit
    std::optional<PayoutBands> bands{};

    void validate() const;
    // IndicatorSums::payable; 0 when not eligible.
    double payable() const;
    // Share carried to next year's ceiling: Waived counts as transferred.
    double transferred() const;
    double held() const;
    double released() const;
};

} // namespace condtrack
