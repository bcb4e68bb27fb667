#include "report/review_report.hpp"

#include "rules/errors.hpp"
#include "sheet/sheet_builder.hpp"
#include "text/strings.hpp"
#include "views/panels.hpp"

#include <algorithm>
#include <map>

namespace condtrack {

namespace {

struct Labels {
    Language language;
    std::string operator()(TranslateId message) const { return std::string(tr(message, language)); }
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

// What every section of the report is made from.
struct ReportFrame {
    const TrackerModel& model;
    int year;
    std::size_t index; // the year's position among the tracker's years
    Date today;
    Language language;
    Labels L;
};

void titleSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    r.text(0, tr(STR_REPORT_TITLE, f.language, {std::to_string(f.year)}), CellStyle::Title);
    r.next();
    r.text(0, L(STR_REPORT_MADE_ON));
    r.number(1, serialOf(f.today), CellStyle::Date);
    r.skip(2);
}

// "3 met, 1 partial, ...": how many indicators have each mark.
std::string markCounts(const IndicatorsView& view, Language language) {
    std::string counts;
    for (const IndicatorMark mark :
         {IndicatorMark::Met, IndicatorMark::Partial, IndicatorMark::NotMet, IndicatorMark::Pending,
          IndicatorMark::Waived})
        counts += (counts.empty() ? "" : ", ") + std::to_string(view.count(mark)) + " " +
                  std::string(word(mark, language));
    return counts;
}

void indicatorsSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const IndicatorsView indicators = indicatorsView(f.model, f.year, f.language);
    r.text(0, L(STR_PANEL_INDICATORS), CellStyle::Title);
    r.next();
    r.headers({L(STR_COL_ID), L(STR_COL_INDICATOR), L(STR_COL_POLICY_AREA), L(STR_COL_WEIGHT),
               L(STR_COL_TARGET), L(STR_COL_ACTUAL), L(STR_COL_SCORE), L(STR_COL_STATUS),
               L(STR_COL_EVIDENCE)});
    for (std::size_t i = 0; i < indicators.rows.size(); ++i) {
        const auto& row = indicators.rows[i];
        const Indicator& indicator = f.model.indicators.at(i);
        const IndicatorYear& y = indicator.years.at(f.index);
        r.text(0, row.id);
        r.text(1, indicator.title);
        r.text(2, indicator.area);
        r.number(3, y.weight.value_or(indicator.weight));
        if (y.target) r.number(4, *y.target);
        if (y.actual) r.number(5, *y.actual);
        if (y.score && row.mark != IndicatorMark::Waived) r.number(6, *y.score, CellStyle::Percent);
        r.text(7, row.markWord, styleOf(row.mark));
        r.text(8, y.evidence);
        r.next();
    }
    r.text(0, markCounts(indicators, f.language));
    r.skip(2);
}

void trancheRow(RowWriter& r, const ReportFrame& f, const TrancheRow& tranche) {
    const Labels& L = f.L;
    r.text(0, tranche.typeWord);
    r.number(1, tranche.ceiling.value, CellStyle::Money);
    r.text(2, tranche.eligible ? L(STR_REPORT_YES) : L(STR_REPORT_NO),
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

void tranchesSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const TranchesView tranches = tranchesView(f.model, f.year, f.today, f.language);
    r.text(0, L(STR_PANEL_TRANCHES), CellStyle::Title);
    r.next();
    r.headers({L(STR_REPORT_TRANCHE), L(STR_COL_CEILING), L(STR_COL_ELIGIBLE),
               L(STR_REPORT_PAID_COMPUTED), L(STR_PANEL_AT_STAKE), L(STR_COL_TRANSFERRED),
               L(STR_COL_DISBURSED), L(STR_PANEL_PENDING_MILESTONES)});
    for (const auto& tranche : tranches.tranches)
        trancheRow(r, f, tranche);
    r.text(0, L(STR_PANEL_TOTAL), CellStyle::Header);
    r.number(1, tranches.totals.ceiling.value, CellStyle::Money);
    r.number(3, tranches.totals.computed.value, CellStyle::Money);
    r.number(4, tranches.totals.atStake.value, CellStyle::Money);
    r.number(5, tranches.totals.transferred.value, CellStyle::Money);
    r.number(6, tranches.totals.disbursed.value, CellStyle::Money);
    r.skip(2);
}

// The approved decision an indicator's share follows (a waiver under the
// tranche's rule, in a version 1 tracker).
Decision decisionOf(const IndicatorYear& y, const Tranche& tranche) {
    Decision decision = y.decision.effective();
    if (decision == Decision::None && y.waived) decision = Decision::Waived;
    if (decision != Decision::Waived) return decision;
    return tranche.rule == WaiverRule::Transfer ? Decision::Transfer : Decision::Reallocate;
}

// Each indicator's part of one variable tranche: its component's indicators,
// each year's weight; a reallocated share goes to the others, a transferred or
// held one is not paid now.
void contributionsSection(RowWriter& r, const ReportFrame& f, const Tranche& tranche) {
    const Labels& L = f.L;
    double denominator = 0.0;
    bool reallocated = tranche.rule == WaiverRule::Reallocate;
    for (const auto& indicator : f.model.indicators) {
        const IndicatorYear& y = indicator.years.at(f.index);
        if (indicator.component != tranche.component) continue;
        const Decision decision = decisionOf(y, tranche);
        if (decision == Decision::Reallocate) reallocated = true;
        if (decision != Decision::Reallocate) denominator += y.weight.value_or(indicator.weight);
    }
    r.text(0,
           L(reallocated ? STR_REPORT_CONTRIBUTIONS_REALLOCATED
                         : STR_REPORT_CONTRIBUTIONS_TRANSFERRED),
           CellStyle::Title);
    r.next();
    r.headers({L(STR_COL_ID), L(STR_COL_WEIGHT), L(STR_REPORT_SHARE), L(STR_COL_SCORE),
               L(STR_REPORT_PAID), L(STR_COL_WAIVED)});
    for (const auto& indicator : f.model.indicators) {
        const IndicatorYear& y = indicator.years.at(f.index);
        if (indicator.component != tranche.component) continue;
        const double weight = y.weight.value_or(indicator.weight);
        const Decision decision = decisionOf(y, tranche);
        r.text(0, indicator.id);
        r.number(1, weight);
        const double share = denominator > 0 && decision != Decision::Reallocate
                                 ? tranche.ceiling * weight / denominator
                                 : 0.0;
        r.number(2, share, CellStyle::Money);
        if (y.score) r.number(3, *y.score, CellStyle::Percent);
        // A re-assessed indicator is paid what it achieved; its unpaid rest is held.
        const bool paysItsScore = decision == Decision::None || decision == Decision::Reassess;
        const double paid = paysItsScore && tranche.eligible ? share * y.score.value_or(0.0) : 0.0;
        r.number(4, paid, CellStyle::Money);
        if (y.waived) r.text(5, L(STR_REPORT_YES), CellStyle::Muted);
        r.next();
    }
    r.skip(1);
}

void milestonesSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const CalendarView calendar = calendarView(f.model, f.today, f.language);
    r.text(0, L(STR_REPORT_OVERDUE), CellStyle::Title);
    r.next();
    r.headers({L(STR_COL_ID), L(STR_COL_MILESTONE), L(STR_COL_DUE), L(STR_REPORT_LATE)});
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
        r.text(0, L(STR_REPORT_NONE));
        r.next();
    }
    r.skip(1);
    r.text(0, L(STR_PANEL_NEXT_REVIEW), CellStyle::Header);
    if (calendar.nextReview) {
        r.number(1, serialOf(calendar.nextReview->date), CellStyle::Date);
        r.text(2, calendar.nextReview->daysText);
    } else {
        r.text(1, std::string(label(PanelLabel::NoReview, f.language)));
    }
    r.skip(3);
}

// A chart of the block from row `top` (series names) down to `lastRow`, from
// column A (categories) to `lastCol`, drawn right of the tables.
PlannedChart chartOf(std::string name, std::string title, int top, int lastRow, int lastCol,
                     int anchorRow) {
    PlannedChart chart;
    chart.name = std::move(name);
    chart.title = std::move(title);
    chart.firstRow = top;
    chart.lastRow = lastRow;
    chart.lastCol = lastCol;
    chart.anchorRow = anchorRow;
    chart.anchorCol = 5;
    chart.widthMm = 140;
    chart.heightMm = 75;
    return chart;
}

// The first chart's data: ceiling and paid for every year of the tracker.
PlannedChart paidChart(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const int top = r.row();
    r.headers({L(STR_COL_YEAR), L(STR_COL_CEILING), L(STR_REPORT_PAID)});
    std::map<int, std::pair<double, double>> perYear;
    for (const auto& y : f.model.years)
        perYear[y.year];
    for (const auto& tranche : f.model.tranches) {
        auto& totals = perYear[tranche.year];
        totals.first += tranche.ceiling;
        // Payable includes the held amounts released with the tranche (version 1: computed).
        totals.second += tranche.disbursed.value_or(tranche.payable);
    }
    for (const auto& [y, totals] : perYear) {
        r.text(0, std::to_string(y));
        r.number(1, totals.first, CellStyle::Money);
        r.number(2, totals.second, CellStyle::Money);
        r.next();
    }
    return chartOf("CeilingVsPaid", L(STR_REPORT_CHART_PAID), top, r.row() - 1, 2, top);
}

// The second chart's data: the indicators' statuses in every year, placed
// below the first chart (anchored at `paidTop`).
PlannedChart statusChart(RowWriter& r, const ReportFrame& f, int paidTop) {
    const Labels& L = f.L;
    const int top = r.row();
    r.headers({L(STR_COL_YEAR), std::string(word(IndicatorMark::Met, f.language)),
               std::string(word(IndicatorMark::Partial, f.language)),
               std::string(word(IndicatorMark::NotMet, f.language)),
               std::string(word(IndicatorMark::Pending, f.language))});
    for (const auto& y : f.model.years) {
        const IndicatorsView view = indicatorsView(f.model, y.year, f.language);
        r.text(0, std::to_string(y.year));
        r.number(1, view.count(IndicatorMark::Met));
        r.number(2, view.count(IndicatorMark::Partial));
        r.number(3, view.count(IndicatorMark::NotMet));
        r.number(4, view.count(IndicatorMark::Pending));
        r.next();
    }
    return chartOf("StatusesPerYear", L(STR_REPORT_CHART_STATUSES), top, r.row() - 1, 4,
                   paidTop + 18);
}

} // namespace

std::string reviewSheetName(int year, Language language) {
    return tr(STR_REPORT_SHEET, language, {std::to_string(year)});
}

WorkbookPlan reviewReportPlan(const TrackerModel& model, int year, Date today, Language language) {
    const auto index = model.yearIndex(year);
    if (!index) throw InvalidArgument("the tracker has no year " + std::to_string(year));
    const ReportFrame frame{model, year, *index, today, language, Labels{language}};
    WorkbookPlan plan;
    plan.sheets.push_back({reviewSheetName(year, language), {}, 0});
    RowWriter r(plan.sheets.back());
    titleSection(r, frame);
    indicatorsSection(r, frame);
    tranchesSection(r, frame);
    for (const auto& tranche : model.tranches)
        if (tranche.year == year && tranche.type == TrancheType::Variable)
            contributionsSection(r, frame, tranche);
    milestonesSection(r, frame);
    const int paidTop = r.row();
    plan.charts.push_back(paidChart(r, frame));
    r.skip(1);
    plan.charts.push_back(statusChart(r, frame, paidTop));
    return plan;
}

} // namespace condtrack
