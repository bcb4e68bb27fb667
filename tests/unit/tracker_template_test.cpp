// The new-tracker plan: the layout of docs/tracker-layout.md, in two languages.

#include "rules/errors.hpp"
#include "tracker/programme_header.hpp"
#include "tracker/template.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace condtrack;

namespace {

const PlannedCell* at(const PlannedSheet& sheet, int row, int col) {
    for (const auto& cell : sheet.cells)
        if (cell.row == row && cell.col == col) return &cell;
    return nullptr;
}

const PlannedName& name(const WorkbookPlan& plan, const std::string& wanted) {
    const auto it = std::find_if(plan.names.begin(), plan.names.end(),
                                 [&](const PlannedName& n) { return n.name == wanted; });
    EXPECT_NE(it, plan.names.end()) << wanted;
    return *it;
}

} // namespace

TEST(CellReferences, ColumnLettersGoPastZ) {
    EXPECT_EQ(columnLetters(0), "A");
    EXPECT_EQ(columnLetters(25), "Z");
    EXPECT_EQ(columnLetters(26), "AA");
    EXPECT_EQ(columnLetters(701), "ZZ");
    EXPECT_EQ(columnLetters(702), "AAA");
    EXPECT_EQ(cellRef(2, 27, true), "$AB$3");
}

TEST(CellReferences, SheetNamesWithSpacesAreQuoted) {
    EXPECT_EQ(sheetRangeRef("Log", 0, 0, 1, 9), "$Log.$A$1:$J$2");
    EXPECT_EQ(sheetRangeRef("My log", 0, 0, 0, 0), "$'My log'.$A$1:$A$1");
    EXPECT_EQ(sheetRangeRef("O'Neil", 0, 0, 0, 0), "$'O''Neil'.$A$1:$A$1");
}

TEST(TrackerTemplate, HasThirteenIndicatorsAndEveryNamedRange) {
    const WorkbookPlan plan = newTrackerPlan({});
    ASSERT_EQ(plan.sheets.size(), 6u);
    EXPECT_EQ(plan.sheets[0].name, "Indicators");
    for (const auto& wanted : trackerRangeNames())
        name(plan, wanted);
    const auto& indicators = name(plan, "CondTrack_Indicators");
    EXPECT_EQ(indicators.lastRow - indicators.firstRow + 1, 2 + 13);
    EXPECT_EQ(at(plan.sheets[0], 2, 0)->text, "IND-01");
    EXPECT_EQ(at(plan.sheets[0], 14, 0)->text, "IND-13");
}

TEST(TrackerTemplate, OneBlockOfSixColumnsPerYear) {
    TrackerOptions options;
    options.firstYear = 2018;
    options.years = 3;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& sheet = plan.sheets[0];
    EXPECT_EQ(at(sheet, 0, 7)->number, 2018);
    EXPECT_EQ(at(sheet, 0, 13)->number, 2019);
    EXPECT_EQ(at(sheet, 0, 19)->number, 2020);
    EXPECT_EQ(name(plan, "CondTrack_Indicators").lastCol, 7 + 3 * 6 - 1);
}

TEST(TrackerTemplate, ScoresUseOneCellRangesSoBlankActualsArePending) {
    const WorkbookPlan plan = newTrackerPlan({});
    EXPECT_EQ(at(plan.sheets[0], 2, 11)->text, "=COND.SCORE(I3:I3;$G3:$G3;H3:H3;$E3:$E3;$F3:$F3)");
    EXPECT_EQ(at(plan.sheets[0], 2, 12)->text, "=COND.STATUS(L3:L3)");
}

TEST(TrackerTemplate, VariableTrancheUsesTheYearsScoresAndWaivers) {
    TrackerOptions options;
    options.firstYear = 2018;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& tranches = plan.sheets[1];
    EXPECT_EQ(at(tranches, 1, 1)->text, "fixed");
    EXPECT_EQ(at(tranches, 2, 1)->text, "variable");
    EXPECT_EQ(at(tranches, 2, 7)->text,
              "=COND.TRANCHE(C3;$Indicators.$D$3:$D$15;$Indicators.$L$3:$L$15;"
              "$Indicators.$K$3:$K$15;G3;F3)");
    EXPECT_EQ(at(tranches, 1, 7)->text, "=IF(F2;C2;0)");
}

TEST(TrackerTemplate, FrenchLabelsKeepEnglishKeywords) {
    TrackerOptions options;
    options.language = Language::French;
    const WorkbookPlan plan = newTrackerPlan(options);
    EXPECT_EQ(plan.sheets[0].name, "Indicateurs");
    EXPECT_EQ(plan.sheets[2].name, "Jalons");
    EXPECT_EQ(at(plan.sheets[0], 1, 1)->text, "Intitulé");
    EXPECT_EQ(at(plan.sheets[0], 2, 4)->text, "linear");
    EXPECT_NE(at(plan.sheets[1], 1, 5)->text.find("$Jalons."), std::string::npos);
}

TEST(TrackerTemplate, LogStartsWithItsHeaderOnly) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& log = name(plan, "CondTrack_Log");
    EXPECT_EQ(log.firstRow, 0);
    EXPECT_EQ(log.lastRow, 0);
    EXPECT_EQ(log.lastCol, layout::kLogColumns - 1);
}

TEST(TrackerTemplate, OptionsOutOfRangeAreRejected) {
    TrackerOptions options;
    options.years = 0;
    EXPECT_THROW(newTrackerPlan(options), InvalidArgument);
    options = {};
    options.indicators = 0;
    EXPECT_THROW(newTrackerPlan(options), InvalidArgument);
}

TEST(TrackerTemplate, ProgrammeHeaderHasOneRowPerFieldWithDefaults) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& header = name(plan, "CondTrack_Header");
    EXPECT_EQ(header.lastRow - header.firstRow, kHeaderFields);
    EXPECT_EQ(at(plan.sheets[5], 1 + static_cast<int>(HeaderField::AidType), 1)->text, "A01");
    EXPECT_EQ(at(plan.sheets[5], 1 + static_cast<int>(HeaderField::Currency), 1)->text, "EUR");
}
