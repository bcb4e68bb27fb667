#pragma once

// Record condition: the verdict on one general or specific condition for one
// year (met, not met, or blank while not assessed), its evidence and notes,
// written into the year block of the Conditions sheet of a layout-version-2
// tracker with one log row per changed field.

#include "tracker/assessment.hpp"
#include "tracker/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace condtrack {

struct ConditionRequest {
    std::string condition; // its ID
    int year = 0;
    // Each field: nullopt leaves the cell as it is.
    std::optional<std::string> verdict; // as typed (parseVerdictWord); "" for not assessed
    std::optional<std::string> evidence;
    std::optional<std::string> notes;
    std::string reason; // logged with each change; needed when the year's review is closed
};

// met / rempli / remplie / cumprido / cumprida and not met / non rempli /
// non remplie / não cumprido / não cumprida, any case, accents optional. The
// outer nullopt: not a verdict; the inner one: blank (not assessed).
std::optional<std::optional<Verdict>> parseVerdictWord(std::string_view text);
// The stable English words the sheet stores: "met", "not met".
std::string_view verdictKeyword(Verdict verdict);

const Condition* findCondition(const TrackerModel& model, std::string_view id);

// Refuses a version-1 tracker, an unknown condition, year or verdict, a
// closed year without a reason and a request that changes nothing.
PlanResult planCondition(const TrackerModel& model, const ConditionRequest& request,
                         const Stamp& stamp);

} // namespace condtrack
