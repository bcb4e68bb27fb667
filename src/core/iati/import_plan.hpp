#pragma once

// Importing an IATI activity into a tracker: which cells
// to write and which log rows to append, decided from the tracker as read,
// its tables and the file alone. The UNO layer shows the result for
// confirmation and writes it as one undo step.
//
// Every Add and Overwrite of previewImport is written, one log row each
// (field "import <what>": old -> new, the reason naming the file), where the
// tracker has a place for it:
// - a value of an indicator, tranche, milestone, year or the review schedule
//   the tracker has goes into its cell;
// - a new indicator or milestone goes into a free row of its table (a row
//   the reader found empty), in file order;
// - a year, tranche or row the tracker has no place for is not imported and
//   listed in `skipped` with why: rows and years are not inserted, because
//   their formulas and the ranges the tranche formulas cover would have to
//   grow with them (import into a new workbook to get every year).
// Nothing is ever blanked: previewImport only writes values the file has.

#include "iati/import.hpp"
#include "tracker/assessment.hpp"
#include "tracker/reader.hpp"
#include "tracker/template.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace condtrack {

struct ImportPlan {
    ImportPreview preview;             // everything previewImport found
    ChangePlan plan;                   // the cells and log rows of what is written
    std::vector<ImportChange> written; // the Add and Overwrite changes in `plan`
    std::vector<ImportChange> kept;    // what stays as it is
    std::vector<std::string> skipped;  // "year 2021: not in the tracker", one per item and why
    std::size_t added = 0, overwritten = 0;
    // What the tracker's reader would say of the tracker once written (a
    // milestone linked to an indicator the tracker lacks...): the plan must
    // not be applied when there is any.
    std::vector<LayoutProblem> problems;

    bool changesAnything() const { return !plan.writes.empty(); }
};

// `reason` goes into every log row ("IATI import of mali.xml, activity XI-...").
ImportPlan planImport(const TrackerModel& current, const TrackerTables& tables,
                      const IatiImport& imported, const Stamp& stamp, const std::string& reason,
                      Date nullDate = Date(1899, 12, 30), Language language = Language::English);

// The tables with the writes made in them (writes outside every table are
// left out): what the reader will see once they are applied.
TrackerTables withWrites(TrackerTables tables, const std::vector<CellWrite>& writes);

// A new tracker with room for the file: its years from the first to the
// last (a tracker's years are consecutive: a year the file skips gets an
// empty block), a free row per indicator and milestone, its review
// schedule. InvalidArgument when the file spans more years than a tracker
// holds.
TrackerOptions newTrackerOptionsFor(const IatiImport& imported, Language language, int thisYear);

// A planned tracker's named ranges as the reader sees them before Calc has
// calculated (formula cells blank): what a new workbook will hold.
TrackerTables plannedTrackerTables(const WorkbookPlan& plan);

// The Programme sheet's values (the header range's value column) for a file's
// header: what a new workbook made from the file says about the activity.
std::vector<CellWrite> headerWrites(const RangeTable& header, const IatiHeader& fileHeader);

// One activity as the preview introduces it: the file's or the tracker's.
struct ActivityOutline {
    std::string identifier;
    std::string title;        // in the user's language when there is one
    std::string reportingOrg; // its name, else its identifier
    std::string currency;
    std::optional<int> firstYear, lastYear;
};

// The file's activity beside the tracker's, shown before any change: values
// of one activity written into another's tracker would look like a normal
// update, so a different identifier is said loudly and must be chosen.
struct ActivityCheck {
    ActivityOutline file;
    // nullopt: no tracker to compare with (a new workbook, or a tracker
    // without a programme header, whose activity is not known).
    std::optional<ActivityOutline> tracker;
    // The tracker is of an activity with another identifier (blanks and
    // surrounding spaces aside: an identifier the tracker leaves blank is
    // no evidence of another activity).
    bool otherActivity() const;
};

ActivityOutline outlineOf(const IatiImport& imported, Language language);
// The file against the tracker whose tables (programme header) and model (years) are given.
ActivityCheck checkActivity(const TrackerModel& current, const TrackerTables& tables,
                            const IatiImport& imported, Language language);
// "File: XX-1, Title, reported by Org, USD, 2018–2021", then "This tracker:
// ...", then, for another activity, the warning naming both identifiers.
std::string activityText(const ActivityCheck& check, Language language);
// The warning alone: "The file is of activity A, this tracker of activity B...".
std::string otherActivityWarning(const ActivityCheck& check, Language language);

// The preview as a person reads it: a count line, then one line per change
// ("IND-01 2018 actual: 84 -> 86"), written first, then skipped, then kept;
// at most `maxLines` lines of detail.
std::string previewText(const ImportPlan& plan, Language language, std::size_t maxLines = 400);

} // namespace condtrack
