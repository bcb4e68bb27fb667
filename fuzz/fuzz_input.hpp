#pragma once

// Turns a fuzzer's bytes into spreadsheet values: numbers (NaN, infinities,
// denormals, huge and negative date serials...), texts (the English and French
// keywords, broken UTF-8, random bytes), cells, grids and dates. Reading past
// the end gives zeros, and zeros always choose the plainest valid value, so a
// short input is a small, mostly valid case and every loop ends.

#include "functions/arguments.hpp"
#include "functions/function_table.hpp"
#include "rules/calendar.hpp"
#include "sheet/cell.hpp"

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace condtrack::fuzz {

// A property of a result that must hold; thrown (and not caught by the
// targets) so libFuzzer reports a crash and the replay test a failure.
class Violation : public std::logic_error {
  public:
    using std::logic_error::logic_error;
};

// Checks a property; the message is only built when it fails.
#define FUZZ_REQUIRE(condition, what)                                                              \
    do {                                                                                           \
        if (!(condition)) throw ::condtrack::fuzz::Violation(what);                                \
    } while (false)

// What a cell is meant to hold; any cell may still come out as anything.
enum class Hint { Number, Fraction, Money, Date, Year, Whole, Flag, Keyword, Text };

class FuzzInput {
  public:
    FuzzInput(const std::uint8_t* data, std::size_t size) : data_(data), size_(size) {}

    bool exhausted() const { return pos_ >= size_; }
    std::size_t remaining() const { return exhausted() ? 0 : size_ - pos_; }

    std::uint8_t byte() { return pos_ < size_ ? data_[pos_++] : 0; }
    std::uint16_t u16();
    std::uint32_t u32();
    std::uint64_t u64();
    bool coin() { return (byte() & 1) != 0; }
    // True with probability about n/256; never with exhausted input.
    bool chance(unsigned n) { return byte() >= 256 - n; }
    // An integer in [lo, hi], from as few bytes as the range needs.
    long long between(long long lo, long long hi);

    double number(Hint hint = Hint::Number);
    double specialNumber();
    std::string text(Hint hint = Hint::Text);
    std::string keyword();
    Cell cell(Hint hint);

    // A valid date in 1400-9999, mostly in recent decades.
    Date date();
    // A document null date: Calc's three, or any date.
    Date nullDate();
    Language language() { return coin() ? Language::French : Language::English; }

    // A shape for arguments to share: mostly small, sometimes one big column.
    Shape shape();
    // A grid of `shape` (cells beyond the bytes repeat the ones read).
    CellGrid grid(Shape shape, Hint hint);
    // An argument: a single value, the shared shape, or another shape.
    CellGrid argument(Shape shared, Hint hint);
    // An optional argument, present or left out.
    Argument optional(Shape shared, Hint hint);

  private:
    const std::uint8_t* data_;
    std::size_t size_;
    std::size_t pos_ = 0;
};

// A date serial of `date` counted from nullDate.
double serialOf(Date date, Date nullDate);

} // namespace condtrack::fuzz
