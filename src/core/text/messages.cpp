#include "text/messages.hpp"

#include "text/strings.hpp"

namespace condtrack {

namespace {

TranslateId idOf(Message message) {
    switch (message) {
    case Message::TrackerCreated: return STR_TRACKER_CREATED;
    case Message::TrackerExists: return STR_TRACKER_EXISTS;
    case Message::SheetExists: return STR_SHEET_EXISTS;
    case Message::NotASpreadsheet: return STR_NOT_A_SPREADSHEET;
    case Message::NoTracker: return STR_NO_TRACKER;
    case Message::MalformedTracker: return STR_MALFORMED_TRACKER;
    case Message::UnknownIndicator: return STR_UNKNOWN_INDICATOR;
    case Message::UnknownYear: return STR_UNKNOWN_YEAR;
    case Message::NotANumber: return STR_NOT_A_NUMBER;
    case Message::AssessmentRecorded: return STR_ASSESSMENT_RECORDED;
    case Message::NothingToRecord: return STR_NOTHING_TO_RECORD;
    case Message::ReasonNeeded: return STR_REASON_NEEDED;
    case Message::ReviewClosed: return STR_REVIEW_CLOSED;
    case Message::ReviewAlreadyClosed: return STR_REVIEW_ALREADY_CLOSED;
    case Message::ReportCreated: return STR_REPORT_CREATED;
    case Message::IatiExported: return STR_IATI_EXPORTED;
    case Message::NoHeader: return STR_NO_HEADER;
    case Message::PdfWritten: return STR_PDF_WRITTEN;
    case Message::SheetProtected: return STR_SHEET_PROTECTED;
    case Message::WorkbookProtected: return STR_WORKBOOK_PROTECTED;
    case Message::CellsInTheWay: return STR_CELLS_IN_THE_WAY;
    case Message::IatiImported: return STR_IATI_IMPORTED;
    case Message::NotImported: return STR_NOT_IMPORTED;
    case Message::NothingToImport: return STR_NOTHING_TO_IMPORT;
    case Message::ImportInto: return STR_IMPORT_INTO;
    case Message::ImportTracker: return STR_IMPORT_TRACKER;
    case Message::ImportNewWorkbook: return STR_IMPORT_NEW_WORKBOOK;
    case Message::SavedAs: return STR_SAVED_AS;
    case Message::Failed: return STR_FAILED;
    case Message::DecisionRecorded: return STR_DECISION_RECORDED;
    case Message::ConditionRecorded: return STR_CONDITION_RECORDED;
    case Message::NeedsUpgrade: return STR_NEEDS_UPGRADE;
    case Message::UnknownDecision: return STR_UNKNOWN_DECISION;
    case Message::ApprovalBeforeRequest: return STR_APPROVAL_BEFORE_REQUEST;
    case Message::NothingToReassess: return STR_NOTHING_TO_REASSESS;
    case Message::UnknownCondition: return STR_UNKNOWN_CONDITION;
    case Message::UnknownVerdict: return STR_UNKNOWN_VERDICT;
    case Message::NotADate: return STR_NOT_A_DATE;
    }
    return STR_FAILED;
}

} // namespace

std::string say(Message message, Language language, const std::string& detail) {
    return tr(idOf(message), language, {detail});
}

} // namespace condtrack
