#include "report/review_report.hpp"

#include "rules/errors.hpp"
#include "sheet/sheet_builder.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"
#include "tracker/layout.hpp"
#include "tracker/programme_header.hpp"
#include "views/panels.hpp"

#include <algorithm>
#include <map>

namespace condtrack {

namespace {

// The indicators' titles (as wide as an amount with its currency), decisions
// and evidence links wrap, so that the widest table fits an A4 landscape page
// with its text at 8 pt or more.
const std::vector<int> kMaxColumnWidthMm = {0, 40, 0, 0, 0, 0, 0, 0, 30, 0, 30};

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

// The decision as the Record decision dialog names it ("transfer (B)"); a
// version 1 waiver as "waived".
std::string decisionWord(Decision decision, Language language) {
    switch (decision) {
    case Decision::None: return {};
    case Decision::Reallocate: return std::string(tr(STR_DLG_DECISION_REALLOCATE, language));
    case Decision::Transfer: return std::string(tr(STR_DLG_DECISION_TRANSFER, language));
    case Decision::Reassess: return std::string(tr(STR_DLG_DECISION_REASSESS, language));
    case Decision::Waived: return std::string(word(IndicatorMark::Waived, language));
    }
    return {};
}

// The decision recorded for the year (approved or only requested), or a
// version 1 waiver.
Decision recordedDecision(const IndicatorYear& y) {
    if (y.decision.decision != Decision::None) return y.decision.decision;
    return y.waived ? Decision::Waived : Decision::None;
}

void indicatorsSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const IndicatorsView indicators = indicatorsView(f.model, f.year, f.language);
    r.text(0, L(STR_PANEL_INDICATORS), CellStyle::Title);
    r.next();
    r.headers({L(STR_COL_ID), L(STR_COL_INDICATOR), L(STR_COL_POLICY_AREA), L(STR_COL_WEIGHT),
               L(STR_COL_TARGET), L(STR_COL_ACTUAL), L(STR_COL_SCORE), L(STR_COL_STATUS),
               L(STR_COL_DECISION), L(STR_COL_APPROVED_ON), L(STR_COL_EVIDENCE)});
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
        if (const Decision d = recordedDecision(y); d != Decision::None)
            r.text(8, decisionWord(d, f.language));
        if (y.approvedOn) r.number(9, serialOf(*y.approvedOn), CellStyle::Date);
        r.text(10, y.evidence);
        r.next();
    }
    r.note(0, markCounts(indicators, f.language));
    r.skip(2);
}

// One figure of every tranche of the year, across (the paid chart's table
// gives the year's totals).
void amountRow(RowWriter& r, const std::string& label, const std::vector<double>& amounts) {
    r.text(0, label);
    for (std::size_t i = 0; i < amounts.size(); ++i)
        r.number(1 + static_cast<int>(i), amounts[i], CellStyle::Money);
    r.next();
}

template <typename Pick>
std::vector<double> each(const std::vector<TrancheRow>& tranches, Pick pick) {
    std::vector<double> amounts;
    for (const auto& tranche : tranches)
        amounts.push_back(pick(tranche));
    return amounts;
}

// The gating milestones not done yet, under each tranche; nothing when none is.
void pendingMilestonesRow(RowWriter& r, const ReportFrame& f, const std::vector<TrancheRow>& rows) {
    bool any = false;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string pending;
        for (const auto& m : rows[i].pendingMilestones)
            pending += (pending.empty() ? "" : "; ") + m.id + " (" + m.statusWord + ")";
        if (pending.empty()) continue;
        r.text(1 + static_cast<int>(i), pending,
               rows[i].blocked ? CellStyle::Bad : CellStyle::Plain);
        any = true;
    }
    if (!any) return;
    r.text(0, f.L(STR_PANEL_PENDING_MILESTONES));
    r.next();
}

// The year's tranches one per column, their figures one per row: the
// version 2 computation from the base ceiling down to the amount payable.
void tranchesSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const auto rows = tranchesView(f.model, f.year, f.today, f.language).tranches;
    r.text(0, L(STR_PANEL_TRANCHES), CellStyle::Title);
    r.next();
    std::vector<std::string> headers{L(STR_REPORT_TRANCHE)};
    for (const auto& tranche : rows)
        headers.push_back(tranche.typeWord);
    r.headers(headers);
    const auto amount = [&](TranslateId label, AmountText TrancheRow::*field) {
        amountRow(r, L(label), each(rows, [&](const TrancheRow& t) { return (t.*field).value; }));
    };
    amount(STR_COL_BASE_CEILING, &TrancheRow::baseCeiling);
    amount(STR_COL_CARRIED_IN, &TrancheRow::carriedIn);
    amount(STR_COL_CEILING, &TrancheRow::ceiling);
    r.text(0, L(STR_COL_ELIGIBLE));
    for (std::size_t i = 0; i < rows.size(); ++i)
        r.text(1 + static_cast<int>(i), rows[i].eligible ? L(STR_REPORT_YES) : L(STR_REPORT_NO),
               rows[i].eligible ? CellStyle::Good : CellStyle::Bad);
    r.next();
    amount(STR_COL_COMPUTED, &TrancheRow::computed);
    amount(STR_COL_TRANSFERRED, &TrancheRow::transferred);
    amount(STR_COL_HELD, &TrancheRow::held);
    amount(STR_COL_RELEASED, &TrancheRow::released);
    amount(STR_COL_PAYABLE, &TrancheRow::payable);
    amountRow(r, L(STR_COL_DISBURSED), each(rows, [](const TrancheRow& t) {
                  return t.disbursed ? t.disbursed->value : 0.0;
              }));
    pendingMilestonesRow(r, f, rows);
    r.skip(1);
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
// held one is not paid now (the indicators' table shows the decisions). The
// amounts come first, in the report's wider columns.
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
    r.headers({L(STR_COL_ID), L(STR_REPORT_SHARE), L(STR_REPORT_PAID), L(STR_COL_WEIGHT),
               L(STR_COL_SCORE)});
    for (const auto& indicator : f.model.indicators) {
        const IndicatorYear& y = indicator.years.at(f.index);
        if (indicator.component != tranche.component) continue;
        const double weight = y.weight.value_or(indicator.weight);
        const Decision decision = decisionOf(y, tranche);
        r.text(0, indicator.id);
        const double share = denominator > 0 && decision != Decision::Reallocate
                                 ? tranche.ceiling * weight / denominator
                                 : 0.0;
        r.number(1, share, CellStyle::Money);
        // A re-assessed indicator is paid what it achieved; its unpaid rest is held.
        const bool paysItsScore = decision == Decision::None || decision == Decision::Reassess;
        const double paid = paysItsScore && tranche.eligible ? share * y.score.value_or(0.0) : 0.0;
        r.number(2, paid, CellStyle::Money);
        r.number(3, weight);
        if (y.score) r.number(4, *y.score, CellStyle::Percent);
        r.next();
    }
    r.skip(1);
}

CellStyle styleOf(const std::optional<Verdict>& verdict) {
    if (!verdict) return CellStyle::Muted;
    return *verdict == Verdict::Met ? CellStyle::Good : CellStyle::Bad;
}

std::string verdictWord(const std::optional<Verdict>& verdict, Language language) {
    if (!verdict) return std::string(tr(STR_DLG_VERDICT_NONE, language));
    return std::string(
        tr(*verdict == Verdict::Met ? STR_DLG_VERDICT_MET : STR_DLG_VERDICT_NOT_MET, language));
}

// The general conditions (every tranche of the year) and the specific ones
// (the tranche they name) with their verdicts for the year; version 2 only.
void conditionsSection(RowWriter& r, const ReportFrame& f) {
    if (f.model.conditions.empty()) return;
    const Labels& L = f.L;
    r.text(0, L(STR_CONDITIONS_TITLE), CellStyle::Title);
    r.next();
    r.headers({L(STR_COL_ID), L(STR_COL_CONDITION), L(STR_COL_TRANCHE), L(STR_COL_VERDICT)});
    for (const ConditionKind kind : {ConditionKind::General, ConditionKind::Specific})
        for (const auto& condition : f.model.conditions) {
            if (condition.kind != kind) continue;
            const auto& verdict = condition.years.at(f.index).verdict;
            r.text(0, condition.id);
            r.text(1, condition.text);
            r.text(2, kind == ConditionKind::General ? L(STR_REPORT_GENERAL_CONDITION)
                                                     : condition.tranche);
            r.text(3, verdictWord(verdict, f.language), styleOf(verdict));
            r.next();
        }
    r.skip(1);
}

void milestonesSection(RowWriter& r, const ReportFrame& f) {
    const Labels& L = f.L;
    const CalendarView calendar = calendarView(f.model, f.today, f.language);
    r.text(0, L(STR_REPORT_OVERDUE), CellStyle::Title);
    r.next();
    // Days late in the wide amounts column: its header is longer than its numbers.
    r.headers({L(STR_COL_ID), L(STR_COL_MILESTONE), L(STR_COL_DAYS_LATE), L(STR_COL_DUE)});
    int overdue = 0;
    for (const auto& m : calendar.milestones) {
        if (m.status != MilestoneStatus::Overdue) continue;
        r.text(0, m.id);
        r.text(1, m.title);
        r.number(2, static_cast<double>((f.today - m.due).days()), CellStyle::Bad);
        r.number(3, serialOf(m.due), CellStyle::Date);
        r.next();
        ++overdue;
    }
    if (overdue == 0) {
        r.note(0, L(STR_REPORT_NONE));
        r.next();
    }
    r.skip(1);
    r.text(0, L(STR_PANEL_NEXT_REVIEW));
    if (calendar.nextReview) {
        r.number(1, serialOf(calendar.nextReview->date), CellStyle::Date);
        r.text(2, calendar.nextReview->daysText);
    } else {
        r.note(1, std::string(label(PanelLabel::NoReview, f.language)));
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
    chart.heightMm = 65;
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
                   paidTop + 16);
}

// Page N of M: the catalogue's sentence around its two numbers.
void pageNumbers(PageSetup& page, Language language) {
    const std::string text(tr(STR_REPORT_PAGE_OF, language));
    const auto first = text.find("{}");
    const auto second = first == std::string::npos ? first : text.find("{}", first + 2);
    if (second == std::string::npos) return;
    page.beforePage = text.substr(0, first);
    page.betweenPages = text.substr(first + 2, second - first - 2);
    page.afterPages = text.substr(second + 2);
}

PageSetup reportPage(int year, Language language, const ProgrammeHeading& programme) {
    PageSetup page;
    page.landscape = true;
    page.pagesWide = 1;
    page.repeatedRows = 2; // the report's title and date
    page.headerLeft = programme.name;
    page.headerCentre = tr(STR_REPORT_TITLE, language, {std::to_string(year)});
    if (!programme.currency.empty())
        page.headerRight = tr(STR_REPORT_AMOUNTS_IN, language, {programme.currency});
    pageNumbers(page, language);
    return page;
}

std::string headerText(const RangeTable& header, HeaderField field) {
    const auto row = static_cast<std::size_t>(headerRow(field));
    constexpr auto col = static_cast<std::size_t>(layout::header_col::Value);
    if (row >= header.cells.shape().rows || col >= header.cells.shape().cols) return {};
    const auto* text = std::get_if<std::string>(&header.cells.at(row, col));
    return text ? trim(*text) : std::string();
}

} // namespace

ProgrammeHeading programmeHeading(const RangeTable& header, Language language) {
    const std::string english = headerText(header, HeaderField::TitleEnglish);
    const std::string french = headerText(header, HeaderField::TitleFrench);
    ProgrammeHeading heading;
    heading.name = language == Language::French && !french.empty() ? french
                   : english.empty()                               ? french
                                                                   : english;
    heading.currency = headerText(header, HeaderField::Currency);
    if (heading.currency.empty()) heading.currency = headerDefault(HeaderField::Currency, language);
    return heading;
}

std::string reviewSheetName(int year, Language language) {
    return tr(STR_REPORT_SHEET, language, {std::to_string(year)});
}

WorkbookPlan reviewReportPlan(const TrackerModel& model, int year, Date today, Language language,
                              const ProgrammeHeading& programme) {
    const auto index = model.yearIndex(year);
    if (!index) throw InvalidArgument("the tracker has no year " + std::to_string(year));
    const ReportFrame frame{model, year, *index, today, language, Labels{language}};
    WorkbookPlan plan;
    plan.currency = programme.currency;
    plan.sheets.push_back({reviewSheetName(year, language), {}, 0});
    RowWriter r(plan.sheets.back());
    titleSection(r, frame);
    indicatorsSection(r, frame);
    tranchesSection(r, frame);
    for (const auto& tranche : model.tranches)
        if (tranche.year == year && tranche.type == TrancheType::Variable)
            contributionsSection(r, frame, tranche);
    conditionsSection(r, frame);
    milestonesSection(r, frame);
    const int paidTop = r.row();
    plan.charts.push_back(paidChart(r, frame));
    r.skip(1);
    plan.charts.push_back(statusChart(r, frame, paidTop));
    PlannedSheet& sheet = plan.sheets.back();
    alignHeadersOverNumbers(sheet);
    sheet.maxColumnWidthMm = kMaxColumnWidthMm;
    sheet.page = reportPage(year, language, programme);
    sheet.page->newPageAt.push_back(paidTop); // the charts together on a page
    return plan;
}

} // namespace condtrack
