// What the fuzzers (fuzz/) found, one case per fix. The inputs that found
// them are replayed too, by condtrack_fuzz_replay (fuzz/regressions/).

#include "functions/sheet_functions.hpp"
#include "grid_builders.hpp"
#include "iati/import.hpp"
#include "rules/errors.hpp"
#include "rules/tranche.hpp"

#include <gtest/gtest.h>

#include <cfloat>
#include <chrono>
#include <cmath>
#include <limits>
#include <string>

using namespace condtrack;
using namespace condtrack::test;

namespace {

CellGrid filled(Shape shape, Cell value) {
    return CellGrid(shape, value);
}

} // namespace

// Weights near the largest double added up to infinity and COND.TRANCHE and
// COND.TRANSFER returned NaN.
TEST(FuzzFindings, WeightsWhoseSumOverflowsAreAnInputError) {
    const auto weights = column({Cell{DBL_MAX}, Cell{DBL_MAX}});
    const auto scores = column({Cell{1.0}, Cell{1.0}});
    EXPECT_THROW(sheet::tranche(one(Cell{1000.0}), weights, scores, std::nullopt, std::nullopt,
                                std::nullopt),
                 InvalidArgument);
    EXPECT_THROW(sheet::transfer(one(Cell{1000.0}), weights, column({Cell{1.0}, Cell{0.0}})),
                 InvalidArgument);
    VariableTranche t{1000.0, {{DBL_MAX, 1.0, Decision::None}, {DBL_MAX, 1.0, Decision::Waived}}};
    EXPECT_THROW(t.payable(), InvalidArgument);
    EXPECT_THROW(t.transferred(), InvalidArgument);
}

// A ceiling near the largest double times the weighted scores overflowed:
// COND.TRANCHE returned infinity instead of an amount within the ceiling.
TEST(FuzzFindings, HugeCeilingGivesAnAmountWithinTheCeiling) {
    VariableTranche t{
        DBL_MAX,
        {{1.0, 1.0, Decision::None}, {3.0, 0.5, Decision::None}, {1.0, 0.0, Decision::Waived}}};
    const double paid = t.payable();
    EXPECT_TRUE(std::isfinite(paid));
    EXPECT_DOUBLE_EQ(paid, DBL_MAX * (2.5 / 4.0));
    const double carried = t.transferred();
    EXPECT_TRUE(std::isfinite(carried));
    EXPECT_DOUBLE_EQ(carried, DBL_MAX / 5.0);
    // Ordinary amounts are computed as before, to the last bit.
    VariableTranche mali{14'000'000.0, {}};
    for (int i = 0; i < 13; ++i)
        mali.indicators.push_back({1.0, i < 8 ? 1.0 : i < 10 ? 0.5 : 0.0, Decision::None});
    EXPECT_EQ(mali.payable(), 14'000'000.0 * 9.0 / 13.0);
}

// COND.TRANCHE and COND.TRANSFER over a range of ceilings added the whole list
// of indicators up again for each ceiling (and built a message string per
// indicator each time): 100,000 ceilings over 100,000 indicators hung Calc.
TEST(FuzzFindings, ManyCeilingsOverManyIndicatorsTakeLinearTime) {
    const Shape rows{100'000, 1};
    const auto ceilings = filled(rows, Cell{1000.0});
    const auto weights = filled(rows, Cell{1.0});
    const auto scores = filled(rows, Cell{0.5});
    const auto waived = filled(rows, Cell{0.0});
    const auto start = std::chrono::steady_clock::now();
    const auto paid =
        sheet::tranche(ceilings, weights, scores, std::nullopt, std::nullopt, std::nullopt);
    const auto carried = sheet::transfer(ceilings, weights, waived);
    const auto seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ASSERT_EQ(paid.size(), rows.size());
    EXPECT_DOUBLE_EQ(num(paid[99'999]), 500.0);
    EXPECT_DOUBLE_EQ(num(carried[0]), 0.0);
    EXPECT_LT(seconds, 20.0); // about 0.1 s; hours before
}

// The errors keep their order: the first ceiling's own problem before the
// indicators', the indicators' only once a ceiling needs them.
TEST(FuzzFindings, TrancheErrorsKeepTheirOrder) {
    const auto badWeights = column({Cell{-1.0}, Cell{1.0}});
    const auto scores = column({Cell{1.0}, Cell{1.0}});
    try {
        sheet::tranche(one(Cell{-5.0}), badWeights, scores, std::nullopt, std::nullopt,
                       std::nullopt);
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_NE(std::string(e.what()).find("ceiling"), std::string::npos) << e.what();
    }
    // Only blank ceilings: nothing to pay, nothing checked.
    const auto result = sheet::tranche(column({kEmpty, kEmpty}), badWeights, scores, std::nullopt,
                                       std::nullopt, std::nullopt);
    EXPECT_TRUE(std::holds_alternative<Blank>(result[0]));
}

// Denormal weights (4.9E-324) lost their precision in the products: COND.TRANSFER
// paid 2019.3125 of a 2019.2857 ceiling, and COND.TRANCHE lost the scores.
TEST(FuzzFindings, DenormalWeightsGiveExactSharesWithinTheCeiling) {
    const double tiny = std::numeric_limits<double>::denorm_min();
    const double ceiling = 14'130.0 / 7.0; // 2019.2857...
    VariableTranche all{ceiling, {{tiny, 1.0, Decision::Waived}, {tiny, 1.0, Decision::Waived}}};
    EXPECT_EQ(all.transferred(), ceiling);
    VariableTranche half{
        ceiling,
        {{tiny, 0.5, Decision::None}, {tiny, 0.5, Decision::None}, {tiny, 0.5, Decision::Waived}}};
    EXPECT_DOUBLE_EQ(half.payable(), ceiling / 2.0);
    EXPECT_DOUBLE_EQ(half.transferred(), ceiling / 3.0);
    // The same shares as for weights of 1.
    VariableTranche ones{
        ceiling,
        {{1.0, 0.5, Decision::None}, {1.0, 0.5, Decision::None}, {1.0, 0.5, Decision::Waived}}};
    EXPECT_EQ(half.payable(), ones.payable());
}

// A ceiling so small that ceiling * weights underflows stays within the ceiling.
TEST(FuzzFindings, TinyCeilingStaysWithinTheCeiling) {
    const double ceiling = 3 * std::numeric_limits<double>::denorm_min();
    VariableTranche t{ceiling, {{1.0, 0.6, Decision::None}, {0.4, 0.6, Decision::None}}};
    EXPECT_LE(t.payable(), ceiling);
    EXPECT_GE(t.payable(), 0.0);
}

// An IATI disbursement dated 1461 made a tranche of 1460, a year no tracker
// holds (the reader wants 1900-9999) and condtrack's own export then wrote a
// file the import refused. Such a year is now an error at its line.
TEST(FuzzFindings, IatiDatesOutsideTheTrackerYearsAreErrors) {
    const std::string head = R"(<iati-activities version="2.03"><iati-activity>
<iati-identifier>XI-IATI-EXAMPLE-OLD</iati-identifier>
<reporting-org ref="XI-IATI-EXAMPLE" type="10"><narrative>Example</narrative></reporting-org>
<title><narrative>Old dates</narrative></title>
)";
    const std::string tail = "</iati-activity></iati-activities>";
    const std::string transaction = R"(<transaction><transaction-type code="3"/>
<transaction-date iso-date="1461-04-15"/><value>100</value></transaction>
)";
    try {
        importIati(head + transaction + tail);
        FAIL() << "a tranche of 1460 was read";
    } catch (const XmlError& e) {
        EXPECT_NE(std::string(e.what()).find("1460, outside the years a tracker holds"),
                  std::string::npos)
            << e.what();
    }
    const std::string period = R"(<result type="2"><title><narrative>R</narrative></title>
<indicator measure="1"><title><narrative>I</narrative></title>
<period><period-start iso-date="1850-01-01"/><period-end iso-date="1850-12-31"/></period>
</indicator></result>
)";
    try {
        importIati(head + period + tail);
        FAIL() << "a period of 1850 was read";
    } catch (const XmlError& e) {
        EXPECT_NE(std::string(e.what()).find("<period> is for the year 1850"), std::string::npos)
            << e.what();
    }
    // A disbursement of early 1900 is for 1899, before the first year a tracker holds.
    const std::string early = R"(<transaction><transaction-type code="3"/>
<transaction-date iso-date="1900-03-01"/><value>100</value></transaction>
)";
    EXPECT_THROW(importIati(head + early + tail), XmlError);
    // 1901 is for 1900: read.
    const std::string fine = R"(<transaction><transaction-type code="3"/>
<transaction-date iso-date="1901-03-01"/><value>100</value></transaction>
)";
    EXPECT_EQ(importIati(head + fine + tail).model.tranches.at(0).year, 1900);
}
