#include "report/review_report.hpp"

#include "rules/errors.hpp"
#include "views/panels.hpp"

#include <algorithm>
#include <map>

namespace condtrack {

namespace {

struct Labels {
    Language language;
    std::string operator()(const char* en, const char* fr) const {
        return language == Language::French ? fr : en;
    }
};

class Rows {
  public:
    explicit Rows(PlannedSheet& sheet) : sheet_(sheet) {}
    int row() const { return row_; }
    void skip(int n = 1) { row_ += n; }
    void text(int col, const std::string& value, CellStyle style = CellStyle::Plain) {
        put({row_, col, PlannedCell::Kind::Text, value, 0.0, style});
    }
    void number(int col, double value, CellStyle style = CellStyle::Plain) {
        put({row_, col, PlannedCell::Kind::Number, {}, value, style});
    }
    void headers(const std::vector<std::string>& labels) {
        for (std::size_t i = 0; i < labels.size(); ++i)
            text(static_cast<int>(i), labels[i], CellStyle::Header);
        ++row_;
    }
    void next() { ++row_; }

  private:
    void put(PlannedCell cell) {
        sheet_.usedColumns = std::max(sheet_.usedColumns, cell.col + 1);
        sheet_.cells.push_back(std::move(cell));
    }
    PlannedSheet& sheet_;
    int row_ = 0;
};

CellStyle styleOf(IndicatorMark mark) {
    switch (mark) {
    case IndicatorMark::Met: return CellStyle::Good;
    case IndicatorMark::Partial: return CellStyle::Warning;
    case IndicatorMark::NotMet: return CellStyle::Bad;
    case IndicatorMark::Pending:
    case IndicatorMark::Waived: return CellStyle::Muted;
    }
    return CellStyle::Plain;
}

double serialOf(Date date) {
    return static_cast<double>((date - Date(1899, 12, 30)).days());
}

} // namespace

std::string reviewSheetName(int year, Language language) {
    return (language == Language::French ? "Revue " : "Review ") + std::to_string(year);
}

WorkbookPlan reviewReportPlan(const TrackerModel& model, int year, Date today, Language language) {
    const auto index = model.yearIndex(year);
    if (!index) throw InvalidArgument("the tracker has no year " + std::to_string(year));
    const Labels L{language};
    WorkbookPlan plan;
    plan.sheets.push_back({reviewSheetName(year, language), {}, 0});
    Rows r(plan.sheets.back());

    r.text(0,
           L("Review report, assessment year ", "Rapport de revue, année d'appréciation ") +
               std::to_string(year),
           CellStyle::Title);
    r.next();
    r.text(0, L("Made on", "Établi le"));
    r.number(1, serialOf(today), CellStyle::Date);
    r.skip(2);

    // Indicators.
    const IndicatorsView indicators = indicatorsView(model, year, language);
    r.text(0, L("Indicators", "Indicateurs"), CellStyle::Title);
    r.next();
    r.headers({L("ID", "ID"), L("Indicator", "Indicateur"), L("Policy area", "Domaine"),
               L("Weight", "Poids"), L("Target", "Cible"), L("Actual", "Réalisé"),
               L("Score", "Note"), L("Status", "Statut"), L("Evidence", "Justificatif")});
    for (std::size_t i = 0; i < indicators.rows.size(); ++i) {
        const auto& row = indicators.rows[i];
        const Indicator& indicator = model.indicators.at(i);
        const IndicatorYear& y = indicator.years.at(*index);
        r.text(0, row.id);
        r.text(1, indicator.title);
        r.text(2, indicator.area);
        r.number(3, indicator.weight);
        if (y.target) r.number(4, *y.target);
        if (y.actual) r.number(5, *y.actual);
        if (y.score && row.mark != IndicatorMark::Waived) r.number(6, *y.score, CellStyle::Percent);
        r.text(7, row.markWord, styleOf(row.mark));
        r.text(8, y.evidence);
        r.next();
    }
    r.text(0, std::to_string(indicators.count(IndicatorMark::Met)) + " " +
                  std::string(word(IndicatorMark::Met, language)) + ", " +
                  std::to_string(indicators.count(IndicatorMark::Partial)) + " " +
                  std::string(word(IndicatorMark::Partial, language)) + ", " +
                  std::to_string(indicators.count(IndicatorMark::NotMet)) + " " +
                  std::string(word(IndicatorMark::NotMet, language)) + ", " +
                  std::to_string(indicators.count(IndicatorMark::Pending)) + " " +
                  std::string(word(IndicatorMark::Pending, language)) + ", " +
                  std::to_string(indicators.count(IndicatorMark::Waived)) + " " +
                  std::string(word(IndicatorMark::Waived, language)));
    r.skip(2);

    // Tranches, and each indicator's part of the variable tranche.
    const TranchesView tranches = tranchesView(model, year, today, language);
    r.text(0, L("Tranches", "Tranches"), CellStyle::Title);
    r.next();
    r.headers({L("Tranche", "Tranche"), L("Ceiling", "Plafond"), L("Eligible", "Éligible"),
               L("Paid (computed)", "Versé (calculé)"), L("At stake", "En jeu"),
               L("Transferred", "Transféré"), L("Disbursed", "Décaissé"),
               L("Gating milestones not done", "Jalons conditionnels non réalisés")});
    for (const auto& tranche : tranches.tranches) {
        r.text(0, tranche.typeWord);
        r.number(1, tranche.ceiling.value, CellStyle::Money);
        r.text(2, tranche.eligible ? L("yes", "oui") : L("no", "non"),
               tranche.eligible ? CellStyle::Good : CellStyle::Bad);
        r.number(3, tranche.computed.value, CellStyle::Money);
        r.number(4, tranche.atStake.value, CellStyle::Money);
        r.number(5, tranche.transferred.value, CellStyle::Money);
        if (tranche.disbursed) r.number(6, tranche.disbursed->value, CellStyle::Money);
        std::string pending;
        for (const auto& m : tranche.pendingMilestones)
            pending += (pending.empty() ? "" : "; ") + m.id + " (" + m.statusWord + ")";
        r.text(7, pending, tranche.blocked ? CellStyle::Bad : CellStyle::Plain);
        r.next();
    }
    r.text(0, L("Total", "Total"), CellStyle::Header);
    r.number(1, tranches.totals.ceiling.value, CellStyle::Money);
    r.number(3, tranches.totals.computed.value, CellStyle::Money);
    r.number(4, tranches.totals.atStake.value, CellStyle::Money);
    r.number(5, tranches.totals.transferred.value, CellStyle::Money);
    r.number(6, tranches.totals.disbursed.value, CellStyle::Money);
    r.skip(2);

    for (const auto& tranche : model.tranches) {
        if (tranche.year != year || tranche.type != TrancheType::Variable) continue;
        double active = 0.0, all = 0.0;
        for (const auto& indicator : model.indicators) {
            all += indicator.weight;
            if (!indicator.years.at(*index).waived) active += indicator.weight;
        }
        const double denominator = tranche.rule == WaiverRule::Reallocate ? active : all;
        r.text(
            0,
            L("Contributions to the variable tranche (", "Contributions à la tranche variable (") +
                std::string(tranche.rule == WaiverRule::Reallocate
                                ? L("waivers reallocated", "abandons réaffectés")
                                : L("waivers transferred", "abandons transférés")) +
                ")",
            CellStyle::Title);
        r.next();
        r.headers({L("ID", "ID"), L("Weight", "Poids"), L("Share of ceiling", "Part du plafond"),
                   L("Score", "Note"), L("Paid", "Versé"), L("Waived", "Abandonné")});
        for (const auto& indicator : model.indicators) {
            const IndicatorYear& y = indicator.years.at(*index);
            r.text(0, indicator.id);
            r.number(1, indicator.weight);
            const double share =
                denominator > 0 && (!y.waived || tranche.rule == WaiverRule::Transfer)
                    ? tranche.ceiling * indicator.weight / denominator
                    : 0.0;
            r.number(2, share, CellStyle::Money);
            if (y.score) r.number(3, *y.score, CellStyle::Percent);
            const double paid = y.waived || !tranche.eligible ? 0.0 : share * y.score.value_or(0.0);
            r.number(4, paid, CellStyle::Money);
            if (y.waived) r.text(5, L("yes", "oui"), CellStyle::Muted);
            r.next();
        }
        r.skip(1);
    }

    // Late milestones and the next review.
    const CalendarView calendar = calendarView(model, today, language);
    r.text(0, L("Overdue milestones", "Jalons en retard"), CellStyle::Title);
    r.next();
    r.headers({L("ID", "ID"), L("Milestone", "Jalon"), L("Due", "Échéance"), L("Late", "Retard")});
    int overdue = 0;
    for (const auto& m : calendar.milestones) {
        if (m.status != MilestoneStatus::Overdue) continue;
        r.text(0, m.id);
        r.text(1, m.title);
        r.number(2, serialOf(m.due), CellStyle::Date);
        r.text(3, m.daysText, CellStyle::Bad);
        r.next();
        ++overdue;
    }
    if (overdue == 0) {
        r.text(0, L("None.", "Aucun."));
        r.next();
    }
    r.skip(1);
    r.text(0, L("Next review", "Prochaine revue"), CellStyle::Header);
    if (calendar.nextReview) {
        r.number(1, serialOf(calendar.nextReview->date), CellStyle::Date);
        r.text(2, calendar.nextReview->daysText);
    } else {
        r.text(1, std::string(label(PanelLabel::NoReview, language)));
    }
    r.skip(3);

    // Chart data: every year of the tracker.
    const int paidTop = r.row();
    r.headers({L("Year", "Année"), L("Ceiling", "Plafond"), L("Paid", "Versé")});
    std::map<int, std::pair<double, double>> perYear;
    for (const auto& y : model.years)
        perYear[y.year];
    for (const auto& tranche : model.tranches) {
        auto& totals = perYear[tranche.year];
        totals.first += tranche.ceiling;
        totals.second += tranche.disbursed.value_or(tranche.computed);
    }
    for (const auto& [y, totals] : perYear) {
        r.text(0, std::to_string(y));
        r.number(1, totals.first, CellStyle::Money);
        r.number(2, totals.second, CellStyle::Money);
        r.next();
    }
    plan.charts.push_back({"CeilingVsPaid",
                           L("Ceiling and paid per year", "Plafond et versé par année"), 0, paidTop,
                           0, r.row() - 1, 2, paidTop, 5, 140, 75});
    r.skip(1);
    const int statusTop = r.row();
    r.headers({L("Year", "Année"), std::string(word(IndicatorMark::Met, language)),
               std::string(word(IndicatorMark::Partial, language)),
               std::string(word(IndicatorMark::NotMet, language)),
               std::string(word(IndicatorMark::Pending, language))});
    for (const auto& y : model.years) {
        const IndicatorsView view = indicatorsView(model, y.year, language);
        r.text(0, std::to_string(y.year));
        r.number(1, view.count(IndicatorMark::Met));
        r.number(2, view.count(IndicatorMark::Partial));
        r.number(3, view.count(IndicatorMark::NotMet));
        r.number(4, view.count(IndicatorMark::Pending));
        r.next();
    }
    plan.charts.push_back({"StatusesPerYear",
                           L("Indicator statuses per year", "Statut des indicateurs par année"), 0,
                           statusTop, 0, r.row() - 1, 4, paidTop + 18, 5, 140, 75});
    return plan;
}

} // namespace condtrack
