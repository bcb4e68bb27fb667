#include "rules/milestone.hpp"

#include "rules/errors.hpp"

#include <algorithm>

namespace condtrack {

std::string_view keyword(MilestoneStatus status) {
    switch (status) {
    case MilestoneStatus::Done: return "done";
    case MilestoneStatus::DoneLate: return "done late";
    case MilestoneStatus::Overdue: return "overdue";
    case MilestoneStatus::DueSoon: return "due soon";
    case MilestoneStatus::OnTrack: return "on track";
    }
    return "on track";
}

MilestoneStatus Milestone::status(Date asOf, int warnDays) const {
    if (warnDays < 0) throw InvalidArgument("warn_days must not be negative");
    if (done) return *done <= due ? MilestoneStatus::Done : MilestoneStatus::DoneLate;
    if (asOf > due) return MilestoneStatus::Overdue;
    if ((due - asOf).days() <= warnDays) return MilestoneStatus::DueSoon;
    return MilestoneStatus::OnTrack;
}

long Milestone::daysLate(Date asOf) const {
    const Date reference = done.value_or(asOf);
    return std::max(0L, static_cast<long>((reference - due).days()));
}

} // namespace condtrack
