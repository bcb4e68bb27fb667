#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace condtrack {

// What a spreadsheet cell holds as far as our functions care: nothing, a
// number (dates and booleans are numbers in Calc) or text (UTF-8).
struct Blank {
    bool operator==(const Blank&) const { return true; }
};
using Cell = std::variant<Blank, double, std::string>;

inline bool isBlank(const Cell& c) {
    // Calc hands an empty cell inside a range over as empty text.
    if (std::holds_alternative<Blank>(c)) return true;
    const auto* text = std::get_if<std::string>(&c);
    return text != nullptr && text->empty();
}

struct Shape {
    std::size_t rows = 1;
    std::size_t cols = 1;
    std::size_t size() const { return rows * cols; }
    bool operator==(const Shape& o) const { return rows == o.rows && cols == o.cols; }
    bool operator!=(const Shape& o) const { return !(*this == o); }
};

std::string describe(Shape s);

// A rectangular block of values in row-major order: a range, an inline
// array, or a single value as 1x1.
template <typename T> class Grid {
    static_assert(!std::is_same_v<T, bool>, "std::vector<bool> hands out proxies: use a Flag");

  public:
    Grid() : Grid(Shape{1, 1}) {}
    explicit Grid(Shape shape, T fill = T{}) : shape_(shape), cells_(shape.size(), fill) {}
    Grid(Shape shape, std::vector<T> cells) : shape_(shape), cells_(std::move(cells)) {}
    static Grid single(T value) { return Grid(Shape{1, 1}, std::vector<T>{std::move(value)}); }

    Shape shape() const { return shape_; }
    std::size_t size() const { return cells_.size(); }
    bool isSingle() const { return cells_.size() == 1; }
    const T& operator[](std::size_t i) const { return cells_[i]; }
    T& operator[](std::size_t i) { return cells_[i]; }
    const T& at(std::size_t row, std::size_t col) const { return cells_[row * shape_.cols + col]; }
    // A single value stands for every position of a larger shape.
    const T& broadcast(std::size_t i) const { return isSingle() ? cells_[0] : cells_[i]; }
    const std::vector<T>& cells() const { return cells_; }

  private:
    Shape shape_;
    std::vector<T> cells_;
};

using CellGrid = Grid<Cell>;

// A yes/no per cell (waived, eligible), stored as a byte so grids of it hand
// out real references.
enum class Flag : unsigned char { No, Yes };

} // namespace condtrack
