#include "tracker/template.hpp"

#include "rules/errors.hpp"
#include "sheet/sheet_builder.hpp"
#include "tracker/programme_header.hpp"

#include <algorithm>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace condtrack {

namespace {

namespace v2 = layout::v2;
using v2::Sheet;

double serialOf(Date date) {
    return static_cast<double>((date - Date(1899, 12, 30)).days());
}

// A one-cell range: Calc passes an empty cell in a range as blank (pending),
// while a plain reference to an empty cell arrives as 0.
std::string one(int row, int col, bool absoluteCol = false) {
    const std::string c = (absoluteCol ? "$" : "") + columnLetters(col);
    const std::string r = std::to_string(row + 1);
    return c + r + ":" + c + r;
}

template <std::size_t N>
std::vector<std::string> labels(const std::array<TranslateId, N>& texts, Language language) {
    std::vector<std::string> out;
    for (const auto& text : texts)
        out.push_back(layout::inLanguage(text, language));
    return out;
}

// What every sheet of the plan is built from: the options, the sheets'
// names, and where the indicator, condition and milestone rows lie (the
// tranche formulas refer to them).
struct TemplateFrame {
    const TrackerOptions& options;
    std::vector<std::string> sheetNames;
    int firstIndicatorRow = v2::kIndicatorHeaderRows;
    int lastIndicatorRow = 0;
    int firstConditionRow = v2::kConditionHeaderRows;
    int lastConditionRow = 0;
    int lastMilestoneRow = 0;

    const std::string& nameOf(Sheet sheet) const {
        return sheetNames.at(static_cast<std::size_t>(v2::sheetIndex(sheet)));
    }
    std::string text(TranslateId label) const {
        return layout::inLanguage(label, options.language);
    }
    // A column of the indicator rows, as a reference from another sheet.
    std::string indicatorColumn(int col) const {
        return sheetRangeRef(nameOf(Sheet::Indicators), firstIndicatorRow, col, lastIndicatorRow,
                             col);
    }
    std::string conditionColumn(int col) const {
        return sheetRangeRef(nameOf(Sheet::Conditions), firstConditionRow, col, lastConditionRow,
                             col);
    }
    std::string milestoneColumn(int col) const {
        return sheetRangeRef(nameOf(Sheet::Milestones), 1, col, lastMilestoneRow, col);
    }
    // The Programme header's Suspended from value.
    std::string suspendedFrom() const {
        const int row = headerRow(HeaderField::SuspendedFrom);
        const std::string ref =
            sheetRangeRef(nameOf(Sheet::Programme), row, layout::header_col::Value, row,
                          layout::header_col::Value);
        return ref.substr(0, ref.find(':'));
    }
};

// A new sheet of the plan, the plan's next one.
PlannedSheet& addSheet(WorkbookPlan& plan, const TemplateFrame& frame, Sheet sheet) {
    plan.sheets.push_back({frame.nameOf(sheet), {}, 0});
    return plan.sheets.back();
}

void addName(WorkbookPlan& plan, const char* name, Sheet sheet, int firstRow, int lastRow,
             int lastCol, int firstCol = 0) {
    plan.names.push_back({name, v2::sheetIndex(sheet), firstRow, firstCol, lastRow, lastCol});
}

void indicatorHeaders(SheetBuilder& s, const TemplateFrame& frame) {
    s.text(0, 0, frame.text(layout::kIndicatorsTitle), CellStyle::Title);
    s.headers(1, 0, labels(v2::kIndicatorHeaders, frame.options.language));
    for (int y = 0; y < frame.options.years; ++y) {
        const int c0 = v2::yearBlockStart(y);
        s.number(0, c0, frame.options.firstYear + y, CellStyle::Header);
        s.headers(1, c0, labels(v2::kYearBlockHeaders, frame.options.language));
    }
}

// The first year's weight is typed; a later year's repeats the year before's
// until someone types another.
void indicatorYear(SheetBuilder& s, const TemplateFrame& frame, int r, int y) {
    using namespace v2::indicator_col;
    const int c0 = v2::yearBlockStart(y);
    if (y == 0 && frame.options.numberedIndicators) s.number(r, c0 + v2::Weight, 1.0);
    if (y > 0)
        s.formula(r, c0 + v2::Weight, "=" + cellRef(r, v2::yearBlockStart(y - 1) + v2::Weight));
    s.styled(r, c0 + v2::RequestedOn, CellStyle::Date);
    s.styled(r, c0 + v2::ApprovedOn, CellStyle::Date);
    s.formula(r, c0 + v2::Score,
              "=COND.SCORE(" + one(r, c0 + v2::Actual) + ";" + one(r, Baseline, true) + ";" +
                  one(r, c0 + v2::Target) + ";" + one(r, Method, true) + ";" +
                  one(r, Threshold, true) + ")",
              CellStyle::Percent);
    s.formula(r, c0 + v2::Status, "=COND.STATUS(" + one(r, c0 + v2::Score) + ")");
}

void indicatorRow(SheetBuilder& s, const TemplateFrame& frame, int i) {
    using namespace v2::indicator_col;
    const int r = frame.firstIndicatorRow + i;
    if (frame.options.numberedIndicators) {
        std::string id = std::to_string(i + 1);
        s.text(r, Id, "IND-" + std::string(id.size() < 2 ? "0" : "") + id);
        s.text(r, Method, "linear");
    }
    for (int y = 0; y < frame.options.years; ++y)
        indicatorYear(s, frame, r, y);
}

// Two header rows, then one row per indicator.
void indicatorsSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Indicators));
    indicatorHeaders(s, frame);
    for (int i = 0; i < frame.options.indicators; ++i)
        indicatorRow(s, frame, i);
    addName(plan, v2::kIndicators, Sheet::Indicators, 0, frame.lastIndicatorRow,
            v2::indicatorColumns(frame.options.years) - 1);
}

// The indicator arguments of a variable tranche of year block `y`: weights
// of the tranche's component only (others 0), the scores, and the decisions
// that have an approval date (a request alone changes nothing).
struct YearArguments {
    std::string weights, scores, decisions;
};

YearArguments yearArguments(const TemplateFrame& frame, int r, int y) {
    using namespace v2::tranche_col;
    const int c0 = v2::yearBlockStart(y);
    return {"IF(" + frame.indicatorColumn(v2::indicator_col::Component) + "=" +
                cellRef(r, Component) + ";" + frame.indicatorColumn(c0 + v2::Weight) + ";0)",
            frame.indicatorColumn(c0 + v2::Score),
            "IF(ISNUMBER(" + frame.indicatorColumn(c0 + v2::ApprovedOn) + ");" +
                frame.indicatorColumn(c0 + v2::Decision) + ";\"\")"};
}

// "2019 variable", or "2019 variable health": how conditions and bands name
// the tranche of row r.
std::string trancheLabel(int r) {
    using namespace v2::tranche_col;
    const std::string component = cellRef(r, Component);
    return cellRef(r, Year) + "&\" \"&" + cellRef(r, Type) + "&IF(" + component +
           "=\"\";\"\";\" \"&" + component + ")";
}

// The band rows whose Tranche is the label of row r, as two columns (lower
// bound, share); they must be contiguous, which the reader checks.
std::string bandRows(int r) {
    using namespace v2::band_col;
    const int first = 1, last = v2::kBandRows;
    const std::string names = cellRef(first, v2::kBandsFirstColumn + v2::band_col::Tranche, true) +
                              ":" +
                              cellRef(last, v2::kBandsFirstColumn + v2::band_col::Tranche, true);
    const std::string label = trancheLabel(r);
    return "OFFSET(" + cellRef(first, v2::kBandsFirstColumn + LowerBound, true) + ";MATCH(" +
           label + ";" + names + ";0)-1;0;COUNTIF(" + names + ";" + label + ");2)";
}

// Rows above row r of a tranche column, for sums over earlier tranches (a
// range through row r itself would be a circular reference).
std::string above(int r, int col) {
    return cellRef(1, col, true) + ":" + cellRef(r - 1, col, true);
}

// The sum of `col` over the previous year's variable tranches of row r's component.
std::string previousYear(int r, int col) {
    using namespace v2::tranche_col;
    return "SUMPRODUCT((" + above(r, Year) + "=" + cellRef(r, Year) + "-1)*(" + above(r, Type) +
           "=\"variable\")*(" + above(r, Component) + "=" + cellRef(r, Component) + ")*" +
           above(r, col) + ")";
}

// A verdict column of the conditions counts as met for these words (the
// reader accepts the same ones), any case: Calc may compare texts case
// sensitively.
std::string verdictMet(const std::string& verdicts) {
    const std::string v = "LOWER(TRIM(" + verdicts + "))";
    return "((" + v + "=\"met\")+(" + v + "=\"rempli\")+(" + v + "=\"remplie\")+(" + v +
           "=\"cumprido\")+(" + v + "=\"cumprida\")>0)";
}

// Eligible: every general condition of the year met, the tranche's specific
// conditions met, every milestone of the tranche year done by the request
// deadline (a blank deadline only asks for it to be done), and the programme
// not suspended on or before the deadline.
std::string eligibleFormula(const TemplateFrame& frame, int r, int y) {
    using namespace v2::tranche_col;
    const std::string kind = "LOWER(TRIM(" + frame.conditionColumn(v2::condition_col::Kind) + "))";
    const std::string met =
        verdictMet(frame.conditionColumn(v2::conditionBlockStart(y) + v2::Verdict));
    const std::string general =
        "((" + kind + "=\"general\")+(" + kind + "=\"général\")+(" + kind + "=\"geral\")>0)";
    const std::string specific =
        "(" + frame.conditionColumn(v2::condition_col::Tranche) + "=" + trancheLabel(r) + ")";
    const std::string trancheYear = frame.milestoneColumn(layout::milestone_col::TrancheYear);
    const std::string done = frame.milestoneColumn(layout::milestone_col::Done);
    const std::string deadline = cellRef(r, Deadline);
    const std::string suspended = frame.suspendedFrom();
    return "=AND(SUMPRODUCT(" + general + "*(" + met + "=0))=0;SUMPRODUCT(" + specific + "*(" +
           met + "=0))=0;SUMPRODUCT((" + trancheYear + "=" + cellRef(r, Year) + ")*(((" + done +
           "=0)+(" + deadline + ">0)*(" + done + ">" + deadline + "))>0))=0;OR(" + suspended +
           "=\"\";AND(" + deadline + ">0;" + suspended + ">" + deadline + ")))";
}

// Computed, Transferred and Held of a variable tranche: one-cell array
// formulas, so that the IF over the indicator columns is evaluated whole.
void variableAmounts(SheetBuilder& s, const TemplateFrame& frame, int r, int y) {
    using namespace v2::tranche_col;
    const YearArguments a = yearArguments(frame, r, y);
    const std::string head = "COND.TRANCHE(" + cellRef(r, Ceiling) + ";" + a.weights + ";" +
                             a.scores + ";" + a.decisions + ";\"reallocate\";" +
                             cellRef(r, Eligible);
    s.arrayFormula(r, Computed,
                   "=IF(" + cellRef(r, Payout) + "=\"bands\";" + head + ";" + bandRows(r) + ");" +
                       head + "))",
                   CellStyle::Money);
    s.arrayFormula(r, Transferred,
                   "=COND.TRANSFER(" + cellRef(r, Ceiling) + ";" + a.weights + ";" + a.decisions +
                       ")",
                   CellStyle::Money);
    s.arrayFormula(r, Held,
                   "=COND.HELD(" + cellRef(r, Ceiling) + ";" + a.weights + ";" + a.scores + ";" +
                       a.decisions + ";" + cellRef(r, Eligible) + ")",
                   CellStyle::Money);
}

// Released in year N: what year N-1 held, times each indicator's year-N
// score against its year N-1 target.
void releasedAmount(SheetBuilder& s, const TemplateFrame& frame, int r, int y) {
    using namespace v2::tranche_col;
    if (y == 0) {
        s.number(r, Released, 0.0, CellStyle::Money);
        return;
    }
    using namespace v2::indicator_col;
    const YearArguments last = yearArguments(frame, r, y - 1);
    const int c0 = v2::yearBlockStart(y), p0 = v2::yearBlockStart(y - 1);
    const std::string rescores =
        "COND.SCORE(" + frame.indicatorColumn(c0 + v2::Actual) + ";" +
        frame.indicatorColumn(Baseline) + ";" + frame.indicatorColumn(p0 + v2::Target) + ";" +
        frame.indicatorColumn(Method) + ";" + frame.indicatorColumn(Threshold) + ")";
    s.arrayFormula(r, Released,
                   "=COND.RELEASED(" + previousYear(r, Ceiling) + ";" + last.weights + ";" +
                       last.scores + ";" + last.decisions + ";" + rescores + ";" +
                       cellRef(r, Eligible) + ")",
                   CellStyle::Money);
}

void trancheRow(SheetBuilder& s, const TemplateFrame& frame, int r, int y, bool variable) {
    using namespace v2::tranche_col;
    const int year = frame.options.firstYear + y;
    s.number(r, Year, year);
    s.text(r, Type, variable ? "variable" : "fixed");
    s.styled(r, BaseCeiling, CellStyle::Money);
    if (variable && r > 1)
        s.formula(r, CarriedIn, "=" + previousYear(r, Transferred), CellStyle::Money);
    else
        s.number(r, CarriedIn, 0.0, CellStyle::Money);
    s.formula(r, Ceiling, "=" + cellRef(r, BaseCeiling) + "+" + cellRef(r, CarriedIn),
              CellStyle::Money);
    s.formula(r, Eligible, eligibleFormula(frame, r, y));
    if (variable) {
        s.text(r, Payout, "proportional");
        variableAmounts(s, frame, r, y);
        releasedAmount(s, frame, r, y);
    } else {
        s.formula(r, Computed, "=IF(" + cellRef(r, Eligible) + ";" + cellRef(r, Ceiling) + ";0)",
                  CellStyle::Money);
        for (const int col : {int(Transferred), int(Held), int(Released)})
            s.number(r, col, 0.0, CellStyle::Money);
    }
    s.formula(r, Payable, "=" + cellRef(r, Computed) + "+" + cellRef(r, Released),
              CellStyle::Money);
    s.styled(r, Disbursed, CellStyle::Money);
    s.styled(r, DisbursedOn, CellStyle::Date);
    s.number(r, Deadline, serialOf(Date(static_cast<unsigned short>(year + 1), 3, 31)),
             CellStyle::Date);
}

// A fixed and a variable tranche per year; beside them, the bands table.
void tranchesSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Tranches));
    s.headers(0, 0, labels(v2::kTrancheHeaders, frame.options.language));
    int r = 1;
    for (int y = 0; y < frame.options.years; ++y)
        for (const bool variable : {false, true})
            trancheRow(s, frame, r++, y, variable);
    addName(plan, v2::kTranches, Sheet::Tranches, 0, r - 1, v2::kTrancheColumns - 1);
    s.headers(0, v2::kBandsFirstColumn, labels(v2::kBandHeaders, frame.options.language));
    for (int b = 1; b <= v2::kBandRows; ++b)
        s.styled(b, v2::kBandsFirstColumn + v2::band_col::Share, CellStyle::Percent);
    addName(plan, v2::kBands, Sheet::Tranches, 0, v2::kBandRows,
            v2::kBandsFirstColumn + v2::kBandColumns - 1, v2::kBandsFirstColumn);
}

// Two header rows; the four standard general conditions, then rows for the
// specific ones.
void conditionsSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    using namespace v2::condition_col;
    SheetBuilder s(addSheet(plan, frame, Sheet::Conditions));
    s.text(0, 0, frame.text(v2::kConditionsTitle), CellStyle::Title);
    s.headers(1, 0, labels(v2::kConditionHeaders, frame.options.language));
    for (int y = 0; y < frame.options.years; ++y) {
        const int c0 = v2::conditionBlockStart(y);
        s.number(0, c0, frame.options.firstYear + y, CellStyle::Header);
        s.headers(1, c0, labels(v2::kConditionBlockHeaders, frame.options.language));
    }
    for (int g = 0; g < v2::kGeneralConditions; ++g) {
        const int r = frame.firstConditionRow + g;
        s.text(r, Id, "GC-" + std::to_string(g + 1));
        s.text(r, v2::condition_col::Condition,
               frame.text(v2::kGeneralConditionTexts.at(std::size_t(g))));
        s.text(r, Kind, "general");
    }
    addName(plan, v2::kConditions, Sheet::Conditions, 0, frame.lastConditionRow,
            v2::conditionBlockStart(frame.options.years) - 1);
}

// One header row, then rows to fill in.
void milestonesSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    using namespace layout::milestone_col;
    SheetBuilder s(addSheet(plan, frame, Sheet::Milestones));
    s.headers(0, 0, labels(layout::kMilestoneHeaders, frame.options.language));
    for (int r = 1; r <= frame.lastMilestoneRow; ++r) {
        const std::string due = one(r, Due), done = one(r, Done);
        s.styled(r, Due, CellStyle::Date);
        s.styled(r, Done, CellStyle::Date);
        s.formula(r, Status,
                  "=IF(" + due + "=\"\";\"\";COND.MILESTONE(" + due + ";" + done + ";TODAY()))");
        s.formula(r, DaysLate,
                  "=IF(" + due + "=\"\";\"\";COND.DAYSLATE(" + due + ";" + done + ";TODAY()))");
    }
    addName(plan, v2::kMilestones, Sheet::Milestones, 0, frame.lastMilestoneRow,
            layout::kMilestoneColumns - 1);
}

// The review schedule's settings, as the review-date formulas refer to them.
std::string setting(int col, bool absolute) {
    return cellRef(layout::kReviewSettingsRow, col, absolute);
}

void reviewSettings(WorkbookPlan& plan, SheetBuilder& s, const TemplateFrame& frame) {
    using namespace layout::review_col;
    const int r = layout::kReviewSettingsRow;
    s.headers(0, 0, labels(layout::kReviewHeaders, frame.options.language));
    s.number(r, FirstReview, serialOf(frame.options.firstReview), CellStyle::Date);
    s.number(r, Months, frame.options.reviewMonths);
    s.text(r, Roll, std::string(rollKeyword(frame.options.roll)));
    s.formula(r, NextReview,
              "=COND.NEXTREVIEW(" + setting(FirstReview, false) + ";" + setting(Months, false) +
                  ";TODAY();;" + setting(Roll, false) + ")",
              CellStyle::Date);
    addName(plan, v2::kReviews, Sheet::Reviews, 0, r, layout::kReviewColumns - 1);
}

void yearRows(SheetBuilder& s, const TemplateFrame& frame) {
    using namespace layout::year_col;
    const int header = layout::kYearsFirstRow;
    s.headers(header, 0, labels(layout::kYearHeaders, frame.options.language));
    for (int y = 0; y < frame.options.years; ++y) {
        const int r = header + 1 + y;
        // Year N is reviewed in N+1: its review is the first one of N+1.
        s.number(r, Year, frame.options.firstYear + y);
        s.formula(r, ReviewDate,
                  "=COND.NEXTREVIEW(" + setting(layout::review_col::FirstReview, true) + ";" +
                      setting(layout::review_col::Months, true) + ";DATE(" + cellRef(r, Year) +
                      "+1;1;1);;" + setting(layout::review_col::Roll, true) + ")",
                  CellStyle::Date);
        s.text(r, State, "open");
        s.styled(r, ClosedOn, CellStyle::Date);
    }
}

// The schedule's settings, then the tracker's years.
void reviewsSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Reviews));
    reviewSettings(plan, s, frame);
    yearRows(s, frame);
    addName(plan, v2::kYears, Sheet::Reviews, layout::kYearsFirstRow,
            layout::kYearsFirstRow + frame.options.years, layout::kYearColumns - 1);
}

// The log's header, and beside it whether its chain is intact.
void logSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Log));
    s.headers(0, 0, labels(layout::kLogHeaders, frame.options.language));
    s.text(0, layout::kLogCheckColumn, frame.text(layout::kLogCheckHeader), CellStyle::Header);
    s.formula(1, layout::kLogCheckColumn, "=COND.VERIFYLOG(" + std::string(v2::kLog) + ")");
    addName(plan, v2::kLog, Sheet::Log, 0, 0, layout::kLogColumns - 1);
}

// What an IATI export says about the activity, the layout's version and the
// programme's suspension date.
void programmeSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    using namespace layout::header_col;
    SheetBuilder s(addSheet(plan, frame, Sheet::Programme));
    s.headers(0, 0, labels(layout::kProgrammeHeaders, frame.options.language));
    for (int f = 0; f < kHeaderFields; ++f) {
        const auto field = static_cast<HeaderField>(f);
        s.text(headerRow(field), Field, headerLabel(field, frame.options.language));
        if (field == HeaderField::LayoutVersion)
            s.number(headerRow(field), Value, v2::kVersion);
        else if (field == HeaderField::Currency && !frame.options.currency.empty())
            s.text(headerRow(field), Value, frame.options.currency);
        else if (field == HeaderField::SuspendedFrom)
            s.styled(headerRow(field), Value, CellStyle::Date);
        else if (const std::string value = headerDefault(field, frame.options.language);
                 !value.empty())
            s.text(headerRow(field), Value, value);
    }
    addName(plan, v2::kHeader, Sheet::Programme, 0, kHeaderFields, layout::kHeaderColumns - 1);
}

} // namespace

void TrackerOptions::validate() const {
    if (firstYear < 1900 || firstYear > 9000) throw InvalidArgument("first year out of range");
    if (years < 1 || years > 30) throw InvalidArgument("years must be 1 to 30");
    if (indicators < 1 || indicators > 5000) throw InvalidArgument("indicators must be 1 to 5000");
    if (milestones < 1 || milestones > 5000) throw InvalidArgument("milestones must be 1 to 5000");
    const bool isoCode =
        currency.size() == 3 &&
        std::all_of(currency.begin(), currency.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!currency.empty() && !isoCode)
        throw InvalidArgument("currency must be an ISO 4217 code such as EUR");
    if (specificConditions < 0 || specificConditions > 5000)
        throw InvalidArgument("specific conditions must be 0 to 5000");
    if (reviewMonths < 1 || reviewMonths > ReviewSchedule::kMaxMonths)
        throw InvalidArgument("review months must be 1 to 120");
}

std::vector<std::string> trackerSheetNames(Language language) {
    std::vector<std::string> names;
    for (int s = 0; s < v2::kSheetCount; ++s)
        names.push_back(layout::inLanguage(v2::sheetName(static_cast<Sheet>(s)), language));
    return names;
}

const std::vector<std::string>& trackerRangeNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const auto& range : v2::ranges())
            all.emplace_back(range.name);
        return all;
    }();
    return names;
}

WorkbookPlan newTrackerPlan(const TrackerOptions& options) {
    options.validate();
    TemplateFrame frame{options, trackerSheetNames(options.language)};
    frame.lastIndicatorRow = frame.firstIndicatorRow + options.indicators - 1;
    frame.lastConditionRow =
        frame.firstConditionRow + v2::kGeneralConditions + options.specificConditions - 1;
    frame.lastMilestoneRow = options.milestones;
    WorkbookPlan plan;
    // Amounts show the currency the tracker starts with; the header cell stays
    // the programme's reference for the export and the report.
    plan.currency = options.currency.empty()
                        ? headerDefault(HeaderField::Currency, options.language)
                        : options.currency;
    indicatorsSheet(plan, frame);
    tranchesSheet(plan, frame);
    conditionsSheet(plan, frame);
    milestonesSheet(plan, frame);
    reviewsSheet(plan, frame);
    logSheet(plan, frame);
    programmeSheet(plan, frame);
    return plan;
}

} // namespace condtrack
