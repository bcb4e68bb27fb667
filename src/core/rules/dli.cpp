#include "rules/dli.hpp"

#include "rules/errors.hpp"
#include "rules/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace condtrack {

namespace {

void requireNonNegative(double value, const char* name) {
    if (!std::isfinite(value) || value < 0.0)
        throw InvalidArgument(std::string(name) + " must be a non-negative number");
}

} // namespace

double ScalableDli::payment(double reported, double verified) const {
    requireNonNegative(unitValue, "unit_value");
    requireNonNegative(reported, "reported");
    requireNonNegative(verified, "verified");
    requireNonNegative(allocation, "allocation");
    requireNonNegative(paidToDate, "paid_to_date");
    if (!(minVerifiedRatio >= 0.0 && minVerifiedRatio <= 1.0))
        throw InvalidArgument("min_ratio must be between 0 and 1");
    if (verified > reported) throw InvalidArgument("verified exceeds reported");
    if (reported == 0.0) return 0.0;
    if (verified / reported < minVerifiedRatio - kTolerance) return 0.0;
    return std::min(unitValue * verified, std::max(0.0, allocation - paidToDate));
}

} // namespace condtrack
