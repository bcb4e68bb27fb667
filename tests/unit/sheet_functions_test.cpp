// The COND.* functions on grids: arrays, blanks, pending values, errors.

#include "functions/sheet_functions.hpp"
#include "grid_builders.hpp"
#include "version.hpp"

#include <gtest/gtest.h>

#include <functional>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const Date kNullDate(1899, 12, 30);
double serial(int y, int m, int d) {
    return serialFromDate(Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                               static_cast<unsigned short>(d)),
                          kNullDate);
}
const DateContext kDates{kNullDate, Date(2019, 3, 1)};

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const InvalidArgument& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(CondScore, SingleValuesGiveASingleScore) {
    const auto r = sheet::score(one(12980.0), one(2505.0), one(15000.0), {}, {});
    ASSERT_TRUE(r.isSingle());
    EXPECT_NEAR(num(r[0]), 10475.0 / 12495.0, 1e-12);
}

TEST(CondScore, RangesGiveAnArrayOfTheSameShape) {
    const auto r =
        sheet::score(column({100.0, 50.0, kEmpty}), one(0.0), one(100.0), one(text("partial")), {});
    ASSERT_EQ(r.shape(), (Shape{3, 1}));
    EXPECT_DOUBLE_EQ(num(r[0]), 1.0);
    EXPECT_DOUBLE_EQ(num(r[1]), 0.5);
    EXPECT_EQ(str(r[2]), ""); // pending
}

TEST(CondScore, BlankActualIsPendingNotZero) {
    const auto r = sheet::score(one(kEmpty), one(0.0), one(100.0), {}, {});
    EXPECT_EQ(str(r[0]), "");
}

TEST(CondScore, EntirelyBlankRowsStayBlank) {
    const auto r = sheet::score(column({50.0, kEmpty}), column({0.0, kEmpty}),
                                column({100.0, kEmpty}), {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), 0.5);
    EXPECT_TRUE(std::holds_alternative<Blank>(r[1]));
}

TEST(CondScore, PendingWhileTheTargetIsStillBlank) {
    // A tracker's later years: baseline set, target and actual not yet.
    const auto r = sheet::score(one(kEmpty), one(5.0), one(kEmpty), {}, {});
    EXPECT_EQ(str(r[0]), "");
}

TEST(CondScore, ActualWithoutTargetIsAnError) {
    EXPECT_EQ(errorOf([] { sheet::score(one(7.0), one(5.0), one(kEmpty), {}, {}); }),
              "target is blank");
}

TEST(CondScore, PendingIndicatorStillNeedsAValidTarget) {
    EXPECT_EQ(errorOf([] { sheet::score(one(kEmpty), one(5.0), one(5.0), {}, {}); }),
              "target equals baseline: progress is undefined");
}

TEST(CondScore, ErrorsInAnArrayNameTheRow) {
    EXPECT_EQ(errorOf([] {
                  sheet::score(column({1.0, 2.0}), column({0.0, 3.0}), column({4.0, 3.0}), {}, {});
              }),
              "at row 2, column 1: target equals baseline: progress is undefined");
}

TEST(CondScore, UnknownMethodAndBadThresholdAreErrors) {
    EXPECT_NE(errorOf([] { sheet::score(one(1.0), one(0.0), one(2.0), one(text("x")), {}); }),
              "no error");
    EXPECT_NE(errorOf([] { sheet::score(one(1.0), one(0.0), one(2.0), {}, one(1.5)); }),
              "no error");
}

TEST(CondScore, ZeroThresholdFromAnEmptyCellMeansTheDefault) {
    // Partial with the default threshold 0.5: r = 0.3 scores 0, not 0.5.
    const auto r = sheet::score(one(30.0), one(0.0), one(100.0), one(text("partial")), one(0.0));
    EXPECT_DOUBLE_EQ(num(r[0]), 0.0);
}

TEST(CondScore, MismatchedShapesAreAnError) {
    EXPECT_EQ(errorOf([] {
                  sheet::score(column({1.0, 2.0}), column({0.0, 0.0, 0.0}), one(4.0), {}, {});
              }),
              "baseline is 3x1 but actual is 2x1: ranges must have the same shape");
}

TEST(CondScore, ASingleValueArgumentStandsForEveryRow) {
    const auto r = sheet::score(column({0.0, 50.0, 100.0, kEmpty}), one(0.0), one(100.0), {}, {});
    ASSERT_EQ(r.shape(), (Shape{4, 1}));
    EXPECT_EQ(num(r[0]), 0.0);
    EXPECT_EQ(num(r[1]), 0.5);
    EXPECT_EQ(num(r[2]), 1.0);
    EXPECT_EQ(str(r[3]), "");
}

TEST(CondScore, AnErrorInTheFirstRowNamesIt) {
    EXPECT_EQ(errorOf([] {
                  sheet::score(column({1.0, 2.0}), column({3.0, 0.0}), column({3.0, 4.0}), {}, {});
              }),
              "at row 1, column 1: target equals baseline: progress is undefined");
}

TEST(CondStatus, WordsForScoresAndPending) {
    const auto r = sheet::status(column({1.0, 0.5, 0.0, kEmpty}), {});
    EXPECT_EQ(str(r[0]), "met");
    EXPECT_EQ(str(r[1]), "partial");
    EXPECT_EQ(str(r[2]), "not met");
    EXPECT_EQ(str(r[3]), "pending");
}

TEST(CondStatus, ScoreOutsideZeroToOneIsAnError) {
    EXPECT_NE(errorOf([] { sheet::status(one(1.5), {}); }), "no error");
}

namespace {

// 13 equal weights: 8 met, 2 partial, 3 not met (the last is SIGRH).
CellGrid maliScores() {
    std::vector<Cell> cells(8, Cell{1.0});
    cells.insert(cells.end(), 2, Cell{0.5});
    cells.insert(cells.end(), 3, Cell{0.0});
    return CellGrid(Shape{13, 1}, cells);
}
CellGrid maliWeights() {
    return CellGrid(Shape{13, 1}, Cell{1.0});
}
CellGrid sigrhWaived() {
    CellGrid waived(Shape{13, 1}, kEmpty);
    waived[12] = Cell{1.0};
    return waived;
}

} // namespace

TEST(CondTranche, MaliExampleWithoutWaiver) {
    const auto r = sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {});
    EXPECT_NEAR(num(r[0]), 9'692'307.69, 0.005);
}

TEST(CondTranche, MaliExampleSigrhWaivedReallocated) {
    const auto r = sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhWaived(),
                                  one(text("reallocate")), {});
    EXPECT_NEAR(num(r[0]), 10'500'000.0, 1e-6);
}

TEST(CondTranche, MaliExampleSigrhWaivedTransferred) {
    const auto r = sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhWaived(),
                                  one(text("transfer")), {});
    EXPECT_NEAR(num(r[0]), 9'692'307.69, 0.005);
    EXPECT_NEAR(num(sheet::transfer(one(14e6), maliWeights(), sigrhWaived())[0]), 1'076'923.08,
                0.005);
}

TEST(CondTranche, NotEligiblePaysNothing) {
    const auto r = sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, one(0.0));
    EXPECT_DOUBLE_EQ(num(r[0]), 0.0);
}

TEST(CondTranche, RowsWithNeitherWeightNorScoreAreIgnored) {
    const auto r = sheet::tranche(one(100.0), column({1.0, 1.0, kEmpty}),
                                  column({1.0, 0.0, kEmpty}), {}, {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), 50.0);
}

TEST(CondTranche, PendingScoresCountZero) {
    const auto r =
        sheet::tranche(one(100.0), column({1.0, 1.0}), column({1.0, kEmpty}), {}, {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), 50.0);
}

TEST(CondTranche, MissingWeightIsAnError) {
    EXPECT_EQ(errorOf([] {
                  sheet::tranche(one(100.0), column({1.0, kEmpty}), column({1.0, 0.5}), {}, {}, {});
              }),
              "weights (row 2, column 1): weight is blank");
}

TEST(CondTranche, DifferentShapesAreAnError) {
    EXPECT_NE(
        errorOf([] {
            sheet::tranche(one(100.0), column({1.0, 1.0}), column({1.0, 0.5, 1.0}), {}, {}, {});
        }),
        "no error");
}

TEST(CondTranche, SeveralCeilingsGiveSeveralAmounts) {
    const auto r =
        sheet::tranche(row({100.0, 200.0}), column({1.0, 1.0}), column({1.0, 0.0}), {}, {}, {});
    ASSERT_EQ(r.shape(), (Shape{1, 2}));
    EXPECT_DOUBLE_EQ(num(r[0]), 50.0);
    EXPECT_DOUBLE_EQ(num(r[1]), 100.0);
}

TEST(CondTranche, BlankEligibleInARangeIsTheDefault) {
    const auto r = sheet::tranche(row({100.0, 100.0}), column({1.0}), column({1.0}), {}, {},
                                  row({kEmpty, 0.0}));
    EXPECT_DOUBLE_EQ(num(r[0]), 100.0);
    EXPECT_DOUBLE_EQ(num(r[1]), 0.0);
}

namespace {

// SIGRH (the last of the 13) with a decision word; the other rows blank.
CellGrid sigrhDecision(const std::string& word) {
    CellGrid decisions(Shape{13, 1}, kEmpty);
    decisions[12] = text(word.c_str());
    return decisions;
}

// The public example's bands: 0/.3/.5/.8 -> 0/.4/.7/1, as two columns.
CellGrid exampleBandTable() {
    CellGrid table(Shape{4, 2}, kEmpty);
    const double rows[4][2] = {{0.0, 0.0}, {0.3, 0.4}, {0.5, 0.7}, {0.8, 1.0}};
    for (std::size_t r = 0; r < 4; ++r) {
        table[r * 2] = Cell{rows[r][0]};
        table[r * 2 + 1] = Cell{rows[r][1]};
    }
    return table;
}

} // namespace

TEST(CondTranche, SigrhTransferPaysNineThirteenthsAndTransfersOneThirteenth) {
    const auto decisions = sigrhDecision("transfer");
    EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), decisions, {}, {})[0]),
                9'692'307.69, 0.005);
    EXPECT_NEAR(num(sheet::transfer(one(14e6), maliWeights(), decisions)[0]), 1'076'923.08, 0.005);
}

TEST(CondTranche, SigrhReassessPaysNineThirteenthsAndHoldsOneThirteenth) {
    const auto decisions = sigrhDecision("reassess");
    EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), decisions, {}, {})[0]),
                9'692'307.69, 0.005);
    EXPECT_NEAR(num(sheet::held(one(14e6), maliWeights(), maliScores(), decisions, {})[0]),
                1'076'923.08, 0.005);
}

TEST(CondTranche, SigrhReallocatePaysNineTwelfths) {
    const auto r =
        sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhDecision("reallocate"), {}, {});
    EXPECT_NEAR(num(r[0]), 10'500'000.0, 1e-6);
}

TEST(CondTranche, DecisionsInFrenchAndPortugueseLettersAndAnyCase) {
    for (const char* word : {"B", "transférer", "TRANSFERIR", "Transfer"})
        EXPECT_NEAR(num(sheet::transfer(one(14e6), maliWeights(), sigrhDecision(word))[0]),
                    1'076'923.08, 0.005)
            << word;
    for (const char* word : {"c", "réévaluer", "réapprécier", "reavaliar"})
        EXPECT_NEAR(
            num(sheet::held(one(14e6), maliWeights(), maliScores(), sigrhDecision(word), {})[0]),
            1'076'923.08, 0.005)
            << word;
    for (const char* word : {"a", "réaffecter", "Realocar"})
        EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhDecision(word),
                                       {}, {})[0]),
                    10'500'000.0, 1e-6)
            << word;
}

TEST(CondTranche, NoneFalseAndZeroAreNoDecision) {
    for (const Cell& none : {text("none"), text("aucune"), text("nenhuma"), Cell{0.0}}) {
        auto decisions = sigrhDecision("");
        decisions[12] = none;
        EXPECT_NEAR(
            num(sheet::tranche(one(14e6), maliWeights(), maliScores(), decisions, {}, {})[0]),
            9'692'307.69, 0.005);
    }
}

TEST(CondTranche, UnknownDecisionIsAnError) {
    EXPECT_EQ(errorOf([] {
                  sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhDecision("maybe"), {},
                                 {});
              }),
              "decisions (row 13, column 1): unknown decision \"maybe\" (expected reallocate, "
              "transfer, reassess or none)");
}

TEST(CondTranche, MixedDecisionsInOneCall) {
    // The three not-met indicators: A, B and C.
    auto decisions = sigrhDecision("C");
    decisions[10] = text("A");
    decisions[11] = text("B");
    EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), decisions, {}, {})[0]),
                10'500'000.0, 1e-6);
    EXPECT_NEAR(num(sheet::transfer(one(14e6), maliWeights(), decisions)[0]), 14e6 / 12.0, 1e-6);
    EXPECT_NEAR(num(sheet::held(one(14e6), maliWeights(), maliScores(), decisions, {})[0]),
                14e6 / 12.0, 1e-6);
}

TEST(CondTranche, BandsPaySeventyPercentForNineThirteenths) {
    const auto r =
        sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, exampleBandTable());
    EXPECT_NEAR(num(r[0]), 9'800'000.0, 1e-6);
}

TEST(CondTranche, BlankBandRowsAreSkippedAndAllBlankIsProportional) {
    auto table = exampleBandTable();
    table[2] = kEmpty; // the 30 % band left blank: 9/13 still reaches 50 %
    table[3] = kEmpty;
    EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, table)[0]),
                9'800'000.0, 1e-6);
    const CellGrid blank(Shape{4, 2}, kEmpty);
    EXPECT_NEAR(num(sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, blank)[0]),
                9'692'307.69, 0.005);
    EXPECT_NEAR(
        num(sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, one(kEmpty))[0]),
        9'692'307.69, 0.005);
}

TEST(CondTranche, TransferWithBandsIsAnError) {
    EXPECT_EQ(errorOf([] {
                  sheet::tranche(one(14e6), maliWeights(), maliScores(), sigrhDecision("transfer"),
                                 {}, {}, exampleBandTable());
              }),
              "bands: a transfer or re-assessment decision cannot be combined with payment by "
              "bands");
}

TEST(CondTranche, BadBandsNameTheRow) {
    auto table = exampleBandTable();
    table[4] = Cell{0.2}; // row 3's lower bound below row 2's
    EXPECT_EQ(
        errorOf([&] { sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, table); }),
        "bands row 3: lower bounds must be strictly ascending");
    table[4] = kEmpty; // half a row
    EXPECT_EQ(
        errorOf([&] { sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, table); }),
        "bands row 3: lower bound is blank");
}

TEST(CondTranche, BandsNeedTwoColumns) {
    EXPECT_NE(
        errorOf([] {
            sheet::tranche(one(14e6), maliWeights(), maliScores(), {}, {}, {}, column({0.0, 0.5}));
        }),
        "no error");
}

TEST(CondHeld, NotEligibleHoldsNothing) {
    EXPECT_DOUBLE_EQ(num(sheet::held(one(14e6), maliWeights(), maliScores(),
                                     sigrhDecision("reassess"), one(0.0))[0]),
                     0.0);
}

TEST(CondHeld, TrueNeedsAWordHere) {
    EXPECT_NE(
        errorOf([] { sheet::held(one(14e6), maliWeights(), maliScores(), sigrhWaived(), {}); }),
        "no error");
}

namespace {

CellGrid sigrhRescore(const Cell& value) {
    CellGrid rescores(Shape{13, 1}, kEmpty);
    rescores[12] = value;
    return rescores;
}

} // namespace

TEST(CondReleased, SigrhRescoringOneReleasesTheHeldShare) {
    const auto r = sheet::released(one(14e6), maliWeights(), maliScores(),
                                   sigrhDecision("reassess"), sigrhRescore(Cell{1.0}), {});
    EXPECT_NEAR(num(r[0]), 1'076'923.08, 0.005);
}

TEST(CondReleased, SigrhRescoringHalfReleasesHalf) {
    const auto r = sheet::released(one(14e6), maliWeights(), maliScores(),
                                   sigrhDecision("reassess"), sigrhRescore(Cell{0.5}), {});
    EXPECT_NEAR(num(r[0]), 538'461.54, 0.005);
}

TEST(CondReleased, PendingRescoreReleasesNothingYet) {
    const auto r = sheet::released(one(14e6), maliWeights(), maliScores(),
                                   sigrhDecision("reassess"), sigrhRescore(text("")), {});
    EXPECT_DOUBLE_EQ(num(r[0]), 0.0);
}

TEST(CondReleased, NotEligibleThisYearReleasesNothing) {
    const auto r = sheet::released(one(14e6), maliWeights(), maliScores(),
                                   sigrhDecision("reassess"), sigrhRescore(Cell{1.0}), one(0.0));
    EXPECT_DOUBLE_EQ(num(r[0]), 0.0);
}

TEST(CondReleased, RescoresMustHaveTheWeightsShape) {
    EXPECT_NE(errorOf([] {
                  sheet::released(one(14e6), maliWeights(), maliScores(), sigrhDecision("reassess"),
                                  column({1.0}), {});
              }),
              "no error");
}

TEST(CondBands, SharesForTotalsOneByOne) {
    const auto r = sheet::bands(column({9.0 / 13.0, 0.1, 0.8, kEmpty}),
                                column({0.0, 0.3, 0.5, 0.8}), column({0.0, 0.4, 0.7, 1.0}));
    ASSERT_EQ(r.shape(), (Shape{4, 1}));
    EXPECT_DOUBLE_EQ(num(r[0]), 0.7);
    EXPECT_DOUBLE_EQ(num(r[1]), 0.0);
    EXPECT_DOUBLE_EQ(num(r[2]), 1.0);
    EXPECT_TRUE(std::holds_alternative<Blank>(r[3]));
}

TEST(CondBands, FirstLowerBoundMustBeZero) {
    EXPECT_EQ(errorOf([] {
                  sheet::bands(one(0.5), column({0.1, 0.5}), column({0.0, 1.0}));
              }),
              "bands row 1: the first lower bound must be 0");
}

TEST(CondDli, PaysAndAppliesTheEightyPercentRule) {
    const auto r = sheet::dli(one(30.0), column({10000.0, 10000.0, kEmpty}),
                              column({9000.0, 7000.0, kEmpty}), one(1e6), {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), 270'000.0);
    EXPECT_DOUBLE_EQ(num(r[1]), 0.0);
    EXPECT_EQ(str(r[2]), ""); // not yet reported
}

TEST(CondDli, VerifiedAboveReportedIsAnError) {
    EXPECT_EQ(errorOf([] { sheet::dli(one(30.0), one(10.0), one(11.0), one(1e6), {}, {}); }),
              "verified exceeds reported");
}

TEST(CondNextReview, FindsTheNextRolledReview) {
    const auto r = sheet::nextReview(kDates, one(serial(2019, 3, 15)), one(6.0),
                                     one(serial(2020, 1, 1)), {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), serial(2020, 3, 16));
}

TEST(CondNextReview, DefaultsToToday) {
    // Monthly from 1 January 2019: 1 February is past, Friday 1 March is today.
    const auto r = sheet::nextReview(kDates, one(serial(2019, 1, 1)), one(1.0), {}, {}, {});
    EXPECT_DOUBLE_EQ(num(r[0]), serial(2019, 3, 1));
}

TEST(CondNextReview, HolidaysIgnoreBlanksAndRollTheDate) {
    const auto holidays = column({serial(2024, 12, 25), kEmpty, serial(2024, 12, 26)});
    const auto r = sheet::nextReview(kDates, one(serial(2024, 12, 25)), one(12.0),
                                     one(serial(2024, 12, 1)), holidays, {});
    EXPECT_DOUBLE_EQ(num(r[0]), serial(2024, 12, 27));
}

TEST(CondNextReview, MonthsMustBeWhole) {
    EXPECT_NE(
        errorOf([] { sheet::nextReview(kDates, one(serial(2019, 1, 1)), one(1.5), {}, {}, {}); }),
        "no error");
}

TEST(CondNextReview, UsesTheDocumentsNullDate) {
    const DateContext mac{Date(1904, 1, 1), Date(2019, 3, 1)};
    const double first = serialFromDate(Date(2019, 3, 15), mac.nullDate);
    const auto r = sheet::nextReview(mac, one(first), one(6.0),
                                     one(serialFromDate(Date(2020, 1, 1), mac.nullDate)), {}, {});
    EXPECT_EQ(dateFromSerial(num(r[0]), mac.nullDate), Date(2020, 3, 16));
}

TEST(CondSchedule, GivesAColumnOfRolledDates) {
    const auto r = sheet::schedule(kDates, one(serial(2019, 3, 15)), one(6.0), one(3.0), {}, {});
    ASSERT_EQ(r.shape(), (Shape{3, 1}));
    EXPECT_DOUBLE_EQ(num(r[0]), serial(2019, 3, 15));
    EXPECT_DOUBLE_EQ(num(r[1]), serial(2019, 9, 16));
    EXPECT_DOUBLE_EQ(num(r[2]), serial(2020, 3, 16));
}

TEST(CondSchedule, ARowOfFirstDatesGivesOneColumnEach) {
    const auto r = sheet::schedule(kDates, row({serial(2024, 1, 31), serial(2024, 1, 15)}),
                                   one(1.0), one(2.0), {}, one(text("none")));
    ASSERT_EQ(r.shape(), (Shape{2, 2}));
    EXPECT_DOUBLE_EQ(num(r.at(1, 0)), serial(2024, 2, 29));
    EXPECT_DOUBLE_EQ(num(r.at(1, 1)), serial(2024, 2, 15));
}

TEST(CondSchedule, CountOutsideOneToOneThousandIsAnError) {
    EXPECT_NE(errorOf([] {
                  sheet::schedule(kDates, one(serial(2019, 1, 1)), one(1.0), one(1001.0), {}, {});
              }),
              "no error");
}

TEST(CondMilestone, StatusesAsOfADate) {
    const auto due = column({serial(2019, 3, 31), serial(2019, 3, 31), serial(2019, 2, 1),
                             serial(2019, 3, 20), serial(2019, 6, 30)});
    const auto done = column({serial(2019, 3, 1), serial(2019, 4, 2), kEmpty, kEmpty, kEmpty});
    const auto r = sheet::milestone(kDates, due, done, {}, {});
    EXPECT_EQ(str(r[0]), "done");
    EXPECT_EQ(str(r[1]), "done late");
    EXPECT_EQ(str(r[2]), "overdue");
    EXPECT_EQ(str(r[3]), "due soon");
    EXPECT_EQ(str(r[4]), "on track");
}

TEST(CondMilestone, DoneZeroFromAnEmptyCellIsNotDone) {
    const auto r = sheet::milestone(kDates, one(serial(2019, 2, 1)), one(0.0), {}, {});
    EXPECT_EQ(str(r[0]), "overdue");
}

TEST(CondMilestone, BlankDueIsAnError) {
    EXPECT_EQ(errorOf([] { sheet::milestone(kDates, one(0.0), {}, {}, {}); }), "due is blank");
}

TEST(CondMilestone, WarnDaysSetsTheWindow) {
    const auto r = sheet::milestone(kDates, one(serial(2019, 3, 20)), {}, {}, one(10.0));
    EXPECT_EQ(str(r[0]), "on track");
}

TEST(CondDaysLate, CountsWholeDays) {
    const auto r = sheet::daysLate(kDates, column({serial(2019, 2, 1), serial(2019, 2, 1)}),
                                   column({kEmpty, serial(2019, 2, 11)}), {});
    EXPECT_DOUBLE_EQ(num(r[0]), 28.0); // as of 1 March 2019
    EXPECT_DOUBLE_EQ(num(r[1]), 10.0);
}

TEST(CondVersion, IsTheProjectVersion) {
    EXPECT_EQ(sheet::version(), std::string(kVersion));
}
