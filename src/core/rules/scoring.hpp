#pragma once

#include <optional>
#include <string_view>

namespace condtrack {

// Comparisons against a target use this tolerance so that a target met
// exactly (up to floating-point noise) counts as met.
inline constexpr double kTolerance = 1e-9;

// r = (A - B) / (T - B): 0 at the baseline, 1 at the target, whichever way
// the indicator runs (T < B for lower-is-better indicators).
class Progress {
  public:
    static Progress of(double actual, double baseline, double target);
    double ratio() const { return ratio_; }
    bool reached(double level) const { return ratio_ >= level - kTolerance; }
    bool met() const { return reached(1.0); }

  private:
    explicit Progress(double ratio) : ratio_(ratio) {}
    double ratio_;
};

enum class ScoringMethod { Linear, Binary, Partial };

// Accepts the English names and their French equivalents, any case.
ScoringMethod parseScoringMethod(std::string_view text);

struct ScoringRule {
    ScoringMethod method = ScoringMethod::Linear;
    // Linear: below it the score is 0. Partial: from it the score is 0.5.
    std::optional<double> threshold;

    static constexpr double kDefaultPartialThreshold = 0.5;
    void validate() const;
};

// Score in [0, 1] of one indicator.
double score(const Progress& progress, const ScoringRule& rule);

} // namespace condtrack
