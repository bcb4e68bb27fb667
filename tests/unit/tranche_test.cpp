// Paying a variable tranche: docs/rules.md, "Paying a variable tranche",
// "Waivers" and "Paying by bands".

#include "rules/errors.hpp"
#include "rules/tranche.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

constexpr double kCeiling = 14'000'000.0;

// The Mali example: 13 equal weights, 8 met, 2 partial, 3 not met; the last
// one is SIGRH, the armed forces' HR information system.
VariableTranche maliTranche(Decision sigrh = Decision::None,
                            WaiverRule rule = WaiverRule::Reallocate) {
    VariableTranche t;
    t.ceiling = kCeiling;
    t.rule = rule;
    for (int i = 0; i < 8; ++i)
        t.indicators.push_back({1.0, 1.0});
    for (int i = 0; i < 2; ++i)
        t.indicators.push_back({1.0, 0.5});
    for (int i = 0; i < 2; ++i)
        t.indicators.push_back({1.0, 0.0});
    t.indicators.push_back({1.0, 0.0, sigrh});
    return t;
}

// The bands of the public example: below 30 % nothing, from 30 % 40 %, from
// 50 % 70 %, from 80 % the whole ceiling.
PayoutBands exampleBands() {
    return PayoutBands({{0.0, 0.0}, {0.3, 0.4}, {0.5, 0.7}, {0.8, 1.0}});
}

} // namespace

TEST(VariableTranche, NoWaiverPaysNineThirteenths) {
    EXPECT_NEAR(maliTranche().payable(), 9'692'307.69, 0.005);
}

TEST(VariableTranche, WaiverReallocatedPaysNineTwelfths) {
    EXPECT_NEAR(maliTranche(Decision::Waived, WaiverRule::Reallocate).payable(), 10'500'000.0,
                1e-6);
}

TEST(VariableTranche, WaiverTransferredPaysTheSameNowAndCarriesTheShare) {
    const auto t = maliTranche(Decision::Waived, WaiverRule::Transfer);
    EXPECT_NEAR(t.payable(), 9'692'307.69, 0.005);
    EXPECT_NEAR(t.transferred(), 1'076'923.08, 0.005);
}

TEST(VariableTranche, GeneralConditionsNotMetPayNothing) {
    auto t = maliTranche();
    t.eligible = false;
    EXPECT_DOUBLE_EQ(t.payable(), 0.0);
}

TEST(VariableTranche, PendingScoresCountZero) {
    VariableTranche t{
        100.0, {{1.0, 1.0, Decision::None}, {1.0, std::nullopt, Decision::None}}, {}, true};
    EXPECT_DOUBLE_EQ(t.payable(), 50.0);
}

TEST(VariableTranche, WeightsOfAnyScaleAreNormalised) {
    VariableTranche t{1000.0, {{30.0, 1.0, Decision::None}, {70.0, 0.5, Decision::None}}, {}, true};
    EXPECT_DOUBLE_EQ(t.payable(), 1000.0 * (30 + 35) / 100);
}

TEST(VariableTranche, NegativeWeightIsAnInputError) {
    VariableTranche t{100.0, {{-1.0, 1.0, Decision::None}, {2.0, 1.0, Decision::None}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, ScoreOutsideZeroToOneIsAnInputError) {
    VariableTranche t{100.0, {{1.0, 1.5, Decision::None}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, NegativeCeilingIsAnInputError) {
    VariableTranche t{-1.0, {{1.0, 1.0, Decision::None}}, {}, true};
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(VariableTranche, ZeroDenominatorIsAnInputError) {
    VariableTranche allZero{100.0, {{0.0, 1.0, Decision::None}}, {}, true};
    EXPECT_THROW(allZero.payable(), InvalidArgument);
    VariableTranche allWaived{100.0, {{1.0, 1.0, Decision::Waived}}, WaiverRule::Reallocate, true};
    EXPECT_THROW(allWaived.payable(), InvalidArgument);
}

TEST(VariableTranche, AllWaivedUnderTransferPaysNothingAndCarriesAll) {
    VariableTranche t{100.0, {{1.0, 1.0, Decision::Waived}}, WaiverRule::Transfer, true};
    EXPECT_DOUBLE_EQ(t.payable(), 0.0);
    EXPECT_DOUBLE_EQ(t.transferred(), 100.0);
}

TEST(VariableTranche, InvalidInputIsReportedEvenWhenNotEligible) {
    VariableTranche t{100.0, {{1.0, 2.0, Decision::None}}, {}, false};
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

// Decisions per indicator: docs/rules.md, "Waivers".

TEST(Decisions, SigrhReallocatedPaysNineTwelfths) {
    EXPECT_NEAR(maliTranche(Decision::Reallocate).payable(), 10'500'000.0, 1e-6);
}

TEST(Decisions, SigrhReallocatedTransfersNothing) {
    EXPECT_DOUBLE_EQ(maliTranche(Decision::Reallocate).transferred(), 0.0);
}

TEST(Decisions, SigrhTransferredPaysNineThirteenthsAndCarriesOneThirteenth) {
    const auto t = maliTranche(Decision::Transfer);
    EXPECT_NEAR(t.payable(), 9'692'307.69, 0.005);
    EXPECT_NEAR(t.transferred(), 1'076'923.08, 0.005);
    EXPECT_DOUBLE_EQ(t.held(), 0.0);
}

TEST(Decisions, SigrhReassessedPaysWhatItAchievedAndHoldsTheRest) {
    const auto t = maliTranche(Decision::Reassess);
    EXPECT_NEAR(t.payable(), 9'692'307.69, 0.005);
    EXPECT_NEAR(t.held(), 1'076'923.08, 0.005);
    EXPECT_DOUBLE_EQ(t.transferred(), 0.0);
}

TEST(Decisions, ReassessedPartialScoreIsPaidNowAndItsMissingHalfHeld) {
    // One of the partial indicators (0.5) re-assessed: half its share is paid
    // with the tranche, the other half held.
    auto t = maliTranche();
    t.indicators[8].decision = Decision::Reassess;
    EXPECT_NEAR(t.payable(), 9'692'307.69, 0.005);
    EXPECT_NEAR(t.held(), 538'461.54, 0.005);
}

TEST(Decisions, HeldShareReleasedInFullWhenSigrhRescoresOne) {
    auto t = maliTranche(Decision::Reassess);
    t.indicators.back().rescore = 1.0;
    EXPECT_NEAR(t.released(), 1'076'923.08, 0.005);
}

TEST(Decisions, HeldShareReleasedByHalfWhenSigrhRescoresHalf) {
    auto t = maliTranche(Decision::Reassess);
    t.indicators.back().rescore = 0.5;
    EXPECT_NEAR(t.released(), 538'461.54, 0.005);
}

TEST(Decisions, PendingRescoreReleasesNothingYet) {
    EXPECT_DOUBLE_EQ(maliTranche(Decision::Reassess).released(), 0.0);
}

TEST(Decisions, OnlyReassessedIndicatorsAreReleased) {
    auto t = maliTranche(Decision::Transfer);
    for (auto& indicator : t.indicators)
        indicator.rescore = 1.0;
    EXPECT_DOUBLE_EQ(t.released(), 0.0);
}

TEST(Decisions, ReleasedIsZeroWhenThisYearsTrancheIsNotEligible) {
    auto t = maliTranche(Decision::Reassess);
    t.indicators.back().rescore = 1.0;
    t.eligible = false;
    EXPECT_DOUBLE_EQ(t.released(), 0.0);
    EXPECT_DOUBLE_EQ(t.held(), 0.0);
}

TEST(Decisions, MixedReallocateTransferReassessInOneTranche) {
    // Three not-met indicators: one reallocated (A), one transferred (B), SIGRH
    // re-assessed (C). Denominator 12 (A leaves it), numerator 9 (B left out, C
    // scored 0): paid 9/12, transferred 1/12, held 1/12.
    auto t = maliTranche(Decision::Reassess);
    t.indicators[10].decision = Decision::Reallocate;
    t.indicators[11].decision = Decision::Transfer;
    EXPECT_NEAR(t.payable(), 10'500'000.0, 1e-6);
    EXPECT_NEAR(t.transferred(), kCeiling / 12.0, 1e-6);
    EXPECT_NEAR(t.held(), kCeiling / 12.0, 1e-6);
}

TEST(Decisions, WaivedFollowsTheTranchesRule) {
    EXPECT_EQ(maliTranche(Decision::Waived, WaiverRule::Reallocate).payable(),
              maliTranche(Decision::Reallocate).payable());
    EXPECT_EQ(maliTranche(Decision::Waived, WaiverRule::Transfer).transferred(),
              maliTranche(Decision::Transfer).transferred());
}

TEST(Decisions, WaivedWithoutARuleIsAnInputErrorForHeldAndReleased) {
    const auto t = maliTranche(Decision::Waived);
    EXPECT_THROW(t.held(), InvalidArgument);
    EXPECT_THROW(t.released(), InvalidArgument);
}

TEST(Decisions, RescoreOutsideZeroToOneIsAnInputError) {
    auto t = maliTranche(Decision::Reassess);
    t.indicators.back().rescore = 1.5;
    EXPECT_THROW(t.released(), InvalidArgument);
}

// Paying by bands: docs/rules.md, "Paying by bands".

TEST(Bands, NineThirteenthsReachTheFiftyPercentBandAndPaySeventyPercent) {
    auto t = maliTranche();
    t.bands = exampleBands();
    EXPECT_NEAR(t.payable(), 9'800'000.0, 1e-6);
}

TEST(Bands, ReallocationRaisesTheTotalIntoItsBand) {
    // 9/12 = 75 %: still the 50 % band.
    auto t = maliTranche(Decision::Reallocate);
    t.bands = exampleBands();
    EXPECT_NEAR(t.payable(), 9'800'000.0, 1e-6);
}

TEST(Bands, TotalOnABoundReachesItsBandDespiteRounding) {
    const PayoutBands bands({{0.0, 0.0}, {9.0 / 13.0, 0.5}});
    EXPECT_DOUBLE_EQ(bands.shareFor(9.0 / 13.0 - 1e-12), 0.5);
    EXPECT_DOUBLE_EQ(bands.shareFor(9.0 / 13.0 - 1e-6), 0.0);
}

TEST(Bands, EachBandFromItsLowerBound) {
    const auto bands = exampleBands();
    EXPECT_DOUBLE_EQ(bands.shareFor(0.0), 0.0);
    EXPECT_DOUBLE_EQ(bands.shareFor(0.29), 0.0);
    EXPECT_DOUBLE_EQ(bands.shareFor(0.3), 0.4);
    EXPECT_DOUBLE_EQ(bands.shareFor(0.5), 0.7);
    EXPECT_DOUBLE_EQ(bands.shareFor(0.79), 0.7);
    EXPECT_DOUBLE_EQ(bands.shareFor(1.0), 1.0);
}

TEST(Bands, TransferWithBandsIsAnInputError) {
    auto t = maliTranche(Decision::Transfer);
    t.bands = exampleBands();
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(Bands, ReassessWithBandsIsAnInputError) {
    auto t = maliTranche(Decision::Reassess);
    t.bands = exampleBands();
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(Bands, WaivedUnderTransferWithBandsIsAnInputError) {
    auto t = maliTranche(Decision::Waived, WaiverRule::Transfer);
    t.bands = exampleBands();
    EXPECT_THROW(t.payable(), InvalidArgument);
}

TEST(Bands, NotEligiblePaysNothing) {
    auto t = maliTranche();
    t.bands = exampleBands();
    t.eligible = false;
    EXPECT_DOUBLE_EQ(t.payable(), 0.0);
}

namespace {

std::string bandsError(std::vector<PayoutBand> bands) {
    try {
        PayoutBands{std::move(bands)};
    } catch (const InvalidArgument& e) {
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(Bands, FirstLowerBoundMustBeZero) {
    EXPECT_EQ(bandsError({{0.1, 0.0}, {0.5, 1.0}}), "bands row 1: the first lower bound must be 0");
}

TEST(Bands, LowerBoundsMustBeStrictlyAscending) {
    EXPECT_EQ(bandsError({{0.0, 0.0}, {0.5, 0.5}, {0.5, 1.0}}),
              "bands row 3: lower bounds must be strictly ascending");
}

TEST(Bands, LowerBoundsAndSharesMustBeFractions) {
    EXPECT_EQ(bandsError({{0.0, 0.0}, {1.5, 1.0}}),
              "bands row 2: lower bound must be between 0 and 1");
    EXPECT_EQ(bandsError({{0.0, 0.0}, {0.5, 1.2}}), "bands row 2: share must be between 0 and 1");
}

TEST(Bands, NoBandIsAnInputError) {
    EXPECT_EQ(bandsError({}), "bands: no band given");
}

TEST(Bands, TotalOutsideZeroToOneIsAnInputError) {
    EXPECT_THROW(exampleBands().shareFor(1.1), InvalidArgument);
    EXPECT_THROW(exampleBands().shareFor(-0.1), InvalidArgument);
}

// The fast path adds the indicators up once for many ceilings: the same
// amounts as one tranche at a time.
TEST(IndicatorSums, GivesTheSameAmountsAsOneTrancheAtATime) {
    auto t = maliTranche(Decision::Reassess);
    t.indicators[10].decision = Decision::Reallocate;
    t.indicators[11].decision = Decision::Transfer;
    t.indicators.back().rescore = 0.5;
    const IndicatorSums sums(t.indicators);
    for (const double ceiling : {1.0, 14e6, 3e9}) {
        t.ceiling = ceiling;
        EXPECT_EQ(sums.payable(ceiling, t.rule, true), t.payable());
        EXPECT_EQ(sums.transferred(ceiling), t.transferred());
        EXPECT_EQ(sums.held(ceiling, true), t.held());
        EXPECT_EQ(sums.released(ceiling, true), t.released());
    }
}
