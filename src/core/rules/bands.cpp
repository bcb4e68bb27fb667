#include "rules/bands.hpp"

#include "rules/errors.hpp"

#include <cmath>
#include <string>
#include <utility>

namespace condtrack {

namespace {

bool isFraction(double value) {
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

} // namespace

PayoutBands::PayoutBands(std::vector<PayoutBand> bands, std::vector<std::size_t> rows)
    : bands_(std::move(bands)) {
    if (bands_.empty()) throw InvalidArgument("bands: no band given");
    for (std::size_t i = 0; i < bands_.size(); ++i) {
        const auto where = [&] {
            return "bands row " + std::to_string(i < rows.size() ? rows[i] : i + 1) + ": ";
        };
        const auto& band = bands_[i];
        if (!isFraction(band.lowerBound))
            throw InvalidArgument(where() + "lower bound must be between 0 and 1");
        if (!isFraction(band.share))
            throw InvalidArgument(where() + "share must be between 0 and 1");
        if (i == 0 && band.lowerBound != 0.0)
            throw InvalidArgument(where() + "the first lower bound must be 0");
        if (i > 0 && !(band.lowerBound > bands_[i - 1].lowerBound))
            throw InvalidArgument(where() + "lower bounds must be strictly ascending");
    }
}

double PayoutBands::shareFor(double total) const {
    if (!(std::isfinite(total) && total >= -kTolerance && total <= 1.0 + kTolerance))
        throw InvalidArgument("total score must be between 0 and 1");
    double share = bands_.front().share;
    for (const auto& band : bands_) {
        if (band.lowerBound > total + kTolerance) break;
        share = band.share;
    }
    return share;
}

} // namespace condtrack
