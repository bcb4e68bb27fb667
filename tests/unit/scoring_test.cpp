// Scoring one indicator: docs/rules.md, "Scoring one indicator".

#include "rules/errors.hpp"
#include "rules/scoring.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

double scoreOf(double actual, double baseline, double target, ScoringRule rule = {}) {
    return score(Progress::of(actual, baseline, target), rule);
}

const ScoringRule kBinary{ScoringMethod::Binary, std::nullopt};
const ScoringRule kPartial{ScoringMethod::Partial, std::nullopt};

} // namespace

TEST(Progress, IsActualMinusBaselineOverTargetMinusBaseline) {
    // EU results system example: B = 2,505, T = 15,000, A = 12,980 gives 83.8 %.
    const Progress p = Progress::of(12980, 2505, 15000);
    EXPECT_NEAR(p.ratio(), 10475.0 / 12495.0, 1e-12);
    EXPECT_NEAR(p.ratio(), 0.838, 0.0005);
}

TEST(Progress, ServesLowerIsBetterIndicators) {
    // Baseline 40 % of posts vacant, target 20 %: reaching 25 % is 75 % of the way.
    EXPECT_NEAR(Progress::of(25, 40, 20).ratio(), 0.75, 1e-12);
}

TEST(Progress, TargetEqualToBaselineIsAnInputError) {
    EXPECT_THROW(Progress::of(5, 10, 10), InvalidArgument);
}

TEST(Progress, NonFiniteInputsAreInputErrors) {
    EXPECT_THROW(Progress::of(std::numeric_limits<double>::quiet_NaN(), 0, 1), InvalidArgument);
    EXPECT_THROW(Progress::of(1, std::numeric_limits<double>::infinity(), 1), InvalidArgument);
    EXPECT_THROW(Progress::of(1e308, -1e308, 1e-300), InvalidArgument);
}

TEST(LinearScore, IsProgressClampedToZeroAndOne) {
    EXPECT_NEAR(scoreOf(12980, 2505, 15000), 10475.0 / 12495.0, 1e-12);
    EXPECT_DOUBLE_EQ(scoreOf(20000, 2505, 15000), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(1000, 2505, 15000), 0.0);
}

TEST(LinearScore, ThresholdZeroesProgressBelowIt) {
    const ScoringRule rule{ScoringMethod::Linear, 0.9};
    EXPECT_DOUBLE_EQ(scoreOf(12980, 2505, 15000, rule), 0.0); // 83.8 % < 90 %
    EXPECT_NEAR(scoreOf(95, 0, 100, rule), 0.95, 1e-12);
}

TEST(LinearScore, LowerIsBetterIndicatorScoresItsProgress) {
    EXPECT_NEAR(scoreOf(25, 40, 20), 0.75, 1e-12);
    EXPECT_DOUBLE_EQ(scoreOf(15, 40, 20), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(45, 40, 20), 0.0);
}

TEST(BinaryScore, IsOneOnlyWhenTheTargetIsMet) {
    EXPECT_DOUBLE_EQ(scoreOf(15000, 2505, 15000, kBinary), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(14999, 2505, 15000, kBinary), 0.0);
}

TEST(BinaryScore, LowerIsBetterMeansActualAtOrBelowTarget) {
    EXPECT_DOUBLE_EQ(scoreOf(20, 40, 20, kBinary), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(19, 40, 20, kBinary), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(21, 40, 20, kBinary), 0.0);
}

TEST(BinaryScore, TargetMetUpToFloatingPointNoiseCountsAsMet) {
    // (0.3 - 0.1) / (0.3 - 0.1) is 1 in exact arithmetic; 0.1 + 0.2 is not 0.3 in doubles.
    EXPECT_DOUBLE_EQ(scoreOf(0.1 + 0.2, 0.0, 0.3, kBinary), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(0.3 - 1e-7, 0.0, 0.3, kBinary), 0.0);
}

TEST(PartialScore, ThreeLevelsWithDefaultThresholdOneHalf) {
    EXPECT_DOUBLE_EQ(scoreOf(100, 0, 100, kPartial), 1.0);
    EXPECT_DOUBLE_EQ(scoreOf(50, 0, 100, kPartial), 0.5);
    EXPECT_DOUBLE_EQ(scoreOf(49, 0, 100, kPartial), 0.0);
}

TEST(PartialScore, UsesTheGivenThreshold) {
    const ScoringRule rule{ScoringMethod::Partial, 0.8};
    EXPECT_DOUBLE_EQ(scoreOf(12980, 2505, 15000, rule), 0.5); // 83.8 %
    EXPECT_DOUBLE_EQ(scoreOf(70, 0, 100, rule), 0.0);
}

TEST(ScoringRule, ThresholdOutsideZeroToOneIsAnInputError) {
    EXPECT_THROW(scoreOf(1, 0, 2, ScoringRule{ScoringMethod::Linear, 1.5}), InvalidArgument);
    EXPECT_THROW(scoreOf(1, 0, 2, ScoringRule{ScoringMethod::Partial, -0.1}), InvalidArgument);
}

TEST(ScoringMethod, ParsesEnglishAndFrenchNamesInAnyCase) {
    EXPECT_EQ(parseScoringMethod(""), ScoringMethod::Linear);
    EXPECT_EQ(parseScoringMethod("Linear"), ScoringMethod::Linear);
    EXPECT_EQ(parseScoringMethod("LIN\xC3\x89"
                                 "AIRE"),
              ScoringMethod::Linear);
    EXPECT_EQ(parseScoringMethod(" binaire "), ScoringMethod::Binary);
    EXPECT_EQ(parseScoringMethod("partial"), ScoringMethod::Partial);
    EXPECT_EQ(parseScoringMethod("Partiel"), ScoringMethod::Partial);
}

TEST(ScoringMethod, UnknownMethodIsAnInputError) {
    EXPECT_THROW(parseScoringMethod("quadratic"), InvalidArgument);
}
