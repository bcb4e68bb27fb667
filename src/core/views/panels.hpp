#pragma once

// What the Conditionality sidebar panels show, computed from a TrackerModel:
// rows of words and formatted numbers in English, French or Portuguese, with the values
// behind them. The UNO panels only lay these out.

#include "functions/function_table.hpp"
#include "tracker/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

// --- Words and formats ---------------------------------------------------------

// 14000000 -> "14,000,000" (en), "14 000 000" (fr, no-break spaces): whole
// units, rounded half away from zero; "" when not finite.
std::string formatAmount(double amount, Language language);
// 0.838 -> "83.8%" (en), "83,8 %" (fr, a no-break space): one decimal; "" when not finite.
std::string formatPercent(double fraction, Language language);
// A plain number with at most `decimals` decimals, trailing zeros dropped:
// 1 -> "1", 7.5 -> "7.5" (en) / "7,5" (fr); no thousands separators.
std::string formatNumber(double value, int decimals, Language language);
// "15 Mar 2019" (en), "15 mars 2019" (fr).
std::string formatDate(Date date, Language language);
// Days from today: "today", "tomorrow", "in 12 days", "yesterday", "12 days ago"
// ("aujourd'hui", "demain", "dans 12 jours", "hier", "il y a 12 jours").
std::string relativeDays(long days, Language language);
// "1 day late", "12 days late" ("1 jour de retard", "12 jours de retard").
std::string daysLateText(long days, Language language);
// At most maxChars characters (UTF-8 code points), ending in "…" when cut.
std::string shortTitle(std::string_view title, std::size_t maxChars = 40);

// What an indicator row shows: the sheet's status, or waived (an approved
// decision takes the share out of the payout).
enum class IndicatorMark { Met, Partial, NotMet, Pending, Waived };

// met, partial, not met, pending, waived / atteint, partiel, non atteint,
// en attente, neutralisé.
std::string_view word(IndicatorMark mark, Language language);
// done, done late, overdue, due soon, on track / réalisé, réalisé en retard,
// en retard, échéance proche, dans les délais.
std::string_view word(MilestoneStatus status, Language language);
// What an approved decision made of an indicator's share: reallocated,
// transferred / réaffecté, transféré; "" for the others (a re-assessed
// indicator keeps its score's status).
std::string_view outcomeWord(Decision decision, Language language);
// "Fixed tranche" / "Tranche fixe", "Variable tranche" / "Tranche variable".
std::string_view word(TrancheType type, Language language);

// A request deadline of a tranche not yet disbursed, as of today.
enum class DeadlineStatus { Passed, DueSoon, Upcoming };
// passed, due soon, upcoming / dépassée, proche, à venir.
std::string_view word(DeadlineStatus status, Language language);

// The panels' fixed texts.
enum class PanelLabel {
    DeckTitle,
    IndicatorsTitle,
    TranchesTitle,
    CalendarTitle,
    Year,
    Id,
    Indicator,
    Score,
    Status,
    Weight,
    Ceiling,
    Computed,
    AtStake,
    Transferred,
    Disbursed,
    Total,
    PendingMilestones,
    Blocked,
    NextReview,
    NoReview,
    RequestDeadlines,
    Milestones,
    NoTracker,
    Malformed,
    NewTracker,
    RecordAssessment,
    CloseReview,
    ReviewReport,
    ExportIati,
    ImportIati,
};
std::string_view label(PanelLabel which, Language language);

// --- Years ---------------------------------------------------------------------

// The tracker's years, in the order of the layout's years range.
std::vector<int> yearsOf(const TrackerModel& model);
// The earliest year that is not closed (the review under way), else the last
// year; nullopt without years.
std::optional<int> defaultYear(const TrackerModel& model);
// "2018", or "2018 (closed)" / "2018 (clos)" for a closed year.
std::string yearLabel(const TrackerYear& year, Language language);

// --- Indicators panel ----------------------------------------------------------

struct IndicatorRow {
    std::string id;
    std::string title;     // short title
    std::string scoreText; // "83.8%"; "" while pending
    IndicatorMark mark = IndicatorMark::Pending;
    std::string markWord;
    // What the deck shows: markWord, or in version 2 what an approved
    // reallocation or transfer made of the share ("transferred").
    std::string statusWord;
    std::string weightText;
    // Version 2: the year's decision and its state, "transfer approved 20 Mar
    // 2019" or "transfer requested 1 Mar 2019"; "" without a decision.
    Decision decision = Decision::None;
    bool decisionApproved = false;
    std::string decisionText;
    int sheetRow = 0; // 0-based, on the sheet of TrackerModel::indicatorsAt
};

struct IndicatorsView {
    int year = 0;
    std::vector<IndicatorRow> rows; // in sheet order; empty for a year the tracker lacks
    int count(IndicatorMark mark) const;
};

IndicatorsView indicatorsView(const TrackerModel& model, int year, Language language);
// "9 met · 1 partial · 1 not met · 2 pending", each count agreeing with its word.
std::string tallyText(const IndicatorsView& view, Language language);

// --- Milestone lines (Tranches and Calendar panels) ------------------------------

struct MilestoneLine {
    std::string id;
    std::string title; // short title
    Date due;
    std::string dueText;
    MilestoneStatus status = MilestoneStatus::OnTrack;
    std::string statusWord;
    std::string daysText; // "12 days late" when overdue, else relative to today
    int sheetRow = 0;     // 0-based, on the sheet of TrackerModel::milestonesAt
};

// --- Tranches panel ------------------------------------------------------------

struct AmountText {
    Amount value = 0.0;
    std::string text;
};

struct TrancheRow {
    TrancheType type = TrancheType::Variable;
    std::string typeWord;
    AmountText ceiling;
    AmountText computed;
    AmountText atStake; // ceiling - computed - transferred - held, never negative
    AmountText transferred;
    // Layout version 2 (version 1: base ceiling = ceiling, payable = computed,
    // nothing carried in, held or released).
    AmountText baseCeiling;
    AmountText carriedIn;
    AmountText held;
    AmountText released;
    AmountText payable;
    std::optional<AmountText> disbursed;
    double bar = 0.0; // computed / ceiling, in [0, 1]
    bool eligible = false;
    // Gating milestones not done yet, in the order the tranche lists them
    // (version 2: the milestones of the tranche year, in sheet order).
    std::vector<MilestoneLine> pendingMilestones;
    bool blocked = false; // a gating milestone is overdue
    int sheetRow = 0;     // 0-based, on the sheet of TrackerModel::tranchesAt
};

struct TrancheTotals {
    AmountText ceiling;
    AmountText computed;
    AmountText atStake;
    AmountText transferred;
    AmountText disbursed; // blank disbursements count 0
};

struct TranchesView {
    int year = 0;
    std::vector<TrancheRow> tranches; // in sheet order
    TrancheTotals totals;
};

// `today` decides which pending gating milestones are overdue.
TranchesView tranchesView(const TrackerModel& model, int year, Date today, Language language);

// --- Calendar panel ------------------------------------------------------------

struct ReviewLine {
    Date date;
    std::string dateText;
    long daysLeft = 0;
    std::string daysText;
};

struct DeadlineLine {
    int year = 0;
    TrancheType type = TrancheType::Variable;
    std::string trancheText; // "Variable tranche 2018" / "Tranche variable 2018"
    Date deadline;
    std::string dateText;
    long daysLeft = 0; // negative once passed
    std::string daysText;
    DeadlineStatus status = DeadlineStatus::Upcoming;
    std::string statusWord;
    int sheetRow = 0;
};

// A condition of the year under review whose verdict is blank.
struct ConditionLine {
    std::string id;
    std::string name; // short
    ConditionKind kind = ConditionKind::General;
    int sheetRow = 0; // 0-based, on the sheet of TrackerModel::conditionsAt
};

struct CalendarView {
    int year = 0; // the year whose conditions are listed
    // Version 2: the general conditions and the specific conditions of the
    // year's tranches not yet assessed, in sheet order.
    std::vector<ConditionLine> unassessed;
    std::optional<ReviewLine> nextReview; // nullopt without a review schedule
    std::vector<DeadlineLine> deadlines;  // tranches not yet disbursed, by date
    // Milestones not done yet: overdue first, then due soon, then the rest,
    // each group by due date.
    std::vector<MilestoneLine> milestones;
};

// Milestones and deadlines are "due soon" within this many days.
inline constexpr int kDueSoonDays = Milestone::kDefaultWarnDays;

// The conditions listed are those of the default year.
CalendarView calendarView(const TrackerModel& model, Date today, Language language);
CalendarView calendarView(const TrackerModel& model, int year, Date today, Language language);
std::vector<ConditionLine> unassessedConditions(const TrackerModel& model, int year);

} // namespace condtrack
