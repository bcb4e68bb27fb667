// The keywords a formula takes, typed in Portuguese: scoring methods, waiver
// rules and roll conventions, in any case, with or without accents.

#include "rules/calendar.hpp"
#include "rules/errors.hpp"
#include "rules/scoring.hpp"
#include "rules/tranche.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(PortugueseKeywords, ScoringMethods) {
    EXPECT_EQ(parseScoringMethod("linear"), ScoringMethod::Linear);
    EXPECT_EQ(parseScoringMethod("LINEAR"), ScoringMethod::Linear);
    EXPECT_EQ(parseScoringMethod("binário"), ScoringMethod::Binary);
    EXPECT_EQ(parseScoringMethod("BINÁRIO"), ScoringMethod::Binary);
    EXPECT_EQ(parseScoringMethod("binario"), ScoringMethod::Binary);
    EXPECT_EQ(parseScoringMethod(" Parcial "), ScoringMethod::Partial);
    EXPECT_THROW(parseScoringMethod("binária"), InvalidArgument);
}

TEST(PortugueseKeywords, WaiverRules) {
    EXPECT_EQ(parseWaiverRule("realocar"), WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("Realocar"), WaiverRule::Reallocate);
    EXPECT_EQ(parseWaiverRule("TRANSFERIR"), WaiverRule::Transfer);
    EXPECT_EQ(parseWaiverRule("transferir "), WaiverRule::Transfer);
    EXPECT_THROW(parseWaiverRule("transferência"), InvalidArgument);
}

TEST(PortugueseKeywords, RollConventions) {
    EXPECT_EQ(parseRollConvention("seguinte"), RollConvention::Following);
    EXPECT_EQ(parseRollConvention("Seguinte Modificado"), RollConvention::ModifiedFollowing);
    EXPECT_EQ(parseRollConvention("modificado"), RollConvention::ModifiedFollowing);
    EXPECT_EQ(parseRollConvention("ANTERIOR"), RollConvention::Preceding);
    EXPECT_EQ(parseRollConvention("nenhum"), RollConvention::None);
    EXPECT_THROW(parseRollConvention("seguinte modificada"), InvalidArgument);
}
