#include "sheet/workbook_plan.hpp"

namespace condtrack {

std::optional<Collision> findCollision(const WorkbookPlan& plan,
                                       const std::vector<std::string>& reservedNames,
                                       const NamePresent& hasRange, const NamePresent& hasSheet) {
    for (const auto& name : reservedNames)
        if (hasRange(name)) return Collision{Collision::Kind::NamedRange, name};
    for (const auto& sheet : plan.sheets)
        if (hasSheet(sheet.name)) return Collision{Collision::Kind::Sheet, sheet.name};
    return std::nullopt;
}

std::string columnLetters(int col) {
    std::string letters;
    for (int n = col + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string cellRef(int row, int col, bool absolute) {
    const std::string dollar = absolute ? "$" : "";
    return dollar + columnLetters(col) + dollar + std::to_string(row + 1);
}

std::string sheetRangeRef(const std::string& sheet, int firstRow, int firstCol, int lastRow,
                          int lastCol) {
    std::string quoted = sheet;
    if (sheet.find_first_not_of(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") !=
        std::string::npos) {
        quoted = "'";
        for (char c : sheet)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        quoted += "'";
    }
    return "$" + quoted + "." + cellRef(firstRow, firstCol, true) + ":" +
           cellRef(lastRow, lastCol, true);
}

} // namespace condtrack
