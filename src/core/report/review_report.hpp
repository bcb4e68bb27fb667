#pragma once

// The review report: one sheet, for a chosen year, with where each indicator
// stands, the tranche computation, late milestones, the next review and two
// charts. Values are a snapshot of the tracker when the report is made.

#include "functions/function_table.hpp"
#include "sheet/workbook_plan.hpp"
#include "tracker/model.hpp"

namespace condtrack {

// An unknown year is an InvalidArgument.
WorkbookPlan reviewReportPlan(const TrackerModel& model, int year, Date today, Language language);

// "Review 2018" / "Revue 2018".
std::string reviewSheetName(int year, Language language);

} // namespace condtrack
