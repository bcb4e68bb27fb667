#include "tracker/template.hpp"

#include "rules/errors.hpp"
#include "sheet/sheet_builder.hpp"
#include "tracker/programme_header.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

namespace condtrack {

namespace {

using layout::Sheet;

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
// names, and where the indicator and milestone rows lie (the tranche
// formulas refer to them).
struct TemplateFrame {
    const TrackerOptions& options;
    std::vector<std::string> sheetNames;
    int firstIndicatorRow = layout::kIndicatorHeaderRows;
    int lastIndicatorRow = 0;
    int lastMilestoneRow = 0;

    const std::string& nameOf(Sheet sheet) const {
        return sheetNames.at(static_cast<std::size_t>(layout::sheetIndex(sheet)));
    }
    std::string text(TranslateId label) const {
        return layout::inLanguage(label, options.language);
    }
    // A column of the indicator rows, as a reference from another sheet.
    std::string indicatorColumn(int col) const {
        return sheetRangeRef(nameOf(Sheet::Indicators), firstIndicatorRow, col, lastIndicatorRow,
                             col);
    }
    std::string milestoneColumn(int col) const {
        return sheetRangeRef(nameOf(Sheet::Milestones), 1, col, lastMilestoneRow, col);
    }
};

// A new sheet of the plan, the plan's next one.
PlannedSheet& addSheet(WorkbookPlan& plan, const TemplateFrame& frame, Sheet sheet) {
    plan.sheets.push_back({frame.nameOf(sheet), {}, 0});
    return plan.sheets.back();
}

void addName(WorkbookPlan& plan, const char* name, Sheet sheet, int firstRow, int lastRow,
             int lastCol) {
    plan.names.push_back({name, layout::sheetIndex(sheet), firstRow, 0, lastRow, lastCol});
}

void indicatorHeaders(SheetBuilder& s, const TemplateFrame& frame) {
    s.text(0, 0, frame.text(layout::kIndicatorsTitle), CellStyle::Title);
    s.headers(1, 0, labels(layout::kIndicatorHeaders, frame.options.language));
    for (int y = 0; y < frame.options.years; ++y) {
        const int c0 = layout::yearBlockStart(y);
        s.number(0, c0, frame.options.firstYear + y, CellStyle::Header);
        s.headers(1, c0, labels(layout::kYearBlockHeaders, frame.options.language));
    }
}

void indicatorRow(SheetBuilder& s, const TemplateFrame& frame, int i) {
    using namespace layout::indicator_col;
    const int r = frame.firstIndicatorRow + i;
    if (frame.options.numberedIndicators) {
        std::string id = std::to_string(i + 1);
        s.text(r, Id, "IND-" + std::string(id.size() < 2 ? "0" : "") + id);
        s.number(r, Weight, 1.0);
        s.text(r, Method, "linear");
    }
    for (int y = 0; y < frame.options.years; ++y) {
        const int c0 = layout::yearBlockStart(y);
        s.formula(r, c0 + layout::Score,
                  "=COND.SCORE(" + one(r, c0 + layout::Actual) + ";" + one(r, Baseline, true) +
                      ";" + one(r, c0 + layout::Target) + ";" + one(r, Method, true) + ";" +
                      one(r, Threshold, true) + ")",
                  CellStyle::Percent);
        s.formula(r, c0 + layout::Status, "=COND.STATUS(" + one(r, c0 + layout::Score) + ")");
    }
}

// Two header rows, then one row per indicator.
void indicatorsSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Indicators));
    indicatorHeaders(s, frame);
    for (int i = 0; i < frame.options.indicators; ++i)
        indicatorRow(s, frame, i);
    addName(plan, layout::kIndicators, Sheet::Indicators, 0, frame.lastIndicatorRow,
            layout::indicatorColumns(frame.options.years) - 1);
}

// The indicator columns a year's variable tranche is computed from.
struct YearColumns {
    std::string weights, scores, waived;
};

YearColumns yearColumns(const TemplateFrame& frame, int y) {
    const int c0 = layout::yearBlockStart(y);
    return {frame.indicatorColumn(layout::indicator_col::Weight),
            frame.indicatorColumn(c0 + layout::Score), frame.indicatorColumn(c0 + layout::Waived)};
}

// Eligible: general conditions met, and every gating milestone listed in
// the gating column done by the request deadline (a blank deadline only asks
// for the milestone to be done).
std::string eligibleFormula(const TemplateFrame& frame, int r) {
    using namespace layout::tranche_col;
    const std::string ids = frame.milestoneColumn(layout::milestone_col::Id);
    const std::string done = frame.milestoneColumn(layout::milestone_col::Done);
    const std::string deadline = cellRef(r, Deadline);
    return "=AND(" + cellRef(r, General) + "=1;SUMPRODUCT((" + ids +
           "<>\"\")*ISNUMBER(SEARCH(\",\"&" + ids + "&\",\";\",\"&SUBSTITUTE(" +
           cellRef(r, Gating) + ";\" \";\"\")&\",\"))*(((" + done + "=0)+(" + deadline + ">0)*(" +
           done + ">" + deadline + "))>0))=0)";
}

void trancheAmounts(SheetBuilder& s, int r, bool variable, const YearColumns& cols) {
    using namespace layout::tranche_col;
    const std::string ceiling = cellRef(r, Ceiling);
    if (variable) {
        s.text(r, Rule, "reallocate");
        s.formula(r, Computed,
                  "=COND.TRANCHE(" + ceiling + ";" + cols.weights + ";" + cols.scores + ";" +
                      cols.waived + ";" + cellRef(r, Rule) + ";" + cellRef(r, Eligible) + ")",
                  CellStyle::Money);
        s.formula(r, Transferred,
                  "=IF(" + ceiling + "=\"\";\"\";IF(" + cellRef(r, Rule) +
                      "=\"transfer\";COND.TRANSFER(" + ceiling + ";" + cols.weights + ";" +
                      cols.waived + ");0))",
                  CellStyle::Money);
    } else {
        s.formula(r, Computed, "=IF(" + cellRef(r, Eligible) + ";" + ceiling + ";0)",
                  CellStyle::Money);
        s.number(r, Transferred, 0.0, CellStyle::Money);
    }
}

void trancheRow(SheetBuilder& s, const TemplateFrame& frame, int r, int y, bool variable) {
    using namespace layout::tranche_col;
    const int year = frame.options.firstYear + y;
    s.number(r, Year, year);
    s.text(r, Type, variable ? "variable" : "fixed");
    s.formula(r, General, "=FALSE()");
    s.formula(r, Eligible, eligibleFormula(frame, r));
    trancheAmounts(s, r, variable, yearColumns(frame, y));
    s.styled(r, Ceiling, CellStyle::Money);
    s.styled(r, Disbursed, CellStyle::Money);
    s.styled(r, DisbursedOn, CellStyle::Date);
    s.number(r, Deadline, serialOf(Date(static_cast<unsigned short>(year + 1), 3, 31)),
             CellStyle::Date);
}

// A fixed and a variable tranche per year.
void tranchesSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Tranches));
    s.headers(0, 0, labels(layout::kTrancheHeaders, frame.options.language));
    int r = 1;
    for (int y = 0; y < frame.options.years; ++y)
        for (const bool variable : {false, true})
            trancheRow(s, frame, r++, y, variable);
    addName(plan, layout::kTranches, Sheet::Tranches, 0, r - 1, layout::kTrancheColumns - 1);
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
    addName(plan, layout::kMilestones, Sheet::Milestones, 0, frame.lastMilestoneRow,
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
    addName(plan, layout::kReviews, Sheet::Reviews, 0, r, layout::kReviewColumns - 1);
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
    addName(plan, layout::kYears, Sheet::Reviews, layout::kYearsFirstRow,
            layout::kYearsFirstRow + frame.options.years, layout::kYearColumns - 1);
}

// The log's header, and beside it whether its chain is intact.
void logSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    SheetBuilder s(addSheet(plan, frame, Sheet::Log));
    s.headers(0, 0, labels(layout::kLogHeaders, frame.options.language));
    s.text(0, layout::kLogCheckColumn, frame.text(layout::kLogCheckHeader), CellStyle::Header);
    s.formula(1, layout::kLogCheckColumn, "=COND.VERIFYLOG(" + std::string(layout::kLog) + ")");
    addName(plan, layout::kLog, Sheet::Log, 0, 0, layout::kLogColumns - 1);
}

// What an IATI export says about the activity.
void programmeSheet(WorkbookPlan& plan, const TemplateFrame& frame) {
    using namespace layout::header_col;
    SheetBuilder s(addSheet(plan, frame, Sheet::Programme));
    s.headers(0, 0, labels(layout::kProgrammeHeaders, frame.options.language));
    for (int f = 0; f < kHeaderFields; ++f) {
        const auto field = static_cast<HeaderField>(f);
        s.text(headerRow(field), Field, headerLabel(field, frame.options.language));
        if (const std::string value = headerDefault(field, frame.options.language); !value.empty())
            s.text(headerRow(field), Value, value);
    }
    addName(plan, layout::kHeader, Sheet::Programme, 0, kHeaderFields, layout::kHeaderColumns - 1);
}

} // namespace

void TrackerOptions::validate() const {
    if (firstYear < 1900 || firstYear > 9000) throw InvalidArgument("first year out of range");
    if (years < 1 || years > 30) throw InvalidArgument("years must be 1 to 30");
    if (indicators < 1 || indicators > 5000) throw InvalidArgument("indicators must be 1 to 5000");
    if (milestones < 1 || milestones > 5000) throw InvalidArgument("milestones must be 1 to 5000");
    if (reviewMonths < 1 || reviewMonths > ReviewSchedule::kMaxMonths)
        throw InvalidArgument("review months must be 1 to 120");
}

std::vector<std::string> trackerSheetNames(Language language) {
    std::vector<std::string> names;
    for (int s = 0; s < layout::kSheetCount; ++s)
        names.push_back(layout::inLanguage(layout::sheetName(static_cast<Sheet>(s)), language));
    return names;
}

const std::vector<std::string>& trackerRangeNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all;
        for (const auto& range : layout::ranges())
            all.emplace_back(range.name);
        return all;
    }();
    return names;
}

WorkbookPlan newTrackerPlan(const TrackerOptions& options) {
    options.validate();
    TemplateFrame frame{options, trackerSheetNames(options.language)};
    frame.lastIndicatorRow = frame.firstIndicatorRow + options.indicators - 1;
    frame.lastMilestoneRow = options.milestones;
    WorkbookPlan plan;
    indicatorsSheet(plan, frame);
    tranchesSheet(plan, frame);
    milestonesSheet(plan, frame);
    reviewsSheet(plan, frame);
    logSheet(plan, frame);
    programmeSheet(plan, frame);
    return plan;
}

} // namespace condtrack
