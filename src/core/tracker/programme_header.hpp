#pragma once

// The tracker's programme header (sheet Programme, range CondTrack_Header):
// what an IATI file says about the activity, one field per row, labels in
// column A, values in column B, in this fixed order.

#include "functions/function_table.hpp"
#include "iati/export.hpp"
#include "tracker/model.hpp"

#include <string>
#include <vector>

namespace condtrack {

enum class HeaderField {
    Identifier,
    ReportingOrgRef,
    ReportingOrgType,
    ReportingOrgName,
    TitleEnglish,
    TitleFrench,
    AidType,
    RecipientCountry,
    Currency,
    Language,
    FiscalYearStartMonth,
};
inline constexpr int kHeaderFields = 11;

std::string headerLabel(HeaderField field, Language language);
// The value New tracker writes ("" for none).
std::string headerDefault(HeaderField field, Language language);

// Reads CondTrack_Header (a header row, then one row per field) into an
// IatiHeader; InvalidArgument naming the cell when a value is unusable (an
// aid type other than A01/A02, a month outside 1-12, no identifier, no title).
IatiHeader iatiHeaderFrom(const RangeTable& header);

} // namespace condtrack
