#pragma once

// Paying a variable tranche by bands of the total score instead of in
// proportion to it: from each band's lower bound up, a fixed share of the
// ceiling (e.g. below 30 % nothing, from 30 % 40 %, from 50 % 70 %, from 80 %
// all of it).

#include <cstddef>
#include <vector>

namespace condtrack {

struct PayoutBand {
    double lowerBound = 0.0; // of the total score, in [0, 1]
    double share = 0.0;      // of the ceiling, in [0, 1]
};

class PayoutBands {
  public:
    // A total this close below a bound reaches it: 9/13 computed as a sum of
    // weighted scores may land a rounding error under a bound written 9/13.
    static constexpr double kTolerance = 1e-9;

    // InvalidArgument naming the row (from 1): lower bounds must be in [0, 1],
    // strictly ascending and the first 0; shares in [0, 1]; at least one row.
    // `rows` names each band's row in messages (a sheet range may skip blank
    // rows); by default its position.
    explicit PayoutBands(std::vector<PayoutBand> bands, std::vector<std::size_t> rows = {});

    // The share of the band with the largest lower bound <= total; a total
    // outside [0, 1] is an InvalidArgument.
    double shareFor(double total) const;
    const std::vector<PayoutBand>& bands() const { return bands_; }

  private:
    std::vector<PayoutBand> bands_;
};

} // namespace condtrack
