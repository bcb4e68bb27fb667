#pragma once

#include "sheet/cell.hpp"

#include <initializer_list>

namespace condtrack::test {

inline CellGrid column(std::initializer_list<Cell> cells) {
    return CellGrid(Shape{cells.size(), 1}, std::vector<Cell>(cells));
}
inline CellGrid row(std::initializer_list<Cell> cells) {
    return CellGrid(Shape{1, cells.size()}, std::vector<Cell>(cells));
}
inline CellGrid one(Cell cell) {
    return CellGrid::single(std::move(cell));
}
inline Cell text(const char* s) {
    return Cell{std::string(s)};
}
inline const Cell kEmpty = Cell{std::string()}; // an empty cell inside a range

inline double num(const Cell& cell) {
    return std::get<double>(cell);
}
inline std::string str(const Cell& cell) {
    return std::get<std::string>(cell);
}

} // namespace condtrack::test
