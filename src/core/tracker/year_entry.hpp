#pragma once

// What Record decision and Record condition share with Record assessment:
// a change to a closed year reopens it on the record, and dates arrive typed
// (ISO 8601) and leave as serial numbers and log texts.

#include "tracker/assessment.hpp"
#include "tracker/model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace condtrack {

const TrackerYear* findTrackerYear(const TrackerModel& model, int year);

// The reopen row and the year's State and Closed-on cells, when `year` is
// closed: the row goes first in `plan.log`, before the changes it allows.
void reopenIfClosed(const TrackerModel& model, const TrackerYear& year, const std::string& subject,
                    const std::string& reason, const Stamp& stamp, ChangePlan& plan);

LogEntry logEntry(const Stamp& stamp, std::string subject, int year, std::string field,
                  std::string oldValue, std::string newValue, std::string reason);

// "2019-05-02" (surrounding blanks allowed); nullopt for anything else,
// impossible days included.
std::optional<Date> parseIsoDate(std::string_view text);
// "2019-05-02"; "" for no date.
std::string isoText(const std::optional<Date>& date);

// A cell to write: the text, or Blank for "".
Cell textCell(const std::string& text);
// The date's serial number in a workbook counting from `nullDate`, or Blank.
Cell dateCell(const std::optional<Date>& date, Date nullDate);

} // namespace condtrack
