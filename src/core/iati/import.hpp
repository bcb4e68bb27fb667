#pragma once

// An IATI activity file read into a tracker, and the
// preview of what importing it into an open tracker would change.
//
// Reads our own exports exactly (condtrack's extension elements give back
// weights, methods, waivers, scores, review states, milestones and the exact
// tranche rows; of layout version 2, decisions with their dates, weights per
// year, components, payouts, bands, conditions with their verdicts and the
// suspension) and other publishers' files tolerantly. What the reader had
// to decide is listed in IatiImport::notes. A file that is not well-formed
// XML, not an IATI 2.x activity file, or whose required parts cannot be read
// (an activity without identifier, a period without dates, a disbursement
// without value, a malformed condtrack extension) is an XmlError (an
// InvalidArgument) whose message is "line N: <element> ...".
//
// The rules (the inverse of iati_export.hpp's mapping, plus tolerance):
// - Narratives: the language asked for, else the activity's (xml:lang, and
//   narratives without xml:lang), else the first. IATI 1.x text straight in
//   the element is read as a narrative. Whitespace runs read as one space.
// - Indicator ID: condtrack's, else a reference of vocabulary 99 or 98 (the
//   reporting organisation's own), else any reference code, else IND-nn;
//   a repeated ID gets " (2)". Title: the narrative; area: the result's title.
// - Year of a period: the fiscal year of its period-end. Two periods in one
//   year: the one ending last. A period over more than a year: a note.
// - Several targets, actuals or baselines: the first without dimension or
//   location (the aggregate), else the first; never a sum, which would be
//   wrong for percentages and averages. Values: a number, a trailing % is
//   allowed; anything else (and every value of a qualitative, measure 5,
//   indicator) stays blank, with a note.
// - Evidence: the first document-link url of the actual read, else of any
//   actual of the period.
// - Weight 1, linear method, no threshold, not waived: unless condtrack's
//   extension says otherwise.
// - Tranches: condtrack's extension gives the rows; without it, each
//   planned disbursement of type 1 is the ceiling of the variable tranche
//   of the assessment year before its start (several for one year are
//   summed: quarterly plans add up); a type 2 only when there is no type 1;
//   each disbursement (transaction type 3) the paid amount of the tranche of
//   the year before its date (several: summed, on the last date). A negative
//   disbursement is a reversal: it reduces its tranche's amount, not its
//   date. A negative planned disbursement, or reversals taking back more
//   than was paid, are XmlErrors at their line.
//   condtrack:tranche-year/-type attributes match them exactly. A value's
//   own @currency wins over the activity's default-currency: an amount in
//   another currency than the activity's (the tracker's) is never summed
//   in, it is listed in notImported. Where the
//   IATI elements of a condtrack file disagree with its extension (edited in
//   another tool), the IATI elements are read, with a note. Other
//   transaction types are not read.
// - Years: those of the extension, the periods, the tranches and the
//   milestones' tranche years, ascending.

#include "iati/export.hpp"
#include "tracker/model.hpp"
#include "xml/reader.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace condtrack {

// One <iati-activity> of a file, for the user to pick from.
struct IatiActivitySummary {
    std::string identifier;
    std::string title; // in the language asked for when the file has it
    std::size_t indicators = 0;
    int line = 0;
};

// The activities of a file, in file order. Throws as importIati does for a
// file that is not an IATI activity file.
std::vector<IatiActivitySummary> listIatiActivities(std::string_view xml,
                                                    std::string_view language = "en",
                                                    const XmlLimits& limits = {});
// The same on a document already parsed (parse once, list, then import).
std::vector<IatiActivitySummary> listIatiActivities(const XmlElement& root,
                                                    std::string_view language = "en");

struct IatiImportOptions {
    // The activity to read; "" for the file's only one (an error when the
    // file holds several: the message lists them).
    std::string activityId;
    // The activity by its position in the file, 0-based (the ActivityIndex
    // argument is 1-based): what a chooser picks, and the only way to reach
    // the second of two activities with the same identifier. Wins over
    // activityId.
    std::optional<std::size_t> activityIndex;
    // Narratives in this language first, then the activity's, then the first.
    std::string language = "en";
    // Fiscal year's first month; nullopt: condtrack's extension says, else 1.
    std::optional<int> fiscalYearStartMonth;
    XmlLimits limits;
};

// Where an imported indicator or tranche came from, for the preview: what
// the file really says, as opposed to the defaults the reader filled in.
struct ImportedIndicatorSource {
    int line = 0;           // of its <indicator>
    bool extension = false; // condtrack's extension gave weight, method, waivers...
};

struct ImportedTrancheSource {
    int line = 0;           // of the element it was first read from
    bool extension = false; // condtrack's extension gave the whole row
    bool ceiling = false;   // a planned disbursement gave the ceiling
    bool disbursed = false; // a disbursement transaction gave the amount and date
};

struct IatiImport {
    IatiHeader header;  // identifier, organisations, title, description, codes, dates
    TrackerModel model; // sheet positions are 0; years ascending; indicators' years aligned
    std::vector<ImportedIndicatorSource> indicatorSources; // one per model.indicators
    std::vector<ImportedTrancheSource> trancheSources;     // one per model.tranches
    bool fromCondtrack = false;     // the activity carries condtrack's <tracker> extension
    std::vector<std::string> notes; // what the reader decided, "line N: ...", in file order
    // What the file says that the reader leaves out, each with its line and
    // why ("EUR 3,000 at line 120: the tracker is in USD"): the preview lists
    // them as not imported.
    std::vector<std::string> notImported;
};

IatiImport importIati(std::string_view xml, const IatiImportOptions& options = {});
// The same on a document already parsed.
IatiImport importIati(const XmlElement& root, const IatiImportOptions& options = {});

// --- The preview of an import into an open tracker ------------------------

enum class ImportAction {
    Add,       // the tracker has no value there: the file's is written
    Overwrite, // the tracker's value is replaced by the file's (old -> new)
    Keep,      // left alone: the same value, nothing in the file, or not in the file at all
};

// Condition, Band and Programme are layout version 2's (the Conditions sheet,
// the bands beside the tranches, the Programme header's Suspended from).
enum class ImportItem { Year, Reviews, Indicator, Tranche, Milestone, Condition, Band, Programme };

// A blank, a number, a yes/no, a text or a date.
using ImportValue = std::variant<std::monostate, double, bool, std::string, Date>;

struct ImportChange {
    ImportAction action = ImportAction::Keep;
    ImportItem item = ImportItem::Indicator;
    std::string key;         // "IND-01", "M-02", "2018 variable", "2019"; "" for the reviews
    std::optional<int> year; // the year block of an indicator value
    // A stable English keyword: title, area, weight, method, threshold,
    // baseline, target, actual, evidence, waived; year, review date, state,
    // closed on, notes; first review, months, roll; ceiling, general
    // conditions, gating milestones, waiver rule, disbursed, disbursed on,
    // request deadline, type; indicator, tranche year, due, done. Version 2:
    // component, weight (of a year), decision, requested on, approved on,
    // approval ref; payout; text, kind, tranche, verdict, evidence, notes
    // (a condition); tranche, lower bound, share (a band, keyed "2019
    // variable #1"); suspended from. "" for a whole item the file does not
    // mention (Keep) or a new year (Add).
    std::string field;
    ImportValue before; // monostate: blank
    ImportValue after;  // monostate: blank (or not in the file)
};

struct ImportPreview {
    std::vector<ImportChange> changes; // years, reviews, indicators, tranches, milestones
    std::size_t count(ImportAction action) const;
    // Whether importing changes anything.
    bool changesAnything() const {
        return count(ImportAction::Add) + count(ImportAction::Overwrite) > 0;
    }
};

// What importing `imported` into `current` would add, overwrite and leave
// alone. Items match by key: indicators, conditions and milestones by ID,
// tranches by label (year, type and component), bands by their tranche and
// order, years by year.
// Into a layout version 2 tracker, a version 1 file's gates take version 2's
// places: a tranche's general conditions become the verdicts of the
// tracker's general conditions that year, its gating milestones their
// tranche year, and a waiver a decision under the tranche's waiver rule
// (requested: the file has no approval date). An import never blanks a value: a value the
// file leaves blank (a pending actual, no evidence, not waived) keeps the
// tracker's. Without condtrack's extension the file says nothing about
// weights, methods, thresholds, waivers, tranche types and rules, review
// states or milestones: those are left alone (a new indicator gets weight 1
// and the linear method, listed as added).
ImportPreview previewImport(const TrackerModel& current, const IatiImport& imported);

// What a change is about: "IND-01", "tranche 2018 variable", "year 2019",
// "milestone M-02", "review schedule".
std::string subjectOf(const ImportChange& change);
// "IND-01 2018 actual: 84 -> 86", "add IND-14 title: Roads built",
// "keep IND-02 (not in the file)".
std::string describe(const ImportChange& change);
// A value as the preview shows it: numbers in full, dates ISO, yes/no.
std::string valueText(const ImportValue& value);

} // namespace condtrack
