// The tracker layout is defined once: the template writes it, the reader
// reads it back, New tracker's clash check reserves every one of its names,
// and docs/tracker-layout.md describes it column by column.

#include "iati/import_plan.hpp"
#include "tracker/layout.hpp"
#include "tracker/reader.hpp"
#include "tracker/template.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

using namespace condtrack;

namespace {

const PlannedName* findName(const WorkbookPlan& plan, const std::string& wanted) {
    const auto it = std::find_if(plan.names.begin(), plan.names.end(),
                                 [&](const PlannedName& n) { return n.name == wanted; });
    return it == plan.names.end() ? nullptr : &*it;
}

const PlannedCell* cellAt(const PlannedSheet& sheet, int row, int col) {
    for (const auto& cell : sheet.cells)
        if (cell.row == row && cell.col == col) return &cell;
    return nullptr;
}

std::string textAt(const PlannedSheet& sheet, int row, int col) {
    const PlannedCell* cell = cellAt(sheet, row, col);
    return cell != nullptr && cell->kind == PlannedCell::Kind::Text ? cell->text : "<none>";
}

// Every header a range's last header row carries, in column order.
std::vector<TranslateId> columnHeaders(const layout::v2::RangeLayout& range, int years) {
    std::vector<TranslateId> headers = range.headers;
    for (int y = 0; y < years; ++y)
        headers.insert(headers.end(), range.blockHeaders.begin(), range.blockHeaders.end());
    return headers;
}

TrackerOptions optionsFor(Language language, int years) {
    TrackerOptions options;
    options.language = language;
    options.firstYear = 2018;
    options.years = years;
    options.indicators = 4;
    options.milestones = 5;
    return options;
}

class EveryLayout : public ::testing::TestWithParam<std::pair<Language, int>> {};

} // namespace

TEST_P(EveryLayout, TemplateDefinesEveryRangeWithTheLayoutsWidthAndHeaders) {
    const auto [language, years] = GetParam();
    const WorkbookPlan plan = newTrackerPlan(optionsFor(language, years));
    ASSERT_EQ(plan.sheets.size(), static_cast<std::size_t>(layout::v2::kSheetCount));
    for (const auto& range : layout::v2::ranges()) {
        SCOPED_TRACE(range.name);
        const PlannedName* name = findName(plan, range.name);
        ASSERT_NE(name, nullptr);
        EXPECT_EQ(name->sheet, layout::v2::sheetIndex(range.sheet));
        EXPECT_EQ(plan.sheets.at(std::size_t(name->sheet)).name,
                  layout::inLanguage(layout::v2::sheetName(range.sheet), language));
        EXPECT_EQ(name->lastCol - name->firstCol + 1, range.width(years));
        EXPECT_GE(name->lastRow - name->firstRow + 1, range.headerRows);

        const auto headers = columnHeaders(range, years);
        ASSERT_EQ(static_cast<int>(headers.size()), range.width(years));
        const PlannedSheet& sheet = plan.sheets.at(std::size_t(name->sheet));
        const int headerRow = name->firstRow + range.headerRows - 1;
        for (std::size_t c = 0; c < headers.size(); ++c)
            EXPECT_EQ(textAt(sheet, headerRow, name->firstCol + int(c)),
                      layout::inLanguage(headers[c], language))
                << "column " << c;
    }
}

TEST_P(EveryLayout, ReaderReadsAFreshTemplateIntoAValidModel) {
    const auto [language, years] = GetParam();
    const TrackerOptions options = optionsFor(language, years);
    const TrackerTables tables = plannedTrackerTables(newTrackerPlan(options));
    const ReadResult result = readTracker(tables, Date(1899, 12, 30), language);
    ASSERT_TRUE(result.ok()) << (result.problems.empty() ? std::string("no model")
                                                         : problemText(result.problems[0]));
    const TrackerModel& model = *result.model;
    ASSERT_EQ(model.years.size(), static_cast<std::size_t>(years));
    EXPECT_EQ(model.years.front().year, 2018);
    EXPECT_EQ(model.years.back().year, 2018 + years - 1);
    ASSERT_EQ(model.indicators.size(), 4u);
    EXPECT_EQ(model.indicators.front().id, "IND-01");
    EXPECT_EQ(model.indicators.front().years.size(), static_cast<std::size_t>(years));
    EXPECT_EQ(model.tranches.size(), static_cast<std::size_t>(2 * years));
    EXPECT_TRUE(model.milestones.empty());
    ASSERT_TRUE(model.reviews.has_value());
    EXPECT_EQ(model.reviews->months, options.reviewMonths);
    ASSERT_TRUE(model.log.has_value());
    EXPECT_EQ(model.log->cells.shape().cols, static_cast<std::size_t>(layout::kLogColumns));
}

INSTANTIATE_TEST_SUITE_P(Layout, EveryLayout,
                         ::testing::Values(std::make_pair(Language::English, 1),
                                           std::make_pair(Language::English, 3),
                                           std::make_pair(Language::French, 2),
                                           std::make_pair(Language::French, 5),
                                           std::make_pair(Language::Portuguese, 2)));

TEST(Layout, RangeNamesAreDistinctAndAllReserved) {
    const auto& reserved = trackerRangeNames();
    std::set<std::string> seen;
    for (const auto& range : layout::v2::ranges()) {
        EXPECT_TRUE(seen.insert(range.name).second) << range.name;
        EXPECT_NE(std::find(reserved.begin(), reserved.end(), range.name), reserved.end())
            << range.name;
    }
    EXPECT_EQ(reserved.size(), layout::v2::ranges().size());
    EXPECT_NE(std::find(reserved.begin(), reserved.end(), "CondTrack_Header"), reserved.end());
}

TEST(Layout, NewTrackerClashesWithAnExistingProgrammeHeader) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto hasRange = [](const std::string& name) { return name == "CondTrack_Header"; };
    const auto noSheet = [](const std::string&) { return false; };
    const auto clash = findCollision(plan, trackerRangeNames(), hasRange, noSheet);
    ASSERT_TRUE(clash.has_value());
    EXPECT_EQ(clash->kind, Collision::Kind::NamedRange);
    EXPECT_EQ(clash->name, "CondTrack_Header");
}

TEST(Layout, NewTrackerClashesWithASheetOfTheSameName) {
    TrackerOptions options;
    options.language = Language::French;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto noRange = [](const std::string&) { return false; };
    const auto hasSheet = [](const std::string& name) { return name == "Jalons"; };
    const auto clash = findCollision(plan, trackerRangeNames(), noRange, hasSheet);
    ASSERT_TRUE(clash.has_value());
    EXPECT_EQ(clash->kind, Collision::Kind::Sheet);
    EXPECT_EQ(clash->name, "Jalons");
    EXPECT_FALSE(findCollision(plan, trackerRangeNames(), noRange, noRange).has_value());
}

// --- docs/tracker-layout.md --------------------------------------------------------

namespace {

std::string readDoc() {
    std::ifstream in(std::string(CONDTRACK_SOURCE_DIR) + "/docs/tracker-layout.md");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The text of a range's section: from its "## `Name`" heading to the next heading.
std::string section(const std::string& doc, const std::string& rangeName) {
    const std::string heading = "\n## `" + rangeName + "`";
    const auto start = doc.find(heading);
    if (start == std::string::npos) return {};
    const auto end = doc.find("\n## ", start + heading.size());
    return doc.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The first three cells of every table row of a section below a table's
// separator line: column, English header, French header.
std::vector<std::vector<std::string>> documentedColumns(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream lines(text);
    std::string line;
    bool inTable = false;
    while (std::getline(lines, line)) {
        if (line.rfind("|", 0) != 0) {
            inTable = false;
            continue;
        }
        if (line.rfind("|---", 0) == 0) {
            inTable = true;
            continue;
        }
        if (!inTable) continue;
        std::vector<std::string> cells;
        std::istringstream parts(line.substr(1));
        std::string cell;
        while (cells.size() < 3 && std::getline(parts, cell, '|'))
            cells.push_back(trimmed(cell));
        rows.push_back(cells);
    }
    return rows;
}

std::vector<std::vector<std::string>> expectedColumns(const layout::v2::RangeLayout& range) {
    std::vector<std::vector<std::string>> rows;
    for (std::size_t c = 0; c < range.headers.size(); ++c)
        rows.push_back({columnLetters(range.firstCol + int(c)),
                        std::string(tr(range.headers[c], Language::English)),
                        std::string(tr(range.headers[c], Language::French))});
    for (std::size_t k = 0; k < range.blockHeaders.size(); ++k)
        rows.push_back({"+" + std::to_string(k),
                        std::string(tr(range.blockHeaders[k], Language::English)),
                        std::string(tr(range.blockHeaders[k], Language::French))});
    return rows;
}

} // namespace

TEST(LayoutDoc, DescribesEveryRangeAndColumnInOrder) {
    const std::string doc = readDoc();
    ASSERT_FALSE(doc.empty()) << "docs/tracker-layout.md not found";
    for (const auto& range : layout::v2::ranges()) {
        SCOPED_TRACE(range.name);
        const std::string text = section(doc, range.name);
        ASSERT_FALSE(text.empty()) << "no section headed ## `" << range.name << "`";
        EXPECT_EQ(documentedColumns(text), expectedColumns(range));
    }
}
