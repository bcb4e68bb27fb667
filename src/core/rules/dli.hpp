#pragma once

namespace condtrack {

// A scalable disbursement-linked indicator (World Bank Program-for-Results):
// a unit value per verified unit, capped by what is left of the allocation,
// and nothing this period when too little of what was reported is verified.
struct ScalableDli {
    double unitValue = 0.0;
    double allocation = 0.0;
    double paidToDate = 0.0;
    double minVerifiedRatio = kDefaultMinVerifiedRatio; // the "80 % rule"

    static constexpr double kDefaultMinVerifiedRatio = 0.8;

    double payment(double reported, double verified) const;
};

} // namespace condtrack
