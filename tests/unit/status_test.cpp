#include "rules/errors.hpp"
#include "rules/status.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(IndicatorStatus, FullScoreIsMet) {
    EXPECT_EQ(classifyScore(1.0), IndicatorStatus::Met);
    EXPECT_EQ(classifyScore(1.0 - 1e-12), IndicatorStatus::Met);
}

TEST(IndicatorStatus, AnyScoreAboveZeroIsPartialByDefault) {
    EXPECT_EQ(classifyScore(0.5), IndicatorStatus::Partial);
    EXPECT_EQ(classifyScore(0.01), IndicatorStatus::Partial);
    EXPECT_EQ(classifyScore(0.0), IndicatorStatus::NotMet);
}

TEST(IndicatorStatus, PartialFromSetsTheLowestPartialScore) {
    EXPECT_EQ(classifyScore(0.5, 0.5), IndicatorStatus::Partial);
    EXPECT_EQ(classifyScore(0.49, 0.5), IndicatorStatus::NotMet);
}

TEST(IndicatorStatus, NoScoreIsPending) {
    EXPECT_EQ(classifyScore(std::nullopt), IndicatorStatus::Pending);
    EXPECT_EQ(keyword(IndicatorStatus::Pending), "pending");
}

TEST(IndicatorStatus, KeywordsAreStableEnglishWords) {
    EXPECT_EQ(keyword(IndicatorStatus::Met), "met");
    EXPECT_EQ(keyword(IndicatorStatus::Partial), "partial");
    EXPECT_EQ(keyword(IndicatorStatus::NotMet), "not met");
}

TEST(IndicatorStatus, ScoreOutsideZeroToOneIsAnInputError) {
    EXPECT_THROW(classifyScore(1.2), InvalidArgument);
    EXPECT_THROW(classifyScore(-0.1), InvalidArgument);
    EXPECT_THROW(classifyScore(0.5, 2.0), InvalidArgument);
}
