#pragma once

// Writes the cells of one planned sheet: by position (SheetBuilder), or row
// after row down the sheet (RowWriter). Both keep the sheet's used columns,
// so that the UNO layer sizes them to their contents.

#include "sheet/workbook_plan.hpp"

#include <string>
#include <vector>

namespace condtrack {

class SheetBuilder {
  public:
    explicit SheetBuilder(PlannedSheet& sheet) : sheet_(sheet) {}

    void text(int row, int col, std::string value, CellStyle style = CellStyle::Plain);
    void number(int row, int col, double value, CellStyle style = CellStyle::Plain);
    void formula(int row, int col, std::string value, CellStyle style = CellStyle::Plain);
    // A one-cell array formula (PlannedCell::Kind::ArrayFormula).
    void arrayFormula(int row, int col, std::string value, CellStyle style = CellStyle::Plain);
    // A style on a cell left empty (a date column to fill in).
    void styled(int row, int col, CellStyle style);
    // Header-styled labels from (row, col) rightwards.
    void headers(int row, int col, const std::vector<std::string>& labels);
    // Text that may run over the empty cells to its right (PlannedCell::spills).
    void note(int row, int col, std::string value, CellStyle style = CellStyle::Plain);

  private:
    void add(PlannedCell cell);
    PlannedSheet& sheet_;
};

class RowWriter {
  public:
    explicit RowWriter(PlannedSheet& sheet) : cells_(sheet) {}

    int row() const { return row_; }
    void next() { ++row_; }
    void skip(int rows = 1) { row_ += rows; }

    void text(int col, const std::string& value, CellStyle style = CellStyle::Plain) {
        cells_.text(row_, col, value, style);
    }
    void number(int col, double value, CellStyle style = CellStyle::Plain) {
        cells_.number(row_, col, value, style);
    }
    void note(int col, const std::string& value, CellStyle style = CellStyle::Plain) {
        cells_.note(row_, col, value, style);
    }
    // A header row from column A, then the next row.
    void headers(const std::vector<std::string>& labels) {
        cells_.headers(row_, 0, labels);
        ++row_;
    }

  private:
    SheetBuilder cells_;
    int row_ = 0;
};

// Numbers read against a right edge: a header cell with a number right
// below it (a value, a formula or a dated, priced or percent cell) is
// right-aligned over it.
void alignHeadersOverNumbers(PlannedSheet& sheet);

} // namespace condtrack
