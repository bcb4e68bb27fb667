#include "tracker/year_entry.hpp"

#include "functions/arguments.hpp"
#include "tracker/layout.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cctype>

namespace condtrack {

const TrackerYear* findTrackerYear(const TrackerModel& model, int year) {
    for (const auto& y : model.years)
        if (y.year == year) return &y;
    return nullptr;
}

LogEntry logEntry(const Stamp& stamp, std::string subject, int year, std::string field,
                  std::string oldValue, std::string newValue, std::string reason) {
    return {stamp.timestampUtc,  stamp.user,          std::move(subject), year, std::move(field),
            std::move(oldValue), std::move(newValue), std::move(reason),  ""};
}

void reopenIfClosed(const TrackerModel& model, const TrackerYear& year, const std::string& subject,
                    const std::string& reason, const Stamp& stamp, ChangePlan& plan) {
    if (!year.closed) return;
    const int col = model.yearsAt.firstCol;
    plan.writes.push_back({model.yearsAt.sheet, year.sheetRow, col + layout::year_col::State,
                           Cell{std::string("open")}});
    plan.writes.push_back(
        {model.yearsAt.sheet, year.sheetRow, col + layout::year_col::ClosedOn, Cell{Blank{}}});
    plan.log.insert(plan.log.begin(),
                    logEntry(stamp, subject, year.year, "reopen", "closed", "open", reason));
}

std::optional<Date> parseIsoDate(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (i != 4 && i != 7 && !std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    if (year < 1900 || month < 1 || month > 12 || day < 1) return std::nullopt;
    if (day > boost::gregorian::gregorian_calendar::end_of_month_day(
                  static_cast<unsigned short>(year), static_cast<unsigned short>(month)))
        return std::nullopt;
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

std::string isoText(const std::optional<Date>& date) {
    return date ? boost::gregorian::to_iso_extended_string(*date) : std::string();
}

Cell textCell(const std::string& text) {
    return text.empty() ? Cell{Blank{}} : Cell{text};
}

Cell dateCell(const std::optional<Date>& date, Date nullDate) {
    return date ? Cell{serialFromDate(*date, nullDate)} : Cell{Blank{}};
}

} // namespace condtrack
