// Upgrade tracker: the Mali tracker of layout version 1 (EUR 14 M, 13 equal
// weights, 8 met, 2 partial at 0.5, 3 not met, one of them SIGRH) turned into
// version 2, step by step.

#include "tracker/upgrade.hpp"

#include "tracker/programme_header.hpp"

#include "tracker_builder.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace condtrack::test {
namespace {

namespace v1 = layout::v1;
namespace v2 = layout::v2;

const Stamp kStamp{"Head of cooperation", "2026-12-02T13:00:00Z", day(2026, 12, 2)};

std::optional<RangeTable> programmeHeader() {
    TableBuilder header(layout::kHeader, "Programme", 0, 0, 2);
    header.row({txt("Field"), txt("Value")});
    for (int r = 0; r < 11; ++r)
        header.row({txt("field"), txt("value")});
    return header.build();
}

// Version 2's template as the upgrade reads it: seven sheets, labels,
// formulas, typed defaults, four general conditions and the ranges.
WorkbookPlan fakeTemplate(int indicators, int years) {
    WorkbookPlan plan;
    for (const char* name :
         {"Indicators", "Tranches", "Conditions", "Milestones", "Reviews", "Log", "Programme"})
        plan.sheets.push_back({name, {}, 0});
    auto& ind = plan.sheets[0].cells;
    ind.push_back({1, v2::indicator_col::Component, PlannedCell::Kind::Text, "Component", 0,
                   CellStyle::Header});
    ind.push_back(
        {2, v2::indicator_col::Id, PlannedCell::Kind::Text, "IND-01", 0, CellStyle::Plain});
    ind.push_back({2, v2::yearBlockStart(0) + v2::Score, PlannedCell::Kind::Formula,
                   "=COND.SCORE(J3:J3;G3:G3;H3:H3;E3:E3;F3:F3)", 0, CellStyle::Percent});
    auto& tranches = plan.sheets[1].cells;
    for (int r = 1; r <= 2 * years; ++r) {
        tranches.push_back({r, v2::tranche_col::Computed, PlannedCell::Kind::ArrayFormula,
                            "=COND.TRANCHE(F" + std::to_string(r + 1) + ")", 0, CellStyle::Money});
        tranches.push_back({r, v2::tranche_col::Payout, PlannedCell::Kind::Text, "proportional", 0,
                            CellStyle::Plain});
        tranches.push_back(
            {r, v2::tranche_col::Deadline, PlannedCell::Kind::Number, "", 44000, CellStyle::Date});
    }
    auto& conditions = plan.sheets[2].cells;
    for (int k = 0; k < 4; ++k)
        conditions.push_back({v2::kConditionHeaderRows + k, v2::condition_col::Kind,
                              PlannedCell::Kind::Text, "general", 0, CellStyle::Plain});
    plan.sheets[6].cells.push_back(
        {12, 0, PlannedCell::Kind::Text, "Layout version", 0, CellStyle::Plain});
    plan.sheets[6].cells.push_back({12, 1, PlannedCell::Kind::Number, "", 2, CellStyle::Plain});
    const int lastIndicatorRow = v2::kIndicatorHeaderRows + indicators - 1;
    plan.names = {{layout::kIndicators, 0, 0, 0, lastIndicatorRow, v2::indicatorColumns(years) - 1},
                  {layout::kTranches, 1, 0, 0, 2 * years, v2::kTrancheColumns - 1},
                  {v2::kConditions, 2, 0, 0, 5, v2::conditionBlockStart(years) - 1},
                  {layout::kLog, 5, 0, 0, 0, v2::kIndicatorFixedColumns},
                  {layout::kHeader, 6, 0, 0, 12, 1}};
    return plan;
}

struct Upgrade {
    TrackerTables tables = maliTables();
    std::optional<RangeTable> header = programmeHeader();
    std::string reason;
    // The tables the model is read from, when the planner is to see others.
    std::optional<TrackerTables> readFrom;

    UpgradeResult plan() const {
        const ReadResult read = readTracker(readFrom ? *readFrom : tables, kNullDate);
        if (!read.ok()) throw std::logic_error(problemText(read.problems.front()));
        const UpgradeInput input{tables, *read.model, header, kNullDate, Language::English, reason};
        const int indicators = static_cast<int>(tables.indicators->cells.shape().rows) - 2;
        return planUpgrade(input, fakeTemplate(indicators, 2), kStamp);
    }
    UpgradePlan ok() const {
        UpgradeResult result = plan();
        if (!result.plan) throw std::logic_error("refused: " + result.refusal->detail);
        return *result.plan;
    }
};

// The cell the plan writes last at a sheet position, or nullptr.
const PlannedCell* written(const UpgradePlan& plan, const std::string& sheet, std::string_view a1) {
    const auto [row, col] = parseA1(a1);
    const PlannedCell* found = nullptr;
    for (const auto& cell : plan.cells)
        if (cell.sheet == sheet && cell.cell.row == row && cell.cell.col == col) found = &cell.cell;
    return found;
}

// One sheet's columns, each named by what it held, after the plan's steps.
std::vector<std::string> afterSteps(const UpgradePlan& plan, const std::string& sheet,
                                    std::vector<std::string> columns) {
    const auto move = [&](const CellMove& m) {
        if (m.sheet != sheet) return;
        columns[static_cast<std::size_t>(m.toCol)] = columns[static_cast<std::size_t>(m.fromCol)];
        columns[static_cast<std::size_t>(m.fromCol)] = "";
    };
    std::for_each(plan.movesBefore.begin(), plan.movesBefore.end(), move);
    for (const auto& step : plan.columns) {
        if (step.sheet != sheet) continue;
        const auto at = columns.begin() + step.col;
        if (step.kind == ColumnStep::Kind::Insert)
            columns.insert(at, static_cast<std::size_t>(step.count), "");
        else
            columns.erase(at, at + step.count);
    }
    std::for_each(plan.movesAfter.begin(), plan.movesAfter.end(), move);
    return columns;
}

TEST(UpgradeTracker, TrancheColumnsLandWhereVersion2KeepsThem) {
    const UpgradePlan plan = Upgrade().ok();
    const auto columns =
        afterSteps(plan, "Tranches",
                   {"Year", "Type", "Ceiling", "General", "Gating", "Eligible", "Rule", "Computed",
                    "Transferred", "Disbursed", "DisbursedOn", "Deadline"});
    // General's cells move onto Eligible: what read them reads eligibility.
    EXPECT_EQ(columns, (std::vector<std::string>{"Year", "Type", "", "Ceiling", "", "", "",
                                                 "General", "Computed", "Transferred", "", "", "",
                                                 "Disbursed", "DisbursedOn", "Deadline"}));
    EXPECT_EQ(columns.size(), static_cast<std::size_t>(v2::kTrancheColumns));
    EXPECT_EQ(columns[v2::tranche_col::BaseCeiling], "Ceiling");
}

TEST(UpgradeTracker, IndicatorBlocksGainWeightAndDecisionColumns) {
    const UpgradePlan plan = Upgrade().ok();
    std::vector<std::string> columns{"ID",     "Title",     "Area",    "Weight",
                                     "Method", "Threshold", "Baseline"};
    for (const char* year : {"18", "19"})
        for (const char* field : {"Target", "Actual", "Evidence", "Waived", "Score", "Status"})
            columns.push_back(std::string(field) + year);
    const auto after = afterSteps(plan, "Indicators", columns);
    ASSERT_EQ(after.size(), static_cast<std::size_t>(v2::indicatorColumns(2)));
    EXPECT_EQ(after[v2::indicator_col::Component], "");
    EXPECT_EQ(after[v2::indicator_col::Baseline], "Baseline");
    const int b18 = v2::yearBlockStart(0), b19 = v2::yearBlockStart(1);
    EXPECT_EQ(after[b18 + v2::Weight], "Weight"); // the weights' cells move into 2018
    EXPECT_EQ(after[b18 + v2::Target], "Target18");
    EXPECT_EQ(after[b18 + v2::Actual], "Actual18");
    EXPECT_EQ(after[b18 + v2::Evidence], "Evidence18");
    EXPECT_EQ(after[b18 + v2::Decision], "Waived18");
    EXPECT_EQ(after[b18 + v2::ApprovedOn], "");
    EXPECT_EQ(after[b18 + v2::Score], "Score18");
    EXPECT_EQ(after[b19 + v2::Status], "Status19");
    EXPECT_EQ(after[b19 + v2::Weight], "");
}

TEST(UpgradeTracker, FirstYearWeightIsTypedLaterYearsReferToTheYearBefore) {
    const UpgradePlan plan = Upgrade().ok();
    // IND-01 on sheet row 3: 2018's weight in I3, 2019's in S3.
    const PlannedCell* first = written(plan, "Indicators", "I3");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(first->kind, PlannedCell::Kind::Number);
    EXPECT_EQ(first->number, 1.0);
    const PlannedCell* second = written(plan, "Indicators", "S3");
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(second->kind, PlannedCell::Kind::Formula);
    EXPECT_EQ(second->text, "=I3");
    // The rows past the data have no weight, in no year.
    const PlannedCell* blank = written(plan, "Indicators", "S16");
    ASSERT_NE(blank, nullptr);
    EXPECT_EQ(blank->text, "");
}

TEST(UpgradeTracker, WaivedBecomesTheTranchesRuleApprovedOnTheUpgradeDate) {
    Upgrade upgrade;
    set(upgrade.tables.indicators, "K15", Cell{1.0}); // SIGRH waived in 2018 (reallocate)
    set(upgrade.tables.indicators, "Q15", Cell{1.0}); // and in 2019 (transfer)
    const UpgradePlan plan = upgrade.ok();
    // IND-13, sheet row 15: 2018's decision in L, approved in N, reference in O.
    ASSERT_NE(written(plan, "Indicators", "L15"), nullptr);
    EXPECT_EQ(written(plan, "Indicators", "L15")->text, "reallocate");
    ASSERT_NE(written(plan, "Indicators", "N15"), nullptr);
    EXPECT_EQ(written(plan, "Indicators", "N15")->number,
              serialFromDate(day(2026, 12, 2), kNullDate));
    EXPECT_EQ(written(plan, "Indicators", "N15")->style, CellStyle::Date);
    EXPECT_EQ(written(plan, "Indicators", "O15")->text, "upgraded from layout 1");
    ASSERT_NE(written(plan, "Indicators", "V15"), nullptr);
    EXPECT_EQ(written(plan, "Indicators", "V15")->text, "transfer");
    // Not waived: no decision.
    EXPECT_EQ(written(plan, "Indicators", "L14"), nullptr);
}

TEST(UpgradeTracker, GeneralConditionsBecomeVerdictsOfEveryGeneralConditionOfTheYear) {
    const UpgradePlan plan = Upgrade().ok();
    // 2018: TRUE on both tranches, so met; its block starts at E on the Conditions sheet.
    for (const char* cell : {"E3", "E4", "E5", "E6"}) {
        ASSERT_NE(written(plan, "Conditions", cell), nullptr) << cell;
        EXPECT_EQ(written(plan, "Conditions", cell)->text, "met") << cell;
    }
    // 2019: blank on both tranches, so no verdict.
    EXPECT_EQ(written(plan, "Conditions", "H3"), nullptr);
    EXPECT_TRUE(plan.conflicts.empty());
}

TEST(UpgradeTracker, TranchesOfAYearThatDisagreeGiveNotMetAndAreReported) {
    Upgrade upgrade;
    set(upgrade.tables.tranches, "D3", Cell{0.0}); // 2018 variable: not met, the fixed one met
    const UpgradePlan plan = upgrade.ok();
    EXPECT_EQ(written(plan, "Conditions", "E3")->text, "not met");
    ASSERT_EQ(plan.conflicts.size(), 1u);
    EXPECT_NE(plan.log.at(0).reason.find(plan.conflicts[0]), std::string::npos);
}

TEST(UpgradeTracker, GatingMilestoneGetsTheTranchesYearWhenItHasNone) {
    Upgrade upgrade;
    set(upgrade.tables.tranches, "E5", txt("M-02, M-05")); // M-05 has no tranche year
    const UpgradePlan plan = upgrade.ok();
    const PlannedCell* year = written(plan, "Milestones", "D6");
    ASSERT_NE(year, nullptr);
    EXPECT_EQ(year->number, 2019.0);
    EXPECT_EQ(written(plan, "Milestones", "D3"), nullptr); // M-02 is already 2019's
}

TEST(UpgradeTracker, GatingMilestoneOfAnotherYearIsKeptAndReported) {
    Upgrade upgrade;
    set(upgrade.tables.tranches, "E3", txt("M-04")); // M-04's tranche year is 2019
    const UpgradePlan plan = upgrade.ok();
    EXPECT_EQ(written(plan, "Milestones", "D5"), nullptr);
    ASSERT_EQ(plan.conflicts.size(), 1u);
    EXPECT_EQ(
        plan.conflicts[0],
        "milestone M-04 keeps tranche year 2019, although it gated the 2018 variable tranche");
}

TEST(UpgradeTracker, TranchesThatGainAGateFromTheirYearsMilestonesAreReported) {
    const UpgradePlan plan = Upgrade().ok();
    // M-01 is of tranche year 2018, M-02..M-04 of 2019; version 1 listed M-01
    // for 2018's variable tranche and M-02, M-03 for 2019's.
    EXPECT_EQ(plan.notices,
              (std::vector<std::string>{
                  "the 2018 fixed tranche is now also gated by M-01 (its tranche year)",
                  "the 2019 fixed tranche is now also gated by M-02, M-03, M-04 (its tranche year)",
                  "the 2019 variable tranche is now also gated by M-04 (its tranche year)"}));
    EXPECT_NE(plan.log.at(0).reason.find(plan.notices[1]), std::string::npos);
}

TEST(UpgradeTracker, OneLogRowRecordsTheUpgradeAndChains) {
    Upgrade upgrade;
    upgrade.reason = "Financing agreement addendum 2";
    const UpgradePlan plan = upgrade.ok();
    ASSERT_EQ(plan.log.size(), 1u);
    EXPECT_EQ(plan.log[0].field, "layout");
    EXPECT_EQ(plan.log[0].oldValue, "1");
    EXPECT_EQ(plan.log[0].newValue, "2");
    EXPECT_EQ(plan.log[0].reason.rfind("Financing agreement addendum 2; ", 0), 0u);
    EXPECT_EQ(plan.log[0].user, "Head of cooperation");
    const LogAppend append = planLogAppend(*upgrade.tables.log, plan.log);
    ASSERT_EQ(append.writes.size(), static_cast<std::size_t>(layout::kLogColumns));
    std::vector<Cell> row;
    for (const auto& write : append.writes)
        row.push_back(write.value);
    EXPECT_TRUE(verifyLog(CellGrid(Shape{1, row.size()}, row)).intact());
}

TEST(UpgradeTracker, TemplateLabelsAndFormulasAreWrittenNotItsTypedDefaults) {
    const UpgradePlan plan = Upgrade().ok();
    EXPECT_NE(written(plan, "Indicators", "D2"), nullptr); // the Component header
    EXPECT_EQ(written(plan, "Indicators", "A3"), nullptr); // "IND-01" stays the tracker's
    ASSERT_NE(written(plan, "Tranches", "I3"), nullptr);
    EXPECT_EQ(written(plan, "Tranches", "I3")->kind, PlannedCell::Kind::ArrayFormula);
    EXPECT_NE(written(plan, "Tranches", "G3"), nullptr);   // Payout: a new column
    EXPECT_EQ(written(plan, "Tranches", "P3"), nullptr);   // the tracker's own deadline
    EXPECT_NE(written(plan, "Programme", "B13"), nullptr); // the layout version row
    EXPECT_EQ(plan.newSheet, "Conditions");
    EXPECT_EQ(plan.newSheetAfter, "Tranches");
}

TEST(UpgradeTracker, RangesAreRedefinedButTheLogKeepsItsRows) {
    const UpgradePlan plan = Upgrade().ok();
    const auto find = [&](const std::string& name) {
        return std::find_if(plan.ranges.begin(), plan.ranges.end(),
                            [&](const RangeDefinition& r) { return r.name == name; });
    };
    ASSERT_NE(find(layout::kTranches), plan.ranges.end());
    EXPECT_EQ(find(layout::kTranches)->lastCol, v2::kTrancheColumns - 1);
    ASSERT_NE(find(v2::kConditions), plan.ranges.end());
    EXPECT_EQ(find(v2::kConditions)->sheet, "Conditions");
    EXPECT_EQ(find(layout::kLog), plan.ranges.end());
}

TEST(UpgradeTracker, AnUpgradedTrackerIsRefused) {
    Upgrade upgrade;
    upgrade.readFrom = upgrade.tables;
    EXPECT_FALSE(isLayoutVersion2(upgrade.tables, nullptr));
    keepColumns(upgrade.tables.tranches, v2::kTrancheColumns);
    EXPECT_TRUE(isLayoutVersion2(upgrade.tables, nullptr));
    const UpgradeResult result = upgrade.plan();
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, UpgradeRefusal::Kind::AlreadyUpgraded);
}

TEST(UpgradeTracker, AnIndicatorsRangeOfAnotherWidthIsRefusedNamingItsLastColumn) {
    Upgrade upgrade;
    upgrade.readFrom = upgrade.tables;
    keepColumns(upgrade.tables.indicators, 18);
    const UpgradeResult result = upgrade.plan();
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->detail,
              "Indicators.R1: the range CondTrack_Indicators has 18 columns, layout version 1 has "
              "19");
}

TEST(UpgradeTracker, TranchesOutOfTheTemplatesOrderAreRefusedNamingTheCell) {
    Upgrade upgrade;
    set(upgrade.tables.tranches, "B2", txt("variable"));
    set(upgrade.tables.tranches, "B3", txt("fixed"));
    const UpgradeResult result = upgrade.plan();
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->kind, UpgradeRefusal::Kind::Malformed);
    EXPECT_EQ(result.refusal->detail,
              "Tranches.A2: expected the 2018 fixed tranche (a fixed and a variable tranche per "
              "year, in order)");
}

TEST(UpgradeTracker, AnIndicatorBlockHeadedByTheWrongYearIsRefused) {
    Upgrade upgrade;
    upgrade.readFrom = upgrade.tables;
    set(upgrade.tables.indicators, "N1", Cell{2020.0});
    const UpgradeResult result = upgrade.plan();
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->detail, "Indicators.N1: the year block should be headed 2019");
}

TEST(UpgradeTracker, NoProgrammeHeaderIsRefused) {
    Upgrade upgrade;
    upgrade.header.reset();
    const UpgradeResult result = upgrade.plan();
    ASSERT_TRUE(result.refusal);
    EXPECT_EQ(result.refusal->detail, "the named range CondTrack_Header is missing");
}

TEST(UpgradeTracker, TheTemplateOfTheSameDimensionsHasNoTypedIndicatorDefaults) {
    const TrackerOptions options = upgradeOptions(maliTables(), Language::French);
    EXPECT_EQ(options.firstYear, 2018);
    EXPECT_EQ(options.years, 2);
    EXPECT_EQ(options.indicators, 15); // 13 indicators and 2 rows past them
    EXPECT_EQ(options.milestones, 5);
    EXPECT_FALSE(options.numberedIndicators);
    EXPECT_EQ(options.language, Language::French);
}

} // namespace
} // namespace condtrack::test

namespace condtrack::test {
namespace {

// With New tracker's own version 2 template of the same dimensions.
struct RealUpgrade {
    TrackerTables tables = maliTables();
    std::optional<RangeTable> header = programmeHeader();

    UpgradePlan ok() const {
        const ReadResult read = readTracker(tables, kNullDate);
        if (!read.ok()) throw std::logic_error(problemText(read.problems.front()));
        const UpgradeInput input{tables, *read.model, header, kNullDate, Language::English, ""};
        const WorkbookPlan v2 = newTrackerPlan(upgradeOptions(tables, Language::English));
        UpgradeResult result = planUpgrade(input, v2, kStamp);
        if (!result.plan) throw std::logic_error("refused: " + result.refusal->detail);
        return *result.plan;
    }
};

TEST(UpgradeTrackerWithTheTemplate, TheFourGeneralConditionsOf2018AreMet) {
    const UpgradePlan plan = RealUpgrade().ok();
    for (const char* cell : {"E3", "E4", "E5", "E6"}) {
        ASSERT_NE(written(plan, "Conditions", cell), nullptr) << cell;
        EXPECT_EQ(written(plan, "Conditions", cell)->text, "met") << cell;
    }
    ASSERT_NE(written(plan, "Conditions", "C3"), nullptr);
    EXPECT_EQ(written(plan, "Conditions", "C3")->text, "general");
}

TEST(UpgradeTrackerWithTheTemplate, TheProgrammeHeaderGainsLayoutVersion2) {
    const UpgradePlan plan = RealUpgrade().ok();
    const PlannedCell* version = written(plan, "Programme", "B13");
    ASSERT_NE(version, nullptr);
    EXPECT_EQ(version->kind, PlannedCell::Kind::Number);
    EXPECT_EQ(version->number, 2.0);
    const auto header =
        std::find_if(plan.ranges.begin(), plan.ranges.end(),
                     [](const RangeDefinition& r) { return r.name == layout::kHeader; });
    ASSERT_NE(header, plan.ranges.end());
    EXPECT_EQ(header->lastRow, kHeaderFields);
}

TEST(UpgradeTrackerWithTheTemplate, TheProgrammeHeaderGainsTheSectorRow) {
    const UpgradePlan plan = RealUpgrade().ok();
    const PlannedCell* label = written(plan, "Programme", "A15");
    const PlannedCell* sector = written(plan, "Programme", "B15");
    ASSERT_NE(label, nullptr);
    ASSERT_NE(sector, nullptr);
    EXPECT_EQ(label->text, "Sector (DAC 5-digit code, or codes with percentages)");
    EXPECT_EQ(sector->text, "51010"); // general budget support, New tracker's
}

TEST(UpgradeTrackerWithTheTemplate, TheVariableTranchesAreComputedByArrayFormulas) {
    const UpgradePlan plan = RealUpgrade().ok();
    for (const char* cell : {"I3", "I5"}) {
        ASSERT_NE(written(plan, "Tranches", cell), nullptr) << cell;
        EXPECT_EQ(written(plan, "Tranches", cell)->kind, PlannedCell::Kind::ArrayFormula) << cell;
    }
    // The typed base ceilings and deadlines stay the tracker's.
    EXPECT_TRUE(written(plan, "Tranches", "D3") == nullptr ||
                written(plan, "Tranches", "D3")->kind == PlannedCell::Kind::Empty);
    EXPECT_EQ(written(plan, "Tranches", "P3"), nullptr);
    // The bands table beside the tranches, and its range.
    EXPECT_NE(written(plan, "Tranches", "R1"), nullptr);
    EXPECT_NE(std::find_if(plan.ranges.begin(), plan.ranges.end(),
                           [](const RangeDefinition& r) { return r.name == layout::v2::kBands; }),
              plan.ranges.end());
}

} // namespace
} // namespace condtrack::test
