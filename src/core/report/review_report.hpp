#pragma once

// The review report: one sheet, for a chosen year, with where each indicator
// stands, the tranche computation, late milestones, the next review and two
// charts. Values are a snapshot of the tracker when the report is made.

#include "functions/function_table.hpp"
#include "sheet/workbook_plan.hpp"
#include "tracker/model.hpp"

namespace condtrack {

// What the report's page header says about the programme, from the
// tracker's programme header.
struct ProgrammeHeading {
    std::string name;     // the title in the report's language, else the other one
    std::string currency; // ISO 4217; "" when the header has none
};

// The header range as Calc hands it over; blank fields stay blank (New
// tracker leaves the titles to fill in), and the currency is EUR when blank,
// as New tracker writes it.
ProgrammeHeading programmeHeading(const RangeTable& header, Language language);

// An unknown year is an InvalidArgument. Amounts carry the programme's
// currency; the sheet prints on A4 landscape, one page wide.
WorkbookPlan reviewReportPlan(const TrackerModel& model, int year, Date today, Language language,
                              const ProgrammeHeading& programme = {});

// "Review 2018" / "Revue 2018".
std::string reviewSheetName(int year, Language language);

} // namespace condtrack
