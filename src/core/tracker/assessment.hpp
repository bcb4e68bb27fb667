#pragma once

// Record assessment and Close review: what to write into the tracker and
// which rows to append to its log, decided from the model alone. The UNO layer
// writes the result as one undo step.

#include "audit/log.hpp"
#include "tracker/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace condtrack {

// A cell to set: a number, a text, or Blank to empty it.
struct CellWrite {
    std::string sheet;
    int row = 0; // 0-based on the sheet
    int col = 0;
    Cell value;
};

struct AssessmentRequest {
    std::string indicator;
    int year = 0;
    // nullopt: leave the actual as it is; a nullopt inside: empty it (pending).
    std::optional<std::optional<double>> actual;
    std::optional<std::string> evidence;
    std::string comment; // logged as the reason of each change
    std::string approver;
    std::string reopenReason; // needed when the year's review is closed
};

// Who and when, stamped on every log row of one action.
struct Stamp {
    std::string user;
    std::string timestampUtc;
    Date today;
};

struct ChangePlan {
    std::vector<CellWrite> writes;
    std::vector<LogEntry> log; // in order, to append
};

// Why a plan cannot be made: the message's kind and its detail.
struct Refusal {
    enum class Kind {
        UnknownIndicator,
        UnknownYear,
        ReasonNeeded,
        AlreadyClosed,
        NothingToRecord,
        // Record decision and Record condition
        NeedsUpgrade,          // a layout-version-1 tracker: detail is its version
        UnknownDecision,       // detail: the decision as typed
        ApprovalBeforeRequest, // detail: the approval date
        NothingToReassess,     // detail: the indicator, whose score that year is 1
        UnknownCondition,      // detail: the ID
        UnknownVerdict         // detail: the verdict as typed
    } kind;
    std::string detail;
};

struct PlanResult {
    std::optional<ChangePlan> plan;
    std::optional<Refusal> refusal;
};

PlanResult planAssessment(const TrackerModel& model, const AssessmentRequest& request,
                          const Stamp& stamp);
PlanResult planCloseReview(const TrackerModel& model, int year, const std::string& notes,
                           const Stamp& stamp);

// Where the log's new rows go and what they hold: after its last non-blank
// row, each chained to the one before. `newLastRow` is the last sheet row the
// named range must cover.
struct LogAppend {
    std::vector<CellWrite> writes;
    int newLastRow = 0;
};
LogAppend planLogAppend(const RangeTable& log, const std::vector<LogEntry>& entries);

// The text a log row shows for a number or a pending value.
std::string valueText(const std::optional<double>& value);

} // namespace condtrack
