#pragma once

// Every message id condtrack shows a person, with its English text, in one
// place (as LibreOffice's strings.hrc). The build reads this file to write
// po/condtrack.pot and to check po/fr.po and po/pt.po against it, so an id is
// declared only here: one NC_ or NNC_ per line group, "{}" for each value.

#include "text/catalogue.hpp"

// --- Commands: what they tell the person acting ---------------------------------

#define STR_TRACKER_CREATED                                                                        \
    NC_("STR_TRACKER_CREATED", "The tracker sheets were added to this workbook.")
#define STR_TRACKER_EXISTS                                                                         \
    NC_("STR_TRACKER_EXISTS",                                                                      \
        "This workbook already has a tracker (named range {}). Nothing was changed.")
#define STR_SHEET_EXISTS                                                                           \
    NC_("STR_SHEET_EXISTS",                                                                        \
        "A sheet named \"{}\" already exists. Rename it first; nothing was changed.")
#define STR_NOT_A_SPREADSHEET NC_("STR_NOT_A_SPREADSHEET", "This command works on a spreadsheet.")
#define STR_NO_TRACKER NC_("STR_NO_TRACKER", "This workbook has no tracker. Use New Tracker first.")
#define STR_MALFORMED_TRACKER NC_("STR_MALFORMED_TRACKER", "The tracker is malformed: {}")
#define STR_UNKNOWN_INDICATOR NC_("STR_UNKNOWN_INDICATOR", "No indicator with the ID \"{}\".")
#define STR_UNKNOWN_YEAR NC_("STR_UNKNOWN_YEAR", "The tracker has no year {}.")
#define STR_NOT_A_NUMBER NC_("STR_NOT_A_NUMBER", "\"{}\" is not a number.")
#define STR_ASSESSMENT_RECORDED NC_("STR_ASSESSMENT_RECORDED", "Assessment recorded: {}.")
#define STR_NOTHING_TO_RECORD                                                                      \
    NC_("STR_NOTHING_TO_RECORD", "Nothing to record for {}: the values are unchanged.")
#define STR_REASON_NEEDED                                                                          \
    NC_("STR_REASON_NEEDED", "The review of {} is closed: give a reason to reopen it.")
#define STR_REVIEW_CLOSED NC_("STR_REVIEW_CLOSED", "The review of {} is closed.")
#define STR_REVIEW_ALREADY_CLOSED                                                                  \
    NC_("STR_REVIEW_ALREADY_CLOSED", "The review of {} was already closed.")
#define STR_REPORT_CREATED NC_("STR_REPORT_CREATED", "The review report is on the sheet \"{}\".")
#define STR_IATI_EXPORTED NC_("STR_IATI_EXPORTED", "The tracker was exported as IATI 2.03 to {}.")
#define STR_NO_HEADER NC_("STR_NO_HEADER", "The tracker has no programme header (named range {}).")
#define STR_PDF_WRITTEN NC_("STR_PDF_WRITTEN", "The review report was exported to {}.")
#define STR_SHEET_PROTECTED                                                                        \
    NC_("STR_SHEET_PROTECTED", "The sheet \"{}\" is protected. Nothing was changed.")
#define STR_WORKBOOK_PROTECTED                                                                     \
    NC_("STR_WORKBOOK_PROTECTED", "The workbook's structure is protected. Nothing was changed.")
#define STR_CELLS_IN_THE_WAY                                                                       \
    NC_("STR_CELLS_IN_THE_WAY",                                                                    \
        "The log's next row is not empty ({}). Move those cells first; nothing was changed.")
#define STR_IATI_IMPORTED NC_("STR_IATI_IMPORTED", "Imported from IATI into {}")
#define STR_NOT_IMPORTED NC_("STR_NOT_IMPORTED", "Nothing was imported: {}")
#define STR_NOTHING_TO_IMPORT                                                                      \
    NC_("STR_NOTHING_TO_IMPORT", "The file changes nothing in this tracker. {}")
#define STR_IMPORT_INTO NC_("STR_IMPORT_INTO", "Import into {}")
#define STR_IMPORT_TRACKER NC_("STR_IMPORT_TRACKER", "the tracker of {}")
#define STR_IMPORT_NEW_WORKBOOK NC_("STR_IMPORT_NEW_WORKBOOK", "a new workbook ({})")
#define STR_SAVED_AS NC_("STR_SAVED_AS", "Saved as {}.")
#define STR_FAILED NC_("STR_FAILED", "The command failed: {}")

// --- Dialogs --------------------------------------------------------------------

#define STR_DLG_CANCEL NC_("STR_DLG_CANCEL", "Cancel")
#define STR_DLG_RECORD_TITLE NC_("STR_DLG_RECORD_TITLE", "Record assessment")
#define STR_DLG_YEAR_CLOSED NC_("STR_DLG_YEAR_CLOSED", "{} (closed)")
#define STR_DLG_INDICATOR NC_("STR_DLG_INDICATOR", "Indicator")
#define STR_DLG_YEAR NC_("STR_DLG_YEAR", "Year")
#define STR_DLG_ACTUAL NC_("STR_DLG_ACTUAL", "Actual value")
#define STR_DLG_ASSESSMENT_CONTEXT                                                                 \
    NC_("STR_DLG_ASSESSMENT_CONTEXT", "Baseline {}, target {}, current value {}")
#define STR_DLG_EVIDENCE NC_("STR_DLG_EVIDENCE", "Evidence link")
#define STR_DLG_COMMENT NC_("STR_DLG_COMMENT", "Comment")
#define STR_DLG_APPROVER NC_("STR_DLG_APPROVER", "Approver")
#define STR_DLG_REOPEN_REASON NC_("STR_DLG_REOPEN_REASON", "Reason to reopen")
#define STR_DLG_RECORD NC_("STR_DLG_RECORD", "Record")
#define STR_DLG_ACTIVITY_INDICATORS                                                                \
    NNC_("STR_DLG_ACTIVITY_INDICATORS", "{} indicator", "{} indicators")
#define STR_DLG_ACTIVITY_TITLE NC_("STR_DLG_ACTIVITY_TITLE", "Import from IATI: activity")
#define STR_DLG_ACTIVITY_LABEL                                                                     \
    NC_("STR_DLG_ACTIVITY_LABEL", "The file holds several activities. Import:")
#define STR_DLG_NEXT NC_("STR_DLG_NEXT", "Next")
#define STR_DLG_IMPORT_TITLE NC_("STR_DLG_IMPORT_TITLE", "Import from IATI")
#define STR_DLG_IMPORT NC_("STR_DLG_IMPORT", "Import")

// --- Menu and sidebar (extension/config/*.xcu carry the same texts) -------------

#define STR_MENU_CONDITIONALITY NC_("STR_MENU_CONDITIONALITY", "Conditionality")
#define STR_MENU_NEW_TRACKER NC_("STR_MENU_NEW_TRACKER", "New Tracker")
#define STR_MENU_RECORD_ASSESSMENT NC_("STR_MENU_RECORD_ASSESSMENT", "Record Assessment...")
#define STR_MENU_REVIEW_REPORT NC_("STR_MENU_REVIEW_REPORT", "Review Report")
#define STR_MENU_EXPORT_IATI NC_("STR_MENU_EXPORT_IATI", "Export to IATI...")
#define STR_MENU_IMPORT_IATI NC_("STR_MENU_IMPORT_IATI", "Import from IATI...")
#define STR_MENU_CLOSE_REVIEW NC_("STR_MENU_CLOSE_REVIEW", "Close Review...")
#define STR_DECK_TITLE NC_("STR_DECK_TITLE", "Conditionality")
#define STR_PANEL_INDICATORS NC_("STR_PANEL_INDICATORS", "Indicators")
#define STR_PANEL_TRANCHES NC_("STR_PANEL_TRANCHES", "Tranches")
#define STR_PANEL_CALENDAR NC_("STR_PANEL_CALENDAR", "Calendar")

// --- Function Wizard: categories ------------------------------------------------

#define STR_CATEGORY_DATETIME NC_("STR_CATEGORY_DATETIME", "Date&Time")
#define STR_CATEGORY_FINANCIAL NC_("STR_CATEGORY_FINANCIAL", "Financial")
#define STR_CATEGORY_ADDIN NC_("STR_CATEGORY_ADDIN", "Add-In")

// --- Function Wizard: functions -------------------------------------------------

#define STR_FN_SCORE                                                                               \
    NC_("STR_FN_SCORE",                                                                            \
        "Scores a performance indicator from 0 to 1 by its progress (actual - baseline) / "        \
        "(target - baseline); works when lower is better. A blank actual gives an empty text "     \
        "(pending).")
#define STR_FN_STATUS                                                                              \
    NC_("STR_FN_STATUS",                                                                           \
        "Status word of a score: \"met\", \"partial\", \"not met\" or \"pending\" (blank "         \
        "score).")
#define STR_FN_TRANCHE                                                                             \
    NC_("STR_FN_TRANCHE", "Variable-tranche amount: ceiling * sum(weight * score) / sum(weight), " \
                          "with the decisions per indicator (reallocate, transfer, reassess), "    \
                          "the eligibility gate and optional payment by bands.")
#define STR_FN_TRANSFER                                                                            \
    NC_("STR_FN_TRANSFER",                                                                         \
        "Amount carried to next year's ceiling for indicators transferred (decision B): ceiling "  \
        "* sum(transferred weights) / sum(weights not reallocated).")
#define STR_FN_HELD                                                                                \
    NC_("STR_FN_HELD",                                                                             \
        "Amount held for a re-assessment next year (decision C): ceiling * sum(weight * (1 - "     \
        "score)) over re-assessed indicators / sum(weights not reallocated).")
#define STR_FN_RELEASED                                                                            \
    NC_("STR_FN_RELEASED",                                                                         \
        "Last year's held amount released this year: ceiling * sum(weight * (1 - score) * "        \
        "re-score) over re-assessed indicators / sum(weights not reallocated), with last year's "  \
        "ceiling, weights, scores and decisions.")
#define STR_FN_BANDS                                                                               \
    NC_("STR_FN_BANDS", "Share of the ceiling paid for a total score by bands: the share of the "  \
                        "band with the largest lower bound not above the total.")
#define STR_FN_DLI                                                                                 \
    NC_("STR_FN_DLI",                                                                              \
        "Payment of a scalable disbursement-linked indicator (World Bank PforR): unit value * "    \
        "verified, capped by what is left of the allocation; 0 when verified / reported is "       \
        "below the minimum ratio.")
#define STR_FN_NEXTREVIEW                                                                          \
    NC_("STR_FN_NEXTREVIEW",                                                                       \
        "Next review date on or after a date, in a series every n months from the first "          \
        "review, moved off weekends and holidays.")
#define STR_FN_SCHEDULE                                                                            \
    NC_("STR_FN_SCHEDULE",                                                                         \
        "Column of the first review dates of a series every n months, moved off weekends and "     \
        "holidays (enter as an array formula).")
#define STR_FN_MILESTONE                                                                           \
    NC_("STR_FN_MILESTONE",                                                                        \
        "Status of a milestone: \"done\", \"done late\", \"overdue\", \"due soon\" or \"on "       \
        "track\".")
#define STR_FN_DAYSLATE                                                                            \
    NC_("STR_FN_DAYSLATE",                                                                         \
        "Whole days a milestone is late: at completion if done, else as of a date; never "         \
        "negative.")
#define STR_FN_VERIFYLOG                                                                           \
    NC_("STR_FN_VERIFYLOG",                                                                        \
        "Checks the assessment log's SHA-256 hash chain: the text \"TRUE\" when it is intact, "    \
        "else the number of the first row (counted below the header) that was edited, deleted "    \
        "or moved. Blank rows are skipped. Test the result with ISNUMBER: a number means "         \
        "tampering.")
#define STR_FN_VERSION NC_("STR_FN_VERSION", "Version of the condtrack extension.")

// --- Function Wizard: arguments (names are identifiers, without spaces) ---------

#define STR_ARG_HOLIDAYS NC_("STR_ARG_HOLIDAYS", "holidays")
#define STR_ARG_HOLIDAYS_HELP                                                                      \
    NC_("STR_ARG_HOLIDAYS_HELP",                                                                   \
        "Optional: a range of holiday dates that are not business days (blank cells are "          \
        "ignored).")
#define STR_ARG_ROLL NC_("STR_ARG_ROLL", "roll")
#define STR_ARG_ROLL_HELP                                                                          \
    NC_("STR_ARG_ROLL_HELP",                                                                       \
        "Optional: how a date on a weekend or holiday moves: \"following\" (default), "            \
        "\"modified\" (modified following), \"preceding\" or \"none\".")
#define STR_ARG_FIRST NC_("STR_ARG_FIRST", "first")
#define STR_ARG_FIRST_HELP                                                                         \
    NC_("STR_ARG_FIRST_HELP",                                                                      \
        "Date of the first review; the series keeps its day of month (month-end stays "            \
        "month-end).")
#define STR_ARG_MONTHS NC_("STR_ARG_MONTHS", "months")
#define STR_ARG_MONTHS_HELP                                                                        \
    NC_("STR_ARG_MONTHS_HELP", "Months between reviews: a whole number from 1 to 120.")
#define STR_ARG_DUE NC_("STR_ARG_DUE", "due")
#define STR_ARG_DUE_HELP NC_("STR_ARG_DUE_HELP", "Due date of the milestone.")
#define STR_ARG_DONE NC_("STR_ARG_DONE", "done")
#define STR_ARG_DONE_HELP                                                                          \
    NC_("STR_ARG_DONE_HELP",                                                                       \
        "Optional: date the milestone was completed; blank (or 0) means not done yet.")
#define STR_ARG_AS_OF NC_("STR_ARG_AS_OF", "as_of")
#define STR_ARG_AS_OF_HELP                                                                         \
    NC_("STR_ARG_AS_OF_HELP",                                                                      \
        "Optional: the date to assess at; default today (use TODAY() to keep the result live).")
#define STR_ARG_CEILING NC_("STR_ARG_CEILING", "ceiling")
#define STR_ARG_CEILING_HELP                                                                       \
    NC_("STR_ARG_CEILING_HELP",                                                                    \
        "The variable tranche's ceiling (amount for full performance) for the year.")
#define STR_ARG_WEIGHTS NC_("STR_ARG_WEIGHTS", "weights")
#define STR_ARG_WEIGHTS_HELP                                                                       \
    NC_("STR_ARG_WEIGHTS_HELP", "Range of indicator weights (any scale, normalised by their "      \
                                "sum).")
#define STR_ARG_ACTUAL NC_("STR_ARG_ACTUAL", "actual")
#define STR_ARG_ACTUAL_HELP                                                                        \
    NC_("STR_ARG_ACTUAL_HELP",                                                                     \
        "Value achieved (a value, or a range for an array result); blank means not yet "           \
        "assessed.")
#define STR_ARG_BASELINE NC_("STR_ARG_BASELINE", "baseline")
#define STR_ARG_BASELINE_HELP NC_("STR_ARG_BASELINE_HELP", "Baseline value of the indicator.")
#define STR_ARG_TARGET NC_("STR_ARG_TARGET", "target")
#define STR_ARG_TARGET_HELP                                                                        \
    NC_("STR_ARG_TARGET_HELP", "Target value; must differ from the baseline.")
#define STR_ARG_METHOD NC_("STR_ARG_METHOD", "method")
#define STR_ARG_METHOD_HELP                                                                        \
    NC_("STR_ARG_METHOD_HELP",                                                                     \
        "Optional: \"linear\" (default), \"binary\" (1 if met, else 0) or \"partial\" (1 if "      \
        "met, 0.5 from the threshold, else 0).")
#define STR_ARG_THRESHOLD NC_("STR_ARG_THRESHOLD", "threshold")
#define STR_ARG_THRESHOLD_HELP                                                                     \
    NC_("STR_ARG_THRESHOLD_HELP",                                                                  \
        "Optional: progress from 0 to 1. Linear: below it the score is 0. Partial: from it the "   \
        "score is 0.5 (default 0.5). Blank or 0 means not set.")
#define STR_ARG_SCORE NC_("STR_ARG_SCORE", "score")
#define STR_ARG_SCORE_HELP                                                                         \
    NC_("STR_ARG_SCORE_HELP", "Score from 0 to 1 (e.g. from COND.SCORE); blank means pending.")
#define STR_ARG_PARTIAL_FROM NC_("STR_ARG_PARTIAL_FROM", "partial_from")
#define STR_ARG_PARTIAL_FROM_HELP                                                                  \
    NC_("STR_ARG_PARTIAL_FROM_HELP",                                                               \
        "Optional: lowest score that counts as partial; default any score above 0. Blank or 0 "    \
        "means the default.")
#define STR_ARG_SCORES NC_("STR_ARG_SCORES", "scores")
#define STR_ARG_SCORES_HELP                                                                        \
    NC_("STR_ARG_SCORES_HELP",                                                                     \
        "Range of scores from 0 to 1, the same shape as the weights; blank (pending) counts 0.")
#define STR_ARG_DECISIONS NC_("STR_ARG_DECISIONS", "decisions")
#define STR_ARG_DECISIONS_OPTIONAL_HELP                                                            \
    NC_("STR_ARG_DECISIONS_OPTIONAL_HELP",                                                         \
        "Optional: range of decisions, the same shape as the weights: blank or \"none\", "         \
        "\"reallocate\" (A), \"transfer\" (B), \"reassess\" (C); TRUE/1 means waived under the "   \
        "rule.")
#define STR_ARG_DECISIONS_TRANSFER_HELP                                                            \
    NC_("STR_ARG_DECISIONS_TRANSFER_HELP",                                                         \
        "Range of decisions, the same shape as the weights: blank or \"none\", \"reallocate\" "    \
        "(A), \"transfer\" (B), \"reassess\" (C); TRUE/1 means transfer.")
#define STR_ARG_DECISIONS_HELP                                                                     \
    NC_("STR_ARG_DECISIONS_HELP",                                                                  \
        "Range of decisions, the same shape as the weights: blank or \"none\", \"reallocate\" "    \
        "(A), \"transfer\" (B), \"reassess\" (C).")
#define STR_ARG_RULE NC_("STR_ARG_RULE", "rule")
#define STR_ARG_RULE_HELP                                                                          \
    NC_("STR_ARG_RULE_HELP",                                                                       \
        "Optional: what happens to waived indicators: \"reallocate\" (default: their weight "      \
        "goes to the others) or \"transfer\" (their share moves to next year's ceiling).")
#define STR_ARG_ELIGIBLE NC_("STR_ARG_ELIGIBLE", "eligible")
#define STR_ARG_ELIGIBLE_HELP                                                                      \
    NC_("STR_ARG_ELIGIBLE_HELP",                                                                   \
        "Optional: FALSE when the general conditions are not met (nothing is paid); default "      \
        "TRUE.")
#define STR_ARG_ELIGIBLE_RELEASED_HELP                                                             \
    NC_("STR_ARG_ELIGIBLE_RELEASED_HELP", "Optional: FALSE when this year's general conditions "   \
                                          "are not met (nothing is released); default TRUE.")
#define STR_ARG_BANDS NC_("STR_ARG_BANDS", "bands")
#define STR_ARG_BANDS_HELP                                                                         \
    NC_("STR_ARG_BANDS_HELP",                                                                      \
        "Optional: two columns, lower bounds of the total score (from 0, ascending) and shares "   \
        "of the ceiling, both from 0 to 1; blank means in proportion to the score.")
#define STR_ARG_RESCORES NC_("STR_ARG_RESCORES", "rescores")
#define STR_ARG_RESCORES_HELP                                                                      \
    NC_("STR_ARG_RESCORES_HELP", "This year's scores of the same indicators against last year's "  \
                                 "targets (e.g. from COND.SCORE); blank (pending) counts 0.")
#define STR_ARG_TOTAL NC_("STR_ARG_TOTAL", "total")
#define STR_ARG_TOTAL_HELP                                                                         \
    NC_("STR_ARG_TOTAL_HELP", "Total score from 0 to 1 (a value, or a range for an array "         \
                              "result).")
#define STR_ARG_LOWER_BOUNDS NC_("STR_ARG_LOWER_BOUNDS", "lower_bounds")
#define STR_ARG_LOWER_BOUNDS_HELP                                                                  \
    NC_("STR_ARG_LOWER_BOUNDS_HELP",                                                               \
        "Lower bounds of the bands, from 0 to 1, strictly ascending, the first 0.")
#define STR_ARG_SHARES NC_("STR_ARG_SHARES", "shares")
#define STR_ARG_SHARES_HELP                                                                        \
    NC_("STR_ARG_SHARES_HELP", "Share of the ceiling paid in each band, from 0 to 1, the same "    \
                               "shape as the lower bounds.")
#define STR_ARG_UNIT_VALUE NC_("STR_ARG_UNIT_VALUE", "unit_value")
#define STR_ARG_UNIT_VALUE_HELP NC_("STR_ARG_UNIT_VALUE_HELP", "Amount paid per verified unit.")
#define STR_ARG_REPORTED NC_("STR_ARG_REPORTED", "reported")
#define STR_ARG_REPORTED_HELP NC_("STR_ARG_REPORTED_HELP", "Units reported by the government.")
#define STR_ARG_VERIFIED NC_("STR_ARG_VERIFIED", "verified")
#define STR_ARG_VERIFIED_HELP                                                                      \
    NC_("STR_ARG_VERIFIED_HELP", "Units verified; not more than reported.")
#define STR_ARG_ALLOCATION NC_("STR_ARG_ALLOCATION", "allocation")
#define STR_ARG_ALLOCATION_HELP NC_("STR_ARG_ALLOCATION_HELP", "The indicator's total allocation.")
#define STR_ARG_PAID_TO_DATE NC_("STR_ARG_PAID_TO_DATE", "paid_to_date")
#define STR_ARG_PAID_TO_DATE_HELP                                                                  \
    NC_("STR_ARG_PAID_TO_DATE_HELP", "Optional: amount already paid for this indicator; default "  \
                                     "0.")
#define STR_ARG_MIN_RATIO NC_("STR_ARG_MIN_RATIO", "min_ratio")
#define STR_ARG_MIN_RATIO_HELP                                                                     \
    NC_("STR_ARG_MIN_RATIO_HELP",                                                                  \
        "Optional: minimum verified / reported ratio for any payment; default 0.8. Blank or 0 "    \
        "means the default.")
#define STR_ARG_COUNT NC_("STR_ARG_COUNT", "count")
#define STR_ARG_COUNT_HELP                                                                         \
    NC_("STR_ARG_COUNT_HELP", "How many review dates: a whole number from 1 to 1000.")
#define STR_ARG_WARN_DAYS NC_("STR_ARG_WARN_DAYS", "warn_days")
#define STR_ARG_WARN_DAYS_HELP                                                                     \
    NC_("STR_ARG_WARN_DAYS_HELP",                                                                  \
        "Optional: days before the due date from which a milestone not done is \"due soon\"; "     \
        "default 30. Blank or 0 means the default.")
#define STR_ARG_LOG_RANGE NC_("STR_ARG_LOG_RANGE", "log_range")
#define STR_ARG_LOG_RANGE_HELP                                                                     \
    NC_("STR_ARG_LOG_RANGE_HELP",                                                                  \
        "The log: its 10 columns A-J (timestamp to hash), with or without the header row, e.g. "   \
        "CondTrack_Log.")

// --- Generated function reference (docs/functions.md) ---------------------------

#define STR_DOC_LANGUAGE NC_("STR_DOC_LANGUAGE", "English")
#define STR_DOC_CATEGORY NC_("STR_DOC_CATEGORY", "category {}")
#define STR_DOC_ARGUMENT NC_("STR_DOC_ARGUMENT", "argument")
#define STR_DOC_DESCRIPTION NC_("STR_DOC_DESCRIPTION", "description")

// --- Tracker sheets: sheet names, titles and column headers -----------------------

#define STR_SHEET_INDICATORS NC_("STR_SHEET_INDICATORS", "Indicators")
#define STR_SHEET_TRANCHES NC_("STR_SHEET_TRANCHES", "Tranches")
#define STR_SHEET_MILESTONES NC_("STR_SHEET_MILESTONES", "Milestones")
#define STR_SHEET_REVIEWS NC_("STR_SHEET_REVIEWS", "Reviews")
#define STR_SHEET_LOG NC_("STR_SHEET_LOG", "Log")
#define STR_SHEET_PROGRAMME NC_("STR_SHEET_PROGRAMME", "Programme")
#define STR_INDICATORS_TITLE NC_("STR_INDICATORS_TITLE", "Performance indicators")
#define STR_LOG_CHECK_HEADER NC_("STR_LOG_CHECK_HEADER", "Chain intact")
#define STR_COL_ID NC_("STR_COL_ID", "ID")
#define STR_COL_TITLE NC_("STR_COL_TITLE", "Title")
#define STR_COL_POLICY_AREA NC_("STR_COL_POLICY_AREA", "Policy area")
#define STR_COL_WEIGHT NC_("STR_COL_WEIGHT", "Weight")
#define STR_COL_METHOD NC_("STR_COL_METHOD", "Method")
#define STR_COL_THRESHOLD NC_("STR_COL_THRESHOLD", "Threshold")
#define STR_COL_BASELINE NC_("STR_COL_BASELINE", "Baseline")
#define STR_COL_TARGET NC_("STR_COL_TARGET", "Target")
#define STR_COL_ACTUAL NC_("STR_COL_ACTUAL", "Actual")
#define STR_COL_EVIDENCE NC_("STR_COL_EVIDENCE", "Evidence")
#define STR_COL_WAIVED NC_("STR_COL_WAIVED", "Waived")
#define STR_COL_SCORE NC_("STR_COL_SCORE", "Score")
#define STR_COL_STATUS NC_("STR_COL_STATUS", "Status")
#define STR_COL_YEAR NC_("STR_COL_YEAR", "Year")
#define STR_COL_TYPE NC_("STR_COL_TYPE", "Type")
#define STR_COL_CEILING NC_("STR_COL_CEILING", "Ceiling")
#define STR_COL_GENERAL_MET NC_("STR_COL_GENERAL_MET", "General conditions met")
#define STR_COL_GATING NC_("STR_COL_GATING", "Gating milestones")
#define STR_COL_ELIGIBLE NC_("STR_COL_ELIGIBLE", "Eligible")
#define STR_COL_WAIVER_RULE NC_("STR_COL_WAIVER_RULE", "Waiver rule")
#define STR_COL_COMPUTED NC_("STR_COL_COMPUTED", "Computed amount")
#define STR_COL_TRANSFERRED NC_("STR_COL_TRANSFERRED", "Transferred")
#define STR_COL_DISBURSED NC_("STR_COL_DISBURSED", "Disbursed")
#define STR_COL_DISBURSED_ON NC_("STR_COL_DISBURSED_ON", "Disbursed on")
#define STR_COL_DEADLINE NC_("STR_COL_DEADLINE", "Request deadline")
#define STR_COL_MILESTONE NC_("STR_COL_MILESTONE", "Milestone")
#define STR_COL_INDICATOR NC_("STR_COL_INDICATOR", "Indicator")
#define STR_COL_TRANCHE_YEAR NC_("STR_COL_TRANCHE_YEAR", "Tranche year")
#define STR_COL_DUE NC_("STR_COL_DUE", "Due")
#define STR_COL_DONE NC_("STR_COL_DONE", "Done")
#define STR_COL_DAYS_LATE NC_("STR_COL_DAYS_LATE", "Days late")
#define STR_COL_FIRST_REVIEW NC_("STR_COL_FIRST_REVIEW", "First review")
#define STR_COL_MONTHS NC_("STR_COL_MONTHS", "Months between reviews")
#define STR_COL_ROLL NC_("STR_COL_ROLL", "Roll")
#define STR_COL_HOLIDAYS NC_("STR_COL_HOLIDAYS", "Holidays")
#define STR_COL_NEXT_REVIEW NC_("STR_COL_NEXT_REVIEW", "Next review")
#define STR_COL_REVIEW_DATE NC_("STR_COL_REVIEW_DATE", "Review date")
#define STR_COL_STATE NC_("STR_COL_STATE", "State")
#define STR_COL_CLOSED_ON NC_("STR_COL_CLOSED_ON", "Closed on")
#define STR_COL_NOTES NC_("STR_COL_NOTES", "Outcome notes")
#define STR_COL_TIMESTAMP NC_("STR_COL_TIMESTAMP", "Timestamp (UTC)")
#define STR_COL_USER NC_("STR_COL_USER", "User")
#define STR_COL_FIELD NC_("STR_COL_FIELD", "Field")
#define STR_COL_OLD_VALUE NC_("STR_COL_OLD_VALUE", "Old value")
#define STR_COL_NEW_VALUE NC_("STR_COL_NEW_VALUE", "New value")
#define STR_COL_REASON NC_("STR_COL_REASON", "Reason")
#define STR_COL_APPROVER NC_("STR_COL_APPROVER", "Approver")
#define STR_COL_HASH NC_("STR_COL_HASH", "Hash")
#define STR_COL_VALUE NC_("STR_COL_VALUE", "Value")
#define STR_HDR_IDENTIFIER NC_("STR_HDR_IDENTIFIER", "IATI activity identifier")
#define STR_HDR_ORG_REF NC_("STR_HDR_ORG_REF", "Reporting organisation identifier")
#define STR_HDR_ORG_TYPE NC_("STR_HDR_ORG_TYPE", "Reporting organisation type (IATI code)")
#define STR_HDR_ORG_NAME NC_("STR_HDR_ORG_NAME", "Reporting organisation name")
#define STR_HDR_TITLE_EN NC_("STR_HDR_TITLE_EN", "Title (English)")
#define STR_HDR_TITLE_FR NC_("STR_HDR_TITLE_FR", "Title (French)")
#define STR_HDR_AID_TYPE                                                                           \
    NC_("STR_HDR_AID_TYPE", "Aid type (A01 general, A02 sector budget support)")
#define STR_HDR_COUNTRY NC_("STR_HDR_COUNTRY", "Recipient country (ISO code)")
#define STR_HDR_CURRENCY NC_("STR_HDR_CURRENCY", "Currency")
#define STR_HDR_LANGUAGE NC_("STR_HDR_LANGUAGE", "Language of the tracker's texts (en, fr, pt)")
#define STR_HDR_FISCAL_MONTH NC_("STR_HDR_FISCAL_MONTH", "Fiscal year starts in month")

// --- Commands: undo actions, file picker, summaries -------------------------------

#define STR_UNDO_NEW_TRACKER NC_("STR_UNDO_NEW_TRACKER", "New tracker")
#define STR_UNDO_REVIEW_REPORT NC_("STR_UNDO_REVIEW_REPORT", "Review report")
#define STR_UNDO_RECORD_ASSESSMENT NC_("STR_UNDO_RECORD_ASSESSMENT", "Record assessment")
#define STR_UNDO_CLOSE_REVIEW NC_("STR_UNDO_CLOSE_REVIEW", "Close review")
#define STR_UNDO_IMPORT_IATI NC_("STR_UNDO_IMPORT_IATI", "Import from IATI")
#define STR_FILTER_ALL_FILES NC_("STR_FILTER_ALL_FILES", "All files")
#define STR_HEADING_COLON NC_("STR_HEADING_COLON", "{}:")
#define STR_FIELD_ACTUAL NC_("STR_FIELD_ACTUAL", "actual")
#define STR_FIELD_EVIDENCE NC_("STR_FIELD_EVIDENCE", "evidence")

// --- Sidebar panels: words, dates and labels --------------------------------------

#define STR_MARK_MET NC_("STR_MARK_MET", "met")
#define STR_MARK_PARTIAL NC_("STR_MARK_PARTIAL", "partial")
#define STR_MARK_NOT_MET NC_("STR_MARK_NOT_MET", "not met")
#define STR_MARK_PENDING NC_("STR_MARK_PENDING", "pending")
#define STR_MARK_WAIVED NC_("STR_MARK_WAIVED", "waived")
// Layout version 2: what an approved decision made of an indicator's share,
// and the decision beside the status, with its state and date.
#define STR_MARK_REALLOCATED NC_("STR_MARK_REALLOCATED", "reallocated")
#define STR_MARK_TRANSFERRED NC_("STR_MARK_TRANSFERRED", "transferred")
#define STR_DECISION_REALLOCATE_UNDATED                                                            \
    NC_("STR_DECISION_REALLOCATE_UNDATED", "reallocation requested")
#define STR_DECISION_REALLOCATE_REQUESTED                                                          \
    NC_("STR_DECISION_REALLOCATE_REQUESTED", "reallocation requested {}")
#define STR_DECISION_REALLOCATE_APPROVED                                                           \
    NC_("STR_DECISION_REALLOCATE_APPROVED", "reallocation approved {}")
#define STR_DECISION_TRANSFER_UNDATED NC_("STR_DECISION_TRANSFER_UNDATED", "transfer requested")
#define STR_DECISION_TRANSFER_REQUESTED                                                            \
    NC_("STR_DECISION_TRANSFER_REQUESTED", "transfer requested {}")
#define STR_DECISION_TRANSFER_APPROVED NC_("STR_DECISION_TRANSFER_APPROVED", "transfer approved {}")
#define STR_DECISION_REASSESS_UNDATED                                                              \
    NC_("STR_DECISION_REASSESS_UNDATED", "re-assessment requested")
#define STR_DECISION_REASSESS_REQUESTED                                                            \
    NC_("STR_DECISION_REASSESS_REQUESTED", "re-assessment requested {}")
#define STR_DECISION_REASSESS_APPROVED                                                             \
    NC_("STR_DECISION_REASSESS_APPROVED", "re-assessment approved {}")
#define STR_PANEL_DECISIONS NC_("STR_PANEL_DECISIONS", "Decisions for {}")
// The Calendar panel's conditions of the year under review.
#define STR_PANEL_UNASSESSED_CONDITIONS                                                            \
    NC_("STR_PANEL_UNASSESSED_CONDITIONS", "Conditions not assessed for {}")
#define STR_PANEL_CONDITIONS_ASSESSED                                                              \
    NC_("STR_PANEL_CONDITIONS_ASSESSED", "Every condition of {} is assessed.")
// The deck's notices: money the tracker reads but no tranche pays.
#define STR_PANEL_NOTICES NC_("STR_PANEL_NOTICES", "To check")
#define STR_NOTICE_CARRIED_BEYOND                                                                  \
    NC_("STR_NOTICE_CARRIED_BEYOND",                                                               \
        "{} transferred out of {}, the tracker's last year: no tranche receives it")
#define STR_NOTICE_HELD_LOST                                                                       \
    NC_("STR_NOTICE_HELD_LOST", "{} held in {} and not released in {}: lost")
#define STR_NOTICE_HELD_LAST_YEAR                                                                  \
    NC_("STR_NOTICE_HELD_LAST_YEAR",                                                               \
        "{} held in {}, the tracker's last year: no later tranche releases it")
#define STR_MILESTONE_DONE NC_("STR_MILESTONE_DONE", "done")
#define STR_MILESTONE_DONE_LATE NC_("STR_MILESTONE_DONE_LATE", "done late")
#define STR_MILESTONE_OVERDUE NC_("STR_MILESTONE_OVERDUE", "overdue")
#define STR_MILESTONE_DUE_SOON NC_("STR_MILESTONE_DUE_SOON", "due soon")
#define STR_MILESTONE_ON_TRACK NC_("STR_MILESTONE_ON_TRACK", "on track")
#define STR_TRANCHE_FIXED NC_("STR_TRANCHE_FIXED", "Fixed tranche")
#define STR_TRANCHE_VARIABLE NC_("STR_TRANCHE_VARIABLE", "Variable tranche")
#define STR_DEADLINE_PASSED NC_("STR_DEADLINE_PASSED", "passed")
#define STR_DEADLINE_DUE_SOON NC_("STR_DEADLINE_DUE_SOON", "due soon")
#define STR_DEADLINE_UPCOMING NC_("STR_DEADLINE_UPCOMING", "upcoming")
#define STR_PANEL_YEAR NC_("STR_PANEL_YEAR", "Year")
#define STR_PANEL_ID NC_("STR_PANEL_ID", "ID")
#define STR_PANEL_INDICATOR NC_("STR_PANEL_INDICATOR", "Indicator")
#define STR_PANEL_SCORE NC_("STR_PANEL_SCORE", "Score")
#define STR_PANEL_STATUS NC_("STR_PANEL_STATUS", "Status")
#define STR_PANEL_WEIGHT NC_("STR_PANEL_WEIGHT", "Weight")
#define STR_PANEL_CEILING NC_("STR_PANEL_CEILING", "Ceiling")
#define STR_PANEL_COMPUTED NC_("STR_PANEL_COMPUTED", "Computed")
#define STR_PANEL_AT_STAKE NC_("STR_PANEL_AT_STAKE", "At stake")
#define STR_PANEL_TRANSFERRED NC_("STR_PANEL_TRANSFERRED", "Transferred")
#define STR_PANEL_DISBURSED NC_("STR_PANEL_DISBURSED", "Disbursed")
#define STR_PANEL_TOTAL NC_("STR_PANEL_TOTAL", "Total")
#define STR_PANEL_PENDING_MILESTONES                                                               \
    NC_("STR_PANEL_PENDING_MILESTONES", "Gating milestones not done")
#define STR_PANEL_BLOCKED NC_("STR_PANEL_BLOCKED", "Blocked by an overdue milestone")
#define STR_PANEL_NEXT_REVIEW NC_("STR_PANEL_NEXT_REVIEW", "Next review")
#define STR_PANEL_NO_REVIEW NC_("STR_PANEL_NO_REVIEW", "No review scheduled")
#define STR_PANEL_REQUEST_DEADLINES NC_("STR_PANEL_REQUEST_DEADLINES", "Request deadlines")
#define STR_PANEL_MILESTONES NC_("STR_PANEL_MILESTONES", "Milestones")
#define STR_PANEL_NO_TRACKER                                                                       \
    NC_("STR_PANEL_NO_TRACKER", "This workbook has no conditionality tracker. Create one to "      \
                                "follow indicators, tranches and milestones.")
#define STR_PANEL_MALFORMED NC_("STR_PANEL_MALFORMED", "The tracker cannot be read:")
#define STR_PANEL_NEW_TRACKER NC_("STR_PANEL_NEW_TRACKER", "New tracker")
#define STR_PANEL_RECORD_ASSESSMENT NC_("STR_PANEL_RECORD_ASSESSMENT", "Record assessment")
#define STR_PANEL_CLOSE_REVIEW NC_("STR_PANEL_CLOSE_REVIEW", "Close review")
#define STR_PANEL_REVIEW_REPORT NC_("STR_PANEL_REVIEW_REPORT", "Review report")
#define STR_PANEL_EXPORT_IATI NC_("STR_PANEL_EXPORT_IATI", "Export to IATI")
#define STR_PANEL_IMPORT_IATI NC_("STR_PANEL_IMPORT_IATI", "Import from IATI")
#define STR_YEAR_CLOSED NC_("STR_YEAR_CLOSED", "closed")
#define STR_DAY_TODAY NC_("STR_DAY_TODAY", "today")
#define STR_DAY_TOMORROW NC_("STR_DAY_TOMORROW", "tomorrow")
#define STR_DAY_YESTERDAY NC_("STR_DAY_YESTERDAY", "yesterday")
#define STR_TALLY_MET NNC_("STR_TALLY_MET", "{} met", "{} met")
#define STR_TALLY_PARTIAL NNC_("STR_TALLY_PARTIAL", "{} partial", "{} partial")
#define STR_TALLY_NOT_MET NNC_("STR_TALLY_NOT_MET", "{} not met", "{} not met")
#define STR_TALLY_PENDING NNC_("STR_TALLY_PENDING", "{} pending", "{} pending")
#define STR_DAYS_AHEAD NNC_("STR_DAYS_AHEAD", "in {} day", "in {} days")
#define STR_DAYS_AGO NNC_("STR_DAYS_AGO", "{} day ago", "{} days ago")
#define STR_DAYS_LATE NNC_("STR_DAYS_LATE", "{} day late", "{} days late")
#define STR_MONTH_01 NC_("STR_MONTH_01", "Jan")
#define STR_MONTH_02 NC_("STR_MONTH_02", "Feb")
#define STR_MONTH_03 NC_("STR_MONTH_03", "Mar")
#define STR_MONTH_04 NC_("STR_MONTH_04", "Apr")
#define STR_MONTH_05 NC_("STR_MONTH_05", "May")
#define STR_MONTH_06 NC_("STR_MONTH_06", "Jun")
#define STR_MONTH_07 NC_("STR_MONTH_07", "Jul")
#define STR_MONTH_08 NC_("STR_MONTH_08", "Aug")
#define STR_MONTH_09 NC_("STR_MONTH_09", "Sep")
#define STR_MONTH_10 NC_("STR_MONTH_10", "Oct")
#define STR_MONTH_11 NC_("STR_MONTH_11", "Nov")
#define STR_MONTH_12 NC_("STR_MONTH_12", "Dec")

// --- Review report ----------------------------------------------------------------

#define STR_REPORT_SHEET NC_("STR_REPORT_SHEET", "Review {}")
#define STR_REPORT_TITLE NC_("STR_REPORT_TITLE", "Review report, assessment year {}")
#define STR_REPORT_MADE_ON NC_("STR_REPORT_MADE_ON", "Made on")
#define STR_REPORT_TRANCHE NC_("STR_REPORT_TRANCHE", "Tranche")
#define STR_REPORT_PAID_COMPUTED NC_("STR_REPORT_PAID_COMPUTED", "Paid (computed)")
#define STR_REPORT_YES NC_("STR_REPORT_YES", "yes")
#define STR_REPORT_NO NC_("STR_REPORT_NO", "no")
#define STR_REPORT_CONTRIBUTIONS_REALLOCATED                                                       \
    NC_("STR_REPORT_CONTRIBUTIONS_REALLOCATED",                                                    \
        "Contributions to the variable tranche (waivers reallocated)")
#define STR_REPORT_CONTRIBUTIONS_TRANSFERRED                                                       \
    NC_("STR_REPORT_CONTRIBUTIONS_TRANSFERRED",                                                    \
        "Contributions to the variable tranche (waivers transferred)")
#define STR_REPORT_SHARE NC_("STR_REPORT_SHARE", "Share of ceiling")
#define STR_REPORT_PAID NC_("STR_REPORT_PAID", "Paid")
#define STR_REPORT_OVERDUE NC_("STR_REPORT_OVERDUE", "Overdue milestones")
#define STR_REPORT_LATE NC_("STR_REPORT_LATE", "Late")
#define STR_REPORT_NONE NC_("STR_REPORT_NONE", "None.")
#define STR_REPORT_CHART_PAID NC_("STR_REPORT_CHART_PAID", "Ceiling and paid per year")
#define STR_REPORT_CHART_STATUSES NC_("STR_REPORT_CHART_STATUSES", "Indicator statuses per year")
#define STR_REPORT_PAGE_OF NC_("STR_REPORT_PAGE_OF", "Page {} of {}")
#define STR_REPORT_AMOUNTS_IN NC_("STR_REPORT_AMOUNTS_IN", "Amounts in {}")
#define STR_REPORT_GENERAL_CONDITION NC_("STR_REPORT_GENERAL_CONDITION", "all (general)")

// --- IATI import preview ----------------------------------------------------------

#define STR_IMPORT_SUMMARY NC_("STR_IMPORT_SUMMARY", "{}, {}, {}, {}.")
#define STR_IMPORT_ADDED NNC_("STR_IMPORT_ADDED", "{} value added", "{} values added")
#define STR_IMPORT_OVERWRITTEN NNC_("STR_IMPORT_OVERWRITTEN", "{} overwritten", "{} overwritten")
#define STR_IMPORT_SKIPPED NNC_("STR_IMPORT_SKIPPED", "{} not imported", "{} not imported")
#define STR_IMPORT_KEPT NNC_("STR_IMPORT_KEPT", "{} left alone", "{} left alone")
#define STR_IMPORT_NOT_IMPORTED NC_("STR_IMPORT_NOT_IMPORTED", "not imported: {}")
#define STR_IMPORT_MORE NNC_("STR_IMPORT_MORE", "… and {} more", "… and {} more")
#define STR_IMPORT_FILE_ACTIVITY NC_("STR_IMPORT_FILE_ACTIVITY", "File: {}")
#define STR_IMPORT_TRACKER_ACTIVITY NC_("STR_IMPORT_TRACKER_ACTIVITY", "This tracker: {}")
#define STR_IMPORT_REPORTED_BY NC_("STR_IMPORT_REPORTED_BY", "reported by {}")
#define STR_IMPORT_OTHER_ACTIVITY                                                                  \
    NC_("STR_IMPORT_OTHER_ACTIVITY",                                                               \
        "Warning: the file is of activity {}, but this tracker is of activity {}. Importing "      \
        "writes one activity's values into the tracker of another.")
#define STR_IMPORT_OTHER_REFUSED                                                                   \
    NC_("STR_IMPORT_OTHER_REFUSED", "the file is of activity {}, but this tracker is of activity " \
                                    "{}; AllowOtherActivity=True imports it all the same")
#define STR_DLG_OTHER_ACTIVITY_TITLE                                                               \
    NC_("STR_DLG_OTHER_ACTIVITY_TITLE", "Import from IATI: another activity")
#define STR_DLG_OTHER_ACTIVITY_QUESTION                                                            \
    NC_("STR_DLG_OTHER_ACTIVITY_QUESTION",                                                         \
        "Import this file's values into this tracker all the same?")
#define STR_DLG_IMPORT_ANYWAY NC_("STR_DLG_IMPORT_ANYWAY", "Import anyway")

// --- Tracker reader: what is wrong with a tracker ---------------------------------

#define STR_READ_FIELD_YEAR NC_("STR_READ_FIELD_YEAR", "year")
#define STR_READ_FIELD_REVIEW_DATE NC_("STR_READ_FIELD_REVIEW_DATE", "review date")
#define STR_READ_FIELD_STATE NC_("STR_READ_FIELD_STATE", "state")
#define STR_READ_FIELD_CLOSED_ON NC_("STR_READ_FIELD_CLOSED_ON", "closed-on date")
#define STR_READ_FIELD_NOTES NC_("STR_READ_FIELD_NOTES", "outcome notes")
#define STR_READ_FIELD_FIRST_REVIEW NC_("STR_READ_FIELD_FIRST_REVIEW", "first review date")
#define STR_READ_FIELD_MONTHS NC_("STR_READ_FIELD_MONTHS", "months between reviews")
#define STR_READ_FIELD_ROLL NC_("STR_READ_FIELD_ROLL", "roll")
#define STR_READ_FIELD_ID NC_("STR_READ_FIELD_ID", "ID")
#define STR_READ_FIELD_TITLE NC_("STR_READ_FIELD_TITLE", "title")
#define STR_READ_FIELD_AREA NC_("STR_READ_FIELD_AREA", "policy area")
#define STR_READ_FIELD_WEIGHT NC_("STR_READ_FIELD_WEIGHT", "weight")
#define STR_READ_FIELD_METHOD NC_("STR_READ_FIELD_METHOD", "method")
#define STR_READ_FIELD_THRESHOLD NC_("STR_READ_FIELD_THRESHOLD", "threshold")
#define STR_READ_FIELD_BASELINE NC_("STR_READ_FIELD_BASELINE", "baseline")
#define STR_READ_FIELD_TARGET NC_("STR_READ_FIELD_TARGET", "target")
#define STR_READ_FIELD_ACTUAL NC_("STR_READ_FIELD_ACTUAL", "actual")
#define STR_READ_FIELD_EVIDENCE NC_("STR_READ_FIELD_EVIDENCE", "evidence")
#define STR_READ_FIELD_WAIVED NC_("STR_READ_FIELD_WAIVED", "waived")
#define STR_READ_FIELD_SCORE NC_("STR_READ_FIELD_SCORE", "score")
#define STR_READ_FIELD_STATUS NC_("STR_READ_FIELD_STATUS", "status")
#define STR_READ_FIELD_TRANCHE_YEAR NC_("STR_READ_FIELD_TRANCHE_YEAR", "tranche year")
#define STR_READ_FIELD_TYPE NC_("STR_READ_FIELD_TYPE", "type")
#define STR_READ_FIELD_CEILING NC_("STR_READ_FIELD_CEILING", "ceiling")
#define STR_READ_FIELD_GENERAL NC_("STR_READ_FIELD_GENERAL", "general conditions")
#define STR_READ_FIELD_GATING NC_("STR_READ_FIELD_GATING", "gating milestones")
#define STR_READ_FIELD_ELIGIBLE NC_("STR_READ_FIELD_ELIGIBLE", "eligible")
#define STR_READ_FIELD_RULE NC_("STR_READ_FIELD_RULE", "waiver rule")
#define STR_READ_FIELD_COMPUTED NC_("STR_READ_FIELD_COMPUTED", "computed amount")
#define STR_READ_FIELD_TRANSFERRED NC_("STR_READ_FIELD_TRANSFERRED", "transferred amount")
#define STR_READ_FIELD_DISBURSED NC_("STR_READ_FIELD_DISBURSED", "disbursed amount")
#define STR_READ_FIELD_DISBURSED_ON NC_("STR_READ_FIELD_DISBURSED_ON", "disbursed-on date")
#define STR_READ_FIELD_DEADLINE NC_("STR_READ_FIELD_DEADLINE", "request deadline")
#define STR_READ_FIELD_INDICATOR NC_("STR_READ_FIELD_INDICATOR", "indicator")
#define STR_READ_FIELD_DUE NC_("STR_READ_FIELD_DUE", "due date")
#define STR_READ_FIELD_DONE NC_("STR_READ_FIELD_DONE", "done date")
#define STR_READ_BLANK NC_("STR_READ_BLANK", "{} is blank")
#define STR_READ_NOT_NUMBER NC_("STR_READ_NOT_NUMBER", "{} is not a number: \"{}\"")
#define STR_READ_NOT_FINITE NC_("STR_READ_NOT_FINITE", "{} is not a finite number")
#define STR_READ_NEGATIVE NC_("STR_READ_NEGATIVE", "{} is negative")
#define STR_READ_NOT_UNIT NC_("STR_READ_NOT_UNIT", "{} is not between 0 and 1")
#define STR_READ_NOT_DATE NC_("STR_READ_NOT_DATE", "{} is not a date")
#define STR_READ_NOT_DATE_TEXT NC_("STR_READ_NOT_DATE_TEXT", "{} is not a date: \"{}\"")
#define STR_READ_NOT_FLAG NC_("STR_READ_NOT_FLAG", "{} is not TRUE or FALSE")
#define STR_READ_NOT_YEAR NC_("STR_READ_NOT_YEAR", "{} is not a whole number from 1900 to 9999")
#define STR_READ_UNKNOWN_WORD NC_("STR_READ_UNKNOWN_WORD", "unknown {} \"{}\" (expected {})")
#define STR_READ_DUPLICATE NC_("STR_READ_DUPLICATE", "duplicate {} \"{}\" (first in {})")
#define STR_READ_NOT_TRACKER_YEAR NC_("STR_READ_NOT_TRACKER_YEAR", "{} {} is not a year of {}")
#define STR_READ_RANGE_MISSING NC_("STR_READ_RANGE_MISSING", "the named range {} is missing")
#define STR_READ_RANGE_OUTSIDE NC_("STR_READ_RANGE_OUTSIDE", "{} lies outside the sheet's limits")
#define STR_READ_RANGE_VALUES                                                                      \
    NC_("STR_READ_RANGE_VALUES", "{}: the cell values do not match the range's size")
#define STR_READ_RANGE_SMALL                                                                       \
    NC_("STR_READ_RANGE_SMALL", "{} is {} (rows x columns) but the layout needs at least {}")
#define STR_READ_YEARS_ASCEND NC_("STR_READ_YEARS_ASCEND", "years must ascend: {} comes after {}")
#define STR_READ_NO_YEAR NC_("STR_READ_NO_YEAR", "{} holds no year")
#define STR_READ_MONTHS NC_("STR_READ_MONTHS", "{} is not a whole number from 1 to {}")
#define STR_READ_BLOCK_MISSING                                                                     \
    NC_("STR_READ_BLOCK_MISSING", "the year block for {} is missing: {} ends at column {}")
#define STR_READ_BLOCK_BLANK                                                                       \
    NC_("STR_READ_BLOCK_BLANK",                                                                    \
        "this year block should be headed {}, as in {}, but the cell is blank")
#define STR_READ_BLOCK_WRONG                                                                       \
    NC_("STR_READ_BLOCK_WRONG", "this year block should be headed {}, as in {}, not \"{}\"")
#define STR_READ_NOT_INDICATOR NC_("STR_READ_NOT_INDICATOR", "indicator \"{}\" is not an ID of {}")
#define STR_READ_NOT_MILESTONE                                                                     \
    NC_("STR_READ_NOT_MILESTONE", "gating milestone \"{}\" is not an ID of {}")
#define STR_EXPECT_STATE NC_("STR_EXPECT_STATE", "open or closed")
#define STR_EXPECT_ROLL NC_("STR_EXPECT_ROLL", "following, modified, preceding or none")
#define STR_EXPECT_METHOD NC_("STR_EXPECT_METHOD", "linear, binary or partial")
#define STR_EXPECT_TYPE NC_("STR_EXPECT_TYPE", "fixed or variable")
#define STR_EXPECT_RULE NC_("STR_EXPECT_RULE", "reallocate or transfer")

// --- Layout version 2: labels New tracker writes, and what the reader says -------

#define STR_SHEET_CONDITIONS NC_("STR_SHEET_CONDITIONS", "Conditions")
#define STR_CONDITIONS_TITLE NC_("STR_CONDITIONS_TITLE", "Conditions of disbursement")
#define STR_COL_COMPONENT NC_("STR_COL_COMPONENT", "Component")
#define STR_COL_DECISION NC_("STR_COL_DECISION", "Decision")
#define STR_COL_REQUESTED_ON NC_("STR_COL_REQUESTED_ON", "Requested on")
#define STR_COL_APPROVED_ON NC_("STR_COL_APPROVED_ON", "Approved on")
#define STR_COL_APPROVAL_REF NC_("STR_COL_APPROVAL_REF", "Approval reference")
#define STR_COL_BASE_CEILING NC_("STR_COL_BASE_CEILING", "Base ceiling")
#define STR_COL_CARRIED_IN NC_("STR_COL_CARRIED_IN", "Carried in")
#define STR_COL_PAYOUT NC_("STR_COL_PAYOUT", "Payout")
#define STR_COL_HELD NC_("STR_COL_HELD", "Held")
#define STR_COL_RELEASED NC_("STR_COL_RELEASED", "Released")
#define STR_COL_PAYABLE NC_("STR_COL_PAYABLE", "Payable")
#define STR_COL_TRANCHE NC_("STR_COL_TRANCHE", "Tranche")
#define STR_COL_LOWER_BOUND NC_("STR_COL_LOWER_BOUND", "Lower bound")
#define STR_COL_SHARE NC_("STR_COL_SHARE", "Share")
#define STR_COL_CONDITION NC_("STR_COL_CONDITION", "Condition")
#define STR_COL_KIND NC_("STR_COL_KIND", "Kind")
#define STR_COL_VERDICT NC_("STR_COL_VERDICT", "Verdict")
#define STR_COL_CONDITION_NOTES NC_("STR_COL_CONDITION_NOTES", "Notes")
#define STR_HDR_LAYOUT_VERSION NC_("STR_HDR_LAYOUT_VERSION", "Layout version")
#define STR_HDR_SUSPENDED_FROM NC_("STR_HDR_SUSPENDED_FROM", "Suspended from")
#define STR_HDR_SECTOR NC_("STR_HDR_SECTOR", "Sector (DAC 5-digit code, or codes with percentages)")
#define STR_SECTOR_A02                                                                             \
    NC_("STR_SECTOR_A02",                                                                          \
        "aid type A02 (sector budget support) needs the sector's DAC 5-digit code, e.g. 15110")
#define STR_SECTOR_CODE                                                                            \
    NC_("STR_SECTOR_CODE", "\"{}\" is not a sector code of the DAC 5-digit list, e.g. 51010")
#define STR_SECTOR_TWICE NC_("STR_SECTOR_TWICE", "sector {} is given twice")
#define STR_SECTOR_NO_PERCENTAGE                                                                   \
    NC_("STR_SECTOR_NO_PERCENTAGE", "sector {} has no percentage: with several sectors each "      \
                                    "needs one, e.g. 15110 60; 51010 40")
#define STR_SECTOR_PERCENTAGE                                                                      \
    NC_("STR_SECTOR_PERCENTAGE", "the percentage of sector {} (\"{}\") must be a number above 0 "  \
                                 "and up to 100, with at most two decimals")
#define STR_SECTOR_SUM NC_("STR_SECTOR_SUM", "the sector percentages add up to {}, not 100")
#define STR_GC_PUBLIC_POLICY                                                                       \
    NC_("STR_GC_PUBLIC_POLICY", "Satisfactory progress in the implementation of the public "       \
                                "policy")
#define STR_GC_MACROECONOMIC                                                                       \
    NC_("STR_GC_MACROECONOMIC",                                                                    \
        "Maintenance of a credible and relevant stability-oriented macroeconomic policy")
#define STR_GC_PFM                                                                                 \
    NC_("STR_GC_PFM", "Satisfactory progress in the implementation of reforms to improve "         \
                      "public financial management")
#define STR_GC_TRANSPARENCY                                                                        \
    NC_("STR_GC_TRANSPARENCY",                                                                     \
        "Satisfactory progress in the transparency and oversight of the budget")
#define STR_READ_FIELD_COMPONENT NC_("STR_READ_FIELD_COMPONENT", "component")
#define STR_READ_FIELD_DECISION NC_("STR_READ_FIELD_DECISION", "decision")
#define STR_READ_FIELD_REQUESTED_ON NC_("STR_READ_FIELD_REQUESTED_ON", "requested-on date")
#define STR_READ_FIELD_APPROVED_ON NC_("STR_READ_FIELD_APPROVED_ON", "approved-on date")
#define STR_READ_FIELD_APPROVAL_REF NC_("STR_READ_FIELD_APPROVAL_REF", "approval reference")
#define STR_READ_FIELD_BASE_CEILING NC_("STR_READ_FIELD_BASE_CEILING", "base ceiling")
#define STR_READ_FIELD_CARRIED_IN NC_("STR_READ_FIELD_CARRIED_IN", "carried-in amount")
#define STR_READ_FIELD_PAYOUT NC_("STR_READ_FIELD_PAYOUT", "payout")
#define STR_READ_FIELD_HELD NC_("STR_READ_FIELD_HELD", "held amount")
#define STR_READ_FIELD_RELEASED NC_("STR_READ_FIELD_RELEASED", "released amount")
#define STR_READ_FIELD_PAYABLE NC_("STR_READ_FIELD_PAYABLE", "payable amount")
#define STR_READ_FIELD_TRANCHE NC_("STR_READ_FIELD_TRANCHE", "tranche")
#define STR_READ_FIELD_LOWER_BOUND NC_("STR_READ_FIELD_LOWER_BOUND", "lower bound")
#define STR_READ_FIELD_SHARE NC_("STR_READ_FIELD_SHARE", "share")
#define STR_READ_FIELD_CONDITION NC_("STR_READ_FIELD_CONDITION", "condition")
#define STR_READ_FIELD_KIND NC_("STR_READ_FIELD_KIND", "kind")
#define STR_READ_FIELD_VERDICT NC_("STR_READ_FIELD_VERDICT", "verdict")
#define STR_READ_FIELD_LAYOUT_VERSION NC_("STR_READ_FIELD_LAYOUT_VERSION", "layout version")
#define STR_READ_FIELD_SUSPENDED_FROM NC_("STR_READ_FIELD_SUSPENDED_FROM", "suspension date")
#define STR_READ_LAYOUT_VERSION                                                                    \
    NC_("STR_READ_LAYOUT_VERSION", "layout version {} is not one this condtrack reads (1 or 2)")
#define STR_READ_BANDS_SPLIT                                                                       \
    NC_("STR_READ_BANDS_SPLIT", "the bands of \"{}\" must be on adjacent rows (first in {})")
#define STR_READ_NOT_TRANCHE NC_("STR_READ_NOT_TRANCHE", "tranche \"{}\" is not a tranche of {}")
#define STR_READ_REASSESS_MET                                                                      \
    NC_("STR_READ_REASSESS_MET",                                                                   \
        "re-assessment of an indicator that scored 100% in {}: nothing is held, not applied")
#define STR_READ_CARRIED_BEYOND                                                                    \
    NC_("STR_READ_CARRIED_BEYOND",                                                                 \
        "{} transferred out of {}, the tracker's last year: carried beyond the last year")
#define STR_EXPECT_DECISION NC_("STR_EXPECT_DECISION", "none, reallocate, transfer or reassess")
#define STR_EXPECT_PAYOUT NC_("STR_EXPECT_PAYOUT", "proportional or bands")
#define STR_EXPECT_KIND NC_("STR_EXPECT_KIND", "general or specific")
#define STR_EXPECT_VERDICT NC_("STR_EXPECT_VERDICT", "met or not met")

// Upgrade tracker (layout version 1 to 2).
#define STR_UNDO_UPGRADE_TRACKER NC_("STR_UNDO_UPGRADE_TRACKER", "Upgrade tracker")
#define STR_UPGRADE_DONE NC_("STR_UPGRADE_DONE", "The tracker now has layout version 2.")
#define STR_UPGRADE_DONE_CONFLICTS                                                                 \
    NC_("STR_UPGRADE_DONE_CONFLICTS", "The tracker now has layout version 2. To check: {}")
#define STR_UPGRADE_ALREADY                                                                        \
    NC_("STR_UPGRADE_ALREADY", "The tracker already has layout version 2. Nothing was changed.")
#define STR_UPGRADE_REFUSED                                                                        \
    NC_("STR_UPGRADE_REFUSED", "The tracker cannot be upgraded: {}. Nothing was changed.")
#define STR_UPGRADE_NOT_AT_A1 NC_("STR_UPGRADE_NOT_AT_A1", "{}: the range {} must start at A1")
#define STR_UPGRADE_WIDTH                                                                          \
    NC_("STR_UPGRADE_WIDTH", "{}: the range {} has {} columns, layout version 1 has {}")
#define STR_UPGRADE_YEARS_GAP                                                                      \
    NC_("STR_UPGRADE_YEARS_GAP", "{}: the years must follow each other ({} after {})")
#define STR_UPGRADE_BLOCK_YEAR                                                                     \
    NC_("STR_UPGRADE_BLOCK_YEAR", "{}: the year block should be headed {}")
#define STR_UPGRADE_TRANCHE_ORDER                                                                  \
    NC_("STR_UPGRADE_TRANCHE_ORDER",                                                               \
        "{}: expected the {} {} tranche (a fixed and a variable tranche per year, in order)")
#define STR_UPGRADE_NO_TEMPLATE                                                                    \
    NC_("STR_UPGRADE_NO_TEMPLATE", "the template does not have layout version 2")
#define STR_UPGRADE_APPROVAL_REF NC_("STR_UPGRADE_APPROVAL_REF", "upgraded from layout 1")
#define STR_UPGRADE_REASON NC_("STR_UPGRADE_REASON", "Upgraded from layout 1 to layout 2")
#define STR_UPGRADE_GATING_CONFLICT                                                                \
    NC_("STR_UPGRADE_GATING_CONFLICT",                                                             \
        "milestone {} keeps tranche year {}, although it gated the {} {} tranche")
#define STR_UPGRADE_GENERAL_CONFLICT                                                               \
    NC_("STR_UPGRADE_GENERAL_CONFLICT",                                                            \
        "the tranches of {} disagreed on the general conditions: recorded as not met")
#define STR_UPGRADE_RULE_CONFLICT                                                                  \
    NC_("STR_UPGRADE_RULE_CONFLICT",                                                               \
        "the variable tranches of {} had different waiver rules: {} applied")
#define STR_UPGRADE_NEW_GATE                                                                       \
    NC_("STR_UPGRADE_NEW_GATE", "the {} {} tranche is now also gated by {} (its tranche year)")
// --- Record decision and Record condition (menu and deck: extension/config/*.xcu) ---

#define STR_DECISION_RECORDED NC_("STR_DECISION_RECORDED", "Decision recorded: {}.")
#define STR_CONDITION_RECORDED NC_("STR_CONDITION_RECORDED", "Condition recorded: {}.")
#define STR_NEEDS_UPGRADE                                                                          \
    NC_("STR_NEEDS_UPGRADE", "This tracker has layout version {}, without decisions or "           \
                             "conditions. Run Upgrade Tracker first; nothing was changed.")
#define STR_UNKNOWN_DECISION                                                                       \
    NC_("STR_UNKNOWN_DECISION",                                                                    \
        "Unknown decision \"{}\": give reallocate (A), transfer (B), reassess (C) or nothing.")
#define STR_APPROVAL_BEFORE_REQUEST                                                                \
    NC_("STR_APPROVAL_BEFORE_REQUEST",                                                             \
        "The approval date {} comes before the request date. Nothing was changed.")
#define STR_NOTHING_TO_REASSESS                                                                    \
    NC_("STR_NOTHING_TO_REASSESS", "{} scores 1 that year: there is nothing to reassess.")
#define STR_UNKNOWN_CONDITION NC_("STR_UNKNOWN_CONDITION", "No condition with the ID \"{}\".")
#define STR_UNKNOWN_VERDICT                                                                        \
    NC_("STR_UNKNOWN_VERDICT", "Unknown verdict \"{}\": give met, not met or nothing.")
#define STR_NOT_A_DATE NC_("STR_NOT_A_DATE", "\"{}\" is not a date: write it as 2019-05-02.")
#define STR_FIELD_DECISION NC_("STR_FIELD_DECISION", "decision")
#define STR_FIELD_REQUESTED_ON NC_("STR_FIELD_REQUESTED_ON", "requested on")
#define STR_FIELD_APPROVED_ON NC_("STR_FIELD_APPROVED_ON", "approved on")
#define STR_FIELD_APPROVAL_REF NC_("STR_FIELD_APPROVAL_REF", "approval reference")
#define STR_FIELD_VERDICT NC_("STR_FIELD_VERDICT", "verdict")
#define STR_FIELD_NOTES NC_("STR_FIELD_NOTES", "notes")
#define STR_DLG_DECISION_TITLE NC_("STR_DLG_DECISION_TITLE", "Record decision")
#define STR_DLG_CONDITION_TITLE NC_("STR_DLG_CONDITION_TITLE", "Record condition")
#define STR_DLG_DECISION NC_("STR_DLG_DECISION", "Decision")
#define STR_DLG_REQUESTED_ON NC_("STR_DLG_REQUESTED_ON", "Requested on")
#define STR_DLG_APPROVED_ON NC_("STR_DLG_APPROVED_ON", "Approved on")
#define STR_DLG_APPROVAL_REF NC_("STR_DLG_APPROVAL_REF", "Approval reference")
#define STR_DLG_CONDITION NC_("STR_DLG_CONDITION", "Condition")
#define STR_DLG_VERDICT NC_("STR_DLG_VERDICT", "Verdict")
#define STR_DLG_NOTES NC_("STR_DLG_NOTES", "Notes")
#define STR_DLG_CLOSE_TITLE NC_("STR_DLG_CLOSE_TITLE", "Close review")
#define STR_DLG_CLOSE_HINT                                                                         \
    NC_("STR_DLG_CLOSE_HINT",                                                                      \
        "Once the review is closed, its assessments change only with a reason to reopen it.")
#define STR_DLG_CLOSE_BUTTON NC_("STR_DLG_CLOSE_BUTTON", "Close review")
#define STR_DLG_NEW_TITLE NC_("STR_DLG_NEW_TITLE", "New tracker")
#define STR_DLG_FIRST_YEAR NC_("STR_DLG_FIRST_YEAR", "First year assessed")
#define STR_DLG_YEARS NC_("STR_DLG_YEARS", "Number of years")
#define STR_DLG_INDICATORS NC_("STR_DLG_INDICATORS", "Number of indicators")
#define STR_DLG_CURRENCY NC_("STR_DLG_CURRENCY", "Currency (ISO code)")
#define STR_DLG_SHEET_LANGUAGE NC_("STR_DLG_SHEET_LANGUAGE", "Language of the sheets")
#define STR_DLG_CREATE NC_("STR_DLG_CREATE", "Create")
#define STR_NEW_TRACKER_LIMITS                                                                     \
    NC_("STR_NEW_TRACKER_LIMITS",                                                                  \
        "A tracker needs a first year from 1900 to 9000, 1 to 30 years, 1 to 5000 indicators, "    \
        "a currency code of three letters such as EUR, and sheets in en, fr or pt.")
#define STR_DLG_REASON NC_("STR_DLG_REASON", "Reason")
#define STR_DLG_UNCHANGED NC_("STR_DLG_UNCHANGED", "(unchanged)")
#define STR_DLG_DECISION_NONE NC_("STR_DLG_DECISION_NONE", "none")
#define STR_DLG_DECISION_REALLOCATE NC_("STR_DLG_DECISION_REALLOCATE", "reallocate (A)")
#define STR_DLG_DECISION_TRANSFER NC_("STR_DLG_DECISION_TRANSFER", "transfer (B)")
#define STR_DLG_DECISION_REASSESS NC_("STR_DLG_DECISION_REASSESS", "reassess (C)")
#define STR_DLG_VERDICT_NONE NC_("STR_DLG_VERDICT_NONE", "not assessed")
#define STR_DLG_VERDICT_MET NC_("STR_DLG_VERDICT_MET", "met")
#define STR_DLG_VERDICT_NOT_MET NC_("STR_DLG_VERDICT_NOT_MET", "not met")
#define STR_DLG_DATE_HINT NC_("STR_DLG_DATE_HINT", "Dates as 2019-05-02.")
#define STR_DLG_BLANK_HINT NC_("STR_DLG_BLANK_HINT", "A blank field leaves its cell as it is.")
#define STR_MENU_RECORD_DECISION NC_("STR_MENU_RECORD_DECISION", "Record Decision...")
#define STR_MENU_RECORD_CONDITION NC_("STR_MENU_RECORD_CONDITION", "Record Condition...")
#define STR_MENU_UPGRADE_TRACKER NC_("STR_MENU_UPGRADE_TRACKER", "Upgrade Tracker")
#define STR_PANEL_RECORD_DECISION NC_("STR_PANEL_RECORD_DECISION", "Record decision")
#define STR_PANEL_RECORD_CONDITION NC_("STR_PANEL_RECORD_CONDITION", "Record condition")
#define STR_PANEL_UPGRADE_TRACKER NC_("STR_PANEL_UPGRADE_TRACKER", "Upgrade tracker")
#define STR_PANEL_VERSION_1                                                                        \
    NC_("STR_PANEL_VERSION_1",                                                                     \
        "This tracker has layout version 1: upgrade it to record decisions and conditions.")
#define STR_UNDO_RECORD_DECISION NC_("STR_UNDO_RECORD_DECISION", "Record decision")
#define STR_UNDO_RECORD_CONDITION NC_("STR_UNDO_RECORD_CONDITION", "Record condition")
