#include "functions/sheet_functions.hpp"

#include "rules/bands.hpp"
#include "rules/decision.hpp"
#include "rules/dli.hpp"
#include "rules/milestone.hpp"
#include "rules/scoring.hpp"
#include "rules/status.hpp"
#include "rules/tranche.hpp"
#include "version.hpp"

#include <algorithm>

namespace condtrack::sheet {

namespace {

using OptionalNumber = std::optional<double>;
using OptionalDate = std::optional<Date>;

Cell text(std::string_view word) {
    return Cell{std::string(word)};
}

Values<OptionalNumber> numbers(const CellGrid& grid, std::string_view name) {
    return parseGrid<OptionalNumber>(grid, name, number);
}

Values<OptionalNumber> settings(const Argument& argument, std::string_view name) {
    return parseArgument<OptionalNumber>(argument, name, std::nullopt, optionalSetting);
}

Values<OptionalDate> dateGrid(const CellGrid& grid, std::string_view name, Date nullDate) {
    return parseGrid<OptionalDate>(grid, name,
                                   [&](const Cell& cell) { return optionalDate(cell, nullDate); });
}

Values<OptionalDate> dateArgument(const Argument& argument, std::string_view name, Date nullDate) {
    if (!argument) return Values<OptionalDate>(std::nullopt);
    return dateGrid(*argument, name, nullDate);
}

template <typename Keyword, typename Parse>
Values<Keyword> keywords(const Argument& argument, std::string_view name, Parse parse) {
    return parseArgument<Keyword>(argument, name, parse(""),
                                  [&](const Cell& cell) { return parse(keywordText(cell)); });
}

Values<int> wholeNumbers(const CellGrid& grid, std::string_view name, int min, int max) {
    return parseGrid<int>(
        grid, name, [&](const Cell& cell) { return wholeNumber(requiredNumber(cell), min, max); });
}

// Runs `compute` for every position of the shared shape; an error names the
// position when the result is an array.
template <typename Compute> CellGrid elementwise(Shape shape, Compute compute) {
    if (shape.size() == 1) return CellGrid::single(compute(0));
    std::vector<Cell> cells;
    cells.reserve(shape.size());
    std::size_t i = 0;
    try {
        for (; i < shape.size(); ++i)
            cells.push_back(compute(i));
    } catch (const InvalidArgument& e) {
        throw InvalidArgument("at row " + std::to_string(i / shape.cols + 1) + ", column " +
                              std::to_string(i % shape.cols + 1) + ": " + e.what());
    }
    return CellGrid(shape, std::move(cells));
}

BusinessCalendar holidayCalendar(const Argument& holidays, Date nullDate) {
    if (!holidays) return {};
    const auto dates = dateGrid(*holidays, "holidays", nullDate);
    std::vector<Date> list;
    for (std::size_t i = 0; i < dates.size(); ++i)
        if (const auto& date = dates[i]) list.push_back(*date);
    return BusinessCalendar(std::move(list));
}

// Blank, none, FALSE or 0: no decision; TRUE or 1: waived (under the rule);
// a decision word in English, French or Portuguese.
Decision decisionOf(const Cell& cell) {
    if (const auto* value = std::get_if<double>(&cell)) {
        if (*value == 0.0) return Decision::None;
        if (*value == 1.0) return Decision::Waived;
        throw InvalidArgument("expected a decision (reallocate, transfer, reassess or none), "
                              "TRUE/1 or FALSE/0");
    }
    const std::string word = isBlank(cell) ? std::string() : std::get<std::string>(cell);
    if (const auto decision = parseDecision(word)) return *decision;
    throw InvalidArgument("unknown decision \"" + word +
                          "\" (expected reallocate, transfer, reassess or none)");
}

void requireSameShape(const CellGrid& weights, const CellGrid& other, std::string_view name) {
    if (weights.shape() != other.shape())
        throw InvalidArgument("weights is " + describe(weights.shape()) + " but " +
                              std::string(name) + " is " + describe(other.shape()) +
                              ": ranges must have the same shape");
}

// The indicators of the weights' rows; a row whose weight and score are both
// blank is left out (ranges may run past the data), unless it has a decision.
std::vector<WeightedIndicator> indicatorRows(const CellGrid& weightCells,
                                             const CellGrid& scoreCells,
                                             const Argument& decisionCells,
                                             const CellGrid* rescoreCells = nullptr) {
    ShapeJoin join;
    join.add("weights", weightCells);
    requireSameShape(weightCells, scoreCells, "scores");
    if (rescoreCells) requireSameShape(weightCells, *rescoreCells, "rescores");
    join.add("decisions", decisionCells);
    const auto weights = numbers(weightCells, "weights");
    const auto scores = numbers(scoreCells, "scores");
    const auto rescores =
        rescoreCells ? numbers(*rescoreCells, "rescores") : Values<OptionalNumber>(std::nullopt);
    const auto decisions =
        parseArgument<Decision>(decisionCells, "decisions", Decision::None, decisionOf);

    std::vector<WeightedIndicator> rows;
    rows.reserve(weights.size());
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const Decision decision = decisions.broadcast(i);
        if (!weights[i] && !scores[i]) {
            if (decision != Decision::None && !decisions.isSingle())
                throw InvalidArgument("decisions" + cellPosition(weightCells, i) +
                                      ": an indicator with a decision needs a weight");
            continue;
        }
        if (!weights[i])
            throw InvalidArgument("weights" + cellPosition(weightCells, i) + ": weight is blank");
        rows.push_back({*weights[i], scores[i], decision, rescores.broadcast(i)});
    }
    return rows;
}

// Bands from two parallel lists of cells; a pair left wholly blank is skipped
// (a table may hold room for more bands), nullopt when every pair is blank.
std::optional<PayoutBands> bandsOf(const std::vector<Cell>& lowers,
                                   const std::vector<Cell>& shares) {
    std::vector<PayoutBand> bands;
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < lowers.size(); ++i) {
        if (isBlank(lowers[i]) && isBlank(shares[i])) continue;
        const auto where = [&] { return "bands row " + std::to_string(i + 1) + ": "; };
        try {
            bands.push_back({requiredNumber(lowers[i]), 0.0});
        } catch (const InvalidArgument& e) {
            throw InvalidArgument(where() + "lower bound " + e.what());
        }
        try {
            bands.back().share = requiredNumber(shares[i]);
        } catch (const InvalidArgument& e) {
            throw InvalidArgument(where() + "share " + e.what());
        }
        rows.push_back(i + 1);
    }
    if (bands.empty()) return std::nullopt;
    return PayoutBands(std::move(bands), std::move(rows));
}

// The bands argument of COND.TRANCHE: two columns, lower bounds and shares.
std::optional<PayoutBands> bandTable(const Argument& table) {
    if (!table) return std::nullopt;
    const Shape shape = table->shape();
    if (table->isSingle()) {
        if (isBlank((*table)[0])) return std::nullopt;
        throw InvalidArgument("bands must be a range of two columns: lower bounds and shares");
    }
    if (shape.cols != 2)
        throw InvalidArgument("bands is " + describe(shape) +
                              ": it must have two columns, lower bounds and shares");
    std::vector<Cell> lowers, shares;
    for (std::size_t row = 0; row < shape.rows; ++row) {
        lowers.push_back((*table)[row * 2]);
        shares.push_back((*table)[row * 2 + 1]);
    }
    return bandsOf(lowers, shares);
}

// The indicators added up, after the first ceiling's own check, so that a
// bad ceiling is reported before a bad indicator as VariableTranche does.
IndicatorSums checkedIndicators(double firstCeiling,
                                const std::vector<WeightedIndicator>& indicators) {
    VariableTranche{firstCeiling, {}, WaiverRule::Reallocate, true, std::nullopt}.validate();
    return IndicatorSums(indicators);
}

Values<Flag> gateValues(const Argument& eligible) {
    return parseArgument<Flag>(eligible, "eligible", Flag::Yes, [](const Cell& cell) {
        // A blank inside a range is "not given"; 0 or FALSE closes the gate.
        return isBlank(cell) || flag(cell) ? Flag::Yes : Flag::No;
    });
}

// One amount per ceiling, the indicators added up once at the first ceiling
// (a blank ceiling checks nothing and stays blank).
template <typename Amount>
CellGrid perCeiling(Shape shape, const Values<OptionalNumber>& ceilings,
                    const std::vector<WeightedIndicator>& indicators, Amount amount) {
    std::optional<IndicatorSums> sums;
    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto& ceiling = ceilings.broadcast(i);
        if (!ceiling) return Blank{};
        if (!sums) sums.emplace(checkedIndicators(*ceiling, indicators));
        return Cell{amount(*sums, *ceiling, i)};
    });
}

Cell serialCell(Date date, Date nullDate) {
    return Cell{serialFromDate(date, nullDate)};
}

} // namespace

CellGrid score(const CellGrid& actual, const CellGrid& baseline, const CellGrid& target,
               const Argument& method, const Argument& threshold) {
    const Shape shape = ShapeJoin()
                            .add("actual", actual)
                            .add("baseline", baseline)
                            .add("target", target)
                            .add("method", method)
                            .add("threshold", threshold)
                            .shape();
    const auto actuals = numbers(actual, "actual");
    const auto baselines = numbers(baseline, "baseline");
    const auto targets = numbers(target, "target");
    const auto methods = keywords<ScoringMethod>(method, "method", parseScoringMethod);
    const auto thresholds = settings(threshold, "threshold");

    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto& a = actuals.broadcast(i);
        const auto& b = baselines.broadcast(i);
        const auto& t = targets.broadcast(i);
        const ScoringRule rule{methods.broadcast(i), thresholds.broadcast(i)};
        rule.validate();
        if (!a && !b && !t) return Blank{};
        if (!a) {
            // Not yet assessed: pending, even while a later year's target is blank;
            // a target equal to its baseline is an error already.
            if (b && t) Progress::of(*b, *b, *t);
            return text("");
        }
        if (!b) throw InvalidArgument("baseline is blank");
        if (!t) throw InvalidArgument("target is blank");
        return Cell{condtrack::score(Progress::of(*a, *b, *t), rule)};
    });
}

CellGrid status(const CellGrid& score, const Argument& partialFrom) {
    const Shape shape = ShapeJoin().add("score", score).add("partial_from", partialFrom).shape();
    const auto scores = numbers(score, "score");
    const auto partials = settings(partialFrom, "partial_from");
    return elementwise(shape, [&](std::size_t i) -> Cell {
        return text(keyword(classifyScore(scores.broadcast(i), partials.broadcast(i))));
    });
}

CellGrid tranche(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
                 const Argument& decisions, const Argument& rule, const Argument& eligible,
                 const Argument& bands) {
    const Shape shape =
        ShapeJoin().add("ceiling", ceiling).add("rule", rule).add("eligible", eligible).shape();
    const auto indicators = indicatorRows(weights, scores, decisions);
    const auto ceilings = numbers(ceiling, "ceiling");
    const auto rules = keywords<WaiverRule>(rule, "rule", parseWaiverRule);
    const auto gates = gateValues(eligible);
    const auto table = bandTable(bands);
    return perCeiling(
        shape, ceilings, indicators, [&](const IndicatorSums& sums, double amount, std::size_t i) {
            return sums.payable(amount, rules.broadcast(i), gates.broadcast(i) == Flag::Yes,
                                table ? &*table : nullptr);
        });
}

CellGrid transfer(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& decisions) {
    const auto indicators =
        indicatorRows(weights, CellGrid(weights.shape(), Cell{Blank{}}), decisions);
    const auto ceilings = numbers(ceiling, "ceiling");
    return perCeiling(ceiling.shape(), ceilings, indicators,
                      [](const IndicatorSums& sums, double amount, std::size_t) {
                          return sums.transferred(amount);
                      });
}

CellGrid held(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
              const CellGrid& decisions, const Argument& eligible) {
    const Shape shape = ShapeJoin().add("ceiling", ceiling).add("eligible", eligible).shape();
    const auto indicators = indicatorRows(weights, scores, decisions);
    const auto ceilings = numbers(ceiling, "ceiling");
    const auto gates = gateValues(eligible);
    return perCeiling(shape, ceilings, indicators,
                      [&](const IndicatorSums& sums, double amount, std::size_t i) {
                          return sums.held(amount, gates.broadcast(i) == Flag::Yes);
                      });
}

CellGrid released(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
                  const CellGrid& decisions, const CellGrid& rescores, const Argument& eligible) {
    const Shape shape = ShapeJoin().add("ceiling", ceiling).add("eligible", eligible).shape();
    const auto indicators = indicatorRows(weights, scores, decisions, &rescores);
    const auto ceilings = numbers(ceiling, "ceiling");
    const auto gates = gateValues(eligible);
    return perCeiling(shape, ceilings, indicators,
                      [&](const IndicatorSums& sums, double amount, std::size_t i) {
                          return sums.released(amount, gates.broadcast(i) == Flag::Yes);
                      });
}

CellGrid bands(const CellGrid& total, const CellGrid& lowerBounds, const CellGrid& shares) {
    if (lowerBounds.shape() != shares.shape())
        throw InvalidArgument("lower_bounds is " + describe(lowerBounds.shape()) +
                              " but shares is " + describe(shares.shape()) +
                              ": ranges must have the same shape");
    if (lowerBounds.shape().rows != 1 && lowerBounds.shape().cols != 1)
        throw InvalidArgument("lower_bounds and shares must be one column or one row");
    std::vector<Cell> lowers, parts;
    for (std::size_t i = 0; i < lowerBounds.size(); ++i) {
        lowers.push_back(lowerBounds[i]);
        parts.push_back(shares[i]);
    }
    const auto table = bandsOf(lowers, parts);
    if (!table) throw InvalidArgument("bands: no band given");
    const auto totals = numbers(total, "total");
    return elementwise(total.shape(), [&](std::size_t i) -> Cell {
        const auto& value = totals.broadcast(i);
        if (!value) return Blank{};
        return Cell{table->shareFor(*value)};
    });
}

CellGrid dli(const CellGrid& unitValue, const CellGrid& reported, const CellGrid& verified,
             const CellGrid& allocation, const Argument& paidToDate, const Argument& minRatio) {
    const Shape shape = ShapeJoin()
                            .add("unit_value", unitValue)
                            .add("reported", reported)
                            .add("verified", verified)
                            .add("allocation", allocation)
                            .add("paid_to_date", paidToDate)
                            .add("min_ratio", minRatio)
                            .shape();
    const auto units = numbers(unitValue, "unit_value");
    const auto reports = numbers(reported, "reported");
    const auto verifications = numbers(verified, "verified");
    const auto allocations = numbers(allocation, "allocation");
    const auto paid = settings(paidToDate, "paid_to_date");
    const auto ratios = settings(minRatio, "min_ratio");
    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto& unit = units.broadcast(i);
        const auto& rep = reports.broadcast(i);
        const auto& ver = verifications.broadcast(i);
        const auto& alloc = allocations.broadcast(i);
        if (!unit && !rep && !ver && !alloc) return Blank{};
        if (!unit) throw InvalidArgument("unit_value is blank");
        if (!alloc) throw InvalidArgument("allocation is blank");
        if (!rep || !ver) return text(""); // results not yet reported or verified
        const ScalableDli indicator{
            *unit, *alloc, paid.broadcast(i).value_or(0.0),
            ratios.broadcast(i).value_or(ScalableDli::kDefaultMinVerifiedRatio)};
        return Cell{indicator.payment(*rep, *ver)};
    });
}

CellGrid nextReview(const DateContext& dates, const CellGrid& first, const CellGrid& months,
                    const Argument& asOf, const Argument& holidays, const Argument& roll) {
    const Shape shape = ShapeJoin()
                            .add("first", first)
                            .add("months", months)
                            .add("as_of", asOf)
                            .add("roll", roll)
                            .shape();
    const auto firsts = dateGrid(first, "first", dates.nullDate);
    const auto steps = numbers(months, "months");
    const auto asOfs = dateArgument(asOf, "as_of", dates.nullDate);
    const auto rolls = keywords<RollConvention>(roll, "roll", parseRollConvention);
    const auto calendar = holidayCalendar(holidays, dates.nullDate);
    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto& start = firsts.broadcast(i);
        if (!start) {
            if (shape.size() == 1) throw InvalidArgument("first is blank");
            return Blank{};
        }
        const auto& step = steps.broadcast(i);
        if (!step) throw InvalidArgument("months is blank");
        const ReviewSchedule reviews(*start, wholeNumber(*step, 1, ReviewSchedule::kMaxMonths));
        const Date from = asOfs.broadcast(i).value_or(dates.today);
        return serialCell(reviews.nextOnOrAfter(from, calendar, rolls.broadcast(i)),
                          dates.nullDate);
    });
}

CellGrid schedule(const DateContext& dates, const CellGrid& first, const CellGrid& months,
                  const CellGrid& count, const Argument& holidays, const Argument& roll) {
    const Shape shape = ShapeJoin()
                            .add("first", first)
                            .add("months", months)
                            .add("count", count)
                            .add("roll", roll)
                            .shape();
    if (shape.rows != 1)
        throw InvalidArgument("first, months, count and roll must be single values or one row "
                              "(each column of the result is one schedule)");
    const auto firsts = dateGrid(first, "first", dates.nullDate);
    const auto steps = wholeNumbers(months, "months", 1, ReviewSchedule::kMaxMonths);
    const auto counts = wholeNumbers(count, "count", 1, ReviewSchedule::kMaxCount);
    const auto rolls = keywords<RollConvention>(roll, "roll", parseRollConvention);
    const auto calendar = holidayCalendar(holidays, dates.nullDate);

    int rows = 0;
    for (std::size_t i = 0; i < counts.size(); ++i)
        rows = std::max(rows, counts[i]);
    CellGrid result(Shape{static_cast<std::size_t>(rows), shape.cols}, Cell{std::string()});
    for (std::size_t col = 0; col < shape.cols; ++col) {
        const auto& start = firsts.broadcast(col);
        if (!start) throw InvalidArgument("first is blank");
        const ReviewSchedule reviews(*start, steps.broadcast(col));
        const auto series =
            reviews.firstReviews(counts.broadcast(col), calendar, rolls.broadcast(col));
        for (std::size_t row = 0; row < series.size(); ++row)
            result[row * shape.cols + col] = serialCell(series[row], dates.nullDate);
    }
    return result;
}

namespace {

// The milestone at position i; nullopt for a row left wholly blank in an
// array, which stays blank so that ranges may run past the data.
template <typename Dues, typename Dones>
std::optional<Milestone> milestoneAt(const Dues& dues, const Dones& dones, std::size_t i,
                                     const Shape& shape) {
    const auto& dueDate = dues.broadcast(i);
    const auto& doneDate = dones.broadcast(i);
    if (!dueDate) {
        if (!doneDate && shape.size() > 1) return std::nullopt;
        throw InvalidArgument("due is blank");
    }
    return Milestone{*dueDate, doneDate};
}

} // namespace

CellGrid milestone(const DateContext& dates, const CellGrid& due, const Argument& done,
                   const Argument& asOf, const Argument& warnDays) {
    const Shape shape = ShapeJoin()
                            .add("due", due)
                            .add("done", done)
                            .add("as_of", asOf)
                            .add("warn_days", warnDays)
                            .shape();
    const auto dues = dateGrid(due, "due", dates.nullDate);
    const auto dones = dateArgument(done, "done", dates.nullDate);
    const auto asOfs = dateArgument(asOf, "as_of", dates.nullDate);
    const auto warns = parseArgument<int>(
        warnDays, "warn_days", Milestone::kDefaultWarnDays, [](const Cell& cell) {
            const auto days = optionalSetting(cell);
            return days ? wholeNumber(*days, 0, 36500) : Milestone::kDefaultWarnDays;
        });
    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto m = milestoneAt(dues, dones, i, shape);
        if (!m) return Blank{};
        return text(
            keyword(m->status(asOfs.broadcast(i).value_or(dates.today), warns.broadcast(i))));
    });
}

CellGrid daysLate(const DateContext& dates, const CellGrid& due, const Argument& done,
                  const Argument& asOf) {
    const Shape shape = ShapeJoin().add("due", due).add("done", done).add("as_of", asOf).shape();
    const auto dues = dateGrid(due, "due", dates.nullDate);
    const auto dones = dateArgument(done, "done", dates.nullDate);
    const auto asOfs = dateArgument(asOf, "as_of", dates.nullDate);
    return elementwise(shape, [&](std::size_t i) -> Cell {
        const auto m = milestoneAt(dues, dones, i, shape);
        if (!m) return Blank{};
        return Cell{static_cast<double>(m->daysLate(asOfs.broadcast(i).value_or(dates.today)))};
    });
}

CellGrid verifyLog(const CellGrid& log) {
    VerifyResult result;
    try {
        result = condtrack::verifyLog(log);
    } catch (const InvalidArgument& e) {
        throw InvalidArgument(std::string("log_range: ") + e.what());
    }
    if (result.intact()) return CellGrid::single(text("TRUE"));
    return CellGrid::single(Cell{static_cast<double>(*result.firstBadRow)});
}

std::string version() {
    return kVersion;
}

} // namespace condtrack::sheet
