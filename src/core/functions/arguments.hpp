#pragma once

// Reading spreadsheet arguments into typed values: the conventions every
// function shares (blanks, "0 means not given", shapes, dates as serials).

#include "rules/calendar.hpp"
#include "rules/errors.hpp"
#include "sheet/cell.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace condtrack {

// An optional argument: nullopt when the user left it out of the formula.
using Argument = std::optional<CellGrid>;

// Where date serial numbers start in this document, and what "today" is.
struct DateContext {
    Date nullDate{1899, 12, 30};
    Date today{1899, 12, 30};
};

Date dateFromSerial(double serial, Date nullDate);
double serialFromDate(Date date, Date nullDate);

// The shape that several arguments share; single values stand for any shape.
// Arguments of other shapes are an input error.
class ShapeJoin {
  public:
    ShapeJoin& add(std::string_view name, const CellGrid& grid);
    ShapeJoin& add(std::string_view name, const Argument& argument);
    Shape shape() const { return shape_; }

  private:
    Shape shape_{1, 1};
    std::string owner_;
};

// An argument's cells after parsing, read position by position. A single
// value is held inline: per-row formulas pass single values, and a heap
// allocation per argument per call would cost more than the parsing itself.
template <typename T> class Values {
  public:
    explicit Values(T single) : single_(std::move(single)) {}
    explicit Values(std::vector<T> cells) : cells_(std::move(cells)) {}

    bool isSingle() const { return cells_.empty(); }
    std::size_t size() const { return isSingle() ? 1 : cells_.size(); }
    // A single value stands for every position of a larger shape.
    const T& broadcast(std::size_t i) const { return isSingle() ? single_ : cells_[i]; }
    const T& operator[](std::size_t i) const { return broadcast(i); }

  private:
    T single_{};
    std::vector<T> cells_;
};

// Parses every cell of a grid, naming the argument and the cell in the error.
template <typename T, typename Parse>
Values<T> parseGrid(const CellGrid& grid, std::string_view name, Parse parse);

std::string cellPosition(const CellGrid& grid, std::size_t index);

// The per-cell conventions.
std::optional<double> number(const Cell& cell);                    // blank -> nullopt
double requiredNumber(const Cell& cell);                           // blank -> error
std::optional<double> optionalSetting(const Cell& cell);           // blank or 0 -> nullopt
std::optional<Date> optionalDate(const Cell& cell, Date nullDate); // blank or 0 -> nullopt
std::string keywordText(const Cell& cell);                         // blank or 0 -> ""
bool flag(const Cell& cell); // blank, 0/FALSE -> false; 1/TRUE -> true
int wholeNumber(double value, int min, int max);

// Names the argument and, in a range, the cell; kept out of line so that the
// parsing loops stay small.
[[noreturn]] void rethrowNamed(const InvalidArgument& error, std::string_view name,
                               const CellGrid& grid, std::size_t index);

template <typename T, typename Parse>
Values<T> parseGrid(const CellGrid& grid, std::string_view name, Parse parse) {
    std::size_t i = 0;
    try {
        if (grid.isSingle()) return Values<T>(parse(grid[0]));
        std::vector<T> out;
        out.reserve(grid.size());
        for (; i < grid.size(); ++i)
            out.push_back(parse(grid[i]));
        return Values<T>(std::move(out));
    } catch (const InvalidArgument& e) {
        rethrowNamed(e, name, grid, i);
    }
}

// An omitted argument parses as its default, a single value.
template <typename T, typename Parse>
Values<T> parseArgument(const Argument& argument, std::string_view name, T fallback, Parse parse) {
    if (!argument) return Values<T>(std::move(fallback));
    return parseGrid<T>(*argument, name, parse);
}

} // namespace condtrack
