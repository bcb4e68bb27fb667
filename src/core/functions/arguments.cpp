#include "functions/arguments.hpp"

#include <cmath>

namespace condtrack {

namespace greg = boost::gregorian;

namespace {

// Calc's own limits are far inside this; it keeps the day count in range of
// a long before Boost checks the calendar.
constexpr double kMaxSerialMagnitude = 4.0e6;

} // namespace

Date dateFromSerial(double serial, Date nullDate) {
    if (!std::isfinite(serial) || std::fabs(serial) > kMaxSerialMagnitude)
        throw InvalidArgument("not a date serial number");
    // Boost's date arithmetic does not check the calendar's range: check the
    // day number first.
    static const long kFirst = Date(1400, 1, 1).day_number();
    static const long kLast = Date(9999, 12, 31).day_number();
    const long day =
        static_cast<long>(nullDate.day_number()) + static_cast<long>(std::floor(serial));
    if (day < kFirst || day > kLast) throw InvalidArgument("date outside years 1400-9999");
    return nullDate + greg::days(day - static_cast<long>(nullDate.day_number()));
}

double serialFromDate(Date date, Date nullDate) {
    return static_cast<double>((date - nullDate).days());
}

ShapeJoin& ShapeJoin::add(std::string_view name, const CellGrid& grid) {
    if (grid.isSingle()) return *this;
    if (owner_.empty()) {
        shape_ = grid.shape();
        owner_ = name;
    } else if (grid.shape() != shape_) {
        throw InvalidArgument(std::string(name) + " is " + describe(grid.shape()) + " but " +
                              owner_ + " is " + describe(shape_) +
                              ": ranges must have the same shape");
    }
    return *this;
}

ShapeJoin& ShapeJoin::add(std::string_view name, const Argument& argument) {
    return argument ? add(name, *argument) : *this;
}

std::string cellPosition(const CellGrid& grid, std::size_t index) {
    if (grid.isSingle()) return {};
    const auto cols = grid.shape().cols;
    return " (row " + std::to_string(index / cols + 1) + ", column " +
           std::to_string(index % cols + 1) + ")";
}

void rethrowNamed(const InvalidArgument& error, std::string_view name, const CellGrid& grid,
                  std::size_t index) {
    throw InvalidArgument(std::string(name) + cellPosition(grid, index) + ": " + error.what());
}

std::optional<double> number(const Cell& cell) {
    if (isBlank(cell)) return std::nullopt;
    if (const auto* value = std::get_if<double>(&cell)) {
        if (!std::isfinite(*value)) throw InvalidArgument("not a finite number");
        return *value;
    }
    throw InvalidArgument("expected a number, got text \"" + std::get<std::string>(cell) + "\"");
}

double requiredNumber(const Cell& cell) {
    const auto value = number(cell);
    if (!value) throw InvalidArgument("is blank");
    return *value;
}

std::optional<double> optionalSetting(const Cell& cell) {
    const auto value = number(cell);
    if (value && *value == 0.0) return std::nullopt;
    return value;
}

std::optional<Date> optionalDate(const Cell& cell, Date nullDate) {
    const auto serial = optionalSetting(cell);
    if (!serial) return std::nullopt;
    return dateFromSerial(*serial, nullDate);
}

std::string keywordText(const Cell& cell) {
    if (isBlank(cell)) return {};
    if (const auto* value = std::get_if<double>(&cell)) {
        if (*value == 0.0) return {};
        throw InvalidArgument("expected a keyword, got a number");
    }
    return std::get<std::string>(cell);
}

bool flag(const Cell& cell) {
    const auto value = number(cell);
    if (!value || *value == 0.0) return false;
    if (*value == 1.0) return true;
    throw InvalidArgument("expected TRUE/1 or FALSE/0");
}

int wholeNumber(double value, int min, int max) {
    if (!std::isfinite(value) || value != std::floor(value) || value < min || value > max)
        throw InvalidArgument("expected a whole number from " + std::to_string(min) + " to " +
                              std::to_string(max));
    return static_cast<int>(value);
}

} // namespace condtrack
