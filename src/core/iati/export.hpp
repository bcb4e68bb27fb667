#pragma once

// The tracker as an IATI 2.03 activity file: one
// <iati-activity> in an <iati-activities> document that validates against
// the IATI 2.03 schema (vendored in tests/data/iati-2.03). Deterministic: the same
// tracker, header and generated-datetime give the same bytes.
//
// The mapping, in the order the schema imposes inside <iati-activity>:
//   @xml:lang, @default-currency   IatiHeader::language, ::currency
//   iati-identifier, reporting-org, title        the header
//   description type="1"           the header's, else a generated sentence
//   participating-org              the header's, else the reporting org, role 1
//   activity-status                the header's (default 2, implementation)
//   activity-date type 1 / 3       planned start / end: the header's, else the
//                                  start of the first tracker year and the end
//                                  of the year after the last (its tranche is
//                                  paid then)
//   recipient-country              the header's, percentage 100, if any
//   sector vocabulary="1"          the header's (iati/sectors.hpp), else 51010
//                                  for A01
//   default-aid-type               A01 or A02 (IatiHeader::aidType)
//   planned-disbursement type="1"  one per tranche: its ceiling, over fiscal
//                                  year N+1 (the tranche for assessment year N
//                                  is paid in N+1), value-date = period start
//   planned-disbursement type="2"  next year's variable ceiling revised by the
//                                  amounts transferred under waiver rule B
//                                  (ceiling + transfers), after its type 1;
//                                  the transfers alone when that year has no
//                                  variable tranche
//   transaction type 3             one per disbursed amount, dated by
//                                  "Disbursed on" (an amount without a date
//                                  has no transaction: IatiExport::warnings)
//   conditions attached="1"        the general conditions as type 1 (policy),
//                                  each indicator "ID: title" as type 2
//                                  (performance); attached="0" for an empty
//                                  tracker
//   result type="2" (outcome)      one per policy area, in order of first
//                                  appearance; EU variable-tranche indicators
//                                  measure policy outcomes (execution rates,
//                                  enrolment, revenue), not project outputs.
//                                  An indicator without area goes to
//                                  "Performance indicators".
//     indicator @measure           2 (percentage) when the title says % or
//                                  percent (titleIsPercentage), else 1 (unit)
//     indicator @ascending         1 when the first target that differs from
//                                  the baseline is above it, 0 below; left out
//                                  without baseline or such a target
//     title, reference             the title (the ID when blank); vocabulary
//                                  99 (reporting organisation) code = the ID
//     baseline                     @year = the header's baseline year, else
//                                  the year before the first tracker year;
//                                  @value = the baseline (left out when blank)
//     period (one per year with a target, an actual or evidence)
//                                  period-start/end = the fiscal year
//       target @value              the target
//       actual @value              the actual (no @value while pending but
//                                  with evidence); its comment says status,
//                                  score and waiver; its document-link is the
//                                  evidence (url = evidenceUri, format by
//                                  extension, category A08 "results,
//                                  outcomes and outputs")
//     condtrack:indicator          after the periods: id, position (row order),
//                                  weight, method, threshold; title="" or
//                                  area="" when blank; condtrack:assessment
//                                  per year: waived, score, status, and the
//                                  evidence as typed when evidenceUri changed
//                                  it
//   condtrack:tracker              last: version, fiscal-year-start-month;
//                                  condtrack:reviews, condtrack:year (review
//                                  date, state, closed on, notes),
//                                  condtrack:tranche (the whole row),
//                                  condtrack:milestone (the whole row)
// Layout version 2 (docs/iati.md): planned-disbursement type 1 is the base
// ceiling and type 2 the ceiling when money was carried in; conditions are the
// Conditions sheet's (general type 1, specific type 2, in the tracker's
// language); condtrack:tracker version="2" adds suspended-from, version 2's
// tranche rows, condtrack:band and condtrack:condition (with
// condtrack:verdict per year); condtrack:indicator the component, and each
// condtrack:assessment the year's weight where it changes and the decision
// with its dates and approval reference. A version 1 tracker exports as
// version 1 did.
// Planned disbursements and transactions also carry condtrack:tranche-year
// and condtrack:tranche-type (and condtrack:tranche-component) attributes (the schema allows
// foreign attributes there) so that an import matches them to their tranche. Texts condtrack writes
// itself (description, general conditions, comments, evidence titles, transaction descriptions) are
// in English and/or French: the languages of the header's title among the two. Booleans are 1/0 in
// IATI attributes, true/false in the extension; numbers are xsd:decimal
// (xmlDecimal), dates ISO. The assessment log is not exported.

#include "iati/sectors.hpp"
#include "rules/calendar.hpp"
#include "tracker/model.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

inline constexpr const char* kIatiVersion = "2.03";
inline constexpr const char* kCondtrackIatiNamespace = "https://condtrack.org/ns/iati-ext/1";
inline constexpr const char* kCondtrackIatiPrefix = "condtrack";

// One <narrative>: a text in a language ("en", "fr"; "" means the activity's
// language, IatiHeader::language).
struct Narrative {
    std::string lang;
    std::string text;
    bool operator==(const Narrative& o) const { return lang == o.lang && text == o.text; }
};
using Narratives = std::vector<Narrative>;

// The text in `lang`; else the one in `activityLang` (narratives without a
// language are in it); else the first; "" when there is none.
std::string pickNarrative(const Narratives& narratives, std::string_view lang,
                          std::string_view activityLang);

// Default aid type: the two budget-support codes of the OECD DAC list.
enum class AidType {
    GeneralBudgetSupport, // A01
    SectorBudgetSupport,  // A02
};
std::string_view iatiCode(AidType type);

// A <participating-org>.
struct IatiOrganisation {
    std::string ref;  // organisation identifier, may be ""
    std::string type; // OrganisationType code, may be ""
    std::string role; // OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing
    Narratives name;
    bool operator==(const IatiOrganisation& o) const {
        return ref == o.ref && type == o.type && role == o.role && name == o.name;
    }
};

// What IATI requires beyond the indicators and tranches: the tracker's
// programme header (sheet Programme, docs/tracker-layout.md).
struct IatiHeader {
    std::string identifier;       // <iati-identifier>: the reporting org's ref, "-", its own ID
    std::string reportingOrgRef;  // e.g. "XI-IATI-EC_INTPA"
    std::string reportingOrgType; // OrganisationType code, e.g. "10" government, "40" multilateral
    Narratives reportingOrgName;
    Narratives title;            // English and/or French
    Narratives description;      // optional: a generated sentence when empty
    std::string language = "en"; // the activity's xml:lang: the language of the tracker's own texts
    std::string currency = "EUR";     // ISO 4217
    std::string activityStatus = "2"; // ActivityStatus: 2 implementation
    AidType aidType = AidType::GeneralBudgetSupport;
    std::string recipientCountry; // ISO 3166-1 alpha-2 ("ML"); "" for none
    IatiSectors sectors;          // empty: the aid type's default (writeSectors)
    // Empty: the reporting organisation as the funding one (role 1).
    std::vector<IatiOrganisation> participatingOrgs;
    // Defaults: the start of the first tracker year, the end of the year
    // after the last one (its tranche is paid then).
    std::optional<Date> plannedStart, plannedEnd;
    int fiscalYearStartMonth = 1; // fiscal year N runs from this month of N
    std::string resultType = "2"; // ResultType: 2 outcome
    int baselineYear = 0;         // 0: the year before the tracker's first year
    // The general conditions (<condition type="1">); empty: the four of the
    // EU financing decisions since 2021, in English and French.
    std::vector<Narratives> generalConditions;
};

struct IatiExport {
    std::string xml;
    // What the file could not say as the tracker does ("Tranche 2018
    // variable: ..."), in tracker order; the export is still valid.
    std::vector<std::string> warnings;
};

// The tracker as an IATI 2.03 file. generatedDatetime is an xsd:dateTime
// ("2024-05-01T12:00:00Z"), passed in so that the output is deterministic.
// An incomplete header, a bad date-time or a text XML cannot carry is an
// InvalidArgument that says which.
IatiExport exportIati(const TrackerModel& model, const IatiHeader& header,
                      std::string_view generatedDatetime);

// --- Rules shared with the import -----------------------------------------

// Fiscal year N runs from the 1st of startMonth in N to the day before the
// 1st of startMonth in N+1 (startMonth 1: the calendar year N).
Date fiscalYearStart(int year, int startMonth);
Date fiscalYearEnd(int year, int startMonth);
// The fiscal year a date falls in.
int fiscalYearOf(Date date, int startMonth);

// measure="2" (percentage) when the title says so: a '%' sign or the word
// percent / per cent / pourcent / pour cent / percentage / pourcentage (any
// case); measure="1" (unit) otherwise.
bool titleIsPercentage(std::string_view title);

// The evidence as an xsd:anyURI: percent-encodes (UTF-8, uppercase hex)
// every byte that cannot stand in a URI reference, a '%' not followed by two
// hex digits, a second '#', and a ':' in a first segment that is not a
// scheme. A link typed as one comes out unchanged.
std::string evidenceUri(std::string_view evidence);

// The media type of a link by its file extension (.pdf, .docx, .xlsx, .odt,
// .csv, ...); "text/html" otherwise.
std::string_view evidenceFormat(std::string_view uri);

// "2019-04-15".
std::string isoDate(Date date);

} // namespace condtrack
