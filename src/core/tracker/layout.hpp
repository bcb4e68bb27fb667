#pragma once

// The tracker workbook's layout, defined once: the named ranges, the sheet
// that holds each, their columns (counted from the range's first column), the
// indicators' per-year blocks, the log's width and every label New tracker
// writes. The template writes this layout, the reader, the import planner,
// the assessment planner and the commands find cells through it, and
// docs/tracker-layout.md describes it (a unit test keeps the two in step).

#include "functions/function_table.hpp"
#include "text/strings.hpp"

#include <array>
#include <string>
#include <vector>

namespace condtrack::layout {

// --- Named ranges ----------------------------------------------------------------

inline constexpr const char* kIndicators = "CondTrack_Indicators";
inline constexpr const char* kTranches = "CondTrack_Tranches";
inline constexpr const char* kMilestones = "CondTrack_Milestones";
inline constexpr const char* kReviews = "CondTrack_Reviews";
inline constexpr const char* kYears = "CondTrack_Years";
inline constexpr const char* kLog = "CondTrack_Log";
inline constexpr const char* kHeader = "CondTrack_Header";

// --- Sheets, in workbook order ---------------------------------------------------

enum class Sheet { Indicators, Tranches, Milestones, Reviews, Log, Programme };
inline constexpr int kSheetCount = 6;
inline constexpr int sheetIndex(Sheet sheet) {
    return static_cast<int>(sheet);
}

// --- Columns of each range -------------------------------------------------------

// The header rows of every range but the indicators'.
inline constexpr int kTableHeaderRows = 1;

// Indicators: two header rows (the year of each block above its headers),
// the fixed columns, then one block per year of the Years range.
namespace indicator_col {
enum : int { Id, Title, Area, Weight, Method, Threshold, Baseline };
} // namespace indicator_col
inline constexpr int kIndicatorHeaderRows = 2;
inline constexpr int kIndicatorFixedColumns = 7; // ID .. Baseline
// Offsets of a year block's fields from the block's first column.
enum YearColumn : int { Target, Actual, Evidence, Waived, Score, Status };
inline constexpr int kIndicatorYearColumns = 6;
// The first column of year block `yearIndex` (0 for the first year).
inline constexpr int yearBlockStart(int yearIndex) {
    return kIndicatorFixedColumns + yearIndex * kIndicatorYearColumns;
}
inline constexpr int indicatorColumns(int years) {
    return yearBlockStart(years);
}

namespace tranche_col {
enum : int {
    Year,
    Type,
    Ceiling,
    General,
    Gating,
    Eligible,
    Rule,
    Computed,
    Transferred,
    Disbursed,
    DisbursedOn,
    Deadline
};
} // namespace tranche_col
inline constexpr int kTrancheColumns = 12;

namespace milestone_col {
enum : int { Id, Title, Indicator, TrancheYear, Due, Done, Status, DaysLate };
} // namespace milestone_col
inline constexpr int kMilestoneColumns = 8;

// Reviews: a header row, then the schedule's settings on its one row.
namespace review_col {
enum : int { FirstReview, Months, Roll, Holidays, NextReview };
} // namespace review_col
inline constexpr int kReviewColumns = 5;
inline constexpr int kReviewSettingsRow = 1;

// Years: on the Reviews sheet, below the settings; a header row, then one row
// per assessment year.
namespace year_col {
enum : int { Year, ReviewDate, State, ClosedOn, Notes };
} // namespace year_col
inline constexpr int kYearColumns = 5;
inline constexpr int kYearsFirstRow = 3; // its header row on the sheet

// Log: a header row, then the appended entries; the chain check sits beside
// it, one column apart, outside the range.
namespace log_col {
enum : int { Timestamp, User, Indicator, Year, Field, OldValue, NewValue, Reason, Approver, Hash };
} // namespace log_col
inline constexpr int kLogColumns = 10;
inline constexpr int kLogCheckColumn = kLogColumns + 1;

// Header (sheet Programme): a header row, then one row per programme field,
// its label beside its value.
namespace header_col {
enum : int { Field, Value };
} // namespace header_col
inline constexpr int kHeaderColumns = 2;

static_assert(indicator_col::Baseline + 1 == kIndicatorFixedColumns);
static_assert(Status + 1 == kIndicatorYearColumns);
static_assert(tranche_col::Deadline + 1 == kTrancheColumns);
static_assert(milestone_col::DaysLate + 1 == kMilestoneColumns);
static_assert(review_col::NextReview + 1 == kReviewColumns);
static_assert(year_col::Notes + 1 == kYearColumns);
static_assert(log_col::Hash + 1 == kLogColumns);
static_assert(header_col::Value + 1 == kHeaderColumns);

// --- Labels ----------------------------------------------------------------------
// Every text New tracker writes as a label, as the catalogue's message id: the
// language of the workbook picks the text when the template writes it.

std::string inLanguage(TranslateId text, Language language);

TranslateId sheetName(Sheet sheet);
inline constexpr TranslateId kIndicatorsTitle = STR_INDICATORS_TITLE;
inline constexpr TranslateId kLogCheckHeader = STR_LOG_CHECK_HEADER;

// The header row of each range, one text per column (Indicators: its fixed
// columns; kYearBlockHeaders heads each year block).
extern const std::array<TranslateId, kIndicatorFixedColumns> kIndicatorHeaders;
extern const std::array<TranslateId, kIndicatorYearColumns> kYearBlockHeaders;
extern const std::array<TranslateId, kTrancheColumns> kTrancheHeaders;
extern const std::array<TranslateId, kMilestoneColumns> kMilestoneHeaders;
extern const std::array<TranslateId, kReviewColumns> kReviewHeaders;
extern const std::array<TranslateId, kYearColumns> kYearHeaders;
extern const std::array<TranslateId, kLogColumns> kLogHeaders;
extern const std::array<TranslateId, kHeaderColumns> kProgrammeHeaders;

// --- Every range -----------------------------------------------------------------

struct RangeLayout {
    const char* name;
    Sheet sheet;
    int headerRows;
    std::vector<TranslateId> headers; // one per column (Indicators: the fixed columns)
    bool yearBlocks = false;          // true: a block of kYearBlockHeaders per year follows

    // Columns of the range in a tracker of `years` years.
    int width(int years) const {
        return static_cast<int>(headers.size()) + (yearBlocks ? years * kIndicatorYearColumns : 0);
    }
};

// Every named range a tracker defines, in the order New tracker defines them.
const std::vector<RangeLayout>& ranges();

} // namespace condtrack::layout

// --- Layout version 2 ------------------------------------------------------------
// Decisions per indicator and year, weights per year, components, carry-overs,
// held and released amounts, bands and the conditions sheet. Version 1 (the
// definitions above) is still read, and Upgrade tracker turns it into this one.
namespace condtrack::layout::v2 {

inline constexpr int kVersion = 2;

inline constexpr const char* kIndicators = layout::kIndicators;
inline constexpr const char* kTranches = layout::kTranches;
inline constexpr const char* kMilestones = layout::kMilestones;
inline constexpr const char* kReviews = layout::kReviews;
inline constexpr const char* kYears = layout::kYears;
inline constexpr const char* kLog = layout::kLog;
inline constexpr const char* kHeader = layout::kHeader;
inline constexpr const char* kConditions = "CondTrack_Conditions";
inline constexpr const char* kBands = "CondTrack_Bands";

enum class Sheet { Indicators, Tranches, Conditions, Milestones, Reviews, Log, Programme };
inline constexpr int kSheetCount = 7;
inline constexpr int sheetIndex(Sheet sheet) {
    return static_cast<int>(sheet);
}

// Indicators: as in version 1, two header rows; the indicator-level weight
// gives way to a component, and every year block has its own weight and
// decision.
namespace indicator_col {
enum : int { Id, Title, Area, Component, Method, Threshold, Baseline };
} // namespace indicator_col
inline constexpr int kIndicatorHeaderRows = 2;
inline constexpr int kIndicatorFixedColumns = 7;
enum YearColumn : int {
    Target,
    Weight, // the first year's typed; later years' default to the year before, by formula
    Actual,
    Evidence,
    Decision, // none / reallocate (A) / transfer (B) / reassess (C); applies once approved
    RequestedOn,
    ApprovedOn,
    ApprovalRef,
    Score,
    Status
};
inline constexpr int kIndicatorYearColumns = 10;
inline constexpr int yearBlockStart(int yearIndex) {
    return kIndicatorFixedColumns + yearIndex * kIndicatorYearColumns;
}
inline constexpr int indicatorColumns(int years) {
    return yearBlockStart(years);
}

// Tranches: one header row, then a fixed and one variable tranche per year and
// component. A tranche of year N is gated by the general conditions of N, its
// specific conditions, the milestones whose tranche year is N and the
// programme's suspension date.
namespace tranche_col {
enum : int {
    Year,
    Type,      // fixed / variable
    Component, // blank: the programme's single variable tranche
    BaseCeiling,
    CarriedIn, // formula: the previous year's Transferred of the same component
    Ceiling,   // formula: Base ceiling + Carried in
    Payout,    // proportional / bands
    Eligible,
    Computed,
    Transferred,
    Held,
    Released,
    Payable, // formula: Computed + Released
    Disbursed,
    DisbursedOn,
    Deadline
};
} // namespace tranche_col
inline constexpr int kTrancheColumns = 16;

// Bands (sheet Tranches, beside the tranche table): one header row, then one
// row per band of a tranche named as in the conditions' Tranche column.
namespace band_col {
enum : int { Tranche, LowerBound, Share };
} // namespace band_col
inline constexpr int kBandColumns = 3;

// Conditions: two header rows (the year above each block), the fixed columns,
// then one block per year.
namespace condition_col {
enum : int { Id, Condition, Kind, Tranche };
} // namespace condition_col
inline constexpr int kConditionHeaderRows = 2;
inline constexpr int kConditionFixedColumns = 4;
enum ConditionYearColumn : int { Verdict, ConditionEvidence, Notes };
inline constexpr int kConditionYearColumns = 3;
inline constexpr int conditionBlockStart(int yearIndex) {
    return kConditionFixedColumns + yearIndex * kConditionYearColumns;
}

// Milestones: version 1's columns; the tranche year is what gates a tranche.
namespace milestone_col = layout::milestone_col;
inline constexpr int kMilestoneColumns = layout::kMilestoneColumns;

// The bands table starts one empty column right of the tranche table, with
// room for this many bands below its header row.
inline constexpr int kBandsFirstColumn = kTrancheColumns + 1;
inline constexpr int kBandRows = 8;
// New tracker's conditions: the four standard general ones (GC-1..GC-4),
// then blank rows for the specific ones.
inline constexpr int kGeneralConditions = 4;
inline constexpr int kSpecificConditionRows = 6;

static_assert(indicator_col::Baseline + 1 == kIndicatorFixedColumns);
static_assert(Status + 1 == kIndicatorYearColumns);
static_assert(tranche_col::Deadline + 1 == kTrancheColumns);
static_assert(band_col::Share + 1 == kBandColumns);
static_assert(condition_col::Tranche + 1 == kConditionFixedColumns);
static_assert(Notes + 1 == kConditionYearColumns);

// --- Labels ----------------------------------------------------------------------

TranslateId sheetName(Sheet sheet);
inline constexpr TranslateId kConditionsTitle = STR_CONDITIONS_TITLE;

extern const std::array<TranslateId, kIndicatorFixedColumns> kIndicatorHeaders;
extern const std::array<TranslateId, kIndicatorYearColumns> kYearBlockHeaders;
extern const std::array<TranslateId, kTrancheColumns> kTrancheHeaders;
extern const std::array<TranslateId, kBandColumns> kBandHeaders;
extern const std::array<TranslateId, kConditionFixedColumns> kConditionHeaders;
extern const std::array<TranslateId, kConditionYearColumns> kConditionBlockHeaders;
// The four standard general conditions, in the order of GC-1..GC-4.
extern const std::array<TranslateId, kGeneralConditions> kGeneralConditionTexts;

// --- Every range -----------------------------------------------------------------

struct RangeLayout {
    const char* name;
    Sheet sheet;
    int headerRows;
    std::vector<TranslateId> headers;      // one per fixed column
    std::vector<TranslateId> blockHeaders; // one block of these per year follows, if any
    int firstCol = 0;                      // the range's first column on its sheet

    int width(int years) const {
        return static_cast<int>(headers.size() + blockHeaders.size() * std::size_t(years));
    }
};

// Every named range a version 2 tracker defines, in the order New tracker
// defines them.
const std::vector<RangeLayout>& ranges();

} // namespace condtrack::layout::v2

// Version 1 by its own name, for the code that reads or upgrades an older
// tracker.
namespace condtrack::layout::v1 {
using namespace condtrack::layout;
inline constexpr int kVersion = 1;
} // namespace condtrack::layout::v1
