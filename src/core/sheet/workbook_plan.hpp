#pragma once

// A description of sheets to write into a workbook: cells, formulas, formats
// and named ranges. The core builds plans (the new-tracker template); the UNO
// layer applies them to a document in one undo step.

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace condtrack {

enum class CellStyle {
    Plain,
    Header,
    Title,
    Date,
    Money,
    Percent,
    // Status colours (backgrounds), as the panels show them.
    Good,
    Warning,
    Bad,
    Muted,
};

enum class Align { Default, Right };

struct PlannedCell {
    // ArrayFormula: a one-cell array formula, so that the expressions inside
    // a COND.* argument (IF over a range) are evaluated as arrays; Calc
    // otherwise intersects them with the formula's row. Empty: only a style.
    enum class Kind { Text, Number, Formula, ArrayFormula, Empty };
    int row = 0; // 0-based
    int col = 0;
    Kind kind = Kind::Text;
    std::string text; // the text, or the formula in Calc's English API syntax
    double number = 0.0;
    CellStyle style = CellStyle::Plain;
    Align align = Align::Default;
    // Text that runs over the empty cells to its right (a section title, a
    // note): its column is not sized to it. Title cells always spill.
    bool spills = false;
};

// How a sheet prints: A4, as many pages wide as given, as many down as the
// rows need, the first rows repeated on every page, a page header in three
// parts and a footer "page N of M" (the text around the two numbers).
struct PageSetup {
    bool landscape = true;
    int pagesWide = 1;
    int repeatedRows = 0;       // rows from the top repeated on every page
    std::vector<int> newPageAt; // rows that start a new page
    std::string headerLeft, headerCentre, headerRight;
    std::string beforePage, betweenPages, afterPages; // "Page ", " of ", ""
};

struct PlannedSheet {
    std::string name;
    std::vector<PlannedCell> cells;
    int usedColumns = 0; // columns to size to their contents
    // Per column from A: text wider than this wraps (0 or no entry: no limit).
    // Only for columns whose numbers are narrower, which would show as ###.
    std::vector<int> maxColumnWidthMm = {};
    std::optional<PageSetup> page = std::nullopt; // nullopt: the document's default page style
};

struct PlannedName {
    std::string name;
    int sheet = 0; // index into WorkbookPlan::sheets
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
};

// A column chart over a block of a planned sheet: first row = series names,
// first column = categories.
struct PlannedChart {
    std::string name;
    std::string title;
    int sheet = 0; // index into WorkbookPlan::sheets
    int firstRow = 0, firstCol = 0, lastRow = 0, lastCol = 0;
    int anchorRow = 0, anchorCol = 0; // top-left cell of the chart
    int widthMm = 120, heightMm = 70;
};

struct WorkbookPlan {
    std::vector<PlannedSheet> sheets;
    // The ISO 4217 code Money cells show after the amount ("" for none).
    std::string currency;
    std::vector<PlannedName> names;
    std::vector<PlannedChart> charts;
};

// What applying a plan would overwrite: a sheet or a named range of the same name.
struct Collision {
    enum class Kind { NamedRange, Sheet } kind;
    std::string name;
};
using NamePresent = std::function<bool(const std::string& name)>;
// The first clash with a workbook: a reserved range name it defines (in the
// order given), else a planned sheet whose name it has. The workbook is asked
// through `hasRange` and `hasSheet`, which compare names as it does.
std::optional<Collision> findCollision(const WorkbookPlan& plan,
                                       const std::vector<std::string>& reservedNames,
                                       const NamePresent& hasRange, const NamePresent& hasSheet);

// "A1"-style reference of a 0-based cell; absolute adds the $ signs.
std::string columnLetters(int col);
std::string cellRef(int row, int col, bool absolute = false);
// A reference to a range on a named sheet, as Calc's API formulas write it.
std::string sheetRangeRef(const std::string& sheet, int firstRow, int firstCol, int lastRow,
                          int lastCol);

} // namespace condtrack
