#pragma once

// Reading spreadsheet arguments into typed values: the conventions every
// function shares (blanks, "0 means not given", shapes, dates as serials).

#include "rules/calendar.hpp"
#include "rules/errors.hpp"
#include "sheet/cell.hpp"

#include <optional>
#include <string>
#include <string_view>

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

// Parses every cell of a grid, naming the argument and the cell in the error.
template <typename T, typename Parse>
Grid<T> parseGrid(const CellGrid& grid, std::string_view name, Parse parse);

std::string cellPosition(const CellGrid& grid, std::size_t index);

// The per-cell conventions.
std::optional<double> number(const Cell& cell);                    // blank -> nullopt
double requiredNumber(const Cell& cell);                           // blank -> error
std::optional<double> optionalSetting(const Cell& cell);           // blank or 0 -> nullopt
std::optional<Date> optionalDate(const Cell& cell, Date nullDate); // blank or 0 -> nullopt
std::string keywordText(const Cell& cell);                         // blank or 0 -> ""
bool flag(const Cell& cell); // blank, 0/FALSE -> false; 1/TRUE -> true
int wholeNumber(double value, int min, int max);

template <typename T, typename Parse>
Grid<T> parseGrid(const CellGrid& grid, std::string_view name, Parse parse) {
    std::vector<T> out;
    out.reserve(grid.size());
    for (std::size_t i = 0; i < grid.size(); ++i) {
        try {
            out.push_back(parse(grid[i]));
        } catch (const InvalidArgument& e) {
            throw InvalidArgument(std::string(name) + cellPosition(grid, i) + ": " + e.what());
        }
    }
    return Grid<T>(grid.shape(), std::move(out));
}

// An omitted argument parses as its default, a 1x1 grid.
template <typename T, typename Parse>
Grid<T> parseArgument(const Argument& argument, std::string_view name, T fallback, Parse parse) {
    if (!argument) return Grid<T>::single(std::move(fallback));
    return parseGrid<T>(*argument, name, parse);
}

} // namespace condtrack
