// The conventions every function shares when reading its arguments.

#include "functions/arguments.hpp"
#include "grid_builders.hpp"

#include <gtest/gtest.h>

#include <cmath>

using namespace condtrack;
using namespace condtrack::test;

TEST(Cells, EmptyTextInsideARangeIsBlank) {
    EXPECT_TRUE(isBlank(kEmpty));
    EXPECT_TRUE(isBlank(Cell{Blank{}}));
    EXPECT_FALSE(isBlank(Cell{0.0}));
}

TEST(Cells, TextWhereANumberIsExpectedIsAnInputError) {
    EXPECT_THROW(number(text("12 %")), InvalidArgument);
    EXPECT_THROW(number(Cell{std::nan("")}), InvalidArgument);
    EXPECT_EQ(number(kEmpty), std::nullopt);
}

TEST(Cells, ZeroInAnOptionalSettingMeansNotGiven) {
    // A single empty cell reaches an add-in as 0.
    EXPECT_EQ(optionalSetting(Cell{0.0}), std::nullopt);
    EXPECT_EQ(optionalSetting(Cell{0.7}), 0.7);
}

TEST(Cells, DateZeroIsBlank) {
    const Date nullDate(1899, 12, 30);
    EXPECT_EQ(optionalDate(Cell{0.0}, nullDate), std::nullopt);
    EXPECT_EQ(optionalDate(Cell{43555.0}, nullDate), Date(2019, 3, 31));
}

TEST(Cells, FlagsAreZeroOrOne) {
    EXPECT_FALSE(flag(kEmpty));
    EXPECT_FALSE(flag(Cell{0.0}));
    EXPECT_TRUE(flag(Cell{1.0}));
    EXPECT_THROW(flag(Cell{2.0}), InvalidArgument);
    EXPECT_THROW(flag(text("yes")), InvalidArgument);
}

TEST(Cells, KeywordZeroIsBlankOtherNumbersAreErrors) {
    EXPECT_EQ(keywordText(Cell{0.0}), "");
    EXPECT_EQ(keywordText(text("binary")), "binary");
    EXPECT_THROW(keywordText(Cell{3.0}), InvalidArgument);
}

TEST(Cells, WholeNumbersWithinBounds) {
    EXPECT_EQ(wholeNumber(12.0, 1, 120), 12);
    EXPECT_THROW(wholeNumber(1.5, 1, 120), InvalidArgument);
    EXPECT_THROW(wholeNumber(0.0, 1, 120), InvalidArgument);
    EXPECT_THROW(wholeNumber(INFINITY, 1, 120), InvalidArgument);
}

TEST(DateSerials, FollowTheDocumentsNullDate) {
    EXPECT_EQ(dateFromSerial(43555, Date(1899, 12, 30)), Date(2019, 3, 31));
    EXPECT_EQ(dateFromSerial(42093, Date(1904, 1, 1)), Date(2019, 3, 31));
    EXPECT_EQ(serialFromDate(Date(2019, 3, 31), Date(1904, 1, 1)), 42093);
}

TEST(DateSerials, TimeOfDayIsDropped) {
    EXPECT_EQ(dateFromSerial(43555.75, Date(1899, 12, 30)), Date(2019, 3, 31));
}

TEST(DateSerials, NegativeSerialsAreDatesBeforeTheNullDate) {
    EXPECT_EQ(dateFromSerial(-1, Date(1899, 12, 30)), Date(1899, 12, 29));
}

TEST(DateSerials, OutsideTheCalendarAreInputErrors) {
    EXPECT_THROW(dateFromSerial(1e7, Date(1899, 12, 30)), InvalidArgument);
    EXPECT_THROW(dateFromSerial(-300000, Date(1899, 12, 30)), InvalidArgument); // before 1400
    EXPECT_THROW(dateFromSerial(NAN, Date(1899, 12, 30)), InvalidArgument);
}

TEST(Shapes, SingleValuesStandForAnyShape) {
    const Shape s = ShapeJoin().add("a", one(Cell{1.0})).add("b", column({1.0, 2.0})).shape();
    EXPECT_EQ(s, (Shape{2, 1}));
}

TEST(Shapes, DifferentShapesAreAnInputErrorNamingBoth) {
    try {
        ShapeJoin().add("actual", column({1.0, 2.0})).add("target", column({1.0, 2.0, 3.0}));
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "target is 3x1 but actual is 2x1: ranges must have the same shape");
    }
}

TEST(Grids, ParseErrorsNameTheArgumentAndTheCell) {
    try {
        parseGrid<std::optional<double>>(column({1.0, text("n/a")}), "actual", number);
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "actual (row 2, column 1): expected a number, got text \"n/a\"");
    }
}

TEST(Grids, ASingleCellParsesToOneValueForEveryPosition) {
    const auto values = parseGrid<std::optional<double>>(one(4.0), "actual", number);
    EXPECT_TRUE(values.isSingle());
    EXPECT_EQ(values.size(), 1u);
    EXPECT_EQ(values.broadcast(0), 4.0);
    EXPECT_EQ(values.broadcast(7), 4.0);
}

TEST(Grids, ARangeParsesCellByCellInOrder) {
    const auto values =
        parseGrid<std::optional<double>>(column({1.0, kEmpty, 3.0}), "actual", number);
    EXPECT_FALSE(values.isSingle());
    ASSERT_EQ(values.size(), 3u);
    EXPECT_EQ(values[0], 1.0);
    EXPECT_EQ(values[1], std::nullopt);
    EXPECT_EQ(values[2], 3.0);
}

TEST(Grids, ASingleCellErrorNamesOnlyTheArgument) {
    try {
        parseGrid<std::optional<double>>(one(text("n/a")), "baseline", number);
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_STREQ(e.what(), "baseline: expected a number, got text \"n/a\"");
    }
}

TEST(Grids, AnOmittedArgumentIsItsDefault) {
    const auto values = parseArgument<std::optional<double>>(std::nullopt, "threshold",
                                                             std::optional<double>(0.5), number);
    EXPECT_TRUE(values.isSingle());
    EXPECT_EQ(values.broadcast(3), 0.5);
}
