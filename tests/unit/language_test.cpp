// Which language a locale picks.

#include "text/language.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

TEST(Language, FrenchLocalesPickFrench) {
    EXPECT_EQ(languageOf("fr"), Language::French);
    EXPECT_EQ(languageOf("fr-FR"), Language::French);
    EXPECT_EQ(languageOf("fr-CA"), Language::French);
    EXPECT_EQ(languageOf("FR_be"), Language::French);
}

TEST(Language, PortugueseLocalesPickPortugueseBrazilToo) {
    EXPECT_EQ(languageOf("pt"), Language::Portuguese);
    EXPECT_EQ(languageOf("pt-PT"), Language::Portuguese);
    EXPECT_EQ(languageOf("pt-BR"), Language::Portuguese);
    EXPECT_EQ(languageOf("pt_MZ"), Language::Portuguese);
}

TEST(Language, AnythingElseIsEnglish) {
    EXPECT_EQ(languageOf("en-US"), Language::English);
    EXPECT_EQ(languageOf("de"), Language::English);
    EXPECT_EQ(languageOf(""), Language::English);
    EXPECT_EQ(languageOf("f"), Language::English);
    // Other languages that merely start with the same letters.
    EXPECT_EQ(languageOf("fra"), Language::English);
    EXPECT_EQ(languageOf("pta"), Language::English);
}

TEST(Language, CodesAreGettextLanguageCodes) {
    EXPECT_EQ(languageCode(Language::English), "en");
    EXPECT_EQ(languageCode(Language::French), "fr");
    EXPECT_EQ(languageCode(Language::Portuguese), "pt");
}
