#include "views/panels.hpp"

#include "rules/status.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <exception>
#include <utility>

namespace condtrack {

namespace {

constexpr const char* kNoBreakSpace = "\xC2\xA0";
constexpr const char* kEllipsis = "\xE2\x80\xA6";

std::string withDecimalComma(std::string text, Language language) {
    if (usesDecimalComma(language)) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

long daysBetween(Date from, Date to) {
    return static_cast<long>((to - from).days());
}

IndicatorMark markOf(IndicatorStatus status) {
    switch (status) {
    case IndicatorStatus::Met: return IndicatorMark::Met;
    case IndicatorStatus::Partial: return IndicatorMark::Partial;
    case IndicatorStatus::NotMet: return IndicatorMark::NotMet;
    case IndicatorStatus::Pending: return IndicatorMark::Pending;
    }
    return IndicatorMark::Pending;
}

// The status the sheet shows; the score decides when the status cell holds
// no status word (a formula error reads as blank).
IndicatorMark markOf(const IndicatorYear& year) {
    if (year.waived) return IndicatorMark::Waived;
    const std::string key = normaliseKeyword(year.status);
    if (key == "met" || key == "atteint" || key == "cumprido") return IndicatorMark::Met;
    if (key == "partial" || key == "partiel" || key == "parcial") return IndicatorMark::Partial;
    if (key == "not met" || key == "non atteint" || key == "nao cumprido")
        return IndicatorMark::NotMet;
    if (key == "pending" || key == "en attente" || key == "pendente") return IndicatorMark::Pending;
    if (key == "waived" || key == "neutralise" || key == "abandonne" || key == "neutralizado")
        return IndicatorMark::Waived;
    try {
        return markOf(classifyScore(year.score));
    } catch (const std::exception&) {
        return IndicatorMark::Pending;
    }
}

// "transfer approved 20 Mar 2019", "transfer requested 1 Mar 2019": a
// decision is approved once it has an approval date, and requested before.
std::string decisionText(const IndicatorYear& year, Language language) {
    struct Messages {
        Decision decision;
        TranslateId undated, requested, approved;
    };
    static constexpr std::array<Messages, 3> kMessages{{
        {Decision::Reallocate, STR_DECISION_REALLOCATE_UNDATED, STR_DECISION_REALLOCATE_REQUESTED,
         STR_DECISION_REALLOCATE_APPROVED},
        {Decision::Transfer, STR_DECISION_TRANSFER_UNDATED, STR_DECISION_TRANSFER_REQUESTED,
         STR_DECISION_TRANSFER_APPROVED},
        {Decision::Reassess, STR_DECISION_REASSESS_UNDATED, STR_DECISION_REASSESS_REQUESTED,
         STR_DECISION_REASSESS_APPROVED},
    }};
    for (const auto& messages : kMessages) {
        if (messages.decision != year.decision.decision) continue;
        if (year.approvedOn) {
            std::string text =
                tr(messages.approved, language, {formatDate(*year.approvedOn, language)});
            if (!year.approvalRef.empty()) text += " (" + year.approvalRef + ")";
            return text;
        }
        if (year.requestedOn)
            return tr(messages.requested, language, {formatDate(*year.requestedOn, language)});
        return std::string(tr(messages.undated, language));
    }
    return {};
}

AmountText amount(Amount value, Language language) {
    return {value, formatAmount(value, language)};
}

MilestoneLine milestoneLine(const TrackerMilestone& milestone, Date today, Language language) {
    MilestoneLine line;
    line.id = milestone.id;
    line.title = shortTitle(milestone.title);
    line.due = milestone.dates.due;
    line.dueText = formatDate(milestone.dates.due, language);
    line.status = milestone.dates.status(today, kDueSoonDays);
    line.statusWord = std::string(word(line.status, language));
    line.daysText = line.status == MilestoneStatus::Overdue
                        ? daysLateText(milestone.dates.daysLate(today), language)
                        : relativeDays(daysBetween(today, milestone.dates.due), language);
    line.sheetRow = milestone.sheetRow;
    return line;
}

int urgency(MilestoneStatus status) {
    switch (status) {
    case MilestoneStatus::Overdue: return 0;
    case MilestoneStatus::DueSoon: return 1;
    default: return 2;
    }
}

} // namespace

// --- Words and formats -----------------------------------------------------------

std::string formatAmount(double amount, Language language) {
    if (!std::isfinite(amount)) return {};
    double rounded = std::round(amount);
    if (rounded == 0.0) rounded = 0.0; // no "-0"
    char buffer[400];                  // the largest double has 309 digits
    std::snprintf(buffer, sizeof buffer, "%.0f", std::fabs(rounded));
    const std::string digits = buffer;
    const std::string separator = usesDecimalComma(language) ? kNoBreakSpace : ",";
    std::string out = rounded < 0.0 ? "-" : "";
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

std::string formatPercent(double fraction, Language language) {
    if (!std::isfinite(fraction)) return {};
    double percent = std::round(fraction * 1000.0) / 10.0;
    if (percent == 0.0) percent = 0.0;
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.1f", percent);
    // French spaces the sign; English and European Portuguese do not.
    const bool spaced = language == Language::French;
    return withDecimalComma(buffer, language) + (spaced ? kNoBreakSpace : "") + "%";
}

std::string formatNumber(double value, int decimals, Language language) {
    if (!std::isfinite(value)) return {};
    decimals = std::clamp(decimals, 0, 9);
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        text.erase(text.find_last_not_of('0') + 1);
        if (text.back() == '.') text.pop_back();
    }
    if (text == "-0") text = "0";
    return withDecimalComma(text, language);
}

std::string formatDate(Date date, Language language) {
    if (date.is_special()) return {};
    static constexpr std::array<TranslateId, 12> kMonths{
        STR_MONTH_01, STR_MONTH_02, STR_MONTH_03, STR_MONTH_04, STR_MONTH_05, STR_MONTH_06,
        STR_MONTH_07, STR_MONTH_08, STR_MONTH_09, STR_MONTH_10, STR_MONTH_11, STR_MONTH_12};
    const auto month = static_cast<std::size_t>(date.month().as_number() - 1);
    return std::to_string(date.day().as_number()) + " " +
           std::string(tr(kMonths.at(month), language)) + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string relativeDays(long days, Language language) {
    if (days == 0) return std::string(tr(STR_DAY_TODAY, language));
    if (days == 1) return std::string(tr(STR_DAY_TOMORROW, language));
    if (days == -1) return std::string(tr(STR_DAY_YESTERDAY, language));
    if (days > 0) return count(STR_DAYS_AHEAD, language, static_cast<unsigned long>(days));
    return count(STR_DAYS_AGO, language, static_cast<unsigned long>(-days));
}

std::string daysLateText(long days, Language language) {
    // A milestone done early has no days late; the count is never negative.
    return count(STR_DAYS_LATE, language, static_cast<unsigned long>(std::max(days, 0L)));
}

std::string shortTitle(std::string_view title, std::size_t maxChars) {
    // One line: tabs and line breaks become spaces.
    std::string line(title);
    std::replace_if(
        line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
    auto isLead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; };
    const auto chars = static_cast<std::size_t>(std::count_if(line.begin(), line.end(), isLead));
    if (chars <= maxChars) return line;
    if (maxChars == 0) return {};
    // Cut before the code point that would be number maxChars, then end in "…".
    std::size_t kept = 0;
    std::size_t cut = 0;
    for (; cut < line.size(); ++cut) {
        if (isLead(line[cut]) && kept++ == maxChars - 1) break;
    }
    line.erase(cut);
    line.erase(line.find_last_not_of(' ') + 1);
    return line + kEllipsis;
}

std::string_view word(IndicatorMark mark, Language language) {
    switch (mark) {
    case IndicatorMark::Met: return tr(STR_MARK_MET, language);
    case IndicatorMark::Partial: return tr(STR_MARK_PARTIAL, language);
    case IndicatorMark::NotMet: return tr(STR_MARK_NOT_MET, language);
    case IndicatorMark::Pending: return tr(STR_MARK_PENDING, language);
    case IndicatorMark::Waived: return tr(STR_MARK_WAIVED, language);
    }
    return {};
}

std::string_view outcomeWord(Decision decision, Language language) {
    switch (decision) {
    case Decision::Reallocate: return tr(STR_MARK_REALLOCATED, language);
    case Decision::Transfer: return tr(STR_MARK_TRANSFERRED, language);
    default: return {};
    }
}

std::string tallyText(const IndicatorsView& view, Language language) {
    static constexpr std::array<std::pair<IndicatorMark, TranslateNId>, 4> kTallied{{
        {IndicatorMark::Met, STR_TALLY_MET},
        {IndicatorMark::Partial, STR_TALLY_PARTIAL},
        {IndicatorMark::NotMet, STR_TALLY_NOT_MET},
        {IndicatorMark::Pending, STR_TALLY_PENDING},
    }};
    std::string text;
    for (const auto& [mark, message] : kTallied) {
        if (!text.empty()) text += " · ";
        text += count(message, language, static_cast<unsigned long>(view.count(mark)));
    }
    return text;
}

std::string_view word(MilestoneStatus status, Language language) {
    switch (status) {
    case MilestoneStatus::Done: return tr(STR_MILESTONE_DONE, language);
    case MilestoneStatus::DoneLate: return tr(STR_MILESTONE_DONE_LATE, language);
    case MilestoneStatus::Overdue: return tr(STR_MILESTONE_OVERDUE, language);
    case MilestoneStatus::DueSoon: return tr(STR_MILESTONE_DUE_SOON, language);
    case MilestoneStatus::OnTrack: return tr(STR_MILESTONE_ON_TRACK, language);
    }
    return {};
}

std::string_view word(TrancheType type, Language language) {
    return type == TrancheType::Fixed ? tr(STR_TRANCHE_FIXED, language)
                                      : tr(STR_TRANCHE_VARIABLE, language);
}

std::string_view word(DeadlineStatus status, Language language) {
    switch (status) {
    case DeadlineStatus::Passed: return tr(STR_DEADLINE_PASSED, language);
    case DeadlineStatus::DueSoon: return tr(STR_DEADLINE_DUE_SOON, language);
    case DeadlineStatus::Upcoming: return tr(STR_DEADLINE_UPCOMING, language);
    }
    return {};
}

std::string_view label(PanelLabel which, Language language) {
    switch (which) {
    case PanelLabel::DeckTitle: return tr(STR_DECK_TITLE, language);
    case PanelLabel::IndicatorsTitle: return tr(STR_PANEL_INDICATORS, language);
    case PanelLabel::TranchesTitle: return tr(STR_PANEL_TRANCHES, language);
    case PanelLabel::CalendarTitle: return tr(STR_PANEL_CALENDAR, language);
    case PanelLabel::Year: return tr(STR_PANEL_YEAR, language);
    case PanelLabel::Id: return tr(STR_PANEL_ID, language);
    case PanelLabel::Indicator: return tr(STR_PANEL_INDICATOR, language);
    case PanelLabel::Score: return tr(STR_PANEL_SCORE, language);
    case PanelLabel::Status: return tr(STR_PANEL_STATUS, language);
    case PanelLabel::Weight: return tr(STR_PANEL_WEIGHT, language);
    case PanelLabel::Ceiling: return tr(STR_PANEL_CEILING, language);
    case PanelLabel::Computed: return tr(STR_PANEL_COMPUTED, language);
    case PanelLabel::AtStake: return tr(STR_PANEL_AT_STAKE, language);
    case PanelLabel::Transferred: return tr(STR_PANEL_TRANSFERRED, language);
    case PanelLabel::Disbursed: return tr(STR_PANEL_DISBURSED, language);
    case PanelLabel::Total: return tr(STR_PANEL_TOTAL, language);
    case PanelLabel::PendingMilestones: return tr(STR_PANEL_PENDING_MILESTONES, language);
    case PanelLabel::Blocked: return tr(STR_PANEL_BLOCKED, language);
    case PanelLabel::NextReview: return tr(STR_PANEL_NEXT_REVIEW, language);
    case PanelLabel::NoReview: return tr(STR_PANEL_NO_REVIEW, language);
    case PanelLabel::RequestDeadlines: return tr(STR_PANEL_REQUEST_DEADLINES, language);
    case PanelLabel::Milestones: return tr(STR_PANEL_MILESTONES, language);
    case PanelLabel::NoTracker: return tr(STR_PANEL_NO_TRACKER, language);
    case PanelLabel::Malformed: return tr(STR_PANEL_MALFORMED, language);
    case PanelLabel::NewTracker: return tr(STR_PANEL_NEW_TRACKER, language);
    case PanelLabel::RecordAssessment: return tr(STR_PANEL_RECORD_ASSESSMENT, language);
    case PanelLabel::CloseReview: return tr(STR_PANEL_CLOSE_REVIEW, language);
    case PanelLabel::ReviewReport: return tr(STR_PANEL_REVIEW_REPORT, language);
    case PanelLabel::ExportIati: return tr(STR_PANEL_EXPORT_IATI, language);
    case PanelLabel::ImportIati: return tr(STR_PANEL_IMPORT_IATI, language);
    }
    return {};
}

// --- Years -------------------------------------------------------------------------

std::vector<int> yearsOf(const TrackerModel& model) {
    std::vector<int> years;
    years.reserve(model.years.size());
    for (const auto& year : model.years)
        years.push_back(year.year);
    return years;
}

std::optional<int> defaultYear(const TrackerModel& model) {
    if (model.years.empty()) return std::nullopt;
    // The review under way is the earliest one not closed yet.
    for (const auto& year : model.years)
        if (!year.closed) return year.year;
    return model.years.back().year;
}

std::string yearLabel(const TrackerYear& year, Language language) {
    const std::string text = std::to_string(year.year);
    if (!year.closed) return text;
    return text + " (" + std::string(tr(STR_YEAR_CLOSED, language)) + ")";
}

// --- Indicators panel ----------------------------------------------------------------

int IndicatorsView::count(IndicatorMark mark) const {
    return static_cast<int>(
        std::count_if(rows.begin(), rows.end(), [&](const auto& row) { return row.mark == mark; }));
}

IndicatorsView indicatorsView(const TrackerModel& model, int year, Language language) {
    IndicatorsView view;
    view.year = year;
    const auto index = model.yearIndex(year);
    if (!index) return view;
    view.rows.reserve(model.indicators.size());
    for (const auto& indicator : model.indicators) {
        IndicatorRow row;
        row.id = indicator.id;
        row.title = shortTitle(indicator.title);
        const IndicatorYear assessed =
            *index < indicator.years.size() ? indicator.years[*index] : IndicatorYear{};
        if (assessed.score) row.scoreText = formatPercent(*assessed.score, language);
        row.mark = markOf(assessed);
        row.markWord = std::string(word(row.mark, language));
        row.statusWord = row.markWord;
        row.weightText = formatNumber(assessed.weight.value_or(indicator.weight), 2, language);
        // Version 1 has waivers, not decisions.
        if (model.layoutVersion >= 2) {
            row.decision = assessed.decision.decision;
            row.decisionApproved = assessed.decision.approved;
            row.decisionText = decisionText(assessed, language);
            // The waiver says which decision took the share out of the payout.
            const std::string_view outcome = outcomeWord(assessed.decision.effective(), language);
            if (!outcome.empty()) row.statusWord = std::string(outcome);
        }
        row.sheetRow = indicator.sheetRow;
        view.rows.push_back(std::move(row));
    }
    return view;
}

// --- Tranches panel ------------------------------------------------------------------

namespace {

// The milestones that gate a tranche: those it lists (version 1), or those of
// its year (version 2).
std::vector<const TrackerMilestone*> gatingMilestones(const TrackerModel& model,
                                                      const Tranche& tranche) {
    std::vector<const TrackerMilestone*> gating;
    if (model.layoutVersion >= 2) {
        for (const auto& milestone : model.milestones)
            if (milestone.trancheYear == tranche.year) gating.push_back(&milestone);
        return gating;
    }
    for (const auto& id : tranche.gatingMilestones)
        if (const TrackerMilestone* milestone = model.findMilestone(id))
            gating.push_back(milestone);
    return gating;
}

void carryOvers(TrancheRow& row, const Tranche& tranche, Language language) {
    row.baseCeiling = amount(tranche.baseCeiling, language);
    row.carriedIn = amount(tranche.carriedIn, language);
    row.held = amount(tranche.held, language);
    row.released = amount(tranche.released, language);
    row.payable = amount(tranche.payable, language);
}

} // namespace

TranchesView tranchesView(const TrackerModel& model, int year, Date today, Language language) {
    TranchesView view;
    view.year = year;
    Amount ceiling = 0.0, computed = 0.0, atStake = 0.0, transferred = 0.0, disbursed = 0.0;
    for (const auto& tranche : model.tranches) {
        if (tranche.year != year) continue;
        TrancheRow row;
        row.type = tranche.type;
        row.typeWord = std::string(word(tranche.type, language));
        // Variable tranches of one year are told apart by their component.
        if (!tranche.component.empty()) row.typeWord += " · " + tranche.component;
        row.ceiling = amount(tranche.ceiling, language);
        row.computed = amount(tranche.computed, language);
        row.transferred = amount(tranche.transferred, language);
        carryOvers(row, tranche, language);
        const Amount stake =
            tranche.ceiling - tranche.computed - tranche.transferred - tranche.held;
        row.atStake = amount(stake > 0.0 ? stake : 0.0, language);
        if (tranche.disbursed) row.disbursed = amount(*tranche.disbursed, language);
        const double fraction = tranche.ceiling > 0.0 ? tranche.computed / tranche.ceiling : 0.0;
        row.bar = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
        row.eligible = tranche.eligible;
        for (const TrackerMilestone* milestone : gatingMilestones(model, tranche)) {
            if (milestone->dates.done) continue;
            row.pendingMilestones.push_back(milestoneLine(*milestone, today, language));
            if (row.pendingMilestones.back().status == MilestoneStatus::Overdue) row.blocked = true;
        }
        row.sheetRow = tranche.sheetRow;

        ceiling += row.ceiling.value;
        computed += row.computed.value;
        atStake += row.atStake.value;
        transferred += row.transferred.value;
        disbursed += tranche.disbursed.value_or(0.0);
        view.tranches.push_back(std::move(row));
    }
    view.totals = {amount(ceiling, language), amount(computed, language), amount(atStake, language),
                   amount(transferred, language), amount(disbursed, language)};
    return view;
}

// --- Calendar panel ------------------------------------------------------------------

namespace {

// "2019 variable health" -> 2019: a condition names its tranche by its year first.
std::optional<int> trancheYearOf(const std::string& label) {
    int year = 0;
    std::size_t digits = 0;
    while (digits < label.size() && digits < 5 && label[digits] >= '0' && label[digits] <= '9')
        year = year * 10 + (label[digits++] - '0');
    if (digits == 0 || (digits < label.size() && label[digits] != ' ')) return std::nullopt;
    return year;
}

} // namespace

std::vector<ConditionLine> unassessedConditions(const TrackerModel& model, int year) {
    std::vector<ConditionLine> lines;
    const auto index = model.yearIndex(year);
    if (!index) return lines;
    for (const auto& condition : model.conditions) {
        if (condition.kind == ConditionKind::Specific && trancheYearOf(condition.tranche) != year)
            continue;
        if (*index < condition.years.size() && condition.years[*index].verdict) continue;
        lines.push_back(
            {condition.id, shortTitle(condition.text), condition.kind, condition.sheetRow});
    }
    return lines;
}

CalendarView calendarView(const TrackerModel& model, Date today, Language language) {
    return calendarView(model, defaultYear(model).value_or(0), today, language);
}

CalendarView calendarView(const TrackerModel& model, int year, Date today, Language language) {
    CalendarView view;
    view.year = year;
    view.unassessed = unassessedConditions(model, year);

    if (model.reviews) {
        try {
            const ReviewSchedule schedule(model.reviews->first, model.reviews->months);
            const Date next =
                schedule.nextOnOrAfter(today, BusinessCalendar{}, model.reviews->roll);
            const long left = daysBetween(today, next);
            view.nextReview =
                ReviewLine{next, formatDate(next, language), left, relativeDays(left, language)};
        } catch (const std::exception&) {
            // No review date within the calendar: the panel says none is scheduled.
        }
    }

    for (const auto& tranche : model.tranches) {
        if (tranche.isDisbursed() || !tranche.requestDeadline) continue;
        DeadlineLine line;
        line.year = tranche.year;
        line.type = tranche.type;
        line.trancheText =
            std::string(word(tranche.type, language)) + " " + std::to_string(tranche.year);
        line.deadline = *tranche.requestDeadline;
        line.dateText = formatDate(line.deadline, language);
        line.daysLeft = daysBetween(today, line.deadline);
        line.daysText = relativeDays(line.daysLeft, language);
        line.status = line.daysLeft < 0               ? DeadlineStatus::Passed
                      : line.daysLeft <= kDueSoonDays ? DeadlineStatus::DueSoon
                                                      : DeadlineStatus::Upcoming;
        line.statusWord = std::string(word(line.status, language));
        line.sheetRow = tranche.sheetRow;
        view.deadlines.push_back(std::move(line));
    }
    std::stable_sort(view.deadlines.begin(), view.deadlines.end(),
                     [](const auto& a, const auto& b) { return a.deadline < b.deadline; });

    for (const auto& milestone : model.milestones)
        if (!milestone.dates.done)
            view.milestones.push_back(milestoneLine(milestone, today, language));
    std::stable_sort(view.milestones.begin(), view.milestones.end(),
                     [](const auto& a, const auto& b) {
                         if (urgency(a.status) != urgency(b.status))
                             return urgency(a.status) < urgency(b.status);
                         return a.due < b.due;
                     });
    return view;
}

} // namespace condtrack
