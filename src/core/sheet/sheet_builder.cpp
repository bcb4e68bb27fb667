#include "sheet/sheet_builder.hpp"

#include <algorithm>
#include <map>
#include <utility>

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

void SheetBuilder::note(int row, int col, std::string value, CellStyle style) {
    PlannedCell cell{row, col, Kind::Text, std::move(value), 0.0, style};
    cell.spills = true;
    add(std::move(cell));
}

void SheetBuilder::add(PlannedCell cell) {
    sheet_.usedColumns = std::max(sheet_.usedColumns, cell.col + 1);
    sheet_.cells.push_back(std::move(cell));
}

namespace {

bool holdsNumber(const PlannedCell& cell) {
    switch (cell.kind) {
    case Kind::Number: return true;
    case Kind::Formula:
    case Kind::ArrayFormula:
    case Kind::Empty:
        return cell.style == CellStyle::Money || cell.style == CellStyle::Percent ||
               cell.style == CellStyle::Date;
    case Kind::Text: return false;
    }
    return false;
}

} // namespace

void alignHeadersOverNumbers(PlannedSheet& sheet) {
    std::map<std::pair<int, int>, const PlannedCell*> at;
    for (const auto& cell : sheet.cells)
        at[{cell.row, cell.col}] = &cell;
    std::vector<std::size_t> right;
    for (std::size_t i = 0; i < sheet.cells.size(); ++i) {
        const PlannedCell& cell = sheet.cells[i];
        if (cell.style != CellStyle::Header) continue;
        const auto below = at.find({cell.row + 1, cell.col});
        if (below != at.end() && holdsNumber(*below->second)) right.push_back(i);
    }
    for (const std::size_t i : right)
        sheet.cells[i].align = Align::Right;
}

} // namespace condtrack
