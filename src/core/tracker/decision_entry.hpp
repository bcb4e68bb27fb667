#pragma once

// Record decision: what the Commission decided about one indicator of one
// year (reallocate, transfer, reassess or none), when the partner country
// asked and when the Commission approved, written into the year block of a
// layout-version-2 tracker with one log row per changed field. A decision
// applies from its approval date: the sheet's formulas read it then.

#include "tracker/assessment.hpp"
#include "tracker/model.hpp"

#include <optional>
#include <string>

namespace condtrack {

struct DecisionRequest {
    std::string indicator;
    int year = 0;
    // Each field: nullopt leaves the cell as it is.
    std::optional<std::string> decision;            // as typed (parseDecision); "" for none
    std::optional<std::optional<Date>> requestedOn; // a nullopt inside empties the cell
    std::optional<std::optional<Date>> approvedOn;
    std::optional<std::string> approvalRef;
    std::string reason;          // logged with each change; needed when the year's review is closed
    Date nullDate{1899, 12, 30}; // the workbook's day 0, for the date cells
};

// Refuses a version-1 tracker (NeedsUpgrade), an unknown indicator, year or
// decision, an approval date before the request date, reassess for an
// indicator that scores 1 that year, a closed year without a reason, and a
// request that changes nothing.
PlanResult planDecision(const TrackerModel& model, const DecisionRequest& request,
                        const Stamp& stamp);

} // namespace condtrack
