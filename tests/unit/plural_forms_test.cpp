// The Plural-Forms rules of gettext headers, evaluated for counts.

#include "text/plural_forms.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

using namespace condtrack;

TEST(PluralForms, FrenchCountsZeroAndOneAsSingular) {
    const PluralForms french("nplurals=2; plural=(n > 1);");
    EXPECT_EQ(french.count(), 2);
    EXPECT_EQ(french.formFor(0), 0);
    EXPECT_EQ(french.formFor(1), 0);
    EXPECT_EQ(french.formFor(2), 1);
    EXPECT_EQ(french.formFor(1000000), 1);
}

TEST(PluralForms, PortugueseAndEnglishCountZeroAsPlural) {
    const PluralForms portuguese("nplurals=2; plural=(n != 1);");
    EXPECT_EQ(portuguese.formFor(0), 1);
    EXPECT_EQ(portuguese.formFor(1), 0);
    EXPECT_EQ(portuguese.formFor(2), 1);
}

TEST(PluralForms, ReadsTheHeaderWithoutSpacesOrTrailingSemicolon) {
    const PluralForms rule("nplurals=2;plural=n>1");
    EXPECT_EQ(rule.formFor(1), 0);
    EXPECT_EQ(rule.formFor(5), 1);
}

TEST(PluralForms, EvaluatesNestedConditionalsAsForRussian) {
    const PluralForms russian("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                              "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
    EXPECT_EQ(russian.count(), 3);
    EXPECT_EQ(russian.formFor(1), 0);
    EXPECT_EQ(russian.formFor(21), 0);
    EXPECT_EQ(russian.formFor(11), 2);
    EXPECT_EQ(russian.formFor(3), 1);
    EXPECT_EQ(russian.formFor(13), 2);
    EXPECT_EQ(russian.formFor(24), 1);
    EXPECT_EQ(russian.formFor(5), 2);
}

TEST(PluralForms, EvaluatesArithmeticNegationAndPrecedence) {
    EXPECT_EQ(evaluatePlural("1 + 2 * 3", 0), 7u);
    EXPECT_EQ(evaluatePlural("(1 + 2) * 3", 0), 9u);
    EXPECT_EQ(evaluatePlural("n / 2 - 1", 10), 4u);
    EXPECT_EQ(evaluatePlural("!n", 0), 1u);
    EXPECT_EQ(evaluatePlural("!n", 3), 0u);
    EXPECT_EQ(evaluatePlural("n <= 2", 2), 1u);
    EXPECT_EQ(evaluatePlural("n >= 3", 2), 0u);
    EXPECT_EQ(evaluatePlural("n == 0 || n == 1", 1), 1u);
    EXPECT_EQ(evaluatePlural("0", 5), 0u);
}

TEST(PluralForms, AFormBeyondTheCountFallsBackToTheFirst) {
    const PluralForms wrong("nplurals=2; plural=n;");
    EXPECT_EQ(wrong.formFor(7), 0);
}

TEST(PluralForms, RejectsWhatItCannotRead) {
    EXPECT_THROW(PluralForms("plural=(n != 1);"), std::invalid_argument);
    EXPECT_THROW(PluralForms("nplurals=2;"), std::invalid_argument);
    EXPECT_THROW(PluralForms("nplurals=2; plural=(n != 1;"), std::invalid_argument);
    EXPECT_THROW(PluralForms("nplurals=2; plural=n ? 1;"), std::invalid_argument);
    EXPECT_THROW(PluralForms("nplurals=2; plural=m > 1;"), std::invalid_argument);
    EXPECT_THROW(PluralForms("nplurals=0; plural=0;"), std::invalid_argument);
    EXPECT_THROW(evaluatePlural("n % 0", 3), std::invalid_argument);
    EXPECT_THROW(evaluatePlural("n | 1", 3), std::invalid_argument);
}
