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

TEST(TrackerTemplate, HasSevenSheetsThirteenIndicatorsAndEveryNamedRange) {
    const WorkbookPlan plan = newTrackerPlan({});
    ASSERT_EQ(plan.sheets.size(), 7u);
    EXPECT_EQ(plan.sheets[0].name, "Indicators");
    EXPECT_EQ(plan.sheets[2].name, "Conditions");
    for (const auto& wanted : trackerRangeNames())
        name(plan, wanted);
    const auto& indicators = name(plan, "CondTrack_Indicators");
    EXPECT_EQ(indicators.lastRow - indicators.firstRow + 1, 2 + 13);
    EXPECT_EQ(at(plan.sheets[0], 2, 0)->text, "IND-01");
    EXPECT_EQ(at(plan.sheets[0], 14, 0)->text, "IND-13");
}

TEST(TrackerTemplate, OneBlockOfTenColumnsPerYear) {
    TrackerOptions options;
    options.firstYear = 2018;
    options.years = 3;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& sheet = plan.sheets[0];
    EXPECT_EQ(at(sheet, 0, 7)->number, 2018);
    EXPECT_EQ(at(sheet, 0, 17)->number, 2019);
    EXPECT_EQ(at(sheet, 0, 27)->number, 2020);
    EXPECT_EQ(name(plan, "CondTrack_Indicators").lastCol, 7 + 3 * 10 - 1);
}

TEST(TrackerTemplate, TheFirstYearsWeightIsTypedLaterYearsRepeatTheYearBefore) {
    const WorkbookPlan plan = newTrackerPlan({});
    EXPECT_EQ(at(plan.sheets[0], 2, 8)->kind, PlannedCell::Kind::Number);
    EXPECT_EQ(at(plan.sheets[0], 2, 8)->number, 1.0);
    EXPECT_EQ(at(plan.sheets[0], 2, 18)->text, "=I3");
    EXPECT_EQ(at(plan.sheets[0], 2, 28)->text, "=S3");
}

TEST(TrackerTemplate, ScoresUseOneCellRangesSoBlankActualsArePending) {
    const WorkbookPlan plan = newTrackerPlan({});
    EXPECT_EQ(at(plan.sheets[0], 2, 15)->text, "=COND.SCORE(J3:J3;$G3:$G3;H3:H3;$E3:$E3;$F3:$F3)");
    EXPECT_EQ(at(plan.sheets[0], 2, 16)->text, "=COND.STATUS(P3:P3)");
}

TEST(TrackerTemplate, AVariableTrancheWeighsItsComponentAndReadsApprovedDecisionsOnly) {
    TrackerOptions options;
    options.firstYear = 2018;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& tranches = plan.sheets[1];
    EXPECT_EQ(at(tranches, 1, 1)->text, "fixed");
    EXPECT_EQ(at(tranches, 2, 1)->text, "variable");
    const PlannedCell* computed = at(tranches, 2, 8);
    EXPECT_EQ(computed->kind, PlannedCell::Kind::ArrayFormula);
    const std::string args =
        "COND.TRANCHE(F3;IF($Indicators.$D$3:$D$15=C3;$Indicators.$I$3:$I$15;0);"
        "$Indicators.$P$3:$P$15;IF(ISNUMBER($Indicators.$N$3:$N$15);$Indicators.$L$3:$L$15;\"\");"
        "\"reallocate\";H3";
    EXPECT_EQ(computed->text.rfind("=IF(G3=\"bands\";" + args + ";OFFSET(", 0), 0u)
        << computed->text;
    EXPECT_NE(computed->text.find(";" + args + "))"), std::string::npos) << computed->text;
    EXPECT_EQ(at(tranches, 2, 6)->text, "proportional");
    EXPECT_EQ(at(tranches, 2, 9)->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(at(tranches, 2, 9)->text.rfind("=COND.TRANSFER(F3;IF(", 0), 0u);
    EXPECT_EQ(at(tranches, 2, 10)->text.rfind("=COND.HELD(F3;IF(", 0), 0u);
}

TEST(TrackerTemplate, AFixedTranchePaysItsCeilingWhenEligible) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& tranches = plan.sheets[1];
    EXPECT_EQ(at(tranches, 1, 8)->text, "=IF(H2;F2;0)");
    for (const int col : {4, 9, 10, 11})
        EXPECT_EQ(at(tranches, 1, col)->number, 0.0) << col;
}

TEST(TrackerTemplate, TheCeilingIsTheBaseCeilingPlusLastYearsTransfer) {
    TrackerOptions options;
    options.firstYear = 2018;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& tranches = plan.sheets[1];
    EXPECT_EQ(at(tranches, 4, 5)->text, "=D5+E5");
    EXPECT_EQ(at(tranches, 4, 4)->text,
              "=SUMPRODUCT(($A$2:$A$4=A5-1)*($B$2:$B$4=\"variable\")*($C$2:$C$4=C5)*$J$2:$J$4)");
    EXPECT_EQ(at(tranches, 4, 12)->text, "=I5+L5");
}

TEST(TrackerTemplate, ReleasedRescoresLastYearsHeldIndicatorsAgainstLastYearsTargets) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& tranches = plan.sheets[1];
    EXPECT_EQ(at(tranches, 2, 11)->number, 0.0); // nothing held before the first year
    const PlannedCell* released = at(tranches, 4, 11);
    EXPECT_EQ(released->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_EQ(released->text.rfind("=COND.RELEASED(SUMPRODUCT(", 0), 0u) << released->text;
    EXPECT_NE(released->text.find("COND.SCORE($Indicators.$T$3:$T$15;$Indicators.$G$3:$G$15;"
                                  "$Indicators.$H$3:$H$15;"),
              std::string::npos)
        << released->text;
}

TEST(TrackerTemplate, EligibleReadsConditionsMilestonesAndTheSuspension) {
    const WorkbookPlan plan = newTrackerPlan({});
    const std::string eligible = at(plan.sheets[1], 2, 7)->text;
    EXPECT_NE(eligible.find("LOWER(TRIM($Conditions.$C$3:$C$12))=\"general\""), std::string::npos)
        << eligible;
    EXPECT_NE(eligible.find("LOWER(TRIM($Conditions.$E$3:$E$12))=\"met\""), std::string::npos);
    EXPECT_NE(eligible.find("LOWER(TRIM($Conditions.$E$3:$E$12))=\"rempli\""), std::string::npos);
    EXPECT_NE(eligible.find("LOWER(TRIM($Conditions.$E$3:$E$12))=\"cumprido\""), std::string::npos);
    EXPECT_NE(eligible.find("$Conditions.$D$3:$D$12=A3&\" \"&B3&IF(C3=\"\";\"\";\" \"&C3)"),
              std::string::npos);
    EXPECT_NE(eligible.find("$Milestones.$D$2:$D$21=A3"), std::string::npos);
    EXPECT_NE(eligible.find("OR($Programme.$B$14=\"\";AND(P3>0;$Programme.$B$14>P3))"),
              std::string::npos);
    // The fixed row of the year reads the same general gate.
    EXPECT_NE(at(plan.sheets[1], 1, 7)->text.find("LOWER(TRIM($Conditions.$E$3:$E$12))"),
              std::string::npos);
}

TEST(TrackerTemplate, BandsSitOneColumnRightOfTheTranches) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& bands = name(plan, "CondTrack_Bands");
    EXPECT_EQ(bands.sheet, 1);
    EXPECT_EQ(bands.firstCol, 17);
    EXPECT_EQ(bands.lastCol, 19);
    EXPECT_EQ(bands.lastRow - bands.firstRow, 8);
    EXPECT_EQ(at(plan.sheets[1], 0, 17)->text, "Tranche");
    EXPECT_EQ(at(plan.sheets[1], 0, 16), nullptr);
}

TEST(TrackerTemplate, TheFourGeneralConditionsThenRowsForSpecificOnes) {
    TrackerOptions options;
    options.language = Language::French;
    const WorkbookPlan plan = newTrackerPlan(options);
    const auto& conditions = plan.sheets[2];
    for (int g = 0; g < 4; ++g) {
        EXPECT_EQ(at(conditions, 2 + g, 0)->text, "GC-" + std::to_string(g + 1));
        EXPECT_EQ(at(conditions, 2 + g, 2)->text, "general");
    }
    EXPECT_EQ(at(conditions, 2, 1)->text,
              "Progrès satisfaisants dans la mise en œuvre de la politique publique");
    EXPECT_EQ(at(conditions, 6, 0), nullptr);
    const auto& range = name(plan, "CondTrack_Conditions");
    EXPECT_EQ(range.lastRow, 2 + 4 + 6 - 1);
    EXPECT_EQ(range.lastCol, 4 + 3 * 3 - 1);
}

TEST(TrackerTemplate, FrenchLabelsKeepEnglishKeywords) {
    TrackerOptions options;
    options.language = Language::French;
    const WorkbookPlan plan = newTrackerPlan(options);
    EXPECT_EQ(plan.sheets[0].name, "Indicateurs");
    EXPECT_EQ(plan.sheets[3].name, "Jalons");
    EXPECT_EQ(at(plan.sheets[0], 1, 1)->text, "Intitulé");
    EXPECT_EQ(at(plan.sheets[0], 2, 4)->text, "linear");
    EXPECT_NE(at(plan.sheets[1], 1, 7)->text.find("$Jalons."), std::string::npos);
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
    EXPECT_EQ(at(plan.sheets[6], 1 + static_cast<int>(HeaderField::AidType), 1)->text, "A01");
    EXPECT_EQ(at(plan.sheets[6], 1 + static_cast<int>(HeaderField::Currency), 1)->text, "EUR");
}

TEST(TrackerTemplate, ProgrammeHeaderEndsWithLayoutVersionTwoAndABlankSuspension) {
    const WorkbookPlan plan = newTrackerPlan({});
    const auto& sheet = plan.sheets[6];
    EXPECT_EQ(at(sheet, 12, 0)->text, "Layout version");
    EXPECT_EQ(at(sheet, 12, 1)->kind, PlannedCell::Kind::Number);
    EXPECT_EQ(at(sheet, 12, 1)->number, 2.0);
    EXPECT_EQ(at(sheet, 13, 0)->text, "Suspended from");
    EXPECT_EQ(at(sheet, 13, 1)->kind, PlannedCell::Kind::Empty);
}
