#pragma once

// The activity's sectors: DAC 5-digit codes (IATI's Sector codelist,
// vocabulary 1), each with its share of the activity. IATI's ruleset requires
// a sector on every activity (rule 6.2.2) and, with several, percentages
// summing to 100 (rule 6.7.2); the schema does not check either.
//
// The Programme header's Sector row holds them as text: one code ("51010",
// 100 %), or codes each followed by its percentage, separated by ';'
// ("15110 60; 51010 40"). A percentage may carry '%' and a decimal point or
// comma, at most two decimals. Blank means the aid type's default: 51010
// ("General budget support-related aid") for A01; A02 (sector budget
// support) has none, as its sector is the one the programme supports.

#include "text/language.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

class XmlWriter;
struct XmlElement;
enum class AidType; // iati/export.hpp

struct IatiSector {
    std::string code;       // "51010"
    int hundredths = 10000; // the percentage times 100: 60 % is 6000
    bool operator==(const IatiSector& o) const {
        return code == o.code && hundredths == o.hundredths;
    }
};
using IatiSectors = std::vector<IatiSector>;

inline constexpr const char* kGeneralBudgetSupportSector = "51010";

// Whether `code` is an active code of IATI's Sector codelist (DAC 5-digit).
bool isDacSectorCode(std::string_view code);

// The sectors the header text says; blank gives the aid type's default.
// InvalidArgument "<where>: why" (in `language`) for a code not in the list,
// a missing or unusable percentage, a code given twice, percentages that do
// not sum to 100, and a blank text under A02.
IatiSectors parseSectors(std::string_view text, AidType aidType, const std::string& where,
                         Language language);

// The header text for the sectors: "51010" for one at 100 %, else
// "15110 60; 51010 40"; "" for none.
std::string sectorsText(const IatiSectors& sectors);

// <sector vocabulary="1" code="..." percentage="..."/> for each, in order;
// none given: the aid type's default (51010 for A01, nothing for A02).
void writeSectors(XmlWriter& writer, const IatiSectors& sectors, AidType aidType);

// The activity's sectors of vocabulary 1 (or none given) with a code of the
// list; a sector without percentage is the activity's whole (100) when it is
// the only one. Other vocabularies (DAC 3-digit, the publisher's own) are
// not the header's and are left out; so are sectors whose percentages do not
// sum to 100, which the tracker would refuse: an empty result then.
IatiSectors readSectors(const XmlElement& activity);

} // namespace condtrack
