#pragma once

#include "rules/calendar.hpp"

#include <optional>
#include <string_view>

namespace condtrack {

enum class MilestoneStatus { Done, DoneLate, Overdue, DueSoon, OnTrack };

// Stable English keywords, as for indicator statuses.
std::string_view keyword(MilestoneStatus status);

struct Milestone {
    Date due;
    std::optional<Date> done; // nullopt: not done yet

    static constexpr int kDefaultWarnDays = 30;

    MilestoneStatus status(Date asOf, int warnDays = kDefaultWarnDays) const;
    // Whole days past due: at completion if done, else as of asOf; never negative.
    long daysLate(Date asOf) const;
};

} // namespace condtrack
