#include "views/panels.hpp"

#include "rules/status.hpp"
#include "text/keys.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <exception>

namespace condtrack {

namespace {

constexpr const char* kNoBreakSpace = "\xC2\xA0";
constexpr const char* kEllipsis = "\xE2\x80\xA6";

bool french(Language language) {
    return language == Language::French;
}

std::string_view pick(Language language, std::string_view en, std::string_view fr) {
    return french(language) ? fr : en;
}

std::string withDecimalComma(std::string text, Language language) {
    if (french(language)) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

long daysBetween(Date from, Date to) {
    return static_cast<long>((to - from).days());
}

std::string plural(long n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
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
    if (key == "met" || key == "atteint") return IndicatorMark::Met;
    if (key == "partial" || key == "partiel") return IndicatorMark::Partial;
    if (key == "not met" || key == "non atteint") return IndicatorMark::NotMet;
    if (key == "pending" || key == "en attente") return IndicatorMark::Pending;
    if (key == "waived" || key == "abandonne") return IndicatorMark::Waived;
    try {
        return markOf(classifyScore(year.score));
    } catch (const std::exception&) {
        return IndicatorMark::Pending;
    }
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
    const std::string separator = french(language) ? kNoBreakSpace : ",";
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
    return withDecimalComma(buffer, language) + (french(language) ? kNoBreakSpace : "") + "%";
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
    static constexpr std::array<const char*, 12> kEnglish{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static constexpr std::array<const char*, 12> kFrench{"janv.", "févr.", "mars",  "avr.",
                                                         "mai",   "juin",  "juil.", "août",
                                                         "sept.", "oct.",  "nov.",  "déc."};
    const auto month = static_cast<std::size_t>(date.month().as_number() - 1);
    return std::to_string(date.day().as_number()) + " " +
           (french(language) ? kFrench : kEnglish)[month] + " " +
           std::to_string(static_cast<int>(date.year()));
}

std::string relativeDays(long days, Language language) {
    if (days == 0) return std::string(pick(language, "today", "aujourd'hui"));
    if (days == 1) return std::string(pick(language, "tomorrow", "demain"));
    if (days == -1) return std::string(pick(language, "yesterday", "hier"));
    if (days > 0)
        return french(language) ? "dans " + std::to_string(days) + " jours"
                                : "in " + std::to_string(days) + " days";
    return french(language) ? "il y a " + std::to_string(-days) + " jours"
                            : std::to_string(-days) + " days ago";
}

std::string daysLateText(long days, Language language) {
    return french(language) ? plural(days, "jour de retard", "jours de retard")
                            : plural(days, "day late", "days late");
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
    case IndicatorMark::Met: return pick(language, "met", "atteint");
    case IndicatorMark::Partial: return pick(language, "partial", "partiel");
    case IndicatorMark::NotMet: return pick(language, "not met", "non atteint");
    case IndicatorMark::Pending: return pick(language, "pending", "en attente");
    case IndicatorMark::Waived: return pick(language, "waived", "abandonné");
    }
    return {};
}

std::string_view word(MilestoneStatus status, Language language) {
    switch (status) {
    case MilestoneStatus::Done: return pick(language, "done", "réalisé");
    case MilestoneStatus::DoneLate: return pick(language, "done late", "réalisé en retard");
    case MilestoneStatus::Overdue: return pick(language, "overdue", "en retard");
    case MilestoneStatus::DueSoon: return pick(language, "due soon", "échéance proche");
    case MilestoneStatus::OnTrack: return pick(language, "on track", "dans les délais");
    }
    return {};
}

std::string_view word(TrancheType type, Language language) {
    return type == TrancheType::Fixed ? pick(language, "Fixed tranche", "Tranche fixe")
                                      : pick(language, "Variable tranche", "Tranche variable");
}

std::string_view word(DeadlineStatus status, Language language) {
    switch (status) {
    case DeadlineStatus::Passed: return pick(language, "passed", "dépassée");
    case DeadlineStatus::DueSoon: return pick(language, "due soon", "proche");
    case DeadlineStatus::Upcoming: return pick(language, "upcoming", "à venir");
    }
    return {};
}

std::string_view label(PanelLabel which, Language language) {
    switch (which) {
    case PanelLabel::DeckTitle: return pick(language, "Conditionality", "Conditionnalité");
    case PanelLabel::IndicatorsTitle: return pick(language, "Indicators", "Indicateurs");
    case PanelLabel::TranchesTitle: return pick(language, "Tranches", "Tranches");
    case PanelLabel::CalendarTitle: return pick(language, "Calendar", "Calendrier");
    case PanelLabel::Year: return pick(language, "Year", "Année");
    case PanelLabel::Id: return pick(language, "ID", "ID");
    case PanelLabel::Indicator: return pick(language, "Indicator", "Indicateur");
    case PanelLabel::Score: return pick(language, "Score", "Note");
    case PanelLabel::Status: return pick(language, "Status", "Statut");
    case PanelLabel::Weight: return pick(language, "Weight", "Poids");
    case PanelLabel::Ceiling: return pick(language, "Ceiling", "Plafond");
    case PanelLabel::Computed: return pick(language, "Computed", "Montant calculé");
    case PanelLabel::AtStake: return pick(language, "At stake", "En jeu");
    case PanelLabel::Transferred: return pick(language, "Transferred", "Transféré");
    case PanelLabel::Disbursed: return pick(language, "Disbursed", "Décaissé");
    case PanelLabel::Total: return pick(language, "Total", "Total");
    case PanelLabel::PendingMilestones:
        return pick(language, "Gating milestones not done", "Jalons conditionnels non réalisés");
    case PanelLabel::Blocked:
        return pick(language, "Blocked by an overdue milestone", "Bloquée par un jalon en retard");
    case PanelLabel::NextReview: return pick(language, "Next review", "Prochaine revue");
    case PanelLabel::NoReview: return pick(language, "No review scheduled", "Aucune revue prévue");
    case PanelLabel::RequestDeadlines:
        return pick(language, "Request deadlines", "Dates limites de demande");
    case PanelLabel::Milestones: return pick(language, "Milestones", "Jalons");
    case PanelLabel::NoTracker:
        return pick(language,
                    "This workbook has no conditionality tracker. Create one to follow "
                    "indicators, tranches and milestones.",
                    "Ce classeur ne contient pas de suivi de conditionnalité. Créez-en un pour "
                    "suivre les indicateurs, les tranches et les jalons.");
    case PanelLabel::Malformed:
        return pick(language, "The tracker cannot be read:", "Le suivi ne peut pas être lu :");
    case PanelLabel::NewTracker: return pick(language, "New tracker", "Nouveau suivi");
    case PanelLabel::RecordAssessment:
        return pick(language, "Record assessment", "Enregistrer une évaluation");
    case PanelLabel::CloseReview: return pick(language, "Close review", "Clôturer la revue");
    case PanelLabel::ReviewReport: return pick(language, "Review report", "Rapport de revue");
    case PanelLabel::ExportIati: return pick(language, "Export to IATI", "Exporter vers IATI");
    case PanelLabel::ImportIati: return pick(language, "Import from IATI", "Importer depuis IATI");
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
    return text + " (" + std::string(pick(language, "closed", "clos")) + ")";
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
        row.weightText = formatNumber(indicator.weight, 2, language);
        row.sheetRow = indicator.sheetRow;
        view.rows.push_back(std::move(row));
    }
    return view;
}

// --- Tranches panel ------------------------------------------------------------------

TranchesView tranchesView(const TrackerModel& model, int year, Date today, Language language) {
    TranchesView view;
    view.year = year;
    Amount ceiling = 0.0, computed = 0.0, atStake = 0.0, transferred = 0.0, disbursed = 0.0;
    for (const auto& tranche : model.tranches) {
        if (tranche.year != year) continue;
        TrancheRow row;
        row.type = tranche.type;
        row.typeWord = std::string(word(tranche.type, language));
        row.ceiling = amount(tranche.ceiling, language);
        row.computed = amount(tranche.computed, language);
        row.transferred = amount(tranche.transferred, language);
        const Amount stake = tranche.ceiling - tranche.computed - tranche.transferred;
        row.atStake = amount(stake > 0.0 ? stake : 0.0, language);
        if (tranche.disbursed) row.disbursed = amount(*tranche.disbursed, language);
        const double fraction = tranche.ceiling > 0.0 ? tranche.computed / tranche.ceiling : 0.0;
        row.bar = std::isfinite(fraction) ? std::clamp(fraction, 0.0, 1.0) : 0.0;
        row.eligible = tranche.eligible;
        for (const auto& id : tranche.gatingMilestones) {
            const TrackerMilestone* milestone = model.findMilestone(id);
            if (milestone == nullptr || milestone->dates.done) continue;
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

CalendarView calendarView(const TrackerModel& model, Date today, Language language) {
    CalendarView view;

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
