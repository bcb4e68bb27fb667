// Decisions per indicator (docs/rules.md, "Waivers"): the words a person may
// type in English, French or Portuguese, any case, accents optional.

#include "rules/decision.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(Decision, BlankNoneFalseAndZeroAreNoDecision) {
    for (const char* word : {"", "none", "None", "aucune", "nenhuma", "FALSE", "0"})
        EXPECT_EQ(parseDecision(word), Decision::None) << word;
}

TEST(Decision, ReallocateIsOptionA) {
    for (const char* word : {"reallocate", "A",
                             "r\xC3\xA9"
                             "affecter",
                             "realocar"})
        EXPECT_EQ(parseDecision(word), Decision::Reallocate) << word;
}

TEST(Decision, TransferIsOptionB) {
    for (const char* word : {"transfer", "b", "Transf\xC3\xA9rer", "TRANSFERIR"})
        EXPECT_EQ(parseDecision(word), Decision::Transfer) << word;
}

TEST(Decision, ReassessIsOptionC) {
    for (const char* word : {"reassess", "C", "r\xC3\xA9\xC3\xA9valuer", "reevaluer",
                             "r\xC3\xA9"
                             "appr\xC3\xA9"
                             "cier",
                             "Reavaliar"})
        EXPECT_EQ(parseDecision(word), Decision::Reassess) << word;
}

TEST(Decision, TrueAndOneAreAWaiverUnderTheRule) {
    EXPECT_EQ(parseDecision("TRUE"), Decision::Waived);
    EXPECT_EQ(parseDecision("1"), Decision::Waived);
}

TEST(Decision, AnythingElseIsNotADecision) {
    EXPECT_EQ(parseDecision("maybe"), std::nullopt);
    EXPECT_EQ(parseDecision("D"), std::nullopt);
}

TEST(Decision, OnlyAnApprovedRequestTakesEffect) {
    EXPECT_EQ((DecisionRecord{Decision::Transfer, false}.effective()), Decision::None);
    EXPECT_EQ((DecisionRecord{Decision::Transfer, true}.effective()), Decision::Transfer);
}
