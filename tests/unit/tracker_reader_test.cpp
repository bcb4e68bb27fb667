// Reading the tracker workbook: docs/tracker-layout.md (the layout and its
// "Errors the reader reports"); the case is docs/rules.md, "The case behind
// the project".

#include "iati/import_plan.hpp"
#include "tracker/template.hpp"
#include "tracker_builder.hpp"

#include <cmath>
#include <limits>

using namespace condtrack;
using namespace condtrack::test;

namespace {

ReadResult read(const TrackerTables& tables, Language language = Language::English) {
    return readTracker(tables, kNullDate, language);
}

std::string listed(const ReadResult& result) {
    std::string text;
    for (const auto& p : result.problems)
        text += "\n  " + problemText(p);
    return text.empty() ? "no problem" : text;
}

bool reports(const ReadResult& result, const LayoutProblem& problem) {
    for (const auto& p : result.problems)
        if (p == problem) return true;
    return false;
}

} // namespace

// The tracker has exactly this one problem.
#define EXPECT_ONLY_PROBLEM(tables, sheet, cell, why)                                              \
    do {                                                                                           \
        const auto result_ = read(tables);                                                         \
        EXPECT_FALSE(result_.ok());                                                                \
        EXPECT_EQ(result_.problems, (std::vector<LayoutProblem>{{sheet, cell, why}}))              \
            << listed(result_);                                                                    \
    } while (false)

#define EXPECT_REPORTS(result, sheet, cell, why)                                                   \
    EXPECT_TRUE(reports(result, LayoutProblem{sheet, cell, why})) << listed(result)

// --- A good tracker -------------------------------------------------------------

TEST(TrackerReader, ReadsTheMaliTrackerWithoutProblems) {
    const auto result = read(maliTables());
    ASSERT_TRUE(result.ok()) << listed(result);
    EXPECT_TRUE(result.problems.empty());
    EXPECT_EQ(result.omitted, 0u);
    const TrackerModel& m = *result.model;
    ASSERT_EQ(m.years.size(), 2u);
    EXPECT_EQ(m.indicators.size(), 13u);
    EXPECT_EQ(m.tranches.size(), 4u);
    EXPECT_EQ(m.milestones.size(), 5u);
}

TEST(TrackerReader, ReadsYearsAndTheReviewSchedule) {
    const auto m = maliModel();
    EXPECT_EQ(m.years[0].year, 2018);
    EXPECT_EQ(m.years[0].reviewDate, day(2019, 3, 15));
    EXPECT_TRUE(m.years[0].closed);
    EXPECT_EQ(m.years[0].closedOn, day(2019, 4, 10));
    EXPECT_EQ(m.years[0].notes, "SIGRH: no progress; its share is not paid");
    EXPECT_EQ(m.years[0].sheetRow, 4);
    EXPECT_EQ(m.years[1].year, 2019);
    EXPECT_FALSE(m.years[1].closed);
    EXPECT_EQ(m.years[1].closedOn, std::nullopt);
    ASSERT_TRUE(m.reviews.has_value());
    EXPECT_EQ(m.reviews->first, day(2019, 3, 15));
    EXPECT_EQ(m.reviews->months, 12);
    EXPECT_EQ(m.reviews->roll, RollConvention::Following);
}

TEST(TrackerReader, ReadsIndicatorsWithOneEntryPerYear) {
    const auto m = maliModel();
    const Indicator& sigrh = m.indicators.back();
    EXPECT_EQ(sigrh.id, "IND-13");
    EXPECT_EQ(sigrh.title,
              "SIGRH: armed forces personnel recorded in the HR information system (%)");
    EXPECT_EQ(sigrh.area, "Security sector HR");
    EXPECT_DOUBLE_EQ(sigrh.weight, 1.0);
    EXPECT_EQ(sigrh.rule.method, ScoringMethod::Partial);
    EXPECT_EQ(sigrh.rule.threshold, 0.5);
    EXPECT_EQ(sigrh.baseline, 0.0);
    EXPECT_EQ(sigrh.sheetRow, 14); // row 15 of the sheet
    ASSERT_EQ(sigrh.years.size(), 2u);
    EXPECT_EQ(sigrh.years[0].target, 100.0);
    EXPECT_EQ(sigrh.years[0].actual, 0.0);
    EXPECT_EQ(sigrh.years[0].evidence, "https://example.org/evidence/IND-13");
    EXPECT_FALSE(sigrh.years[0].waived);
    EXPECT_EQ(sigrh.years[0].score, 0.0);
    EXPECT_EQ(sigrh.years[0].status, "not met");
    // 2019 is not assessed yet: the score formula gives "".
    EXPECT_EQ(sigrh.years[1].actual, std::nullopt);
    EXPECT_EQ(sigrh.years[1].score, std::nullopt);
    EXPECT_EQ(sigrh.years[1].status, "pending");

    int met = 0, partial = 0, notMet = 0;
    for (const auto& indicator : m.indicators) {
        met += indicator.years[0].status == "met";
        partial += indicator.years[0].status == "partial";
        notMet += indicator.years[0].status == "not met";
    }
    EXPECT_EQ(met, 8);
    EXPECT_EQ(partial, 2);
    EXPECT_EQ(notMet, 3);
}

TEST(TrackerReader, ReadsTranchesWithTheirGatingMilestones) {
    const auto m = maliModel();
    const Tranche& fixed2018 = m.tranches[0];
    EXPECT_EQ(fixed2018.year, 2018);
    EXPECT_EQ(fixed2018.type, TrancheType::Fixed);
    EXPECT_DOUBLE_EQ(fixed2018.ceiling, 36'000'000.0);
    EXPECT_EQ(fixed2018.generalConditions, true);
    EXPECT_TRUE(fixed2018.gatingMilestones.empty());
    EXPECT_EQ(fixed2018.disbursed, 36'000'000.0);
    EXPECT_EQ(fixed2018.disbursedOn, day(2019, 4, 15));
    EXPECT_TRUE(fixed2018.isDisbursed());

    const Tranche& variable2018 = m.tranches[1];
    EXPECT_EQ(variable2018.type, TrancheType::Variable);
    EXPECT_NEAR(variable2018.computed, 9'692'307.69, 0.005);
    EXPECT_TRUE(variable2018.eligible);
    EXPECT_EQ(variable2018.rule, WaiverRule::Reallocate);
    EXPECT_EQ(variable2018.gatingMilestones, std::vector<std::string>{"M-01"});
    EXPECT_EQ(variable2018.disbursed, std::nullopt);
    EXPECT_EQ(variable2018.requestDeadline, day(2019, 6, 30));
    EXPECT_EQ(variable2018.sheetRow, 2);

    const Tranche& variable2019 = m.tranches[3];
    EXPECT_EQ(variable2019.generalConditions, std::nullopt); // blank: not yet assessed
    EXPECT_EQ(variable2019.gatingMilestones, (std::vector<std::string>{"M-02", "M-03"}));
    EXPECT_EQ(variable2019.rule, WaiverRule::Transfer);
    EXPECT_FALSE(variable2019.eligible);
}

TEST(TrackerReader, ReadsMilestones) {
    const auto m = maliModel();
    const TrackerMilestone* payroll = m.findMilestone("M-02");
    ASSERT_NE(payroll, nullptr);
    EXPECT_EQ(payroll->title, "SIGRH: HR module installed at the Ministry of Defence");
    EXPECT_EQ(payroll->indicatorId, "IND-13");
    EXPECT_EQ(payroll->trancheYear, 2019);
    EXPECT_EQ(payroll->dates.due, day(2018, 12, 31));
    EXPECT_EQ(payroll->dates.done, std::nullopt);
    EXPECT_EQ(payroll->status(kToday), MilestoneStatus::Overdue);
    EXPECT_EQ(payroll->sheetRow, 2);
    EXPECT_EQ(m.findMilestone("M-04")->indicatorId, "");
    EXPECT_EQ(m.findMilestone("M-05")->trancheYear, std::nullopt);
}

TEST(TrackerReader, RecordsWhereEachTableIs) {
    const auto m = maliModel();
    EXPECT_EQ(m.yearsAt.sheet, "Reviews");
    EXPECT_EQ(m.yearsAt.firstRow, 3);
    EXPECT_EQ(m.indicatorsAt.sheet, "Indicators");
    EXPECT_EQ(m.tranchesAt.sheet, "Tranches");
    EXPECT_EQ(m.milestonesAt.sheet, "Milestones");
}

TEST(TrackerReader, PassesTheLogThroughAsIs) {
    auto tables = maliTables();
    set(tables.log, "J1", txt("not a hash, and not the reader's business"));
    const auto m = *read(tables).model;
    ASSERT_TRUE(m.log.has_value());
    EXPECT_EQ(m.log->sheet, "Log");
    EXPECT_EQ(m.log->cells.shape(), (Shape{1, 10}));
    EXPECT_EQ(m.log->cells.cells(), tables.log->cells.cells());
}

TEST(TrackerReader, AMissingLogIsNotAProblemForTheReader) {
    auto tables = maliTables();
    tables.log.reset();
    const auto result = read(tables);
    ASSERT_TRUE(result.ok());
    EXPECT_FALSE(result.model->log.has_value());
}

TEST(TrackerReader, BlankRowsAreSkippedWherever) {
    auto tables = maliTables();
    insertBlankRow(tables.indicators, 5); // between IND-03 and IND-04
    insertBlankRow(tables.tranches, 2);
    insertBlankRow(tables.milestones, 1);
    insertBlankRow(tables.years, 1);
    set(tables.indicators, "M6", txt("pending")); // a formula result in the blank row
    const auto result = read(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    const auto& m = *result.model;
    EXPECT_EQ(m.indicators.size(), 13u);
    EXPECT_EQ(m.indicators[2].sheetRow, 4);
    EXPECT_EQ(m.indicators[3].id, "IND-04");
    EXPECT_EQ(m.indicators[3].sheetRow, 6);
    EXPECT_EQ(m.tranches.size(), 4u);
    EXPECT_EQ(m.milestones.size(), 5u);
    EXPECT_EQ(m.years.size(), 2u);
}

TEST(TrackerReader, AFreshTrackerRowNeedsOnlyAnIdAWeightAndAMethod) {
    // What New tracker writes: ID, weight 1, "linear"; formulas give blank scores.
    auto tables = maliTables();
    for (const char* ref : {"B4", "C4", "F4", "G4", "H4", "I4", "J4", "N4"})
        set(tables.indicators, ref, kNone);
    set(tables.indicators, "E4", txt("linear"));
    set(tables.indicators, "L4", kNone);
    set(tables.indicators, "M4", txt("pending"));
    // A tranche row without a ceiling yet: its formulas give blank and "".
    set(tables.tranches, "C5", kNone);
    set(tables.tranches, "H5", kNone);
    set(tables.tranches, "I5", txt(""));
    const auto result = read(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    const Indicator& fresh = result.model->indicators[1];
    EXPECT_EQ(fresh.rule.method, ScoringMethod::Linear);
    EXPECT_EQ(fresh.rule.threshold, std::nullopt);
    EXPECT_EQ(fresh.baseline, std::nullopt);
    EXPECT_EQ(fresh.years[0].target, std::nullopt);
    EXPECT_EQ(fresh.years[0].score, std::nullopt);
    EXPECT_DOUBLE_EQ(result.model->tranches[3].ceiling, 0.0);
    EXPECT_DOUBLE_EQ(result.model->tranches[3].transferred, 0.0);
}

TEST(TrackerReader, AcceptsFrenchKeywordsAndBooleanWords) {
    auto tables = maliTables();
    set(tables.tranches, "B2", txt("Fixe"));
    set(tables.tranches, "G3", txt("réaffecter"));
    set(tables.indicators, "E3", txt("Linéaire"));
    set(tables.years, "C5", txt("clos"));
    set(tables.indicators, "K3", txt("VRAI"));
    set(tables.reviews, "C2", txt("suivant modifié"));
    const auto result = read(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    EXPECT_EQ(result.model->tranches[0].type, TrancheType::Fixed);
    EXPECT_EQ(result.model->indicators[0].rule.method, ScoringMethod::Linear);
    EXPECT_TRUE(result.model->years[0].closed);
    EXPECT_TRUE(result.model->indicators[0].years[0].waived);
    EXPECT_EQ(result.model->reviews->roll, RollConvention::ModifiedFollowing);
}

TEST(TrackerReader, NumbersInTextFieldsReadAsTyped) {
    auto tables = maliTables();
    set(tables.milestones, "A6", Cell{7.0});
    set(tables.indicators, "B3", Cell{2.5});
    const auto m = *read(tables).model;
    EXPECT_EQ(m.milestones[4].id, "7");
    EXPECT_EQ(m.indicators[0].title, "2.5");
}

TEST(TrackerReader, AThresholdOfZeroMeansNone) {
    auto tables = maliTables();
    set(tables.indicators, "F3", Cell{0.0});
    EXPECT_EQ(read(tables).model->indicators[0].rule.threshold, std::nullopt);
}

TEST(TrackerReader, HasTrackerWhenAnyRangeIsPresent) {
    EXPECT_FALSE(hasTracker(TrackerTables{}));
    TrackerTables onlyLog;
    onlyLog.log = maliTables().log;
    EXPECT_TRUE(hasTracker(onlyLog));
    EXPECT_TRUE(hasTracker(maliTables()));
}

// --- Malformed trackers: ranges ----------------------------------------------------

TEST(TrackerReaderErrors, MissingNamedRange) {
    auto tables = maliTables();
    tables.milestones.reset();
    EXPECT_ONLY_PROBLEM(tables, "", "", "the named range CondTrack_Milestones is missing");
}

TEST(TrackerReaderErrors, NoRangeAtAllNamesEachMissingOne) {
    const auto result = read(TrackerTables{});
    ASSERT_EQ(result.problems.size(), 5u);
    EXPECT_EQ(result.problems[0].why, "the named range CondTrack_Years is missing");
    EXPECT_EQ(result.problems[4].why, "the named range CondTrack_Tranches is missing");
}

TEST(TrackerReaderErrors, RangeTooSmallForTheLayout) {
    auto tables = maliTables();
    keepColumns(tables.tranches, 11);
    EXPECT_ONLY_PROBLEM(
        tables, "Tranches", "A1",
        "CondTrack_Tranches is 5x11 (rows x columns) but the layout needs at least 1x12");
}

TEST(TrackerReaderErrors, CellValuesThatDoNotFillTheRange) {
    auto tables = maliTables();
    tables.reviews->cells = CellGrid(Shape{2, 5}, std::vector<Cell>(3, kNone));
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "A1",
                        "CondTrack_Reviews: the cell values do not match the range's size");
}

TEST(TrackerReaderErrors, RangeOutsideTheSheet) {
    auto tables = maliTables();
    tables.reviews->firstRow = -1;
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "", "CondTrack_Reviews lies outside the sheet's limits");
    tables.reviews->firstRow = 0;
    tables.reviews->firstCol = 16'380; // 5 columns from XFA: past XFD
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "", "CondTrack_Reviews lies outside the sheet's limits");
}

// --- Malformed trackers: CondTrack_Years and CondTrack_Reviews ------------------------

TEST(TrackerReaderErrors, YearNotAWholeNumber) {
    auto tables = maliTables();
    set(tables.years, "A6", Cell{2019.5});
    const auto result = read(tables);
    EXPECT_REPORTS(result, "Reviews", "A6", "year is not a whole number from 1900 to 9999");
}

TEST(TrackerReaderErrors, DuplicateYear) {
    auto tables = maliTables();
    set(tables.years, "A6", Cell{2018.0});
    const auto result = read(tables);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_EQ(result.problems.front(),
              (LayoutProblem{"Reviews", "A6", "duplicate year \"2018\" (first in A5)"}));
}

TEST(TrackerReaderErrors, YearsNotAscending) {
    auto tables = maliTables();
    set(tables.years, "A5", Cell{2019.0});
    set(tables.years, "A6", Cell{2018.0});
    const auto result = read(tables);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_EQ(result.problems.front(),
              (LayoutProblem{"Reviews", "A6", "years must ascend: 2018 comes after 2019"}));
}

TEST(TrackerReaderErrors, NoYearAtAll) {
    auto tables = maliTables();
    for (const char* ref : {"A5", "B5", "C5", "D5", "E5", "A6", "B6", "C6", "D6", "E6"})
        set(tables.years, ref, kNone);
    const auto result = read(tables);
    ASSERT_FALSE(result.problems.empty());
    EXPECT_EQ(result.problems.front(),
              (LayoutProblem{"Reviews", "A5", "CondTrack_Years holds no year"}));
}

TEST(TrackerReaderErrors, UnknownYearState) {
    auto tables = maliTables();
    set(tables.years, "C6", txt("reviewed"));
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "C6",
                        "unknown state \"reviewed\" (expected open or closed)");
}

TEST(TrackerReaderErrors, ReviewDateNotADate) {
    auto tables = maliTables();
    set(tables.years, "B6", txt("spring"));
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "B6", "review date is not a date: \"spring\"");
}

TEST(TrackerReaderErrors, ReviewMonthsNotAWholeNumber) {
    auto tables = maliTables();
    set(tables.reviews, "B2", Cell{0.0});
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "B2",
                        "months between reviews is not a whole number from 1 to 120");
}

TEST(TrackerReaderErrors, UnknownRollConvention) {
    auto tables = maliTables();
    set(tables.reviews, "C2", txt("sideways"));
    EXPECT_ONLY_PROBLEM(tables, "Reviews", "C2",
                        "unknown roll \"sideways\" (expected following, modified, preceding or "
                        "none)");
}

// --- Malformed trackers: CondTrack_Indicators -------------------------------------------

TEST(TrackerReaderErrors, MissingIndicatorId) {
    auto tables = maliTables();
    set(tables.indicators, "A6", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "A6", "ID is blank");
}

TEST(TrackerReaderErrors, DuplicateIndicatorId) {
    auto tables = maliTables();
    set(tables.indicators, "A6", txt(" IND-01 "));
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "A6", "duplicate ID \"IND-01\" (first in A3)");
}

TEST(TrackerReaderErrors, WeightNotANumber) {
    auto tables = maliTables();
    set(tables.indicators, "D7", txt("one"));
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "D7", "weight is not a number: \"one\"");
}

TEST(TrackerReaderErrors, WeightBlank) {
    auto tables = maliTables();
    set(tables.indicators, "D7", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "D7", "weight is blank");
}

TEST(TrackerReaderErrors, WeightNegative) {
    auto tables = maliTables();
    set(tables.indicators, "D7", Cell{-1.0});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "D7", "weight is negative");
}

TEST(TrackerReaderErrors, WeightNotFinite) {
    auto tables = maliTables();
    set(tables.indicators, "D7", Cell{std::numeric_limits<double>::quiet_NaN()});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "D7", "weight is not a finite number");
}

TEST(TrackerReaderErrors, UnknownMethod) {
    auto tables = maliTables();
    set(tables.indicators, "E4", txt("quadratic"));
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "E4",
                        "unknown method \"quadratic\" (expected linear, binary or partial)");
}

TEST(TrackerReaderErrors, ThresholdOutsideZeroToOne) {
    auto tables = maliTables();
    set(tables.indicators, "F4", Cell{50.0});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "F4", "threshold is not between 0 and 1");
}

TEST(TrackerReaderErrors, YearBlockHeadedWithAnotherYear) {
    auto tables = maliTables();
    set(tables.indicators, "N1", Cell{2020.0});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "N1",
                        "this year block should be headed 2019, as in CondTrack_Years, not "
                        "\"2020\"");
}

TEST(TrackerReaderErrors, YearBlockHeaderBlank) {
    auto tables = maliTables();
    set(tables.indicators, "H1", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "H1",
                        "this year block should be headed 2018, as in CondTrack_Years, but the "
                        "cell is blank");
}

TEST(TrackerReaderErrors, YearBlockMissing) {
    auto tables = maliTables();
    keepColumns(tables.indicators, 15); // 2019's block stops after two of its six columns
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "N1",
                        "the year block for 2019 is missing: CondTrack_Indicators ends at "
                        "column O");
}

TEST(TrackerReaderErrors, YearBlockOfAYearTheTrackerLacks) {
    auto tables = maliTables();
    keepColumns(tables.indicators, 25);
    set(tables.indicators, "T1", Cell{2020.0});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "T1", "year 2020 is not a year of CondTrack_Years");
}

TEST(TrackerReaderErrors, CellsPastColumnZAreNamedWithSeveralLetters) {
    // Five years: blocks at H, N, T, Z and AF; 2022's actual is in AG.
    auto tables = maliTables({2018, 2019, 2020, 2021, 2022});
    ASSERT_TRUE(read(tables).ok());
    set(tables.indicators, "AF1", Cell{2023.0});
    set(tables.indicators, "AG9", txt("n/a"));
    const auto result = read(tables);
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0],
              (LayoutProblem{"Indicators", "AF1",
                             "this year block should be headed 2022, as in CondTrack_Years, not "
                             "\"2023\""}));
    EXPECT_EQ(result.problems[1],
              (LayoutProblem{"Indicators", "AG9", "actual is not a number: \"n/a\""}));

    // A table that starts at column Y: its due dates are in column AC.
    tables = maliTables();
    tables.milestones->firstCol = 24;
    tables.milestones->firstRow = 9;
    set(tables.milestones, "AC12", txt("soon"));
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "AC12", "due date is not a date: \"soon\"");
}

TEST(TrackerReaderErrors, WaivedNotTrueOrFalse) {
    auto tables = maliTables();
    set(tables.indicators, "K3", Cell{2.0});
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "K3", "waived is not TRUE or FALSE");
}

TEST(TrackerReaderErrors, ScoreNotANumberInZeroToOne) {
    auto tables = maliTables();
    set(tables.indicators, "L3", txt("#VALUE!"));
    set(tables.indicators, "L4", Cell{1.5});
    const auto result = read(tables);
    ASSERT_EQ(result.problems.size(), 2u);
    EXPECT_EQ(result.problems[0],
              (LayoutProblem{"Indicators", "L3", "score is not a number: \"#VALUE!\""}));
    EXPECT_EQ(result.problems[1],
              (LayoutProblem{"Indicators", "L4", "score is not between 0 and 1"}));
}

// --- Malformed trackers: CondTrack_Tranches ---------------------------------------------

TEST(TrackerReaderErrors, TrancheOfUnknownYear) {
    auto tables = maliTables();
    set(tables.tranches, "A3", Cell{2017.0});
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "A3",
                        "tranche year 2017 is not a year of CondTrack_Years");
}

TEST(TrackerReaderErrors, TrancheOfUnknownType) {
    auto tables = maliTables();
    set(tables.tranches, "B3", txt("bonus"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "B3",
                        "unknown type \"bonus\" (expected fixed or variable)");
}

TEST(TrackerReaderErrors, TrancheTypeBlank) {
    auto tables = maliTables();
    set(tables.tranches, "B3", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "B3", "type is blank");
}

TEST(TrackerReaderErrors, GatingMilestoneThatDoesNotExist) {
    auto tables = maliTables();
    set(tables.tranches, "E5", txt("M-02, M-99,M-03"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "E5",
                        "gating milestone \"M-99\" is not an ID of CondTrack_Milestones");
}

TEST(TrackerReaderErrors, UnknownWaiverRule) {
    auto tables = maliTables();
    set(tables.tranches, "G3", txt("split"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "G3",
                        "unknown waiver rule \"split\" (expected reallocate or transfer)");
}

TEST(TrackerReaderErrors, NegativeCeiling) {
    auto tables = maliTables();
    set(tables.tranches, "C3", Cell{-14'000'000.0});
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "C3", "ceiling is negative");
}

TEST(TrackerReaderErrors, GeneralConditionsNotTrueOrFalse) {
    auto tables = maliTables();
    set(tables.tranches, "D3", txt("mostly"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "D3", "general conditions is not TRUE or FALSE");
}

TEST(TrackerReaderErrors, DisbursementDateNotADate) {
    auto tables = maliTables();
    set(tables.tranches, "K2", txt("April"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "K2", "disbursed-on date is not a date: \"April\"");
}

TEST(TrackerReaderErrors, RequestDeadlineOutsideTheCalendar) {
    auto tables = maliTables();
    set(tables.tranches, "L3", Cell{1e12});
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "L3", "request deadline is not a date");
}

// --- Malformed trackers: CondTrack_Milestones -------------------------------------------

TEST(TrackerReaderErrors, MilestoneDueDateNotADate) {
    auto tables = maliTables();
    set(tables.milestones, "E3", txt("end of June"));
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "E3", "due date is not a date: \"end of June\"");
}

TEST(TrackerReaderErrors, MilestoneDueDateBlank) {
    auto tables = maliTables();
    set(tables.milestones, "E3", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "E3", "due date is blank");
}

TEST(TrackerReaderErrors, DuplicateMilestoneId) {
    auto tables = maliTables();
    set(tables.milestones, "A6", txt("M-04"));
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "A6", "duplicate ID \"M-04\" (first in A5)");
}

TEST(TrackerReaderErrors, MilestoneOfAnIndicatorThatDoesNotExist) {
    auto tables = maliTables();
    set(tables.milestones, "C2", txt("IND-99"));
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "C2",
                        "indicator \"IND-99\" is not an ID of CondTrack_Indicators");
}

TEST(TrackerReaderErrors, MilestoneOfATrancheYearTheTrackerLacks) {
    auto tables = maliTables();
    set(tables.milestones, "D5", Cell{2024.0});
    EXPECT_ONLY_PROBLEM(tables, "Milestones", "D5",
                        "tranche year 2024 is not a year of CondTrack_Years");
}

// --- Reporting ------------------------------------------------------------------------

TEST(TrackerReaderErrors, CollectsEveryProblemInReadingOrder) {
    auto tables = maliTables();
    set(tables.indicators, "D7", txt("one"));
    set(tables.tranches, "B3", txt("bonus"));
    set(tables.milestones, "E3", kNone);
    const auto result = read(tables);
    ASSERT_EQ(result.problems.size(), 3u);
    EXPECT_EQ(result.problems[0].cell, "D7");
    EXPECT_EQ(result.problems[1].sheet, "Milestones");
    EXPECT_EQ(result.problems[2].sheet, "Tranches");
}

TEST(TrackerReaderErrors, ProblemsAreCappedAtFifty) {
    auto tables = maliTables();
    // 60 indicator rows (sheet rows 3 to 62) with a text weight each.
    for (int i = 0; i < 47; ++i)
        insertBlankRow(tables.indicators, 15);
    for (int row = 3; row <= 62; ++row) {
        const std::string r = std::to_string(row);
        if (row > 15) set(tables.indicators, "A" + r, txt("X-" + r));
        set(tables.indicators, "D" + r, txt("heavy"));
    }
    const auto result = read(tables);
    EXPECT_EQ(result.problems.size(), ReadResult::kMaxProblems);
    EXPECT_EQ(result.omitted, 10u);
    EXPECT_FALSE(result.ok());
}

TEST(TrackerReaderErrors, ProblemsSpeakFrench) {
    auto tables = maliTables();
    set(tables.indicators, "D7", txt("un"));
    set(tables.tranches, "B3", txt("bonus"));
    tables.years.reset();
    const auto result = read(tables, Language::French);
    EXPECT_REPORTS(result, "", "", "la plage nommée CondTrack_Years est absente");
    EXPECT_REPORTS(result, "Indicators", "D7",
                   "le poids n'est pas un nombre\u202f: «\u202fun\u202f»");
    EXPECT_REPORTS(result, "Tranches", "B3",
                   "valeur inconnue pour le type\u202f: «\u202fbonus\u202f» (attendu\u202f: fixed "
                   "ou variable)");
}

TEST(TrackerReaderErrors, ProblemsSpeakPortuguese) {
    auto tables = maliTables();
    set(tables.indicators, "D7", txt("um"));
    set(tables.tranches, "B3", txt("bonus"));
    tables.years.reset();
    const auto result = read(tables, Language::Portuguese);
    EXPECT_REPORTS(result, "", "", "o intervalo com nome CondTrack_Years não existe");
    EXPECT_REPORTS(result, "Indicators", "D7", "o peso não é um número: \"um\"");
    EXPECT_REPORTS(result, "Tranches", "B3",
                   "valor desconhecido para o tipo: \"bonus\" (esperado: fixed ou variable)");
}

TEST(TrackerReaderErrors, ProblemTextNamesSheetAndCell) {
    EXPECT_EQ(problemText({"Indicators", "D7", "weight is blank"}),
              "Indicators.D7: weight is blank");
    EXPECT_EQ(problemText({"", "", "the named range CondTrack_Log is missing"}),
              "the named range CondTrack_Log is missing");
}

// Whatever Calc hands over, the reader answers with problems, never throws.
TEST(TrackerReaderErrors, AnyCellContentGivesProblemsNotExceptions) {
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<Cell> oddities{
        Cell{std::numeric_limits<double>::quiet_NaN()},
        Cell{inf},
        Cell{-inf},
        Cell{1e308},
        Cell{-1e308},
        Cell{-1.0},
        Cell{0.5},
        Cell{2e9},
        txt("text"),
        txt(std::string(5000, 'x')),
        txt("\xC3\xA9\xFF\xFE"), // invalid UTF-8
        txt(" , ,, "),
        kNone,
    };
    const auto good = maliTables();
    std::size_t reads = 0;
    for (auto member : {&TrackerTables::years, &TrackerTables::reviews, &TrackerTables::indicators,
                        &TrackerTables::tranches, &TrackerTables::milestones}) {
        const std::size_t cells = (good.*member)->cells.size();
        for (std::size_t i = 0; i < cells; ++i) {
            for (const auto& odd : oddities) {
                auto tables = good;
                (tables.*member)->cells[i] = odd;
                ReadResult result;
                EXPECT_NO_THROW(result = read(tables));
                EXPECT_EQ(result.ok(), result.problems.empty());
                ++reads;
            }
        }
        // Every cell odd at once.
        for (const auto& odd : oddities) {
            auto tables = good;
            for (std::size_t i = 0; i < cells; ++i)
                (tables.*member)->cells[i] = odd;
            EXPECT_NO_THROW(read(tables));
        }
    }
    EXPECT_GT(reads, 1000u);
}

// --- Layout version 1 read as version 2 says it ------------------------------------

TEST(TrackerReaderV1, HasNoLayoutVersionAndReadsAsVersionOne) {
    const auto m = maliModel();
    EXPECT_EQ(m.layoutVersion, 1);
    EXPECT_TRUE(m.conditions.empty());
    EXPECT_TRUE(m.bands.empty());
}

TEST(TrackerReaderV1, EachYearsWeightIsTheIndicators) {
    const auto m = maliModel();
    for (const auto& indicator : m.indicators)
        for (const auto& y : indicator.years)
            EXPECT_EQ(y.weight, indicator.weight) << indicator.id;
}

TEST(TrackerReaderV1, AWaiverIsAnApprovedDecisionUnderTheTranchesRule) {
    auto tables = maliTables();
    set(tables.indicators, "K15", Cell{1.0}); // SIGRH waived in 2018: reallocate
    set(tables.indicators, "Q15", Cell{1.0}); // and in 2019: transfer
    const auto result = read(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    const Indicator& sigrh = result.model->indicators.back();
    EXPECT_EQ(sigrh.years[0].decision.effective(), Decision::Reallocate);
    EXPECT_EQ(sigrh.years[1].decision.effective(), Decision::Transfer);
    EXPECT_EQ(result.model->indicators.front().years[0].decision.effective(), Decision::None);
}

TEST(TrackerReaderV1, TheBaseCeilingIsTheCeilingAndThePayableTheComputed) {
    const auto m = maliModel();
    const Tranche& variable = m.tranches[1];
    EXPECT_EQ(variable.baseCeiling, 14'000'000.0);
    EXPECT_EQ(variable.carriedIn, 0.0);
    EXPECT_EQ(variable.payable, variable.computed);
    EXPECT_EQ(variable.held, 0.0);
    EXPECT_EQ(variable.released, 0.0);
}

// --- Layout version 2 --------------------------------------------------------------

namespace {

// A new tracker for 2018 and 2019 as New tracker writes it (formulas read
// blank until a test gives them a result).
TrackerTables newTables() {
    TrackerOptions options;
    options.firstYear = 2018;
    options.years = 2;
    options.milestones = 5;
    return plannedTrackerTables(newTrackerPlan(options));
}

ReadResult readV2(const TrackerTables& tables) {
    return readTracker(tables, kNullDate, Language::English);
}

TrackerModel modelV2(const TrackerTables& tables) {
    const auto result = readV2(tables);
    EXPECT_TRUE(result.ok()) << listed(result);
    return result.ok() ? *result.model : TrackerModel{};
}

} // namespace

TEST(TrackerReaderV2, ReadsANewTrackerAsLayoutVersionTwo) {
    const TrackerModel m = modelV2(newTables());
    EXPECT_EQ(m.layoutVersion, 2);
    ASSERT_EQ(m.indicators.size(), 13u);
    EXPECT_EQ(m.indicators[0].years[0].weight, 1.0);
    EXPECT_EQ(m.indicators[0].component, "");
    ASSERT_EQ(m.conditions.size(), 4u);
    EXPECT_EQ(m.conditions[0].id, "GC-1");
    EXPECT_EQ(m.conditions[0].kind, ConditionKind::General);
    EXPECT_EQ(m.conditions[0].years.size(), 2u);
    ASSERT_EQ(m.tranches.size(), 4u);
    EXPECT_EQ(m.tranches[1].payout, PayoutKind::Proportional);
    EXPECT_TRUE(m.bands.empty());
    EXPECT_EQ(m.suspendedFrom, std::nullopt);
    EXPECT_TRUE(readV2(newTables()).notices.empty());
}

TEST(TrackerReaderV2, ALaterYearsTypedWeightIsItsOwn) {
    auto tables = newTables();
    set(tables.indicators, "S3", Cell{2.0}); // IND-01's 2019 weight
    const TrackerModel m = modelV2(tables);
    EXPECT_EQ(m.indicators[0].years[0].weight, 1.0);
    EXPECT_EQ(m.indicators[0].years[1].weight, 2.0);
}

TEST(TrackerReaderV2, TheFirstYearsWeightIsRequired) {
    auto tables = newTables();
    set(tables.indicators, "I15", kNone);
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "I15", "weight is blank");
}

TEST(TrackerReaderV2, ARequestedDecisionChangesNothingUntilApproved) {
    auto tables = newTables();
    set(tables.indicators, "L15", txt("transfer")); // SIGRH, 2018
    set(tables.indicators, "M15", serial(day(2019, 3, 1)));
    TrackerModel m = modelV2(tables);
    const IndicatorYear& requested = m.indicators.back().years[0];
    EXPECT_EQ(requested.decision.decision, Decision::Transfer);
    EXPECT_FALSE(requested.decision.approved);
    EXPECT_EQ(requested.decision.effective(), Decision::None);
    EXPECT_FALSE(requested.waived);

    set(tables.indicators, "N15", serial(day(2019, 4, 2)));
    set(tables.indicators, "O15", txt("Ares(2019)123456"));
    m = modelV2(tables);
    const IndicatorYear& approved = m.indicators.back().years[0];
    EXPECT_EQ(approved.decision.effective(), Decision::Transfer);
    EXPECT_EQ(approved.approvedOn, day(2019, 4, 2));
    EXPECT_EQ(approved.approvalRef, "Ares(2019)123456");
    EXPECT_TRUE(approved.waived);
}

TEST(TrackerReaderV2, DecisionsAreReadInThreeLanguagesAndByLetter) {
    auto tables = newTables();
    set(tables.indicators, "L3", txt("Transférer"));
    set(tables.indicators, "L4", txt("realocar"));
    set(tables.indicators, "L5", txt("C"));
    const TrackerModel m = modelV2(tables);
    EXPECT_EQ(m.indicators[0].years[0].decision.decision, Decision::Transfer);
    EXPECT_EQ(m.indicators[1].years[0].decision.decision, Decision::Reallocate);
    EXPECT_EQ(m.indicators[2].years[0].decision.decision, Decision::Reassess);
}

TEST(TrackerReaderV2, AnUnknownDecisionNamesItsCell) {
    auto tables = newTables();
    set(tables.indicators, "L15", txt("postpone"));
    EXPECT_ONLY_PROBLEM(tables, "Indicators", "L15",
                        "unknown decision \"postpone\" (expected none, reallocate, transfer or "
                        "reassess)");
}

TEST(TrackerReaderV2, ReassessingAFullScoreIsSaidNotStopped) {
    auto tables = newTables();
    set(tables.indicators, "L3", txt("reassess"));
    set(tables.indicators, "N3", serial(day(2019, 4, 2)));
    set(tables.indicators, "P3", Cell{1.0});
    const auto result = readV2(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    ASSERT_EQ(result.notices.size(), 1u);
    EXPECT_EQ(problemText(result.notices[0]),
              "Indicators.L3: re-assessment of an indicator that scored 100% in 2018: nothing "
              "is held, not applied");
}

TEST(TrackerReaderV2, ATransferOutOfTheLastYearIsCarriedBeyondIt) {
    auto tables = newTables();
    set(tables.tranches, "J5", Cell{1'076'923.08}); // 2019 variable, Transferred
    const auto result = readV2(tables);
    ASSERT_TRUE(result.ok()) << listed(result);
    EXPECT_DOUBLE_EQ(result.model->carriedBeyond(), 1'076'923.08);
    ASSERT_EQ(result.notices.size(), 1u);
    EXPECT_EQ(result.notices[0].cell, "J5");
}

TEST(TrackerReaderV2, HeldMoneyTheNextYearDoesNotReleaseIsLost) {
    auto tables = newTables();
    set(tables.tranches, "K3", Cell{1'076'923.08}); // 2018 variable, Held
    set(tables.tranches, "L5", Cell{538'461.54});   // 2019 variable, Released
    const TrackerModel m = modelV2(tables);
    EXPECT_DOUBLE_EQ(m.tranches[1].held, 1'076'923.08);
    EXPECT_DOUBLE_EQ(m.tranches[3].released, 538'461.54);
    EXPECT_NEAR(m.lost(), 538'461.54, 1e-6);
}

TEST(TrackerReaderV2, TheTranchesAmountsAreRead) {
    auto tables = newTables();
    set(tables.tranches, "D5", Cell{14'000'000.0});
    set(tables.tranches, "E5", Cell{1'076'923.08});
    set(tables.tranches, "F5", Cell{15'076'923.08});
    set(tables.tranches, "G5", txt("bands"));
    set(tables.tranches, "M5", Cell{9'000'000.0});
    const Tranche t = modelV2(tables).tranches[3];
    EXPECT_EQ(t.baseCeiling, 14'000'000.0);
    EXPECT_EQ(t.carriedIn, 1'076'923.08);
    EXPECT_EQ(t.ceiling, 15'076'923.08);
    EXPECT_EQ(t.payout, PayoutKind::Bands);
    EXPECT_EQ(t.payable, 9'000'000.0);
}

TEST(TrackerReaderV2, GeneralConditionsAreMetWhenEveryVerdictIsInAnyLanguage) {
    auto tables = newTables();
    set(tables.conditions, "E3", txt("met"));
    set(tables.conditions, "E4", txt("Rempli"));
    set(tables.conditions, "E5", txt("cumprida"));
    set(tables.conditions, "E6", txt("MET"));
    set(tables.conditions, "H3", txt("non rempli"));
    const TrackerModel m = modelV2(tables);
    EXPECT_EQ(m.conditions[1].years[0].verdict, Verdict::Met);
    EXPECT_EQ(m.tranches[0].generalConditions, true);
    EXPECT_EQ(m.tranches[1].generalConditions, true);
    EXPECT_EQ(m.conditions[0].years[1].verdict, Verdict::NotMet);
    EXPECT_EQ(m.tranches[2].generalConditions, false);
    EXPECT_EQ(m.generalConditionsMet(2019), false);
}

TEST(TrackerReaderV2, AGeneralConditionNotAssessedLeavesTheYearPending) {
    auto tables = newTables();
    set(tables.conditions, "E3", txt("met"));
    EXPECT_EQ(modelV2(tables).generalConditionsMet(2018), std::nullopt);
}

TEST(TrackerReaderV2, AnUnknownVerdictNamesItsCell) {
    auto tables = newTables();
    set(tables.conditions, "E3", txt("almost"));
    EXPECT_ONLY_PROBLEM(tables, "Conditions", "E3",
                        "unknown verdict \"almost\" (expected met or not met)");
}

TEST(TrackerReaderV2, ASpecificConditionNamesOneOfTheTranches) {
    auto tables = newTables();
    set(tables.conditions, "A7", txt("SC-1"));
    set(tables.conditions, "B7", txt("Payroll audit published"));
    set(tables.conditions, "C7", txt("spécifique"));
    set(tables.conditions, "D7", txt("2019 variable"));
    const TrackerModel m = modelV2(tables);
    ASSERT_EQ(m.conditions.size(), 5u);
    EXPECT_EQ(m.conditions[4].kind, ConditionKind::Specific);
    EXPECT_EQ(m.conditions[4].tranche, "2019 variable");

    set(tables.conditions, "D7", txt("2030 variable"));
    EXPECT_ONLY_PROBLEM(tables, "Conditions", "D7",
                        "tranche \"2030 variable\" is not a tranche of CondTrack_Tranches");
}

TEST(TrackerReaderV2, ATranchesBandsAreReadFromAdjacentRows) {
    auto tables = newTables();
    set(tables.bands, "R2", txt("2018 variable"));
    set(tables.bands, "S2", Cell{0.0});
    set(tables.bands, "T2", Cell{0.0});
    set(tables.bands, "R3", txt("2018 variable"));
    set(tables.bands, "S3", Cell{0.5});
    set(tables.bands, "T3", Cell{0.6});
    const TrackerModel m = modelV2(tables);
    ASSERT_EQ(m.bands.size(), 2u);
    EXPECT_EQ(m.bands[1].lowerBound, 0.5);
    EXPECT_EQ(m.bands[1].share, 0.6);
}

TEST(TrackerReaderV2, BandsSplitByAnotherTranchesAreAProblem) {
    auto tables = newTables();
    for (const char* row : {"2", "3", "4"}) {
        set(tables.bands, std::string("S") + row, Cell{0.5});
        set(tables.bands, std::string("T") + row, Cell{0.5});
    }
    set(tables.bands, "R2", txt("2018 variable"));
    set(tables.bands, "R3", txt("2019 variable"));
    set(tables.bands, "R4", txt("2018 variable"));
    EXPECT_ONLY_PROBLEM(tables, "Tranches", "R4",
                        "the bands of \"2018 variable\" must be on adjacent rows (first in R2)");
}

TEST(TrackerReaderV2, TheSuspensionDateIsRead) {
    auto tables = newTables();
    set(tables.header, "B14", serial(day(2019, 11, 1)));
    EXPECT_EQ(modelV2(tables).suspendedFrom, day(2019, 11, 1));
}

TEST(TrackerReaderV2, AnUnknownLayoutVersionIsAProblem) {
    auto tables = newTables();
    set(tables.header, "B13", Cell{3.0});
    EXPECT_ONLY_PROBLEM(tables, "Programme", "B13",
                        "layout version 3 is not one this condtrack reads (1 or 2)");
}
