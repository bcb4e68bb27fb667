#include "tracker/reader.hpp"

#include "functions/arguments.hpp"
#include "rules/errors.hpp"
#include "sheet/workbook_plan.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"
#include "tracker/layout.hpp"
#include "tracker/programme_header.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace condtrack {

namespace {

// The largest sheet Calc makes (jumbo sheets): a range beyond it is not a
// workbook's, and keeping inside it keeps every position an int.
constexpr long long kMaxSheetRows = 16'777'216;
constexpr long long kMaxSheetCols = 16'384;

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;

// Minimum sizes, header rows included: the columns read (formula columns
// after them may be missing).
constexpr std::size_t kHeaderRows = layout::kTableHeaderRows;
constexpr std::size_t kYearsCols = layout::kYearColumns;
constexpr std::size_t kReviewsCols = layout::review_col::Roll + 1; // the rest is not read
constexpr std::size_t kTranchesCols = layout::kTrancheColumns;
constexpr std::size_t kMilestonesCols = layout::milestone_col::Done + 1; // then formulas

namespace tranche_col = layout::tranche_col;
namespace milestone_col = layout::milestone_col;
namespace year_col = layout::year_col;
namespace indicator_col = layout::indicator_col;
namespace review_col = layout::review_col;
namespace v1 = layout::v1;
namespace v2 = layout::v2;
namespace bc = layout::v2::band_col;
namespace cc = layout::v2::condition_col;

// A field's name in messages: English bare, French and Portuguese with its
// article, as the sentences about it need.
using Field = TranslateId;

namespace field {
constexpr Field kYear = STR_READ_FIELD_YEAR;
constexpr Field kReviewDate = STR_READ_FIELD_REVIEW_DATE;
constexpr Field kState = STR_READ_FIELD_STATE;
constexpr Field kClosedOn = STR_READ_FIELD_CLOSED_ON;
constexpr Field kNotes = STR_READ_FIELD_NOTES;
constexpr Field kFirstReview = STR_READ_FIELD_FIRST_REVIEW;
constexpr Field kMonths = STR_READ_FIELD_MONTHS;
constexpr Field kRoll = STR_READ_FIELD_ROLL;
constexpr Field kId = STR_READ_FIELD_ID;
constexpr Field kTitle = STR_READ_FIELD_TITLE;
constexpr Field kArea = STR_READ_FIELD_AREA;
constexpr Field kWeight = STR_READ_FIELD_WEIGHT;
constexpr Field kMethod = STR_READ_FIELD_METHOD;
constexpr Field kThreshold = STR_READ_FIELD_THRESHOLD;
constexpr Field kBaseline = STR_READ_FIELD_BASELINE;
constexpr Field kTarget = STR_READ_FIELD_TARGET;
constexpr Field kActual = STR_READ_FIELD_ACTUAL;
constexpr Field kEvidence = STR_READ_FIELD_EVIDENCE;
constexpr Field kWaived = STR_READ_FIELD_WAIVED;
constexpr Field kScore = STR_READ_FIELD_SCORE;
constexpr Field kStatus = STR_READ_FIELD_STATUS;
constexpr Field kTrancheYear = STR_READ_FIELD_TRANCHE_YEAR;
constexpr Field kType = STR_READ_FIELD_TYPE;
constexpr Field kCeiling = STR_READ_FIELD_CEILING;
constexpr Field kGeneral = STR_READ_FIELD_GENERAL;
constexpr Field kGating = STR_READ_FIELD_GATING;
constexpr Field kEligible = STR_READ_FIELD_ELIGIBLE;
constexpr Field kRule = STR_READ_FIELD_RULE;
constexpr Field kComputed = STR_READ_FIELD_COMPUTED;
constexpr Field kTransferred = STR_READ_FIELD_TRANSFERRED;
constexpr Field kDisbursed = STR_READ_FIELD_DISBURSED;
constexpr Field kDisbursedOn = STR_READ_FIELD_DISBURSED_ON;
constexpr Field kDeadline = STR_READ_FIELD_DEADLINE;
constexpr Field kIndicator = STR_READ_FIELD_INDICATOR;
constexpr Field kDue = STR_READ_FIELD_DUE;
constexpr Field kDone = STR_READ_FIELD_DONE;
constexpr Field kComponent = STR_READ_FIELD_COMPONENT;
constexpr Field kDecision = STR_READ_FIELD_DECISION;
constexpr Field kRequestedOn = STR_READ_FIELD_REQUESTED_ON;
constexpr Field kApprovedOn = STR_READ_FIELD_APPROVED_ON;
constexpr Field kApprovalRef = STR_READ_FIELD_APPROVAL_REF;
constexpr Field kBaseCeiling = STR_READ_FIELD_BASE_CEILING;
constexpr Field kCarriedIn = STR_READ_FIELD_CARRIED_IN;
constexpr Field kPayout = STR_READ_FIELD_PAYOUT;
constexpr Field kHeld = STR_READ_FIELD_HELD;
constexpr Field kReleased = STR_READ_FIELD_RELEASED;
constexpr Field kPayable = STR_READ_FIELD_PAYABLE;
constexpr Field kTranche = STR_READ_FIELD_TRANCHE;
constexpr Field kLowerBound = STR_READ_FIELD_LOWER_BOUND;
constexpr Field kShare = STR_READ_FIELD_SHARE;
constexpr Field kCondition = STR_READ_FIELD_CONDITION;
constexpr Field kKind = STR_READ_FIELD_KIND;
constexpr Field kVerdict = STR_READ_FIELD_VERDICT;
constexpr Field kLayoutVersion = STR_READ_FIELD_LAYOUT_VERSION;
constexpr Field kSuspendedFrom = STR_READ_FIELD_SUSPENDED_FROM;
} // namespace field

// A finite number as a user would type it: whole numbers without decimals.
std::string numberText(double value) {
    if (value == 0.0) return "0";
    char buffer[64];
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
}

// A table's cell (0-based within the table) as its sheet position in A1 notation.
std::string a1(const RangeTable& table, std::size_t row, std::size_t col) {
    return cellRef(table.firstRow + static_cast<int>(row), table.firstCol + static_cast<int>(col));
}

class Reader {
  public:
    Reader(Date nullDate, Language language) : nullDate_(nullDate), language_(language) {}

    ReadResult run(const TrackerTables& tables) {
        // A version this reader does not know is read no further.
        if (tables.header && !readHeader(*tables.header)) return finish();
        if (const auto* t = table(tables.years, layout::kYears, kHeaderRows, kYearsCols))
            readYears(*t);
        if (const auto* t = table(tables.reviews, layout::kReviews, layout::kReviewSettingsRow + 1,
                                  kReviewsCols))
            readReviews(*t);
        if (const auto* t = table(tables.indicators, layout::kIndicators,
                                  layout::kIndicatorHeaderRows, layout::kIndicatorFixedColumns))
            readIndicators(*t);
        if (const auto* t =
                table(tables.milestones, layout::kMilestones, kHeaderRows, kMilestonesCols))
            readMilestones(*t);
        if (v2_) {
            if (const auto* t =
                    table(tables.tranches, v2::kTranches, kHeaderRows, v2::kTrancheColumns))
                readTranchesV2(*t);
            if (const auto* t = table(tables.bands, v2::kBands, kHeaderRows, v2::kBandColumns))
                readBands(*t);
            if (const auto* t = table(tables.conditions, v2::kConditions, v2::kConditionHeaderRows,
                                      v2::kConditionFixedColumns))
                readConditions(*t);
        } else if (const auto* t =
                       table(tables.tranches, layout::kTranches, kHeaderRows, kTranchesCols)) {
            readTranches(*t);
            completeVersion1();
        }
        model_.log = tables.log;
        return finish();
    }

    ReadResult finish() {
        result_.omitted = found_ - result_.problems.size();
        if (found_ == 0) result_.model = std::move(model_);
        return std::move(result_);
    }

  private:
    // --- Saying what is wrong -------------------------------------------------

    std::string say(TranslateId message, std::initializer_list<std::string_view> values) const {
        return tr(message, language_, values);
    }
    std::string name(Field f) const { return std::string(tr(f, language_)); }

    void report(std::string sheet, std::string cell, std::string why) {
        ++found_;
        if (result_.problems.size() < ReadResult::kMaxProblems)
            result_.problems.push_back({std::move(sheet), std::move(cell), std::move(why)});
    }
    void report(const RangeTable& t, std::size_t row, std::size_t col, std::string why) {
        report(t.sheet, a1(t, row, col), std::move(why));
    }
    void notice(const RangeTable& t, std::size_t row, std::size_t col, std::string why) {
        result_.notices.push_back({t.sheet, a1(t, row, col), std::move(why)});
    }

    std::string blank(Field f) const { return say(STR_READ_BLANK, {name(f)}); }
    std::string notNumber(Field f, const std::string& text) const {
        return say(STR_READ_NOT_NUMBER, {name(f), text});
    }
    std::string notFinite(Field f) const { return say(STR_READ_NOT_FINITE, {name(f)}); }
    std::string negative(Field f) const { return say(STR_READ_NEGATIVE, {name(f)}); }
    std::string notUnit(Field f) const { return say(STR_READ_NOT_UNIT, {name(f)}); }
    std::string notDate(Field f) const { return say(STR_READ_NOT_DATE, {name(f)}); }
    std::string notDate(Field f, const std::string& text) const {
        return say(STR_READ_NOT_DATE_TEXT, {name(f), text});
    }
    std::string notFlag(Field f) const { return say(STR_READ_NOT_FLAG, {name(f)}); }
    std::string notYear(Field f) const { return say(STR_READ_NOT_YEAR, {name(f)}); }
    std::string unknownWord(Field f, const std::string& text, TranslateId expected) const {
        return say(STR_READ_UNKNOWN_WORD, {name(f), text, tr(expected, language_)});
    }
    std::string duplicate(Field f, const std::string& text, const std::string& firstCell) const {
        return say(STR_READ_DUPLICATE, {name(f), text, firstCell});
    }
    std::string notTrackerYear(Field f, const std::string& year) const {
        return say(STR_READ_NOT_TRACKER_YEAR, {name(f), year, layout::kYears});
    }

    // --- Tables ---------------------------------------------------------------

    // The table when it can be read cell by cell, else nullptr (and why).
    const RangeTable* table(const std::optional<RangeTable>& t, const char* rangeName,
                            std::size_t minRows, std::size_t minCols) {
        if (!t) {
            report("", "", say(STR_READ_RANGE_MISSING, {rangeName}));
            return nullptr;
        }
        const Shape shape = t->cells.shape();
        if (t->firstRow < 0 || t->firstCol < 0 ||
            static_cast<unsigned long long>(t->firstRow) + shape.rows >
                static_cast<unsigned long long>(kMaxSheetRows) ||
            static_cast<unsigned long long>(t->firstCol) + shape.cols >
                static_cast<unsigned long long>(kMaxSheetCols)) {
            report(t->sheet, "", say(STR_READ_RANGE_OUTSIDE, {rangeName}));
            return nullptr;
        }
        if (t->cells.cells().size() != shape.rows * shape.cols) {
            report(*t, 0, 0, say(STR_READ_RANGE_VALUES, {rangeName}));
            return nullptr;
        }
        if (shape.rows < minRows || shape.cols < minCols) {
            const std::string has = describe(shape), needs = describe(Shape{minRows, minCols});
            report(*t, 0, 0, say(STR_READ_RANGE_SMALL, {rangeName, has, needs}));
            return nullptr;
        }
        return &*t;
    }

    static const Cell& at(const RangeTable& t, std::size_t row, std::size_t col) {
        return t.cells.at(row, col);
    }
    // Blank, or 0 where a formula refers to an empty cell.
    static bool blankOrZero(const Cell& cell) {
        if (isBlank(cell)) return true;
        const auto* value = std::get_if<double>(&cell);
        return value != nullptr && *value == 0.0;
    }
    static std::string display(const Cell& cell) {
        if (const auto* text = std::get_if<std::string>(&cell)) return *text;
        if (const auto* value = std::get_if<double>(&cell))
            return std::isfinite(*value) ? numberText(*value) : std::string("?");
        return {};
    }

    // --- Cells ----------------------------------------------------------------

    // Text as typed; a number reads as the text a user would type for it.
    std::string text(const RangeTable& t, std::size_t row, std::size_t col, Field f) {
        const Cell& cell = at(t, row, col);
        if (isBlank(cell)) return {};
        if (const auto* value = std::get_if<double>(&cell)) {
            if (std::isfinite(*value)) return numberText(*value);
            report(t, row, col, notFinite(f));
            return {};
        }
        return std::get<std::string>(cell);
    }

    // A keyword: blank and 0 (a formula pointing at an empty cell) read as "".
    std::string keyword(const RangeTable& t, std::size_t row, std::size_t col, Field f) {
        if (blankOrZero(at(t, row, col))) return {};
        return text(t, row, col, f);
    }

    // nullopt when blank (a problem if required) or not a finite number.
    std::optional<double> number(const RangeTable& t, std::size_t row, std::size_t col, Field f,
                                 bool required = false) {
        const Cell& cell = at(t, row, col);
        if (isBlank(cell)) {
            if (required) report(t, row, col, blank(f));
            return std::nullopt;
        }
        if (const auto* value = std::get_if<double>(&cell)) {
            if (std::isfinite(*value)) return *value;
            report(t, row, col, notFinite(f));
            return std::nullopt;
        }
        report(t, row, col, notNumber(f, std::get<std::string>(cell)));
        return std::nullopt;
    }

    std::optional<double> nonNegative(const RangeTable& t, std::size_t row, std::size_t col,
                                      Field f, bool required = false) {
        const auto value = number(t, row, col, f, required);
        if (value && *value < 0.0) {
            report(t, row, col, negative(f));
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> unitInterval(const RangeTable& t, std::size_t row, std::size_t col,
                                       Field f) {
        const auto value = number(t, row, col, f);
        if (value && !(*value >= 0.0 && *value <= 1.0)) {
            report(t, row, col, notUnit(f));
            return std::nullopt;
        }
        return value;
    }

    // Blank and 0 read as no date, as in the COND.* functions.
    std::optional<Date> date(const RangeTable& t, std::size_t row, std::size_t col, Field f,
                             bool required = false) {
        const Cell& cell = at(t, row, col);
        if (blankOrZero(cell)) {
            if (required) report(t, row, col, blank(f));
            return std::nullopt;
        }
        if (const auto* textValue = std::get_if<std::string>(&cell)) {
            report(t, row, col, notDate(f, *textValue));
            return std::nullopt;
        }
        try {
            return dateFromSerial(std::get<double>(cell), nullDate_);
        } catch (const InvalidArgument&) {
            report(t, row, col, notDate(f));
            return std::nullopt;
        }
    }

    // TRUE/FALSE (1/0, or the words); nullopt when blank or not a yes/no.
    std::optional<bool> yesNo(const RangeTable& t, std::size_t row, std::size_t col, Field f) {
        const Cell& cell = at(t, row, col);
        if (isBlank(cell)) return std::nullopt;
        if (const auto* value = std::get_if<double>(&cell)) {
            if (*value == 0.0) return false;
            if (*value == 1.0) return true;
        } else {
            const std::string word = normaliseKeyword(std::get<std::string>(cell));
            if (word == "true" || word == "vrai" || word == "verdadeiro") return true;
            if (word == "false" || word == "faux" || word == "falso") return false;
        }
        report(t, row, col, notFlag(f));
        return std::nullopt;
    }

    std::optional<int> year(const RangeTable& t, std::size_t row, std::size_t col, Field f,
                            bool required) {
        const auto value = number(t, row, col, f, required);
        if (!value) return std::nullopt;
        if (*value != std::floor(*value) || *value < kMinYear || *value > kMaxYear) {
            report(t, row, col, notYear(f));
            return std::nullopt;
        }
        return static_cast<int>(*value);
    }

    bool blankRow(const RangeTable& t, std::size_t row,
                  std::initializer_list<std::size_t> columns) const {
        for (const auto col : columns)
            if (!isBlank(at(t, row, col))) return false;
        return true;
    }

    // Records `id` as seen at `cell`; false (and a problem) when seen before.
    bool unique(std::map<std::string, std::string>& seen, const std::string& id, Field f,
                const RangeTable& t, std::size_t row, std::size_t col) {
        const auto [it, inserted] = seen.emplace(id, a1(t, row, col));
        if (!inserted) report(t, row, col, duplicate(f, id, it->second));
        return inserted;
    }

    static SheetPlace placeOf(const RangeTable& t) { return {t.sheet, t.firstRow, t.firstCol}; }
    int sheetRow(const RangeTable& t, std::size_t row) const {
        return t.firstRow + static_cast<int>(row);
    }
    bool isTrackerYear(int y) const { return model_.yearIndex(y).has_value(); }

    // --- The years range ---------------------------------------------------------

    void readYears(const RangeTable& t) {
        yearsRead_ = true;
        model_.yearsAt = placeOf(t);
        std::map<std::string, std::string> seen;
        bool anyRow = false;
        for (std::size_t r = kHeaderRows; r < t.cells.shape().rows; ++r) {
            using namespace year_col;
            if (blankRow(t, r, {Year, ReviewDate, State, ClosedOn, Notes})) continue;
            anyRow = true;
            TrackerYear entry;
            const auto y = year(t, r, Year, field::kYear, true);
            entry.reviewDate = date(t, r, ReviewDate, field::kReviewDate);
            const std::string state = keyword(t, r, State, field::kState);
            const std::string key = normaliseKeyword(state);
            if (key.empty() || key == "open" || key == "ouvert" || key == "ouverte")
                entry.closed = false;
            else if (key == "closed" || key == "clos" || key == "close" || key == "cloture" ||
                     key == "cloturee")
                entry.closed = true;
            else
                report(t, r, State, unknownWord(field::kState, state, STR_EXPECT_STATE));
            entry.closedOn = date(t, r, ClosedOn, field::kClosedOn);
            entry.notes = text(t, r, Notes, field::kNotes);
            entry.sheetRow = sheetRow(t, r);
            if (!y) continue;
            entry.year = *y;
            if (!unique(seen, std::to_string(*y), field::kYear, t, r, Year)) continue;
            if (!model_.years.empty() && *y < model_.years.back().year) {
                const std::string before = std::to_string(model_.years.back().year);
                const std::string now = std::to_string(*y);
                report(t, r, Year, say(STR_READ_YEARS_ASCEND, {now, before}));
            }
            model_.years.push_back(std::move(entry));
        }
        if (!anyRow)
            report(t, kHeaderRows, year_col::Year, say(STR_READ_NO_YEAR, {layout::kYears}));
    }

    // --- The review settings -----------------------------------------------------

    void readReviews(const RangeTable& t) {
        using namespace review_col;
        const std::size_t row = layout::kReviewSettingsRow;
        const auto first = date(t, row, FirstReview, field::kFirstReview);
        const auto months = number(t, row, Months, field::kMonths, first.has_value());
        std::optional<int> wholeMonths;
        if (months) {
            if (*months == std::floor(*months) && *months >= 1 &&
                *months <= ReviewSchedule::kMaxMonths)
                wholeMonths = static_cast<int>(*months);
            else
                report(t, row, Months,
                       say(STR_READ_MONTHS,
                           {name(field::kMonths), std::to_string(ReviewSchedule::kMaxMonths)}));
        }
        const std::string rollText = keyword(t, row, Roll, field::kRoll);
        std::optional<RollConvention> roll;
        try {
            roll = parseRollConvention(rollText);
        } catch (const InvalidArgument&) {
            report(t, row, Roll, unknownWord(field::kRoll, rollText, STR_EXPECT_ROLL));
        }
        if (first && wholeMonths && roll)
            model_.reviews = ReviewSettings{*first, *wholeMonths, *roll};
    }

    // --- The indicators range ----------------------------------------------------

    // As layout::yearBlockStart, in size_t: a malformed range may hold any
    // number of years.
    std::size_t blockStart(std::size_t k) const {
        return layout::kIndicatorFixedColumns + k * yearColumns_;
    }

    // The year blocks present in the range, checked against the years range.
    std::size_t checkYearBlocks(const RangeTable& t) {
        const std::size_t cols = t.cells.shape().cols;
        std::size_t present = 0;
        for (std::size_t k = 0; k < model_.years.size(); ++k) {
            const std::size_t c0 = blockStart(k);
            const std::string expected = std::to_string(model_.years[k].year);
            if (c0 + yearColumns_ > cols) {
                const std::string last = columnLetters(t.firstCol + static_cast<int>(cols) - 1);
                report(t, 0, c0,
                       say(STR_READ_BLOCK_MISSING, {expected, layout::kIndicators, last}));
                continue;
            }
            ++present;
            const Cell& header = at(t, 0, c0);
            const auto* value = std::get_if<double>(&header);
            if (value && *value == model_.years[k].year) continue;
            if (isBlank(header))
                report(t, 0, c0, say(STR_READ_BLOCK_BLANK, {expected, layout::kYears}));
            else
                report(t, 0, c0,
                       say(STR_READ_BLOCK_WRONG, {expected, layout::kYears, display(header)}));
        }
        // Blocks past the tracker's years must not claim a year.
        if (!yearsRead_) return present;
        for (std::size_t c0 = blockStart(model_.years.size()); c0 < cols; c0 += yearColumns_)
            if (!isBlank(at(t, 0, c0)))
                report(t, 0, c0, notTrackerYear(field::kYear, display(at(t, 0, c0))));
        return present;
    }

    bool blockPresent(const RangeTable& t, std::size_t k) const {
        return blockStart(k) + yearColumns_ <= t.cells.shape().cols;
    }

    // Blank when every cell read is: formula columns (Score, Status) and a 0
    // in Waived do not count.
    bool blankIndicatorRow(const RangeTable& t, std::size_t r) const {
        if (v2_) return blankIndicatorRowV2(t, r);
        using namespace indicator_col;
        if (!blankRow(t, r, {Id, Title, Area, Weight, Method, Threshold, Baseline})) return false;
        for (std::size_t k = 0; k < model_.years.size(); ++k) {
            if (!blockPresent(t, k)) continue;
            const std::size_t c0 = blockStart(k);
            if (!blankRow(t, r,
                          {c0 + layout::Target, c0 + layout::Actual, c0 + layout::Evidence}) ||
                !blankOrZero(at(t, r, c0 + layout::Waived)))
                return false;
        }
        return true;
    }

    void readIndicatorYears(const RangeTable& t, std::size_t r, Indicator& indicator) {
        indicator.years.resize(model_.years.size());
        if (v2_) {
            readIndicatorYearsV2(t, r, indicator);
            return;
        }
        for (std::size_t k = 0; k < model_.years.size(); ++k) {
            if (!blockPresent(t, k)) continue;
            const std::size_t c0 = blockStart(k);
            IndicatorYear& y = indicator.years[k];
            y.target = number(t, r, c0 + layout::Target, field::kTarget);
            y.actual = number(t, r, c0 + layout::Actual, field::kActual);
            y.evidence = text(t, r, c0 + layout::Evidence, field::kEvidence);
            y.waived = yesNo(t, r, c0 + layout::Waived, field::kWaived).value_or(false);
            y.score = unitInterval(t, r, c0 + layout::Score, field::kScore);
            y.status = trim(text(t, r, c0 + layout::Status, field::kStatus));
        }
    }

    Indicator readIndicator(const RangeTable& t, std::size_t r) {
        using namespace indicator_col;
        Indicator indicator;
        indicator.id = trim(text(t, r, Id, field::kId));
        if (indicator.id.empty())
            report(t, r, Id, blank(field::kId));
        else
            unique(indicatorIds_, indicator.id, field::kId, t, r, Id);
        indicator.title = text(t, r, Title, field::kTitle);
        indicator.area = text(t, r, Area, field::kArea);
        if (v2_)
            indicator.component = trim(text(t, r, v2::indicator_col::Component, field::kComponent));
        else
            indicator.weight = nonNegative(t, r, Weight, field::kWeight, true).value_or(0.0);
        const std::string method = keyword(t, r, Method, field::kMethod);
        try {
            indicator.rule.method = parseScoringMethod(method);
        } catch (const InvalidArgument&) {
            report(t, r, Method, unknownWord(field::kMethod, method, STR_EXPECT_METHOD));
        }
        // 0 means no threshold, as in COND.SCORE.
        const auto threshold = unitInterval(t, r, Threshold, field::kThreshold);
        if (threshold && *threshold != 0.0) indicator.rule.threshold = threshold;
        indicator.baseline = number(t, r, Baseline, field::kBaseline);
        readIndicatorYears(t, r, indicator);
        indicator.sheetRow = sheetRow(t, r);
        return indicator;
    }

    void readIndicators(const RangeTable& t) {
        indicatorsRead_ = true;
        model_.indicatorsAt = placeOf(t);
        checkYearBlocks(t);
        for (std::size_t r = layout::kIndicatorHeaderRows; r < t.cells.shape().rows; ++r)
            if (!blankIndicatorRow(t, r)) model_.indicators.push_back(readIndicator(t, r));
    }

    // --- The milestones range ----------------------------------------------------

    void readMilestones(const RangeTable& t) {
        milestonesRead_ = true;
        model_.milestonesAt = placeOf(t);
        for (std::size_t r = kHeaderRows; r < t.cells.shape().rows; ++r) {
            using namespace milestone_col;
            if (blankRow(t, r, {Id, Title, milestone_col::Indicator, TrancheYear, Due, Done}))
                continue;
            TrackerMilestone milestone;
            milestone.id = trim(text(t, r, Id, field::kId));
            if (milestone.id.empty())
                report(t, r, Id, blank(field::kId));
            else
                unique(milestoneIds_, milestone.id, field::kId, t, r, Id);
            milestone.title = text(t, r, Title, field::kTitle);
            milestone.indicatorId = trim(text(t, r, milestone_col::Indicator, field::kIndicator));
            if (!milestone.indicatorId.empty() && indicatorsRead_ &&
                indicatorIds_.count(milestone.indicatorId) == 0)
                report(t, r, milestone_col::Indicator,
                       say(STR_READ_NOT_INDICATOR, {milestone.indicatorId, layout::kIndicators}));
            milestone.trancheYear = year(t, r, TrancheYear, field::kTrancheYear, false);
            if (milestone.trancheYear && yearsRead_ && !isTrackerYear(*milestone.trancheYear))
                report(t, r, TrancheYear,
                       notTrackerYear(field::kTrancheYear, std::to_string(*milestone.trancheYear)));
            const auto due = date(t, r, Due, field::kDue, true);
            milestone.dates.due = due.value_or(nullDate_);
            milestone.dates.done = date(t, r, Done, field::kDone);
            milestone.sheetRow = sheetRow(t, r);
            model_.milestones.push_back(std::move(milestone));
        }
    }

    // --- The tranches range ------------------------------------------------------

    std::vector<std::string> gatingList(const RangeTable& t, std::size_t r, std::size_t col) {
        const std::string list = text(t, r, col, field::kGating);
        std::vector<std::string> ids;
        std::size_t start = 0;
        while (start <= list.size()) {
            const auto comma = list.find(',', start);
            const std::string id = trim(
                list.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
            if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) {
                if (milestonesRead_ && milestoneIds_.count(id) == 0)
                    report(t, r, col, say(STR_READ_NOT_MILESTONE, {id, layout::kMilestones}));
                ids.push_back(id);
            }
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        return ids;
    }

    void readTranches(const RangeTable& t) {
        model_.tranchesAt = placeOf(t);
        for (std::size_t r = kHeaderRows; r < t.cells.shape().rows; ++r) {
            using namespace tranche_col;
            if (blankRow(t, r,
                         {Year, Type, Ceiling, Gating, Rule, Disbursed, DisbursedOn, Deadline}) &&
                blankOrZero(at(t, r, General)))
                continue;
            Tranche tranche;
            const auto y = year(t, r, Year, field::kTrancheYear, true);
            if (y && yearsRead_ && !isTrackerYear(*y))
                report(t, r, Year, notTrackerYear(field::kTrancheYear, std::to_string(*y)));
            tranche.year = y.value_or(0);
            const std::string type = keyword(t, r, Type, field::kType);
            if (type.empty()) {
                report(t, r, Type, blank(field::kType));
            } else {
                try {
                    tranche.type = parseTrancheType(type);
                } catch (const InvalidArgument&) {
                    report(t, r, Type, unknownWord(field::kType, type, STR_EXPECT_TYPE));
                }
            }
            tranche.ceiling = nonNegative(t, r, Ceiling, field::kCeiling).value_or(0.0);
            tranche.generalConditions = yesNo(t, r, General, field::kGeneral);
            tranche.gatingMilestones = gatingList(t, r, Gating);
            tranche.eligible = yesNo(t, r, Eligible, field::kEligible).value_or(false);
            const std::string rule = keyword(t, r, Rule, field::kRule);
            try {
                tranche.rule = parseWaiverRule(rule);
            } catch (const InvalidArgument&) {
                report(t, r, Rule, unknownWord(field::kRule, rule, STR_EXPECT_RULE));
            }
            tranche.computed = number(t, r, Computed, field::kComputed).value_or(0.0);
            tranche.transferred = number(t, r, Transferred, field::kTransferred).value_or(0.0);
            tranche.disbursed = nonNegative(t, r, Disbursed, field::kDisbursed);
            tranche.disbursedOn = date(t, r, DisbursedOn, field::kDisbursedOn);
            tranche.requestDeadline = date(t, r, Deadline, field::kDeadline);
            tranche.sheetRow = sheetRow(t, r);
            model_.tranches.push_back(std::move(tranche));
        }
    }

    // --- Layout version 2 ------------------------------------------------------

    // The programme header's Layout version and suspension date.
    // False when the version is not one this reader knows.
    bool readHeader(const RangeTable& t) {
        const std::size_t valueCol = layout::header_col::Value;
        if (t.cells.cells().size() != t.cells.shape().rows * t.cells.shape().cols ||
            t.cells.shape().cols <= valueCol)
            return true;
        const auto version = layoutVersionFrom(t);
        const auto row = static_cast<std::size_t>(headerRow(HeaderField::LayoutVersion));
        if (!version || (*version != v1::kVersion && *version != v2::kVersion)) {
            const std::string typed = display(at(t, row, valueCol));
            report(t, row, valueCol, say(STR_READ_LAYOUT_VERSION, {typed}));
            return false;
        }
        v2_ = *version == v2::kVersion;
        model_.layoutVersion = *version;
        if (!v2_) return true;
        yearColumns_ = v2::kIndicatorYearColumns;
        const auto suspended = static_cast<std::size_t>(headerRow(HeaderField::SuspendedFrom));
        if (suspended < t.cells.shape().rows)
            model_.suspendedFrom = date(t, suspended, valueCol, field::kSuspendedFrom);
        return true;
    }

    // Blank when every cell typed is: the weights of later years (formulas)
    // do not count.
    bool blankIndicatorRowV2(const RangeTable& t, std::size_t r) const {
        using namespace v2::indicator_col;
        if (!blankRow(t, r, {Id, Title, Area, Component, Method, Threshold, Baseline}))
            return false;
        for (std::size_t k = 0; k < model_.years.size(); ++k) {
            if (!blockPresent(t, k)) continue;
            const std::size_t c0 = blockStart(k);
            if (!blankRow(t, r,
                          {c0 + v2::Target, c0 + v2::Actual, c0 + v2::Evidence,
                           c0 + v2::RequestedOn, c0 + v2::ApprovedOn, c0 + v2::ApprovalRef}) ||
                !blankOrZero(at(t, r, c0 + v2::Decision)) ||
                (k == 0 && !blankOrZero(at(t, r, c0 + v2::Weight))))
                return false;
        }
        return true;
    }

    // A decision applies once approved; re-assessing an indicator that scored
    // 100% holds nothing, so it is said, not applied.
    DecisionRecord decisionOf(const RangeTable& t, std::size_t r, std::size_t c0,
                              IndicatorYear& y) {
        DecisionRecord record;
        const std::string typed = keyword(t, r, c0 + v2::Decision, field::kDecision);
        if (const auto decision = parseDecision(typed))
            record.decision = *decision;
        else
            report(t, r, c0 + v2::Decision,
                   unknownWord(field::kDecision, typed, STR_EXPECT_DECISION));
        record.approved = y.approvedOn.has_value();
        if (record.effective() == Decision::Reassess && y.score && *y.score >= 1.0) {
            const std::size_t k = (c0 - layout::kIndicatorFixedColumns) / yearColumns_;
            notice(t, r, c0 + v2::Decision,
                   say(STR_READ_REASSESS_MET, {std::to_string(model_.years[k].year)}));
        }
        return record;
    }

    void readIndicatorYearsV2(const RangeTable& t, std::size_t r, Indicator& indicator) {
        for (std::size_t k = 0; k < model_.years.size(); ++k) {
            if (!blockPresent(t, k)) continue;
            const std::size_t c0 = blockStart(k);
            IndicatorYear& y = indicator.years[k];
            y.target = number(t, r, c0 + v2::Target, field::kTarget);
            y.weight = nonNegative(t, r, c0 + v2::Weight, field::kWeight, k == 0);
            y.actual = number(t, r, c0 + v2::Actual, field::kActual);
            y.evidence = text(t, r, c0 + v2::Evidence, field::kEvidence);
            y.requestedOn = date(t, r, c0 + v2::RequestedOn, field::kRequestedOn);
            y.approvedOn = date(t, r, c0 + v2::ApprovedOn, field::kApprovedOn);
            y.approvalRef = trim(text(t, r, c0 + v2::ApprovalRef, field::kApprovalRef));
            y.score = unitInterval(t, r, c0 + v2::Score, field::kScore);
            y.status = trim(text(t, r, c0 + v2::Status, field::kStatus));
            y.decision = decisionOf(t, r, c0, y);
            // What version 1's readers look at: a share taken out of the payout.
            const Decision effective = y.decision.effective();
            y.waived = effective == Decision::Reallocate || effective == Decision::Transfer ||
                       effective == Decision::Waived;
        }
        if (!indicator.years.empty() && indicator.years.front().weight)
            indicator.weight = *indicator.years.front().weight;
    }

    std::optional<TrancheType> trancheType(const RangeTable& t, std::size_t r, std::size_t col) {
        const std::string type = keyword(t, r, col, field::kType);
        if (type.empty()) {
            report(t, r, col, blank(field::kType));
            return std::nullopt;
        }
        try {
            return parseTrancheType(type);
        } catch (const InvalidArgument&) {
            report(t, r, col, unknownWord(field::kType, type, STR_EXPECT_TYPE));
            return std::nullopt;
        }
    }

    PayoutKind payout(const RangeTable& t, std::size_t r) {
        const std::string typed = keyword(t, r, v2::tranche_col::Payout, field::kPayout);
        const std::string key = normaliseKeyword(typed);
        if (key.empty() || key == "proportional" || key == "proportionnel" || key == "proporcional")
            return PayoutKind::Proportional;
        if (key == "bands" || key == "paliers" || key == "escaloes") return PayoutKind::Bands;
        report(t, r, v2::tranche_col::Payout,
               unknownWord(field::kPayout, typed, STR_EXPECT_PAYOUT));
        return PayoutKind::Proportional;
    }

    Tranche readTrancheV2(const RangeTable& t, std::size_t r) {
        using namespace v2::tranche_col;
        Tranche tranche;
        const auto y = year(t, r, Year, field::kTrancheYear, true);
        if (y && yearsRead_ && !isTrackerYear(*y))
            report(t, r, Year, notTrackerYear(field::kTrancheYear, std::to_string(*y)));
        tranche.year = y.value_or(0);
        tranche.type = trancheType(t, r, Type).value_or(TrancheType::Variable);
        tranche.component = trim(text(t, r, Component, field::kComponent));
        tranche.baseCeiling = nonNegative(t, r, BaseCeiling, field::kBaseCeiling).value_or(0.0);
        tranche.carriedIn = number(t, r, CarriedIn, field::kCarriedIn).value_or(0.0);
        tranche.ceiling = nonNegative(t, r, Ceiling, field::kCeiling).value_or(0.0);
        tranche.payout = payout(t, r);
        tranche.eligible = yesNo(t, r, Eligible, field::kEligible).value_or(false);
        tranche.computed = number(t, r, Computed, field::kComputed).value_or(0.0);
        tranche.transferred = number(t, r, Transferred, field::kTransferred).value_or(0.0);
        tranche.held = number(t, r, Held, field::kHeld).value_or(0.0);
        tranche.released = number(t, r, Released, field::kReleased).value_or(0.0);
        tranche.payable = number(t, r, Payable, field::kPayable).value_or(0.0);
        tranche.disbursed = nonNegative(t, r, Disbursed, field::kDisbursed);
        tranche.disbursedOn = date(t, r, DisbursedOn, field::kDisbursedOn);
        tranche.requestDeadline = date(t, r, Deadline, field::kDeadline);
        tranche.sheetRow = sheetRow(t, r);
        return tranche;
    }

    void readTranchesV2(const RangeTable& t) {
        model_.tranchesAt = placeOf(t);
        for (std::size_t r = kHeaderRows; r < t.cells.shape().rows; ++r) {
            using namespace v2::tranche_col;
            if (blankRow(
                    t, r,
                    {Year, Type, Component, BaseCeiling, Payout, Disbursed, DisbursedOn, Deadline}))
                continue;
            Tranche tranche = readTrancheV2(t, r);
            if (!model_.years.empty() && tranche.year == model_.years.back().year &&
                tranche.transferred > 0.0)
                notice(t, r, Transferred,
                       say(STR_READ_CARRIED_BEYOND,
                           {numberText(tranche.transferred), std::to_string(tranche.year)}));
            model_.tranches.push_back(std::move(tranche));
            trancheLabels_.insert(trancheLabel(model_.tranches.back()));
        }
    }

    void checkTrancheLabel(const RangeTable& t, std::size_t r, std::size_t col,
                           const std::string& label) {
        if (trancheLabels_.count(label) == 0)
            report(t, r, col, say(STR_READ_NOT_TRANCHE, {label, v2::kTranches}));
    }

    // The bands of one tranche on adjacent rows, so that the tranche's
    // formula finds them all from the first.
    void readBands(const RangeTable& t) {
        std::map<std::string, std::pair<std::size_t, std::string>> last; // label -> row, first cell
        for (std::size_t r = kHeaderRows; r < t.cells.shape().rows; ++r) {
            if (blankRow(t, r, {bc::Tranche, bc::LowerBound, bc::Share})) continue;
            Band band;
            band.tranche = trim(text(t, r, bc::Tranche, field::kTranche));
            if (band.tranche.empty()) report(t, r, bc::Tranche, blank(field::kTranche));
            band.lowerBound = unitIntervalRequired(t, r, bc::LowerBound, field::kLowerBound);
            band.share = unitIntervalRequired(t, r, bc::Share, field::kShare);
            band.sheetRow = sheetRow(t, r);
            if (!band.tranche.empty()) {
                checkTrancheLabel(t, r, bc::Tranche, band.tranche);
                const auto seen = last.find(band.tranche);
                if (seen == last.end())
                    last[band.tranche] = {r, a1(t, r, bc::Tranche)};
                else if (seen->second.first + 1 != r)
                    report(t, r, bc::Tranche,
                           say(STR_READ_BANDS_SPLIT, {band.tranche, seen->second.second}));
                else
                    seen->second.first = r;
            }
            model_.bands.push_back(std::move(band));
        }
    }

    double unitIntervalRequired(const RangeTable& t, std::size_t r, std::size_t col, Field f) {
        if (isBlank(at(t, r, col))) {
            report(t, r, col, blank(f));
            return 0.0;
        }
        return unitInterval(t, r, col, f).value_or(0.0);
    }

    std::optional<ConditionKind> conditionKind(const RangeTable& t, std::size_t r) {
        const std::string typed = keyword(t, r, v2::condition_col::Kind, field::kKind);
        const std::string key = normaliseKeyword(typed);
        if (key == "general" || key == "geral") return ConditionKind::General;
        if (key == "specific" || key == "specifique" || key == "especifica" || key == "especifico")
            return ConditionKind::Specific;
        if (key.empty())
            report(t, r, v2::condition_col::Kind, blank(field::kKind));
        else
            report(t, r, v2::condition_col::Kind,
                   unknownWord(field::kKind, typed, STR_EXPECT_KIND));
        return std::nullopt;
    }

    // met / not met, and their French and Portuguese words; blank: not assessed.
    std::optional<Verdict> verdict(const RangeTable& t, std::size_t r, std::size_t col) {
        const std::string typed = keyword(t, r, col, field::kVerdict);
        const std::string key = normaliseKeyword(typed);
        if (key.empty()) return std::nullopt;
        if (key == "met" || key == "rempli" || key == "remplie" || key == "cumprido" ||
            key == "cumprida")
            return Verdict::Met;
        if (key == "not met" || key == "non rempli" || key == "non remplie" ||
            key == "nao cumprido" || key == "nao cumprida")
            return Verdict::NotMet;
        report(t, r, col, unknownWord(field::kVerdict, typed, STR_EXPECT_VERDICT));
        return std::nullopt;
    }

    bool blankConditionRow(const RangeTable& t, std::size_t r) const {
        if (!blankRow(t, r, {cc::Id, cc::Condition, cc::Kind, cc::Tranche})) return false;
        for (std::size_t c = v2::kConditionFixedColumns; c < t.cells.shape().cols; ++c)
            if (!isBlank(at(t, r, c))) return false;
        return true;
    }

    void readConditions(const RangeTable& t) {
        model_.conditionsAt = placeOf(t);
        std::map<std::string, std::string> ids;
        for (std::size_t r = v2::kConditionHeaderRows; r < t.cells.shape().rows; ++r) {
            if (blankConditionRow(t, r)) continue;
            ::condtrack::Condition condition;
            condition.id = trim(text(t, r, cc::Id, field::kId));
            if (condition.id.empty())
                report(t, r, cc::Id, blank(field::kId));
            else
                unique(ids, condition.id, field::kId, t, r, cc::Id);
            condition.text = text(t, r, cc::Condition, field::kCondition);
            condition.kind = conditionKind(t, r).value_or(ConditionKind::General);
            condition.tranche = trim(text(t, r, cc::Tranche, field::kTranche));
            if (condition.kind == ConditionKind::Specific) {
                if (condition.tranche.empty())
                    report(t, r, cc::Tranche, blank(field::kTranche));
                else
                    checkTrancheLabel(t, r, cc::Tranche, condition.tranche);
            }
            condition.years.resize(model_.years.size());
            for (std::size_t k = 0; k < model_.years.size(); ++k) {
                const std::size_t c0 = v2::kConditionFixedColumns + k * v2::kConditionYearColumns;
                if (c0 + v2::kConditionYearColumns > t.cells.shape().cols) continue;
                condition.years[k].verdict = verdict(t, r, c0 + v2::Verdict);
                condition.years[k].evidence =
                    text(t, r, c0 + v2::ConditionEvidence, field::kEvidence);
                condition.years[k].notes = text(t, r, c0 + v2::Notes, field::kNotes);
            }
            condition.sheetRow = sheetRow(t, r);
            model_.conditions.push_back(std::move(condition));
        }
        for (auto& tranche : model_.tranches)
            tranche.generalConditions = model_.generalConditionsMet(tranche.year);
    }

    // --- Version 1 as version 2 says it ------------------------------------------

    void completeVersion1() {
        for (auto& tranche : model_.tranches) {
            tranche.baseCeiling = tranche.ceiling;
            tranche.payable = tranche.computed;
        }
        for (auto& indicator : model_.indicators)
            for (std::size_t k = 0; k < indicator.years.size(); ++k) {
                IndicatorYear& y = indicator.years[k];
                y.weight = indicator.weight;
                if (!y.waived) continue;
                WaiverRule rule = WaiverRule::Reallocate;
                for (const auto& tranche : model_.tranches)
                    if (tranche.year == model_.years[k].year &&
                        tranche.type == TrancheType::Variable)
                        rule = tranche.rule;
                y.decision = {
                    rule == WaiverRule::Transfer ? Decision::Transfer : Decision::Reallocate, true};
            }
    }

    Date nullDate_;
    Language language_;
    bool v2_ = false;
    std::size_t yearColumns_ = layout::kIndicatorYearColumns;
    TrackerModel model_;
    ReadResult result_;
    std::size_t found_ = 0;
    bool yearsRead_ = false;
    bool indicatorsRead_ = false;
    bool milestonesRead_ = false;
    std::map<std::string, std::string> indicatorIds_; // ID -> its cell
    std::map<std::string, std::string> milestoneIds_;
    std::set<std::string> trancheLabels_; // as conditions and bands name them
};

} // namespace

bool hasTracker(const TrackerTables& tables) {
    return tables.years || tables.reviews || tables.indicators || tables.tranches ||
           tables.milestones || tables.log || tables.conditions || tables.bands;
}

std::string problemText(const LayoutProblem& problem) {
    if (problem.sheet.empty()) return problem.why;
    if (problem.cell.empty()) return problem.sheet + ": " + problem.why;
    return problem.sheet + "." + problem.cell + ": " + problem.why;
}

ReadResult readTracker(const TrackerTables& tables, Date nullDate, Language language) {
    return Reader(nullDate, language).run(tables);
}

} // namespace condtrack
