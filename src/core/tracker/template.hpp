#pragma once

// The plan of a new, empty tracker in layout version 2 (docs/tracker-layout.md),
// labelled in English or French.

#include "functions/function_table.hpp"
#include "rules/calendar.hpp"
#include "sheet/workbook_plan.hpp"
#include "tracker/layout.hpp"

#include <string>

namespace condtrack {

struct TrackerOptions {
    Language language = Language::English;
    int firstYear = 2025; // assessment year N of the first block
    int years = 3;
    int indicators = 13;
    int milestones = 20;
    // ISO 4217 code written in the Programme header; "" keeps the default.
    std::string currency;
    // Blank rows for specific conditions below the four general ones.
    int specificConditions = layout::v2::kSpecificConditionRows;
    Date firstReview{2026, 3, 31}; // reviews happen in N+1
    int reviewMonths = 12;
    RollConvention roll = RollConvention::Following;
    // false: indicator rows without ID, weight and method, for an import to
    // fill (the reader skips such rows until they are filled).
    bool numberedIndicators = true;

    void validate() const;
};

// The sheets' names, which New tracker must not collide with.
std::vector<std::string> trackerSheetNames(Language language);
// Every named range a tracker defines (the layout's ranges).
const std::vector<std::string>& trackerRangeNames();

WorkbookPlan newTrackerPlan(const TrackerOptions& options);

} // namespace condtrack
