// Every COND.* function on random arguments: single values and ranges of
// shared, other and big shapes; numbers including NaN, infinities, denormals
// and huge or negative date serials; keywords in English and French, random
// texts; optional arguments present or left out; any document null date.
// What a call returns is checked: its shape, finite numbers, scores in [0, 1],
// amounts within their ceiling, dates in the calendar and not before as_of,
// stable words.

#include "fuzz_input.hpp"
#include "targets.hpp"

#include "functions/function_table.hpp"
#include "functions/sheet_functions.hpp"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <set>
#include <string>

namespace condtrack::fuzz {

namespace {

// The shape ShapeJoin gives: that of the first argument that is not single.
Shape joined(std::initializer_list<const CellGrid*> grids) {
    for (const auto* grid : grids)
        if (grid != nullptr && !grid->isSingle()) return grid->shape();
    return Shape{1, 1};
}

const CellGrid* ptr(const Argument& argument) {
    return argument ? &*argument : nullptr;
}

std::string where(const char* function, std::size_t i) {
    return std::string(function) + ", result cell " + std::to_string(i) + ": ";
}

void requireShape(const CellGrid& result, Shape expected, const char* function) {
    FUZZ_REQUIRE(result.shape() == expected && result.size() == expected.size(),
                 std::string(function) + ": result is " + describe(result.shape()) + ", expected " +
                     describe(expected));
}

// A finite number; nullptr for text or blank.
const double* numberIn(const CellGrid& result, std::size_t i, const char* function) {
    const auto* value = std::get_if<double>(&result[i]);
    if (value != nullptr) FUZZ_REQUIRE(std::isfinite(*value), where(function, i) + "not finite");
    return value;
}

void requireWord(const CellGrid& result, std::size_t i, const char* function,
                 std::initializer_list<const char*> words, bool blankAllowed) {
    const Cell& cell = result[i];
    if (blankAllowed && std::holds_alternative<Blank>(cell)) return;
    const auto* text = std::get_if<std::string>(&cell);
    FUZZ_REQUIRE(text != nullptr, where(function, i) + "expected a word");
    FUZZ_REQUIRE(std::find_if(words.begin(), words.end(),
                              [&](const char* w) { return *text == w; }) != words.end(),
                 where(function, i) + "unexpected word \"" + *text + "\"");
}

// The number at position i of an argument (single values broadcast), if any.
std::optional<double> cellNumber(const CellGrid& grid, std::size_t i) {
    const auto* value = std::get_if<double>(&grid.broadcast(i));
    if (value == nullptr || !std::isfinite(*value)) return std::nullopt;
    return *value;
}

// Within [0, limit] up to rounding.
void requireWithin(double value, double limit, const char* function, std::size_t i) {
    FUZZ_REQUIRE(value >= 0.0, where(function, i) + "negative: " + std::to_string(value));
    FUZZ_REQUIRE(value <= limit + std::fabs(limit) * 1e-9 + 1e-9,
                 where(function, i) + std::to_string(value) + " exceeds " + std::to_string(limit));
}

void requireDateSerial(double serial, Date nullDate, const char* function, std::size_t i) {
    FUZZ_REQUIRE(serial == std::floor(serial), where(function, i) + "date serial is not whole");
    try {
        (void)dateFromSerial(serial, nullDate);
    } catch (const InvalidArgument&) {
        throw Violation(where(function, i) +
                        "date serial outside the calendar: " + std::to_string(serial));
    }
}

// Holidays: any dates, or a block of consecutive days around the first
// review (which rolling must give up on after a year, not loop over).
Argument holidaysFor(FuzzInput& in, Shape shared, const CellGrid& first) {
    if (!in.chance(48)) return in.optional(in.coin() ? in.shape() : shared, Hint::Date);
    const auto* start = std::get_if<double>(&first[0]);
    if (start == nullptr || !std::isfinite(*start) || std::fabs(*start) > 4e6) return std::nullopt;
    const auto length = static_cast<std::size_t>(in.between(1, 800));
    const double from = std::floor(*start) - static_cast<double>(in.between(0, 400));
    CellGrid block(Shape{length, 1});
    for (std::size_t i = 0; i < length; ++i)
        block[i] = from + static_cast<double>(i);
    return block;
}

void score(FuzzInput& in, Shape shared) {
    const auto actual = in.argument(shared, Hint::Number);
    const auto baseline = in.argument(shared, Hint::Number);
    const auto target = in.argument(shared, Hint::Number);
    const auto method = in.optional(shared, Hint::Keyword);
    const auto threshold = in.optional(shared, Hint::Fraction);
    const auto result = sheet::score(actual, baseline, target, method, threshold);
    requireShape(result, joined({&actual, &baseline, &target, ptr(method), ptr(threshold)}),
                 "score");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* s = numberIn(result, i, "score"))
            FUZZ_REQUIRE(*s >= 0.0 && *s <= 1.0, where("score", i) + "outside [0, 1]");
        else
            FUZZ_REQUIRE(isBlank(result[i]), where("score", i) + "text other than pending");
    }
}

void status(FuzzInput& in, Shape shared) {
    const auto scores = in.argument(shared, Hint::Fraction);
    const auto partialFrom = in.optional(shared, Hint::Fraction);
    const auto result = sheet::status(scores, partialFrom);
    requireShape(result, joined({&scores, ptr(partialFrom)}), "status");
    for (std::size_t i = 0; i < result.size(); ++i)
        requireWord(result, i, "status", {"met", "partial", "not met", "pending"}, false);
}

void tranche(FuzzInput& in, Shape shared) {
    const auto ceiling = in.argument(shared, Hint::Money);
    // Weights and scores are one list of indicators, usually of the same shape.
    const Shape indicators = in.coin() ? in.shape() : shared;
    const auto weights = in.argument(indicators, Hint::Number);
    const auto scores = in.coin() ? in.grid(weights.shape(), Hint::Fraction)
                                  : in.argument(indicators, Hint::Fraction);
    const auto waived = in.optional(indicators, Hint::Flag);
    const auto rule = in.optional(shared, Hint::Keyword);
    const auto eligible = in.optional(shared, Hint::Flag);
    const auto result = sheet::tranche(ceiling, weights, scores, waived, rule, eligible);
    requireShape(result, joined({&ceiling, ptr(rule), ptr(eligible)}), "tranche");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* amount = numberIn(result, i, "tranche")) {
            const auto limit = cellNumber(ceiling, i);
            FUZZ_REQUIRE(limit.has_value(), where("tranche", i) + "an amount without a ceiling");
            requireWithin(*amount, *limit, "tranche", i);
        } else {
            FUZZ_REQUIRE(std::holds_alternative<Blank>(result[i]), where("tranche", i) + "text");
        }
    }
}

void transfer(FuzzInput& in, Shape shared) {
    const auto ceiling = in.argument(shared, Hint::Money);
    const Shape indicators = in.coin() ? in.shape() : shared;
    const auto weights = in.argument(indicators, Hint::Number);
    const auto waived =
        in.coin() ? in.grid(weights.shape(), Hint::Flag) : in.argument(indicators, Hint::Flag);
    const auto result = sheet::transfer(ceiling, weights, waived);
    requireShape(result, ceiling.shape(), "transfer");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* amount = numberIn(result, i, "transfer")) {
            const auto limit = cellNumber(ceiling, i);
            FUZZ_REQUIRE(limit.has_value(), where("transfer", i) + "an amount without a ceiling");
            requireWithin(*amount, *limit, "transfer", i);
        } else {
            FUZZ_REQUIRE(std::holds_alternative<Blank>(result[i]), where("transfer", i) + "text");
        }
    }
}

void dli(FuzzInput& in, Shape shared) {
    const auto unitValue = in.argument(shared, Hint::Money);
    const auto reported = in.argument(shared, Hint::Number);
    const auto verified = in.argument(shared, Hint::Number);
    const auto allocation = in.argument(shared, Hint::Money);
    const auto paid = in.optional(shared, Hint::Money);
    const auto minRatio = in.optional(shared, Hint::Fraction);
    const auto result = sheet::dli(unitValue, reported, verified, allocation, paid, minRatio);
    requireShape(result,
                 joined({&unitValue, &reported, &verified, &allocation, ptr(paid), ptr(minRatio)}),
                 "dli");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* amount = numberIn(result, i, "dli")) {
            const auto limit = cellNumber(allocation, i);
            FUZZ_REQUIRE(limit.has_value(), where("dli", i) + "a payment without an allocation");
            requireWithin(*amount, *limit, "dli", i);
        } else {
            FUZZ_REQUIRE(isBlank(result[i]), where("dli", i) + "text other than pending");
        }
    }
}

void nextReview(FuzzInput& in, Shape shared, const DateContext& dates) {
    const auto first = in.argument(shared, Hint::Date);
    const auto months = in.argument(shared, Hint::Whole);
    const auto asOf = in.optional(shared, Hint::Date);
    const auto holidays = holidaysFor(in, shared, first);
    const auto roll = in.optional(shared, Hint::Keyword);
    const auto result = sheet::nextReview(dates, first, months, asOf, holidays, roll);
    requireShape(result, joined({&first, &months, ptr(asOf), ptr(roll)}), "nextReview");
    for (std::size_t i = 0; i < result.size(); ++i) {
        const double* serial = numberIn(result, i, "nextReview");
        if (serial == nullptr) {
            FUZZ_REQUIRE(std::holds_alternative<Blank>(result[i]), where("nextReview", i) + "text");
            continue;
        }
        requireDateSerial(*serial, dates.nullDate, "nextReview", i);
        std::optional<Date> from = dates.today;
        if (asOf) from = optionalDate(asOf->broadcast(i), dates.nullDate).value_or(dates.today);
        FUZZ_REQUIRE(*serial >= serialOf(*from, dates.nullDate),
                     where("nextReview", i) + "a review before as_of");
    }
}

void schedule(FuzzInput& in, Shape shared, const DateContext& dates) {
    // One row of schedules, or anything.
    if (in.coin()) shared = Shape{1, shared.cols};
    const auto first = in.argument(shared, Hint::Date);
    const auto months = in.argument(shared, Hint::Whole);
    const auto count = in.argument(shared, Hint::Whole);
    const auto holidays = holidaysFor(in, shared, first);
    const auto roll = in.optional(shared, Hint::Keyword);
    const auto result = sheet::schedule(dates, first, months, count, holidays, roll);
    const Shape columns = joined({&first, &months, &count, ptr(roll)});
    double rows = 0;
    for (const auto& c : count.cells())
        rows = std::max(rows, std::get<double>(c));
    requireShape(result, Shape{static_cast<std::size_t>(rows), columns.cols}, "schedule");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* serial = numberIn(result, i, "schedule"))
            requireDateSerial(*serial, dates.nullDate, "schedule", i);
        else
            FUZZ_REQUIRE(isBlank(result[i]), where("schedule", i) + "text");
    }
}

void milestone(FuzzInput& in, Shape shared, const DateContext& dates) {
    const auto due = in.argument(shared, Hint::Date);
    const auto done = in.optional(shared, Hint::Date);
    const auto asOf = in.optional(shared, Hint::Date);
    const auto warnDays = in.optional(shared, Hint::Whole);
    const auto result = sheet::milestone(dates, due, done, asOf, warnDays);
    requireShape(result, joined({&due, ptr(done), ptr(asOf), ptr(warnDays)}), "milestone");
    for (std::size_t i = 0; i < result.size(); ++i)
        requireWord(result, i, "milestone",
                    {"done", "done late", "overdue", "due soon", "on track"}, true);
}

void daysLate(FuzzInput& in, Shape shared, const DateContext& dates) {
    const auto due = in.argument(shared, Hint::Date);
    const auto done = in.optional(shared, Hint::Date);
    const auto asOf = in.optional(shared, Hint::Date);
    const auto result = sheet::daysLate(dates, due, done, asOf);
    requireShape(result, joined({&due, ptr(done), ptr(asOf)}), "daysLate");
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (const double* days = numberIn(result, i, "daysLate"))
            FUZZ_REQUIRE(*days >= 0.0 && *days == std::floor(*days),
                         where("daysLate", i) + "not a whole number of days >= 0");
        else
            FUZZ_REQUIRE(std::holds_alternative<Blank>(result[i]), where("daysLate", i) + "text");
    }
}

void verifyLog(FuzzInput& in) {
    const Shape shape{static_cast<std::size_t>(1 + in.byte() % 12),
                      in.coin() ? static_cast<std::size_t>(1 + in.byte() % 12) : kLogColumnCount};
    const auto log = in.grid(shape, Hint::Text);
    const auto result = sheet::verifyLog(log);
    requireShape(result, Shape{1, 1}, "verifyLog");
    if (const double* row = numberIn(result, 0, "verifyLog"))
        FUZZ_REQUIRE(*row >= 1 && *row <= static_cast<double>(shape.rows) &&
                         *row == std::floor(*row),
                     "verifyLog: row out of the range");
    else
        FUZZ_REQUIRE(std::get<std::string>(result[0]) == "TRUE", "verifyLog: text other than TRUE");
}

void functionTable(FuzzInput& in) {
    for (const auto& function : condtrack::functionTable())
        (void)argumentAt(function, static_cast<int>(static_cast<std::int8_t>(in.byte())));
    FUZZ_REQUIRE(!sheet::version().empty(), "version: empty");
}

} // namespace

void sheetFunctions(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    const int which = in.byte() % 11;
    DateContext dates;
    dates.nullDate = in.nullDate();
    dates.today = in.date();
    const Shape shared = in.shape();
    try {
        switch (which) {
        case 0: score(in, shared); break;
        case 1: status(in, shared); break;
        case 2: tranche(in, shared); break;
        case 3: transfer(in, shared); break;
        case 4: dli(in, shared); break;
        case 5: nextReview(in, shared, dates); break;
        case 6: schedule(in, shared, dates); break;
        case 7: milestone(in, shared, dates); break;
        case 8: daysLate(in, shared, dates); break;
        case 9: verifyLog(in); break;
        default: functionTable(in); break;
        }
    } catch (const InvalidArgument& e) {
        // The core's answer to bad input (Err:502): it must say why.
        FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
    }
}

} // namespace condtrack::fuzz
