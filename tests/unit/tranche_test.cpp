// Paying a variable tranche: docs/rules.md, "Paying a variable tranche" and
// "Waivers".

#include "rules/errors.hpp"
#include "rules/tranche.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

constexpr double kCeiling = 14'000'000.0;

// The Mali example: 13 equal weights, 8 met, 2 partial, 3 not met; the last
// one is SIGRH, the armed forces' HR information system.
VariableTranche maliTranche(bool sigrhWaived = false, WaiverRule rule = WaiverRule::Reallocate) {
    VariableTranche t;
    t.ceiling = kCeiling;
    t.rule = rule;
    for (int i = 0; i < 8; ++i)
        t.indicators.push_back({1.0, 1.0, false});
    for (int i = 0; i < 2; ++i)
        t.indicators.push_back({1.0, 0.5, false});
    for (int i = 0; i < 2; ++i)
        t.indicators.push_back({1.0, 0.0, false});
    t.indicators.push_back({1.0, 0.0, sigrhWaived});
    return t;
}

} // namespace

TEST(VariableTranche, NoWaiverPaysNineThirteenths) {
    EXPECT_NEAR(maliTranche().payable(), 9'692'307.69, 0.005);
}

TEST(VariableTranche, WaiverReallocatedPaysNineTwelfths) {
    EXPECT_NEAR(maliTranche(true, WaiverRule::Reallocate).payable(), 10'500'000.0, 1e-6);
}

TEST(VariableTranche, WaiverTransferredPaysTheSameNowAndCarriesTheShare) {
    const auto t = maliTranche(true, WaiverRule::Transfer);
    EXPECT_NEAR(t.payable(), 9'692'307.69, 0.005);
    EXPECT_NEAR(t.transferred(), 1'076'923.08, 0.005);
}

TEST(VariableTranche, GeneralConditionsNotMetPayNothing) {
    auto t = maliTranche();
    t.eligible = false;
    EXPECT_DOUBLE_EQ(t.payable(), 0.0);
}

TEST(VariableTranche, PendingScoresCountZero) {
    VariableTranche t{100.0, {{1.0, 1.0, false}, {1.0, std::nullopt, false}}, {}, true};
    EXPECT_DOUBLE_EQ(t.payable(), 50.0);
}

TEST(VariableTranche, WeightsOfAnyScaleAreNormalised) {
    VariableTranche t{1000.0, {{30.0, 1.0, false}, {70.0, 0.5, false}}, {}, true};
    EXPECT_DOUBLE_EQ(t.payable(), 1000.0 * (30 + 35) / 100);
}

TEST(VariableTranche, NegativeWeightIsAnInputError) {
    VariableTranche t{100.0, {{-1.0, 1.0, false}, {2.0, 1.0, false}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, ScoreOutsideZeroToOneIsAnInputError) {
    VariableTranche t{100.0, {{1.0, 1.5, false}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, NegativeCeilingIsAnInputError) {
    VariableTranche t{-1.0, {{1.0, 1.0, false}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, ZeroDenominatorIsAnInputError) {
    VariableTranche allZero{100.0, {{0.0, 1.0, false}}, {}, true};
    EXPECT_THROW(allZero.payable(), InvalidArgument);
    VariableTranche allWaived{100.0, {{1.0, 1.0, true}}, WaiverRule::Reallocate, true};
    EXPECT_THROW(allWaived.payable(), InvalidArgument);
}

TEST(VariableTranche, AllWaivedUnderTransferPaysNothingAndCarriesAll) {
    VariableTranche t{100.0, {{1.0, 1.0, true}}, WaiverRule::Transfer, true};
    EXPECT_DOUBLE_EQ(t.payable(), 0.0);
    EXPECT_DOUBLE_EQ(t.transferred(), 100.0);
}

TEST(VariableTranche, InvalidInputIsReportedEvenWhenNotEligible) {
    VariableTranche t{100.0, {{1.0, 2.0, false}}, {}, false};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(WaiverRule, ParsesNamesLettersAndFrench) {
    EXPECT_EQ(parseWaiverRule(""), WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("Reallocate"), WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("A"), WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("r\xC3\xA9"
                              "affecter"),
              WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("transfer"), WaiverRule::Transfer);
    EXPECT_EQ(parseWaiverRule("b"), WaiverRule::Transfer);
    EXPECT_EQ(parseWaiverRule("Transf\xC3\xA9rer"), WaiverRule::Transfer);
    EXPECT_THROW(parseWaiverRule("reassess"), InvalidArgument);
}
