#include "sheet/sheet_builder.hpp"

#include <algorithm>

namespace condtrack {

using Kind = PlannedCell::Kind;

void SheetBuilder::text(int row, int col, std::string value, CellStyle style) {
    add({row, col, Kind::Text, std::move(value), 0.0, style});
}

void SheetBuilder::number(int row, int col, double value, CellStyle style) {
    add({row, col, Kind::Number, {}, value, style});
}

void SheetBuilder::formula(int row, int col, std::string value, CellStyle style) {
    add({row, col, Kind::Formula, std::move(value), 0.0, style});
}

void SheetBuilder::arrayFormula(int row, int col, std::string value, CellStyle style) {
    add({row, col, Kind::ArrayFormula, std::move(value), 0.0, style});
}

void SheetBuilder::styled(int row, int col, CellStyle style) {
    add({row, col, Kind::Empty, {}, 0.0, style});
}

void SheetBuilder::headers(int row, int col, const std::vector<std::string>& labels) {
    for (std::size_t i = 0; i < labels.size(); ++i)
        text(row, col + static_cast<int>(i), labels[i], CellStyle::Header);
}

void SheetBuilder::add(PlannedCell cell) {
    sheet_.usedColumns = std::max(sheet_.usedColumns, cell.col + 1);
    sheet_.cells.push_back(std::move(cell));
}

} // namespace condtrack
