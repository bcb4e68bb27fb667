#pragma once

// What the commands tell the person acting, in the UI language; each message
// is a catalogue entry of strings.hpp.

#include "text/language.hpp"

#include <string>

namespace condtrack {

enum class Message {
    TrackerCreated,
    TrackerExists,
    SheetExists,
    NotASpreadsheet,
    NoTracker,
    MalformedTracker,
    UnknownIndicator,
    UnknownYear,
    NotANumber,
    AssessmentRecorded,
    NothingToRecord,
    ReasonNeeded,
    ReviewClosed,
    ReviewAlreadyClosed,
    ReportCreated,
    IatiExported,
    NoHeader,
    PdfWritten,
    SheetProtected,
    WorkbookProtected,
    CellsInTheWay,
    IatiImported,
    NotImported,
    NothingToImport,
    ImportInto,
    ImportTracker,
    ImportNewWorkbook,
    SavedAs,
    Failed,
    // Record decision and Record condition
    DecisionRecorded,
    ConditionRecorded,
    NeedsUpgrade,
    UnknownDecision,
    ApprovalBeforeRequest,
    NothingToReassess,
    UnknownCondition,
    UnknownVerdict,
    NotADate,
};

// The message with `detail` (a name, a value, a reason) put in its place.
std::string say(Message message, Language language, const std::string& detail = {});

} // namespace condtrack
