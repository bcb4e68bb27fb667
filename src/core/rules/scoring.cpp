#include "rules/scoring.hpp"

#include "rules/errors.hpp"
#include "text/keys.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace condtrack {

Progress Progress::of(double actual, double baseline, double target) {
    if (!std::isfinite(actual) || !std::isfinite(baseline) || !std::isfinite(target))
        throw InvalidArgument("actual, baseline and target must be finite numbers");
    if (target == baseline) throw InvalidArgument("target equals baseline: progress is undefined");
    const double ratio = (actual - baseline) / (target - baseline);
    if (!std::isfinite(ratio))
        throw InvalidArgument("target is too close to baseline: progress is undefined");
    return Progress(ratio);
}

ScoringMethod parseScoringMethod(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    // English, French and Portuguese words ("linear" is also Portuguese).
    if (key.empty() || key == "linear" || key == "lineaire") return ScoringMethod::Linear;
    if (key == "binary" || key == "binaire" || key == "binario") return ScoringMethod::Binary;
    if (key == "partial" || key == "partiel" || key == "partielle" || key == "parcial")
        return ScoringMethod::Partial;
    throw InvalidArgument("unknown method \"" + std::string(text) +
                          "\" (expected linear, binary or partial)");
}

void ScoringRule::validate() const {
    if (threshold && !(*threshold >= 0.0 && *threshold <= 1.0))
        throw InvalidArgument("threshold must be between 0 and 1");
}

double score(const Progress& progress, const ScoringRule& rule) {
    rule.validate();
    if (progress.met()) return 1.0;
    switch (rule.method) {
    case ScoringMethod::Binary: return 0.0;
    case ScoringMethod::Partial:
        return progress.reached(rule.threshold.value_or(ScoringRule::kDefaultPartialThreshold))
                   ? 0.5
                   : 0.0;
    case ScoringMethod::Linear:
        if (rule.threshold && !progress.reached(*rule.threshold)) return 0.0;
        return std::clamp(progress.ratio(), 0.0, 1.0);
    }
    return 0.0;
}

} // namespace condtrack
