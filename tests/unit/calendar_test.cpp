// Review calendars: business days, roll conventions, month-end series.

#include "rules/calendar.hpp"
#include "rules/errors.hpp"

#include <gtest/gtest.h>

using namespace condtrack;

namespace {

Date d(int y, int m, int day) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(day));
}

const BusinessCalendar kWeekendsOnly;

} // namespace

TEST(BusinessCalendar, WeekendsAndHolidaysAreNotBusinessDays) {
    const BusinessCalendar calendar({d(2024, 12, 25)});
    EXPECT_FALSE(calendar.isBusinessDay(d(2024, 6, 1))); // Saturday
    EXPECT_FALSE(calendar.isBusinessDay(d(2024, 6, 2))); // Sunday
    EXPECT_FALSE(calendar.isBusinessDay(d(2024, 12, 25)));
    EXPECT_TRUE(calendar.isBusinessDay(d(2024, 12, 24)));
}

TEST(RollConvention, NoneKeepsTheDate) {
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 6, 1), RollConvention::None), d(2024, 6, 1));
}

TEST(RollConvention, FollowingMovesToTheNextBusinessDay) {
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 6, 1), RollConvention::Following), d(2024, 6, 3));
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 6, 4), RollConvention::Following), d(2024, 6, 4));
}

TEST(RollConvention, PrecedingMovesToThePreviousBusinessDayEvenAcrossAMonth) {
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 6, 1), RollConvention::Preceding), d(2024, 5, 31));
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 9, 1), RollConvention::Preceding), d(2024, 8, 30));
}

TEST(RollConvention, ModifiedFollowingStaysInTheMonth) {
    // Saturday 31 August 2024: the next business day is in September.
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 8, 31), RollConvention::ModifiedFollowing),
              d(2024, 8, 30));
    EXPECT_EQ(kWeekendsOnly.roll(d(2024, 6, 1), RollConvention::ModifiedFollowing), d(2024, 6, 3));
}

TEST(RollConvention, HolidaysChainWithWeekends) {
    const BusinessCalendar calendar({d(2024, 12, 25), d(2024, 12, 26)});
    EXPECT_EQ(calendar.roll(d(2024, 12, 25), RollConvention::Following), d(2024, 12, 27));
    // Friday 31 May 2024 a holiday: following would be 3 June, so modified goes back.
    const BusinessCalendar mayEnd({d(2024, 5, 31)});
    EXPECT_EQ(mayEnd.roll(d(2024, 5, 31), RollConvention::ModifiedFollowing), d(2024, 5, 30));
}

TEST(RollConvention, NoBusinessDayWithinAYearIsAnInputError) {
    std::vector<Date> everyDay;
    for (Date day = d(2024, 1, 1); day < d(2025, 3, 1); day += boost::gregorian::days(1))
        everyDay.push_back(day);
    const BusinessCalendar closed(everyDay);
    EXPECT_THROW(closed.roll(d(2024, 1, 1), RollConvention::Following), InvalidArgument);
}

TEST(RollConvention, ParsesEnglishAndFrenchNames) {
    EXPECT_EQ(parseRollConvention(""), RollConvention::Following);
    EXPECT_EQ(parseRollConvention("Following"), RollConvention::Following);
    EXPECT_EQ(parseRollConvention("modified"), RollConvention::ModifiedFollowing);
    EXPECT_EQ(parseRollConvention("suivant modifi\xC3\xA9"), RollConvention::ModifiedFollowing);
    EXPECT_EQ(parseRollConvention("PRECEDING"), RollConvention::Preceding);
    EXPECT_EQ(parseRollConvention("pr\xC3\xA9"
                                  "c\xC3\xA9"
                                  "dent"),
              RollConvention::Preceding);
    EXPECT_EQ(parseRollConvention("none"), RollConvention::None);
    EXPECT_THROW(parseRollConvention("nearest"), InvalidArgument);
}

TEST(ReviewSchedule, MonthsMustBeOneToOneHundredTwenty) {
    EXPECT_THROW(ReviewSchedule(d(2024, 1, 15), 0), InvalidArgument);
    EXPECT_THROW(ReviewSchedule(d(2024, 1, 15), 121), InvalidArgument);
    EXPECT_NO_THROW(ReviewSchedule(d(2024, 1, 15), 120));
}

TEST(ReviewSchedule, MonthEndFirstGivesMonthEndsIncludingLeapFebruary) {
    const ReviewSchedule monthly(d(2024, 1, 31), 1);
    EXPECT_EQ(monthly.nominal(1), d(2024, 2, 29));
    EXPECT_EQ(monthly.nominal(2), d(2024, 3, 31));
    EXPECT_EQ(monthly.nominal(3), d(2024, 4, 30));
    const ReviewSchedule fromFebruary(d(2023, 2, 28), 12);
    EXPECT_EQ(fromFebruary.nominal(1), d(2024, 2, 29));
    EXPECT_EQ(fromFebruary.nominal(2), d(2025, 2, 28));
}

TEST(ReviewSchedule, OtherDaysAreClampedWithoutDrift) {
    const ReviewSchedule monthly(d(2024, 1, 30), 1);
    EXPECT_EQ(monthly.nominal(1), d(2024, 2, 29));
    EXPECT_EQ(monthly.nominal(2), d(2024, 3, 30)); // not 29: computed from the first date
    const ReviewSchedule nonLeap(d(2023, 1, 29), 1);
    EXPECT_EQ(nonLeap.nominal(1), d(2023, 2, 28));
    EXPECT_EQ(nonLeap.nominal(2), d(2023, 3, 29));
}

TEST(ReviewSchedule, LeapDayFirstIsMonthEndEveryYear) {
    const ReviewSchedule yearly(d(2024, 2, 29), 12);
    EXPECT_EQ(yearly.nominal(1), d(2025, 2, 28));
    EXPECT_EQ(yearly.nominal(4), d(2028, 2, 29));
}

TEST(ReviewSchedule, FirstReviewsAreRolled) {
    const ReviewSchedule halfYearly(d(2019, 3, 15), 6);
    const auto dates = halfYearly.firstReviews(3, kWeekendsOnly, RollConvention::Following);
    ASSERT_EQ(dates.size(), 3u);
    EXPECT_EQ(dates[0], d(2019, 3, 15));
    EXPECT_EQ(dates[1], d(2019, 9, 16)); // Sunday 15 September
    EXPECT_EQ(dates[2], d(2020, 3, 16)); // Sunday 15 March
}

TEST(ReviewSchedule, CountMustBeOneToOneThousand) {
    const ReviewSchedule s(d(2024, 1, 15), 1);
    EXPECT_THROW(s.firstReviews(0, kWeekendsOnly, RollConvention::None), InvalidArgument);
    EXPECT_THROW(s.firstReviews(1001, kWeekendsOnly, RollConvention::None), InvalidArgument);
    EXPECT_EQ(s.firstReviews(1000, kWeekendsOnly, RollConvention::None).size(), 1000u);
}

TEST(ReviewSchedule, NextReviewIsTheFirstRolledDateOnOrAfter) {
    const ReviewSchedule s(d(2019, 3, 15), 6);
    EXPECT_EQ(s.nextOnOrAfter(d(2020, 1, 1), kWeekendsOnly, RollConvention::Following),
              d(2020, 3, 16));
    EXPECT_EQ(s.nextOnOrAfter(d(2019, 9, 16), kWeekendsOnly, RollConvention::Following),
              d(2019, 9, 16));
    EXPECT_EQ(s.nextOnOrAfter(d(2019, 9, 17), kWeekendsOnly, RollConvention::Following),
              d(2020, 3, 16));
}

TEST(ReviewSchedule, NextReviewBeforeTheFirstIsTheFirst) {
    const ReviewSchedule s(d(2019, 3, 15), 6);
    EXPECT_EQ(s.nextOnOrAfter(d(2000, 1, 1), kWeekendsOnly, RollConvention::Following),
              d(2019, 3, 15));
}

TEST(ReviewSchedule, TheRolledDateIsWhatIsComparedWithAsOf) {
    // 15 September 2019 (Sunday) rolls back to Friday the 13th: on Saturday
    // the 14th that review is past, so the next one is March 2020's.
    const ReviewSchedule s(d(2019, 3, 15), 6);
    EXPECT_EQ(s.nextOnOrAfter(d(2019, 9, 14), kWeekendsOnly, RollConvention::Preceding),
              d(2020, 3, 13));
}

TEST(ReviewSchedule, FarFutureAsOfIsFoundWithoutScanningFromTheStart) {
    const ReviewSchedule s(d(1900, 1, 31), 1);
    EXPECT_EQ(s.nextOnOrAfter(d(9000, 2, 1), kWeekendsOnly, RollConvention::None), d(9000, 2, 28));
}

TEST(ReviewSchedule, DatesBeyondTheCalendarAreInputErrors) {
    const ReviewSchedule s(d(9999, 6, 30), 12);
    EXPECT_THROW(s.nominal(1), InvalidArgument);
    EXPECT_THROW(s.nextOnOrAfter(d(9999, 7, 1), kWeekendsOnly, RollConvention::None),
                 InvalidArgument);
}
