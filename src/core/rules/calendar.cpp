#include "rules/calendar.hpp"

#include <boost/date_time/gregorian/formatters.hpp>

#include "rules/errors.hpp"
#include "text/keys.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace condtrack {

namespace greg = boost::gregorian;

RollConvention parseRollConvention(std::string_view text) {
    const std::string key = normaliseKeyword(text);
    if (key.empty() || key == "following" || key == "suivant" || key == "seguinte")
        return RollConvention::Following;
    if (key == "modified" || key == "modified following" || key == "suivant modifie" ||
        key == "seguinte modificado" || key == "modificado")
        return RollConvention::ModifiedFollowing;
    if (key == "preceding" || key == "precedent" || key == "anterior")
        return RollConvention::Preceding;
    if (key == "none" || key == "aucun" || key == "nenhum") return RollConvention::None;
    throw InvalidArgument("unknown roll \"" + std::string(text) +
                          "\" (expected following, modified, preceding or none)");
}

std::string_view rollKeyword(RollConvention roll) {
    switch (roll) {
    case RollConvention::None: return "none";
    case RollConvention::Following: return "following";
    case RollConvention::ModifiedFollowing: return "modified";
    case RollConvention::Preceding: return "preceding";
    }
    return "following";
}

BusinessCalendar::BusinessCalendar(std::vector<Date> holidays) : holidays_(std::move(holidays)) {
    std::sort(holidays_.begin(), holidays_.end());
    holidays_.erase(std::unique(holidays_.begin(), holidays_.end()), holidays_.end());
}

bool BusinessCalendar::isBusinessDay(Date day) const {
    const auto weekday = day.day_of_week().as_number();
    if (weekday == greg::Saturday || weekday == greg::Sunday) return false;
    return !std::binary_search(holidays_.begin(), holidays_.end(), day);
}

Date BusinessCalendar::step(Date day, int direction) const {
    // Boost's arithmetic does not stop at the calendar's ends: stop here.
    static const Date kFirst(1400, 1, 1);
    static const Date kLast(9999, 12, 31);
    for (int i = 0; i <= kMaxRollDays; ++i) {
        if (isBusinessDay(day)) return day;
        if ((direction > 0 && day == kLast) || (direction < 0 && day == kFirst)) break;
        day += greg::days(direction);
    }
    throw InvalidArgument("no business day within " + std::to_string(kMaxRollDays) + " days of " +
                          greg::to_iso_extended_string(day));
}

Date BusinessCalendar::roll(Date day, RollConvention convention) const {
    switch (convention) {
    case RollConvention::None: return day;
    case RollConvention::Following: return step(day, +1);
    case RollConvention::Preceding: return step(day, -1);
    case RollConvention::ModifiedFollowing: {
        const Date next = step(day, +1);
        return next.month() == day.month() ? next : step(day, -1);
    }
    }
    return day;
}

ReviewSchedule::ReviewSchedule(Date first, int months)
    : first_(first), months_(months), endOfMonth_(first == first.end_of_month()) {
    if (months < 1 || months > kMaxMonths)
        throw InvalidArgument("months must be a whole number from 1 to " +
                              std::to_string(kMaxMonths));
}

Date ReviewSchedule::nominal(long k) const {
    const long monthIndex = static_cast<long>(first_.year()) * 12 + (first_.month() - 1) +
                            k * static_cast<long>(months_);
    const long year = monthIndex / 12;
    const int month = static_cast<int>(monthIndex % 12) + 1;
    if (year < 1400 || year > 9999)
        throw InvalidArgument("review date beyond the supported calendar (years 1400-9999)");
    const auto y = static_cast<unsigned short>(year);
    const auto m = static_cast<unsigned short>(month);
    const unsigned short lastDay = greg::gregorian_calendar::end_of_month_day(y, m);
    const unsigned short day =
        endOfMonth_ ? lastDay : std::min<unsigned short>(first_.day(), lastDay);
    return Date(y, m, day);
}

Date ReviewSchedule::review(long k, const BusinessCalendar& calendar, RollConvention roll) const {
    return calendar.roll(nominal(k), roll);
}

Date ReviewSchedule::nextOnOrAfter(Date asOf, const BusinessCalendar& calendar,
                                   RollConvention roll) const {
    // Start a little before the month of asOf: rolling moves a date by at most
    // kMaxRollDays, so no earlier k can qualify.
    const long monthsToAsOf = (static_cast<long>(asOf.year()) - first_.year()) * 12 +
                              (static_cast<long>(asOf.month()) - first_.month());
    long k = std::max(0L, monthsToAsOf / months_ - (BusinessCalendar::kMaxRollDays / 28 + 1));
    for (;; ++k) {
        const Date candidate = review(k, calendar, roll);
        if (candidate >= asOf) return candidate;
    }
}

std::vector<Date> ReviewSchedule::firstReviews(int count, const BusinessCalendar& calendar,
                                               RollConvention roll) const {
    if (count < 1 || count > kMaxCount)
        throw InvalidArgument("count must be a whole number from 1 to " +
                              std::to_string(kMaxCount));
    std::vector<Date> dates;
    dates.reserve(static_cast<std::size_t>(count));
    for (int k = 0; k < count; ++k)
        dates.push_back(review(k, calendar, roll));
    return dates;
}

} // namespace condtrack
