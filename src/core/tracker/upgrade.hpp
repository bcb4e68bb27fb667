#pragma once

// Upgrade tracker: what turns a layout-version-1 tracker into version 2, decided
// from its ranges alone. The sheets are changed in place, the Calc way: columns
// are inserted and removed and cells moved, so that formulas elsewhere that
// refer to the tracker (a scenarios sheet) follow their cells. Then version 2's
// headers and formulas are written, taken from the template of the same
// dimensions, and version 1's values are put where version 2 keeps them:
//
// - the indicator's Weight becomes the first year's Weight (its cells move
//   there), later years' Weight the formula "= the year before's";
// - Waived becomes an approved decision: the year's variable tranche's rule
//   (reallocate / transfer), approved on the upgrade date, with an approval
//   reference saying it came from layout 1;
// - the tranche's Ceiling becomes its Base ceiling (the same cells);
// - the tranche's General conditions (TRUE / FALSE) become the verdicts (met /
//   not met) of the general conditions of that year on the Conditions sheet,
//   blank when they were blank; the General cells themselves move onto the
//   tranche's Eligible cells, so that a formula that read them reads whether
//   the tranche is eligible, not an error;
// - a gating milestone's Tranche year is set to the tranche's year when blank;
//   a different year is kept and reported (a conflict). Version 2 gates every
//   tranche of a year by the milestones of that tranche year: a tranche that
//   gains a gate is reported (a notice), as its amount may change.
//
// One log row records the upgrade, chained as every other.

#include "audit/log.hpp"
#include "functions/function_table.hpp"
#include "sheet/workbook_plan.hpp"
#include "tracker/assessment.hpp"
#include "tracker/reader.hpp"
#include "tracker/template.hpp"

#include <optional>
#include <string>
#include <vector>

namespace condtrack {

// Whole columns inserted or removed on a sheet. Steps run in order; `col` is a
// position on the sheet as the steps before have left it.
struct ColumnStep {
    enum class Kind { Insert, Remove } kind;
    std::string sheet;
    int col = 0;
    int count = 1;
};

// Cells of one column moved to another column of the same rows and sheet;
// references to them follow, what the target held is dropped.
struct CellMove {
    std::string sheet;
    int firstRow = 0;
    int lastRow = 0;
    int fromCol = 0;
    int toCol = 0;
};

// A planned cell on a sheet named as in the workbook. A Formula with an empty
// text empties the cell.
struct SheetCell {
    std::string sheet;
    PlannedCell cell;
};

// A named range to define, or to redefine when the workbook has it.
struct RangeDefinition {
    std::string name;
    std::string sheet;
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
};

struct UpgradePlan {
    std::vector<CellMove> movesBefore; // on version 1's columns
    std::vector<ColumnStep> columns;
    std::vector<CellMove> movesAfter; // on version 2's columns
    std::string newSheet;             // the Conditions sheet
    std::string newSheetAfter;        // the sheet it follows: the tranches'

    std::vector<SheetCell> cells; // in order: version 2's labels and formulas, then values
    std::vector<RangeDefinition> ranges;
    std::vector<LogEntry> log;
    std::vector<std::string> conflicts; // also in the log row's reason
    std::vector<std::string> notices;   // what may change an amount; likewise
};

struct UpgradeRefusal {
    enum class Kind { AlreadyUpgraded, Malformed } kind;
    std::string detail; // names the sheet and cell
};

struct UpgradeResult {
    std::optional<UpgradePlan> plan;
    std::optional<UpgradeRefusal> refusal;
};

struct UpgradeInput {
    const TrackerTables& tables;
    const TrackerModel& model; // as read from the tables (version 1)
    const std::optional<RangeTable>& header;
    Date nullDate;
    Language language;  // of the workbook's labels
    std::string reason; // the person's, optional
};

// The workbook's label language: the one whose Indicators sheet name it has,
// else `fallback`.
Language trackerLanguage(const TrackerTables& tables, Language fallback);

// Whether the tables are already in layout version 2 (or later).
bool isLayoutVersion2(const TrackerTables& tables, const TrackerModel* model);

// The template options of the same dimensions as the tracker (rows without
// typed defaults: the upgrade keeps the tracker's own).
TrackerOptions upgradeOptions(const TrackerTables& tables, Language language);

// Checks everything first: a refusal changes nothing. `v2` is
// newTrackerPlan(upgradeOptions(...)), version 2's template.
UpgradeResult planUpgrade(const UpgradeInput& input, const WorkbookPlan& v2, const Stamp& stamp);

} // namespace condtrack
