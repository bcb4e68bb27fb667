// Keywords typed in English, French or Portuguese, and texts shortened for lists.

#include "text/keys.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(TextKeys, KeywordsIgnoreCaseSpacesAndFrenchAccents) {
    EXPECT_EQ(normaliseKeyword("  Linéaire "), "lineaire");
    EXPECT_EQ(normaliseKeyword("TRANSFER"), "transfer");
    EXPECT_EQ(normaliseKeyword(" \t"), "");
}

TEST(TextKeys, KeywordsFoldPortugueseAccentsInBothCases) {
    EXPECT_EQ(normaliseKeyword("Binário"), "binario");
    EXPECT_EQ(normaliseKeyword("BINÁRIO"), "binario");
    EXPECT_EQ(normaliseKeyword("Dotação"), "dotacao");
    EXPECT_EQ(normaliseKeyword("AÇÃO"), "acao");
    EXPECT_EQ(normaliseKeyword("Opções"), "opcoes");
    EXPECT_EQ(normaliseKeyword("Íntegro ÚNICO ÓTIMO Êxito"), "integro unico otimo exito");
}

TEST(TextKeys, KeywordsKeepLettersWithoutAnAsciiBase) {
    // ß and Æ have no single ASCII letter: kept as they are, never dropped.
    EXPECT_EQ(normaliseKeyword("Straße"), "straße");
    EXPECT_EQ(normaliseKeyword("Æ"), "Æ");
}

TEST(TextKeys, ShortTextsStayWhole) {
    EXPECT_EQ(shortened("SIGRH", 50), "SIGRH");
    EXPECT_EQ(shortened("", 3), "");
    EXPECT_EQ(shortened("abc", 3), "abc");
}

// A byte count would cut "é" (two bytes) in half.
TEST(TextKeys, LongTextsAreCutBetweenCharacters) {
    const std::string title = std::string(49, 'a') + "é and more";
    EXPECT_EQ(shortened(title, 50), std::string(49, 'a') + "é…");
    EXPECT_EQ(shortened("ééééé", 3), "ééé…");
    EXPECT_EQ(shortened("Accouchements assistés (%)", 22), "Accouchements assistés…");
}

TEST(TextKeys, TrimTakesAsciiWhitespaceFromBothEnds) {
    EXPECT_EQ(trim(" \t\r\n IND-01 \v\f"), "IND-01");
    EXPECT_EQ(trim("a b"), "a b");
    EXPECT_EQ(trim(" \n "), "");
}

// UTF-8 bytes are never touched, whatever the process's locale.
TEST(TextKeys, LowerAsciiLeavesOtherBytesAlone) {
    EXPECT_EQ(lowerAscii("XI-IATI-EC_INTPA"), "xi-iati-ec_intpa");
    EXPECT_EQ(lowerAscii("ÉTAT Fr"), "État fr");
}
