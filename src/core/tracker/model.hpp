#pragma once

// The tracker workbook (docs/tracker-layout.md) as plain C++ types: what the
// reader makes of the named ranges and what the sidebar panels show.

#include "rules/calendar.hpp"
#include "rules/decision.hpp"
#include "rules/milestone.hpp"
#include "rules/scoring.hpp"
#include "rules/tranche.hpp"
#include "sheet/cell.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

// One named range as Calc hands it over: its sheet, the 0-based sheet
// position of its top-left cell, and its cell values (formulas by their
// results), header rows included.
struct RangeTable {
    std::string name;
    std::string sheet;
    int firstRow = 0;
    int firstCol = 0;
    CellGrid cells;
};

// Where a table starts in the workbook, for moving the cell cursor.
struct SheetPlace {
    std::string sheet;
    int firstRow = 0; // 0-based
    int firstCol = 0; // 0-based
};

// An amount of money in the contract's currency.
using Amount = double;

// One assessment year N of the tracker (its review happens in N+1).
struct TrackerYear {
    int year = 0;
    std::optional<Date> reviewDate;
    bool closed = false;
    std::optional<Date> closedOn;
    std::string notes;
    int sheetRow = 0; // 0-based row on the sheet of the years range
};

// One indicator in one year block.
struct IndicatorYear {
    std::optional<double> target;
    std::optional<double> actual; // nullopt: not yet assessed (pending)
    std::string evidence;         // a link, as typed
    bool waived = false;
    std::optional<double> score; // the sheet's COND.SCORE result in [0, 1]; nullopt: pending
    std::string status;          // the sheet's COND.STATUS text, as it stands
    // Layout version 2 (version 1: weight is the indicator's, waived is
    // Decision::Waived approved).
    std::optional<double> weight; // the year's weight (typed, or the year before's)
    DecisionRecord decision;      // approved exactly when approvedOn is set
    std::optional<Date> requestedOn;
    std::optional<Date> approvedOn;
    std::string approvalRef;
};

struct Indicator {
    std::string id;
    std::string title;
    std::string area;      // policy area
    std::string component; // "" : the programme's single variable tranche
    double weight = 0.0;   // version 1's single weight; version 2 reads IndicatorYear::weight
    ScoringRule rule;
    std::optional<double> baseline;   // nullopt: not filled in yet
    std::vector<IndicatorYear> years; // one per TrackerModel::years, in the same order
    int sheetRow = 0;                 // 0-based row on the sheet of the indicators range
};

enum class TrancheType { Fixed, Variable };

// Accepts fixed/variable and the French words (fixe), any case.
TrancheType parseTrancheType(std::string_view text);
// The stable English word the sheet stores.
std::string_view keyword(TrancheType type);

// How a variable tranche turns the total score into money.
enum class PayoutKind {
    Proportional, // ceiling * total score
    Bands,        // ceiling * the share of the band the total score falls in
};

struct Tranche {
    int year = 0; // the assessment year the tranche pays for
    TrancheType type = TrancheType::Variable;
    std::string component; // "" : the programme's single variable tranche
    // Layout version 2: ceiling = baseCeiling + carriedIn; payable = computed + released.
    Amount baseCeiling = 0.0;
    Amount carriedIn = 0.0;
    PayoutKind payout = PayoutKind::Proportional;
    Amount held = 0.0;
    Amount released = 0.0;
    Amount payable = 0.0;
    Amount ceiling = 0.0;                      // blank reads as 0 (not filled in yet)
    std::optional<bool> generalConditions;     // nullopt: not yet assessed
    std::vector<std::string> gatingMilestones; // milestone IDs, in the order listed
    bool eligible = false;                     // the sheet's formula result
    WaiverRule rule = WaiverRule::Reallocate;
    Amount computed = 0.0;    // the sheet's formula result; blank (or an error) reads as 0
    Amount transferred = 0.0; // likewise
    std::optional<Amount> disbursed;
    std::optional<Date> disbursedOn;
    std::optional<Date> requestDeadline;
    int sheetRow = 0; // 0-based row on the sheet of the tranches range

    bool isDisbursed() const { return disbursed.has_value() || disbursedOn.has_value(); }
};

// How conditions and bands name a tranche: "2019 variable", "2019 fixed",
// or with its component "2019 variable health".
std::string trancheLabel(const Tranche& tranche);

// A row of the milestones range; `dates` carries the status rule.
struct TrackerMilestone {
    std::string id;
    std::string title;
    std::string indicatorId; // "" when not linked to an indicator
    std::optional<int> trancheYear;
    Milestone dates;
    int sheetRow = 0; // 0-based row on the sheet of the milestones range

    MilestoneStatus status(Date asOf) const { return dates.status(asOf); }
};

// One band of a tranche paid by bands: from `lowerBound` of the total score
// up, `share` of the ceiling.
struct Band {
    std::string tranche; // as the conditions name a tranche: "2019 variable"
    double lowerBound = 0.0;
    double share = 0.0;
    int sheetRow = 0;
};

enum class ConditionKind { General, Specific };
enum class Verdict { Met, NotMet };

struct ConditionYear {
    std::optional<Verdict> verdict; // nullopt: not assessed
    std::string evidence;
    std::string notes;
};

// A general condition gates every tranche of a year; a specific one the
// tranche it names.
struct Condition {
    std::string id;
    std::string text;
    ConditionKind kind = ConditionKind::General;
    std::string tranche;              // a specific condition's tranche: "2019 variable"
    std::vector<ConditionYear> years; // one per TrackerModel::years
    int sheetRow = 0;
};

// The review schedule of the reviews range (holidays are not read).
struct ReviewSettings {
    Date first;
    int months = 12;
    RollConvention roll = RollConvention::Following;
};

struct TrackerModel {
    int layoutVersion = 1;                 // the Programme header's Layout version; 1 when absent
    std::vector<TrackerYear> years;        // ascending, unique
    std::optional<ReviewSettings> reviews; // nullopt while the first review date is blank
    std::vector<Indicator> indicators;
    std::vector<Tranche> tranches;
    std::vector<TrackerMilestone> milestones;
    std::optional<RangeTable> log;     // the log range as read, not interpreted
    std::vector<Condition> conditions; // version 2
    std::vector<Band> bands;           // version 2
    std::optional<Date> suspendedFrom; // version 2: the Programme header's Suspended from

    SheetPlace yearsAt;
    SheetPlace indicatorsAt;
    SheetPlace tranchesAt;
    SheetPlace milestonesAt;
    SheetPlace conditionsAt;

    // Position of `year` in `years` (and in every Indicator::years).
    std::optional<std::size_t> yearIndex(int year) const;
    const Indicator* findIndicator(std::string_view id) const;
    const TrackerMilestone* findMilestone(std::string_view id) const;

    // Transferred out of the tracker's last year: carried beyond its last
    // year, where no tranche receives it.
    Amount carriedBeyond() const;
    // Held amounts that the next year's tranche of the same component did not
    // release (all of it when there is no next year): lost.
    Amount lost() const;
    // Whether every general condition of `year` is met: nullopt while one is
    // not assessed (and none is not met).
    std::optional<bool> generalConditionsMet(int year) const;
};

} // namespace condtrack
