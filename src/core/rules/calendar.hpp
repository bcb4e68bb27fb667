#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string_view>
#include <vector>

namespace condtrack {

using Date = boost::gregorian::date;

// How a date that falls on a weekend or holiday moves to a business day.
enum class RollConvention { None, Following, ModifiedFollowing, Preceding };

// Accepts none/following/modified/preceding and the French words, any case.
RollConvention parseRollConvention(std::string_view text);
// The English keyword the sheets and files store: none, following, modified, preceding.
std::string_view rollKeyword(RollConvention roll);

// Saturdays, Sundays and the listed holidays are not business days.
class BusinessCalendar {
  public:
    BusinessCalendar() = default;
    explicit BusinessCalendar(std::vector<Date> holidays);

    bool isBusinessDay(Date day) const;
    Date roll(Date day, RollConvention convention) const;

    // Rolling never searches further than this: a holiday list that leaves no
    // business day for a year is an input error, not a reason to loop.
    static constexpr int kMaxRollDays = 366;

  private:
    Date step(Date day, int direction) const;
    std::vector<Date> holidays_; // sorted, unique
};

// Reviews every `months` months from `first`: d_k = first + k*months months,
// each computed from `first` so that clamped days do not drift. When `first`
// is the last day of its month every d_k is the last day of its month.
class ReviewSchedule {
  public:
    ReviewSchedule(Date first, int months);

    static constexpr int kMaxMonths = 120;

    Date nominal(long k) const;
    Date review(long k, const BusinessCalendar& calendar, RollConvention roll) const;
    // The first rolled review date on or after asOf.
    Date nextOnOrAfter(Date asOf, const BusinessCalendar& calendar, RollConvention roll) const;
    std::vector<Date> firstReviews(int count, const BusinessCalendar& calendar,
                                   RollConvention roll) const;

    static constexpr int kMaxCount = 1000;

  private:
    Date first_;
    int months_;
    bool endOfMonth_;
};

} // namespace condtrack
