// Disbursement-linked indicators (World Bank Program-for-Results): docs/rules.md,
// "Disbursement-linked indicators".

#include "rules/dli.hpp"
#include "rules/errors.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(ScalableDli, PaysUnitValuePerVerifiedUnit) {
    // USD 30 per household reached.
    const ScalableDli dli{30.0, 1'000'000.0, 0.0};
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 9'000), 270'000.0);
}

TEST(ScalableDli, IsCappedByWhatIsLeftOfTheAllocation) {
    const ScalableDli dli{30.0, 1'000'000.0, 900'000.0};
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 9'000), 100'000.0);
}

TEST(ScalableDli, PaysNothingOnceTheAllocationIsUsedUp) {
    const ScalableDli dli{30.0, 1'000'000.0, 1'200'000.0};
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 9'000), 0.0);
}

TEST(ScalableDli, EightyPercentRuleBlocksPaymentBelowTheRatio) {
    const ScalableDli dli{30.0, 1'000'000.0, 0.0};
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 7'999), 0.0);
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 8'000), 240'000.0);
}

TEST(ScalableDli, MinimumRatioCanBeSet) {
    const ScalableDli dli{30.0, 1'000'000.0, 0.0, 0.5};
    EXPECT_DOUBLE_EQ(dli.payment(10'000, 6'000), 180'000.0);
}

TEST(ScalableDli, NothingReportedPaysNothing) {
    const ScalableDli dli{30.0, 1'000'000.0, 0.0};
    EXPECT_DOUBLE_EQ(dli.payment(0, 0), 0.0);
}

TEST(ScalableDli, VerifiedAboveReportedIsAnInputError) {
    const ScalableDli dli{30.0, 1'000'000.0, 0.0};
    EXPECT_THROW(dli.payment(100, 101), InvalidArgument);
}

TEST(ScalableDli, NegativeInputsAreInputErrors) {
    EXPECT_THROW((ScalableDli{-1.0, 100.0, 0.0}.payment(1, 1)), InvalidArgument);
    EXPECT_THROW((ScalableDli{1.0, -100.0, 0.0}.payment(1, 1)), InvalidArgument);
    EXPECT_THROW((ScalableDli{1.0, 100.0, -5.0}.payment(1, 1)), InvalidArgument);
    EXPECT_THROW((ScalableDli{1.0, 100.0, 0.0}.payment(-1, -1)), InvalidArgument);
    EXPECT_THROW((ScalableDli{1.0, 100.0, 0.0, 1.5}.payment(1, 1)), InvalidArgument);
}
