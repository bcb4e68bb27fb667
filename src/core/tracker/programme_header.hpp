#pragma once

// The tracker's programme header (the layout's header range, sheet
// Programme): what an IATI file says about the activity, one field per row
// below a header row, its label beside its value, in this fixed order.

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
    // Layout version 2 appends these; a header without them is version 1's.
    LayoutVersion,
    SuspendedFrom,
    // Appended later still: a header without it reads as the aid type's
    // default sector (iati/sectors.hpp).
    Sector,
};
inline constexpr int kHeaderFields = 14;
// The fields of a version 1 header.
inline constexpr int kHeaderFieldsV1 = 11;
// The row of a field within the header range.
inline constexpr int headerRow(HeaderField field) {
    return 1 + static_cast<int>(field);
}

std::string headerLabel(HeaderField field, Language language);
// The value New tracker writes ("" for none).
std::string headerDefault(HeaderField field, Language language);

// Reads the header range (a header row, then one row per field) into an
// IatiHeader; InvalidArgument naming the cell when a value is unusable (an
// aid type other than A01/A02, a month outside 1-12, no identifier, no title,
// a sector text parseSectors refuses, said in `language`).
IatiHeader iatiHeaderFrom(const RangeTable& header, Language language = Language::English);

// The header's Layout version: 1 when the row is absent or blank, nullopt
// when it holds anything but a whole number.
std::optional<int> layoutVersionFrom(const RangeTable& header);

} // namespace condtrack
