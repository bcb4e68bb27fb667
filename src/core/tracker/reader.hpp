#pragma once

// Reads a tracker's named ranges (docs/tracker-layout.md) into a
// TrackerModel, or says precisely what is malformed: sheet, cell, why.
// Any cell content is read safely: a value of the wrong kind is a problem to
// report, never an exception.

#include "functions/function_table.hpp"
#include "tracker/layout.hpp"
#include "tracker/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace condtrack {

// The range names under their former home, for callers that still use it.
namespace range_names = layout;

// The named ranges of a workbook; nullopt when the document has no such name.
struct TrackerTables {
    std::optional<RangeTable> years;
    std::optional<RangeTable> reviews;
    std::optional<RangeTable> indicators;
    std::optional<RangeTable> tranches;
    std::optional<RangeTable> milestones;
    std::optional<RangeTable> log;
    // Layout version 2 (a version 1 tracker has no conditions or bands; its
    // header, when present, has no Layout version row).
    std::optional<RangeTable> header;
    std::optional<RangeTable> conditions;
    std::optional<RangeTable> bands;
};

// True when any range of the layout is present: the workbook holds a tracker,
// whole or broken.
bool hasTracker(const TrackerTables& tables);

struct LayoutProblem {
    std::string sheet; // "" when the range itself is missing
    std::string cell;  // A1 notation ("D7", "AF1"); "" when the range is missing
    std::string why;   // in the language asked for

    bool operator==(const LayoutProblem& o) const {
        return sheet == o.sheet && cell == o.cell && why == o.why;
    }
};

// "Indicators.D7: weight is blank", or only the why when there is no cell.
std::string problemText(const LayoutProblem& problem);

struct ReadResult {
    static constexpr std::size_t kMaxProblems = 50;

    std::optional<TrackerModel> model;   // set exactly when there is no problem
    std::vector<LayoutProblem> problems; // in reading order, at most kMaxProblems
    std::size_t omitted = 0;             // problems found beyond kMaxProblems
    // What is read but not applied or not paid, which does not stop reading:
    // a re-assessment of an indicator that scored 100%, money carried beyond
    // the tracker's last year.
    std::vector<LayoutProblem> notices;

    bool ok() const { return model.has_value(); }
};

// Reads version 1 and version 2 trackers into the same model: the programme
// header's Layout version says which (no header, or no such row: version 1).
// Every range of the version but the log and the header must be present; the
// log is passed through untouched when present. Version 1 reads as version 2
// would say it: each year's weight is the indicator's, a waiver is an approved
// decision following the tranche's rule, the base ceiling is the ceiling and
// the payable amount the computed one. Dates are serial numbers counted from
// nullDate.
ReadResult readTracker(const TrackerTables& tables, Date nullDate,
                       Language language = Language::English);

} // namespace condtrack
