// The IATI import (src/core/iati_import.hpp) on hand-written files
// (tests/data/iati: another publisher's file with every optional element, a
// minimal one, a Latin-1 one, an edited condtrack export, and one file per
// error), and the preview of an import into an open tracker.

#include "iati_fixtures.hpp"
#include "tracker_builder.hpp"

#include "iati/export.hpp"
#include "iati/import.hpp"
#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const char* kOther = "XI-IATI-EXAMPLE-BS-001";

IatiImport importData(const std::string& name, const std::string& activity = "",
                      const std::string& language = "en") {
    IatiImportOptions options;
    options.activityId = activity;
    options.language = language;
    return importIati(iatiData(name), options);
}

IatiImport other(const std::string& language = "en") {
    return importData("other-publisher.xml", kOther, language);
}

std::string errorOf(const std::string& xml, const IatiImportOptions& options = {}) {
    try {
        importIati(xml, options);
    } catch (const InvalidArgument& e) {
        return e.what();
    }
    return "no error";
}

std::vector<std::string> described(const ImportPreview& preview, ImportAction action) {
    std::vector<std::string> out;
    for (const auto& c : preview.changes)
        if (c.action == action) out.push_back(describe(c));
    return out;
}

bool lists(const std::vector<std::string>& all, const std::string& one) {
    for (const auto& x : all)
        if (x == one) return true;
    return false;
}

} // namespace

// --- Choosing the activity -----------------------------------------------------------

TEST(IatiImport, ListsTheActivitiesOfAFile) {
    const auto all = listIatiActivities(iatiData("other-publisher.xml"));
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].identifier, kOther);
    EXPECT_EQ(all[0].title, "Budget support to the Republic of Mali");
    EXPECT_EQ(all[0].indicators, 4u);
    EXPECT_EQ(all[0].line, 9);
    EXPECT_EQ(all[1].identifier, "XI-IATI-EXAMPLE-BS-002");
    EXPECT_EQ(all[1].title, "Sector budget support to education");
    EXPECT_EQ(all[1].indicators, 1u);
    EXPECT_EQ(listIatiActivities(iatiData("other-publisher.xml"), "fr")[0].title,
              "Appui budgétaire à la République du Mali");
    EXPECT_THROW(listIatiActivities(iatiData("error-not-iati.xml")), XmlError);
}

TEST(IatiImport, AskForAnActivityWhenTheFileHoldsSeveral) {
    EXPECT_EQ(errorOf(iatiData("other-publisher.xml")),
              "line 8: <iati-activities> holds 2 activities (XI-IATI-EXAMPLE-BS-001, "
              "XI-IATI-EXAMPLE-BS-002): choose one");
    IatiImportOptions options;
    options.activityId = "XI-IATI-NOPE";
    EXPECT_EQ(errorOf(iatiData("other-publisher.xml"), options),
              "line 8: <iati-activities> has no activity \"XI-IATI-NOPE\"; it holds "
              "XI-IATI-EXAMPLE-BS-001, XI-IATI-EXAMPLE-BS-002");
    options.activityId = " XI-IATI-EXAMPLE-BS-002 ";
    const IatiImport second = importIati(iatiData("other-publisher.xml"), options);
    EXPECT_EQ(second.header.identifier, "XI-IATI-EXAMPLE-BS-002");
    EXPECT_EQ(second.model.indicators.at(0).id, "EDU-1");
}

TEST(IatiImport, ReadsTheFirstOfTwoActivitiesWithTheSameIdentifier) {
    std::string xml = iatiData("minimal.xml");
    const std::string activity =
        xml.substr(xml.find("  <iati-activity>"),
                   xml.find("</iati-activities>") - xml.find("  <iati-activity>"));
    xml = replaced(xml, "</iati-activities>", activity + "</iati-activities>");
    IatiImportOptions options;
    options.activityId = "XI-IATI-EXAMPLE-MIN-1";
    const IatiImport result = importIati(xml, options);
    EXPECT_EQ(result.notes, (std::vector<std::string>{
                                "line 19: <iati-activity> repeats the activity "
                                "\"XI-IATI-EXAMPLE-MIN-1\": the first, at line 4, is read"}));
}

// --- Another publisher's file --------------------------------------------------------

TEST(IatiImport, ReadsTheHeader) {
    const IatiImport r = other();
    const IatiHeader& h = r.header;
    EXPECT_FALSE(r.fromCondtrack);
    EXPECT_EQ(h.identifier, kOther);
    EXPECT_EQ(h.reportingOrgRef, "XI-IATI-EXAMPLE");
    EXPECT_EQ(h.reportingOrgType, "10");
    EXPECT_EQ(h.reportingOrgName, (Narratives{{"", "Example Development Agency"},
                                              {"fr", "Agence de développement exemple"}}));
    EXPECT_EQ(h.title, (Narratives{{"", "Budget support to the Republic of Mali"},
                                   {"fr", "Appui budgétaire à la République du Mali"},
                                   {"es", "Apoyo presupuestario a la República de Malí"}}));
    // The general description (type 1), its indentation collapsed.
    EXPECT_EQ(h.description,
              (Narratives{{"", "General budget support with performance tranches."},
                          {"fr", "Appui budgétaire général avec tranches de performance."}}));
    EXPECT_EQ(h.language, "en");
    EXPECT_EQ(h.currency, "EUR");
    EXPECT_EQ(h.activityStatus, "2");
    EXPECT_EQ(h.aidType, AidType::GeneralBudgetSupport);
    EXPECT_EQ(h.recipientCountry, "ML");
    ASSERT_EQ(h.participatingOrgs.size(), 2u);
    EXPECT_EQ(
        h.participatingOrgs[1],
        (IatiOrganisation{"", "10", "4", {{"fr", "Ministère de l'Économie et des Finances"}}}));
    EXPECT_EQ(h.plannedStart, day(2018, 1, 1));
    EXPECT_EQ(h.plannedEnd, day(2021, 12, 31));
    EXPECT_EQ(h.resultType, "1");
    EXPECT_EQ(h.baselineYear, 2017);
    EXPECT_EQ(h.fiscalYearStartMonth, 1);

    const IatiHeader second = importData("other-publisher.xml", "XI-IATI-EXAMPLE-BS-002").header;
    EXPECT_EQ(second.language, "fr");
    EXPECT_EQ(second.currency, "XOF");
    EXPECT_EQ(second.aidType, AidType::SectorBudgetSupport);
    EXPECT_EQ(second.description,
              (Narratives{{"", "Appui à la politique sectorielle de l'éducation."}}));
}

TEST(IatiImport, ReadsIndicatorsTargetsActualsAndEvidence) {
    const IatiImport r = other();
    const TrackerModel& m = r.model;
    ASSERT_EQ(m.years.size(), 2u);
    EXPECT_EQ(m.years[0].year, 2018);
    EXPECT_EQ(m.years[1].year, 2019);
    EXPECT_FALSE(m.years[0].closed);
    EXPECT_FALSE(m.reviews.has_value());
    EXPECT_TRUE(m.milestones.empty());
    ASSERT_EQ(m.indicators.size(), 4u);

    // Several baselines, targets and actuals: the aggregate ones are read.
    const Indicator& pfm = m.indicators[0];
    EXPECT_EQ(pfm.id, "PFM-1"); // the reporting organisation's own code (vocabulary 99)
    EXPECT_EQ(pfm.title, "Budget execution rate (%)");
    EXPECT_EQ(pfm.area, "Public financial management");
    EXPECT_EQ(pfm.weight, 1.0);
    EXPECT_EQ(pfm.rule.method, ScoringMethod::Linear);
    EXPECT_EQ(pfm.baseline, 60.0);
    EXPECT_EQ(pfm.years[0].target, 70.0);
    EXPECT_EQ(pfm.years[0].actual, 72.5);
    EXPECT_EQ(pfm.years[0].evidence, "https://example.org/mali/execution-2018.pdf");
    EXPECT_FALSE(pfm.years[0].waived);
    EXPECT_EQ(pfm.years[1].target, 75.0);
    EXPECT_FALSE(pfm.years[1].actual.has_value());
    EXPECT_EQ(pfm.years[1].evidence, "");

    // No reference: an ID is made; two half-year periods: the later one.
    const Indicator& reports = m.indicators[1];
    EXPECT_EQ(reports.id, "IND-02");
    EXPECT_EQ(reports.years[0].target, 4.0);
    EXPECT_EQ(reports.years[0].actual, 3.0);

    // Qualitative: no values.
    const Indicator& audit = m.indicators[2];
    EXPECT_EQ(audit.id, "AUD-Q");
    EXPECT_FALSE(audit.baseline.has_value());
    EXPECT_FALSE(audit.years[0].target.has_value());
    EXPECT_FALSE(audit.years[0].actual.has_value());

    // Values that are not numbers stay blank; "50%" reads as 50.
    const Indicator& health = m.indicators[3];
    EXPECT_EQ(health.id, "HLT-7"); // another vocabulary's code, for want of a 99
    EXPECT_EQ(health.area, "Health");
    EXPECT_EQ(health.title, "Accouchements assistés (%)"); // the only narrative
    EXPECT_FALSE(health.baseline.has_value());
    EXPECT_EQ(health.years[0].target, 50.0);
    EXPECT_FALSE(health.years[0].actual.has_value());
    EXPECT_EQ(health.years[1].target, 55.0); // a 2017-2019 period counts for 2019

    ASSERT_EQ(r.indicatorSources.size(), 4u);
    EXPECT_EQ(r.indicatorSources[0].line, 188);
    EXPECT_FALSE(r.indicatorSources[0].extension);
}

TEST(IatiImport, PrefersTheLanguageAskedFor) {
    const IatiImport fr = other("fr");
    EXPECT_EQ(fr.model.indicators[0].title, "Taux d'exécution du budget (%)");
    EXPECT_EQ(fr.model.indicators[0].area, "Gestion des finances publiques");
    EXPECT_EQ(fr.model.indicators[1].title, "Quarterly execution reports published"); // no French
    EXPECT_EQ(fr.model.indicators[3].area, "Santé");
    // Spanish: the activity's language (English) where there is no Spanish.
    const IatiImport es = other("es");
    EXPECT_EQ(es.model.indicators[0].title, "Budget execution rate (%)");
    EXPECT_EQ(listIatiActivities(iatiData("other-publisher.xml"), "es")[0].title,
              "Apoyo presupuestario a la República de Malí");
}

TEST(IatiImport, ReadsTranchesFromPlannedDisbursementsAndDisbursements) {
    const IatiImport r = other();
    const auto& t = r.model.tranches;
    ASSERT_EQ(t.size(), 2u);
    // Two half-year planned disbursements in 2019: the 2018 ceiling is their sum.
    EXPECT_EQ(t[0].year, 2018);
    EXPECT_EQ(t[0].type, TrancheType::Variable);
    EXPECT_EQ(t[0].ceiling, 50'000'000.0);
    // Two disbursements in 2019: their sum, on the last date.
    EXPECT_EQ(t[0].disbursed, 42'500'000.0);
    EXPECT_EQ(t[0].disbursedOn, day(2019, 9, 30));
    // 2020: the original ceiling, not the revised one.
    EXPECT_EQ(t[1].year, 2019);
    EXPECT_EQ(t[1].ceiling, 50'000'000.0);
    EXPECT_FALSE(t[1].disbursed.has_value());
    ASSERT_EQ(r.trancheSources.size(), 2u);
    EXPECT_FALSE(r.trancheSources[0].extension);
    EXPECT_TRUE(r.trancheSources[0].ceiling);
    EXPECT_TRUE(r.trancheSources[0].disbursed);
    EXPECT_FALSE(r.trancheSources[1].disbursed);
}

TEST(IatiImport, SaysWhatItDecided) {
    EXPECT_EQ(other().notes,
              (std::vector<std::string>{
                  "line 108: <planned-disbursement> is another planned disbursement for the 2018 "
                  "variable tranche: the ceiling is their sum, 50000000",
                  "line 112: <planned-disbursement> revises the 2019 variable ceiling to 45000000: "
                  "the tracker keeps the original ceiling",
                  "line 123: <transaction> and 1 more transactions are not disbursements (type 3): "
                  "not read",
                  "line 147: <transaction> is another disbursement for the 2018 variable tranche: "
                  "the amount is their sum, 42500000, on the last date",
                  "line 188: <indicator> of PFM-1 has 2 baselines: the one at line 205 is read",
                  "line 212: <period> of PFM-1 has 2 <target>s: the one at line 215 is read (the "
                  "first without dimension or location, else the first)",
                  "line 212: <period> of PFM-1 has 2 <actual>s: the one at line 229 is read (the "
                  "first without dimension or location, else the first)",
                  "line 247: <indicator> has no reference code: it becomes IND-02",
                  "line 255: <period> of IND-02 is a second period in 2018: the one ending last "
                  "is read",
                  "line 262: <indicator> of AUD-Q is qualitative (measure 5): its values are not "
                  "read",
                  "line 288: <baseline> value \"n/a\" of HLT-7 is not a number: left blank",
                  "line 293: <actual> value \"forty\" of HLT-7 is not a number: left blank",
                  "line 295: <period> of HLT-7 spans more than a year: read as 2019, the fiscal "
                  "year of its end",
                  "planned disbursements and disbursements are read as variable tranches of the "
                  "assessment year before their date (the tranche for year N is paid in N+1)",
              }));
}

TEST(IatiImport, ReadsPeriodsByTheFiscalYearAskedFor) {
    IatiImportOptions options;
    options.activityId = kOther;
    options.fiscalYearStartMonth = 7;
    const IatiImport r = importIati(iatiData("other-publisher.xml"), options);
    EXPECT_EQ(r.header.fiscalYearStartMonth, 7);
    // 2018-12-31 falls in fiscal year 2018 (July 2018 - June 2019); the
    // half-year period ending 2018-06-30 in 2017.
    const Indicator& reports = r.model.indicators[1];
    const auto k2017 = r.model.yearIndex(2017);
    const auto k2018 = r.model.yearIndex(2018);
    ASSERT_TRUE(k2017 && k2018);
    EXPECT_EQ(reports.years[*k2017].actual, 2.0);
    EXPECT_EQ(reports.years[*k2018].actual, 3.0);
    // Paid on 2019-04-15: fiscal year 2018, so the 2017 tranche.
    EXPECT_EQ(r.model.tranches.at(0).year, 2017);
    options.fiscalYearStartMonth = 0;
    EXPECT_THROW(importIati(iatiData("other-publisher.xml"), options), InvalidArgument);
}

TEST(IatiImport, ReadsAMinimalFile) {
    const IatiImport r = importData("minimal.xml");
    EXPECT_EQ(r.header.identifier, "XI-IATI-EXAMPLE-MIN-1");
    EXPECT_EQ(r.header.title, (Narratives{{"", "Minimal activity"}}));
    EXPECT_EQ(r.header.activityStatus, "1");
    EXPECT_EQ(r.header.resultType, "2");
    EXPECT_TRUE(r.model.years.empty());
    EXPECT_TRUE(r.model.indicators.empty());
    EXPECT_TRUE(r.model.tranches.empty());
    EXPECT_TRUE(r.notes.empty());
}

TEST(IatiImport, ToleratesMissingOptionalParts) {
    // No version, reporting-org or title; a result without indicators; an
    // indicator without title; a bad activity date; an aid type that is not
    // budget support; a revised ceiling alone; a payment without a plan.
    const std::string xml = R"(<iati-activities>
<iati-activity>
<iati-identifier>X-1</iati-identifier>
<activity-date type="1" iso-date="someday"/>
<default-aid-type code="C01"/>
<planned-disbursement type="2"><period-start iso-date="2020-01-01"/><value value-date="2020-01-01">7</value></planned-disbursement>
<planned-disbursement type="9"><period-start iso-date="2020-01-01"/><value value-date="2020-01-01">8</value></planned-disbursement>
<transaction><transaction-type code="3"/><transaction-date iso-date="2021-03-01"/><value value-date="2021-03-01">5</value></transaction>
<transaction><transaction-type code="1"/><transaction-date iso-date="2021-03-01"/><value value-date="2021-03-01">5</value></transaction>
<result type="2"><title><narrative>Empty</narrative></title></result>
<result type="2"><indicator measure="1"><reference vocabulary="98" code="A"/></indicator></result>
</iati-activity>
</iati-activities>)";
    const IatiImport r = importIati(xml);
    EXPECT_EQ(r.notes,
              (std::vector<std::string>{
                  "line 1: <iati-activities> has no version: read as IATI 2.03",
                  "line 2: <iati-activity> has no <reporting-org>",
                  "line 2: <iati-activity> has no <title>",
                  "line 4: <activity-date> has no valid iso-date: ignored",
                  "line 5: <default-aid-type> code \"C01\" is not budget support (A01 or A02): the "
                  "tracker header says A01",
                  "line 6: <planned-disbursement> is a revised ceiling without an original one: "
                  "read as the ceiling",
                  "line 7: <planned-disbursement> type \"9\" is not 1 (original) or 2 (revised): "
                  "ignored",
                  "line 8: <transaction> pays a 2020 variable tranche without a planned "
                  "disbursement: its ceiling is blank",
                  "line 9: <transaction> is not a disbursement (type 3): not read",
                  "line 10: <result> has no <indicator>",
                  "line 11: <indicator> of A has no title",
                  "planned disbursements and disbursements are read as variable tranches of the "
                  "assessment year before their date (the tranche for year N is paid in N+1)",
              }));
    ASSERT_EQ(r.model.tranches.size(), 2u);
    EXPECT_EQ(r.model.tranches[0].year, 2019);
    EXPECT_EQ(r.model.tranches[0].ceiling, 7.0);
    EXPECT_EQ(r.model.tranches[1].year, 2020);
    EXPECT_EQ(r.model.tranches[1].disbursed, 5.0);
    EXPECT_EQ(r.model.indicators.at(0).id, "A");
    EXPECT_EQ(r.model.indicators.at(0).area, "");
}

TEST(IatiImport, MakesRepeatedIdsUnique) {
    const std::string xml = R"(<iati-activities version="2.03"><iati-activity>
<iati-identifier>X-1</iati-identifier>
<result type="2">
<indicator measure="1"><title><narrative>One</narrative></title><reference vocabulary="99" code="A"/></indicator>
<indicator measure="1"><title><narrative>Two</narrative></title><reference vocabulary="99" code="A"/></indicator>
</result></iati-activity></iati-activities>)";
    const IatiImport r = importIati(xml);
    ASSERT_EQ(r.model.indicators.size(), 2u);
    EXPECT_EQ(r.model.indicators[1].id, "A (2)");
    EXPECT_EQ(r.notes.back(), "line 5: indicator \"A\" repeats an ID: it becomes \"A (2)\"");
}

TEST(IatiImport, ReadsAFileDeclaredAsLatin1) {
    const IatiImport r = importData("latin1.xml");
    EXPECT_EQ(r.header.title, (Narratives{{"", "Appui budgétaire à l'État"}}));
    EXPECT_EQ(r.header.language, "fr");
    EXPECT_EQ(r.model.indicators.at(0).title, "Taux d'exécution (%)");
    EXPECT_EQ(r.model.indicators.at(0).years.at(0).actual, 82.0);
}

// --- condtrack's own files ------------------------------------------------------------

TEST(IatiImport, ReadsTheExtensionWhateverItsPrefixAndPrefersEditedIatiValues) {
    const IatiImport r = importData("condtrack-edited.xml");
    EXPECT_TRUE(r.fromCondtrack);
    const Indicator& ind = r.model.indicators.at(0);
    EXPECT_EQ(ind.weight, 3.0);
    EXPECT_EQ(ind.rule.method, ScoringMethod::Linear);
    EXPECT_FALSE(ind.rule.threshold.has_value());
    EXPECT_EQ(ind.years.at(0).actual, 87.0);
    EXPECT_EQ(ind.years.at(0).score, 1.0);
    EXPECT_EQ(ind.years.at(0).status, "met");
    EXPECT_EQ(ind.years.at(0).evidence, "https://example.org/evidence/IND-01-revised");
    EXPECT_TRUE(r.indicatorSources.at(0).extension);
    ASSERT_EQ(r.model.tranches.size(), 2u);
    EXPECT_EQ(r.model.tranches[0].disbursedOn, day(2019, 4, 20));
    EXPECT_EQ(r.model.tranches[1].ceiling, 15'000'000.0);
    EXPECT_EQ(r.model.tranches[1].rule, WaiverRule::Transfer);
    EXPECT_TRUE(r.trancheSources[1].extension);
    EXPECT_EQ(r.model.years.at(0).closedOn, day(2019, 4, 10));
    EXPECT_EQ(r.notes,
              (std::vector<std::string>{
                  "line 27: <planned-disbursement> says 15000000 for the 2018 variable tranche, "
                  "condtrack's extension 14000000: the planned disbursement is read",
                  "line 32: <transaction> differs from condtrack's extension for the 2018 fixed "
                  "tranche: the transaction is read",
                  "line 58: <ct:assessment> of IND-01 2018: the evidence link differs from the one "
                  "typed; the link is read",
              }));
}

TEST(IatiImport, RefusesABrokenExtension) {
    const std::string xml = exportIati(maliModel(), maliHeader(), kWhen).xml;
    const auto lineOf = [&](const std::string& fragment) {
        return std::to_string(
            1 + std::count(xml.begin(), xml.begin() + static_cast<long>(xml.find(fragment)), '\n'));
    };
    const std::string first = "<condtrack:indicator id=\"IND-01\" position=\"1\" weight=\"1\"";
    EXPECT_EQ(errorOf(replaced(xml, first, replaced(first, "weight=\"1\"", "weight=\"-1\""))),
              "line " + lineOf(first) + ": <condtrack:indicator> weight must not be negative");
    EXPECT_EQ(errorOf(replaced(xml, "threshold=\"0.5\"", "threshold=\"2\"")),
              "line " + lineOf("threshold=\"0.5\"") +
                  ": <condtrack:indicator> threshold must be between 0 and 1");
    EXPECT_EQ(errorOf(replaced(xml, "score=\"1\" status=\"met\"", "score=\"1.5\" status=\"met\"")),
              "line " + lineOf("score=\"1\" status=\"met\"") +
                  ": <condtrack:assessment> score must be between 0 and 1");
    EXPECT_EQ(errorOf(replaced(xml, "state=\"closed\"", "state=\"done\"")),
              "line " + lineOf("state=\"closed\"") +
                  ": <condtrack:year> state \"done\" is not open or closed");
    EXPECT_EQ(errorOf(replaced(xml, "waiver-rule=\"transfer\"", "waiver-rule=\"C\"")),
              "line " + lineOf("waiver-rule=\"transfer\"") +
                  ": <condtrack:tranche> waiver-rule: unknown waiver rule \"C\" (expected "
                  "reallocate or transfer)");
    EXPECT_EQ(errorOf(replaced(xml, "due=\"2018-06-30\"", "due=\"30/06/2018\"")),
              "line " + lineOf("due=\"2018-06-30\"") +
                  ": <condtrack:milestone> due \"30/06/2018\" is not a date (YYYY-MM-DD)");
    EXPECT_EQ(
        errorOf(replaced(xml, "<condtrack:year year=\"2019\"", "<condtrack:year year=\"2018\"")),
        "line " + lineOf("<condtrack:year year=\"2019\"") + ": <condtrack:year> repeats year 2018");
    EXPECT_EQ(errorOf(replaced(xml, "months=\"12\"", "months=\"twelve\"")),
              "line " + lineOf("months=\"12\"") +
                  ": <condtrack:reviews> months \"twelve\" is not a number");
    EXPECT_EQ(errorOf(replaced(xml, "condtrack:tranche-type=\"fixed\">\n      <transaction-type",
                               ">\n      <transaction-type")),
              "line " + lineOf("<transaction ") +
                  ": <transaction> has only one of condtrack:tranche-year and "
                  "condtrack:tranche-type");
}

// The extension's version is the tracker's layout version: 1 or 2.
TEST(IatiImport, ReadsANewerExtensionVersionAsVersionTwo) {
    const std::string xml =
        replaced(exportIati(maliModel(), maliHeader(), kWhen).xml,
                 "<condtrack:tracker version=\"1\"", "<condtrack:tracker version=\"3\"");
    const IatiImport r = importIati(xml);
    ASSERT_EQ(r.notes.size(), 1u);
    EXPECT_NE(r.notes[0].find("was written by a newer condtrack (version 3): read as version 2"),
              std::string::npos);
    EXPECT_EQ(r.model.layoutVersion, 2);
    EXPECT_EQ(r.model.indicators.size(), 13u);
}

// --- Errors: the element and the line -----------------------------------------------

TEST(IatiImport, ExplainsEachBrokenFile) {
    const std::vector<std::pair<std::string, std::string>> cases{
        {"error-not-xml.csv", "line 1: this is not XML: it starts with text, not an element"},
        {"error-malformed.xml",
         "line 17: the end tag </period> does not match <actual> (opened at line 16)"},
        {"error-truncated.xml", "line 16: the start tag <target is not closed with >"},
        {"error-undefined-entity.xml",
         "line 8: the entity &eacute; in <narrative> is not defined (only &lt; &gt; &amp; "
         "&apos; &quot; and character references are)"},
        {"error-unbound-prefix.xml",
         "line 8: the prefix condtrack of element <condtrack:tracker> is not declared"},
        {"error-duplicate-attribute.xml",
         "line 8: attribute code appears twice on <activity-status>"},
        {"error-latin1-undeclared.xml",
         "line 7: in <narrative>: byte 0xE9 is not valid UTF-8 (save the file as UTF-8, or "
         "declare its encoding in the XML declaration)"},
        {"error-utf16.xml", "line 1: the file is in UTF-16: save it as UTF-8"},
        {"error-not-iati.xml",
         "line 3: this is not an IATI activity file: the root element is <html>, not "
         "<iati-activities>"},
        {"error-organisation-file.xml",
         "line 3: <iati-organisations> is an IATI organisation file, not an activity file"},
        {"error-namespaced-root.xml",
         "line 3: <iati-activities> is in the namespace \"http://iatistandard.org/activities\": "
         "IATI elements are in none"},
        {"error-version-1.xml",
         "line 3: <iati-activities> is IATI version \"1.05\": only versions 2.01 to 2.03 are read"},
        {"error-no-activity.xml", "line 3: <iati-activities> holds no <iati-activity>"},
        {"error-no-identifier.xml", "line 4: <iati-activity> has no <iati-identifier>"},
        {"error-period-without-end.xml", "line 13: <period> has no <period-end>"},
        {"error-bad-date.xml",
         "line 14: <period-start> iso-date \"2018-02-30\" is not a date (YYYY-MM-DD)"},
        {"error-bad-amount.xml", "line 10: <value> amount \"lots\" is not a number"},
        {"error-transaction-without-value.xml", "line 8: <transaction> has no <value>"},
        {"error-transaction-without-type.xml",
         "line 8: <transaction> has no transaction-type code"},
        {"error-extension-bad-weight.xml",
         "line 18: <condtrack:indicator> weight \"heavy\" is not a number"},
        {"error-extension-bad-method.xml",
         "line 18: <condtrack:indicator> method: unknown method \"quadratic\" (expected linear, "
         "binary or partial)"},
        {"error-extension-bad-tranche-type.xml",
         "line 8: <planned-disbursement> condtrack:tranche-type: unknown tranche type \"bonus\" "
         "(expected fixed or variable)"},
    };
    for (const auto& [file, message] : cases) {
        SCOPED_TRACE(file);
        EXPECT_EQ(errorOf(iatiData(file)), message);
    }
}

TEST(IatiImport, ErrorsAreXmlErrorsWithTheirLine) {
    try {
        importIati(iatiData("error-period-without-end.xml"));
        FAIL() << "no error";
    } catch (const XmlError& e) {
        EXPECT_EQ(e.line(), 13);
        EXPECT_EQ(e.detail(), "<period> has no <period-end>");
    }
}

TEST(IatiImport, KeepsToTheLimitsAskedFor) {
    IatiImportOptions options;
    options.activityId = kOther;
    options.limits.maxElements = 100;
    EXPECT_EQ(errorOf(iatiData("other-publisher.xml"), options).substr(0, 9), "line 124:");
    EXPECT_NE(errorOf(iatiData("other-publisher.xml"), options).find("more than 100 elements"),
              std::string::npos);
}

TEST(IatiImport, ImportsTheDocumentAlreadyParsed) {
    const XmlElement root = parseXml(iatiData("minimal.xml"));
    EXPECT_EQ(importIati(root).header.identifier, "XI-IATI-EXAMPLE-MIN-1");
}

// --- The preview ----------------------------------------------------------------------

TEST(IatiPreview, ListsWhatIsAddedOverwrittenAndLeftAlone) {
    const TrackerModel current = maliModel();
    // The file: IND-09's 2018 actual corrected, IND-01 assessed for 2019 with
    // its evidence, IND-02 dropped, a new IND-14, IND-05 weighted 2, the 2019
    // variable tranche paid, 2020 added, M-02 done, a new milestone.
    TrackerTables tables = maliTables({2018, 2019, 2020});
    set(tables.indicators, "I11", Cell{48.0});
    set(tables.indicators, "O3", Cell{88.0});
    set(tables.indicators, "P3", txt("https://example.org/evidence/IND-01-2019"));
    set(tables.indicators, "D7", Cell{2.0});
    set(tables.indicators, "A4", txt("IND-14"));
    set(tables.indicators, "B4", txt("Roads maintained (km)"));
    set(tables.tranches, "J5", Cell{9'000'000.0});
    set(tables.tranches, "K5", serial(day(2020, 7, 1)));
    set(tables.milestones, "F3", serial(day(2019, 8, 1)));
    set(tables.milestones, "A6", txt("M-06")); // in place of M-05
    TrackerModel file = modelOf(tables);
    const IatiImport imported = importIati(exportIati(file, maliHeader(), kWhen).xml);
    const ImportPreview preview = previewImport(current, imported);

    const auto added = described(preview, ImportAction::Add);
    const auto overwritten = described(preview, ImportAction::Overwrite);
    const auto kept = described(preview, ImportAction::Keep);
    EXPECT_EQ(overwritten, (std::vector<std::string>{
                               "IND-05 weight: 1 -> 2",
                               "IND-09 2018 actual: 46 -> 48",
                           }));
    EXPECT_TRUE(lists(added, "add year 2020"));
    EXPECT_TRUE(lists(added, "add year 2020 state: open"));
    EXPECT_TRUE(lists(added, "add year 2020 review date: 2021-03-15"));
    EXPECT_TRUE(lists(added, "add IND-01 2019 actual: 88"));
    EXPECT_TRUE(lists(added, "add IND-01 2019 evidence: https://example.org/evidence/IND-01-2019"));
    EXPECT_TRUE(lists(added, "add IND-01 2020 target: 90"));
    EXPECT_TRUE(lists(added, "add IND-14 title: Roads maintained (km)"));
    EXPECT_TRUE(lists(added, "add IND-14 weight: 1"));
    EXPECT_TRUE(lists(added, "add IND-14 method: partial"));
    EXPECT_TRUE(lists(added, "add IND-14 2018 actual: 21"));
    EXPECT_TRUE(lists(added, "add tranche 2019 variable disbursed: 9000000"));
    EXPECT_TRUE(lists(added, "add tranche 2019 variable disbursed on: 2020-07-01"));
    EXPECT_TRUE(lists(added, "add milestone M-02 done: 2019-08-01"));
    EXPECT_TRUE(lists(added, "add milestone M-06 due: 2019-04-30"));
    EXPECT_TRUE(lists(kept, "keep IND-02 (not in the file)"));
    EXPECT_TRUE(lists(kept, "keep IND-09 2018 target: 50"));
    EXPECT_TRUE(lists(kept, "keep tranche 2018 fixed ceiling: 36000000"));
    EXPECT_TRUE(lists(kept, "keep milestone M-05 (not in the file)"));
    EXPECT_TRUE(lists(kept, "keep milestone M-03 due: 2019-07-15"));
    EXPECT_TRUE(lists(kept, "keep review schedule first review: 2019-03-15"));
    EXPECT_TRUE(preview.changesAnything());
}

TEST(IatiPreview, NeverBlanksAValue) {
    const TrackerModel current = maliModel();
    TrackerTables tables = maliTables();
    set(tables.indicators, "I3", kNone); // IND-01's 2018 actual blank in the file
    set(tables.indicators, "J3", kNone);
    const IatiImport imported = importIati(exportIati(modelOf(tables), maliHeader(), kWhen).xml);
    const auto kept = described(previewImport(current, imported), ImportAction::Keep);
    EXPECT_TRUE(lists(kept, "keep IND-01 2018 actual: 86 (blank in the file)"));
    EXPECT_TRUE(lists(
        kept,
        "keep IND-01 2018 evidence: https://example.org/evidence/IND-01 (blank in the file)"));
    EXPECT_FALSE(previewImport(current, imported).changesAnything());
}

TEST(IatiPreview, LeavesAloneWhatAFileWithoutTheExtensionDoesNotSay) {
    const TrackerModel current = maliModel();
    IatiImport imported = importIati(exportIati(current, maliHeader(), kWhen).xml);
    // As another publisher's file would read: defaults where IATI says nothing.
    imported.fromCondtrack = false;
    for (auto& s : imported.indicatorSources)
        s.extension = false;
    for (auto& s : imported.trancheSources)
        s = {s.line, false, true, s.disbursed};
    for (auto& ind : imported.model.indicators) {
        ind.weight = 1.0;
        ind.rule = ScoringRule{};
        for (auto& y : ind.years)
            y.waived = false;
    }
    for (auto& t : imported.model.tranches)
        t.rule = WaiverRule::Reallocate;
    imported.model.milestones.clear();
    imported.model.reviews.reset();
    imported.model.indicators[0].years[0].actual = 87.0;

    const ImportPreview preview = previewImport(current, imported);
    EXPECT_EQ(described(preview, ImportAction::Overwrite),
              (std::vector<std::string>{"IND-01 2018 actual: 86 -> 87"}));
    EXPECT_TRUE(described(preview, ImportAction::Add).empty());
    const auto kept = described(preview, ImportAction::Keep);
    EXPECT_TRUE(lists(kept, "keep milestone M-01 (not in the file)"));
    EXPECT_TRUE(lists(kept, "keep review schedule (not in the file)"));
    for (const auto& k : kept) {
        EXPECT_EQ(k.find(" weight"), std::string::npos) << k;
        EXPECT_EQ(k.find(" method"), std::string::npos) << k;
        EXPECT_EQ(k.find("waiver rule"), std::string::npos) << k;
    }
}

TEST(IatiPreview, CountsAndDescribesChanges) {
    ImportPreview preview;
    preview.changes.push_back(
        {ImportAction::Add, ImportItem::Indicator, "IND-01", 2019, "actual", {}, 88.0});
    preview.changes.push_back({ImportAction::Overwrite, ImportItem::Tranche, "2018 variable", 2018,
                               "general conditions", false, true});
    preview.changes.push_back({ImportAction::Keep, ImportItem::Year, "2018", 2018, "closed on",
                               day(2019, 4, 10), day(2019, 4, 10)});
    preview.changes.push_back(
        {ImportAction::Keep, ImportItem::Reviews, "", std::nullopt, "", {}, {}});
    EXPECT_EQ(preview.count(ImportAction::Add), 1u);
    EXPECT_EQ(preview.count(ImportAction::Overwrite), 1u);
    EXPECT_EQ(preview.count(ImportAction::Keep), 2u);
    EXPECT_EQ(describe(preview.changes[0]), "add IND-01 2019 actual: 88");
    EXPECT_EQ(describe(preview.changes[1]), "tranche 2018 variable general conditions: no -> yes");
    EXPECT_EQ(describe(preview.changes[2]), "keep year 2018 closed on: 2019-04-10");
    EXPECT_EQ(describe(preview.changes[3]), "keep review schedule (not in the file)");
    EXPECT_EQ(valueText(ImportValue{}), "(blank)");
    EXPECT_EQ(valueText(9'692'307.692307692), "9692307.692307692");
    EXPECT_EQ(valueText(std::string("x")), "x");
}

TEST(IatiImport, MatchesLanguageTagsWhateverTheirCase) {
    const std::string xml = R"(<iati-activities version="2.03"><iati-activity xml:lang="EN-GB">
<iati-identifier>X-1</iati-identifier>
<title><narrative>Colour</narrative><narrative xml:lang="FR">Couleur</narrative></title>
</iati-activity></iati-activities>)";
    IatiImportOptions options;
    options.language = "fr";
    const IatiImport r = importIati(xml, options);
    EXPECT_EQ(r.header.language, "en-gb");
    EXPECT_EQ(r.header.title, (Narratives{{"", "Colour"}, {"fr", "Couleur"}}));
    EXPECT_EQ(listIatiActivities(xml, "fr")[0].title, "Couleur");
    EXPECT_EQ(listIatiActivities(xml, "en")[0].title, "Colour");
}

TEST(IatiImport, AValuesOwnCurrencyWinsAndAnotherCurrencyIsNeverSummed) {
    const IatiImport r = importData("two-currencies.xml");
    EXPECT_EQ(r.header.currency, "USD");
    ASSERT_EQ(r.model.tranches.size(), 1u);
    // Not 6,000 + 1,234,567.5: only the value in the activity's currency.
    EXPECT_EQ(r.model.tranches[0].ceiling, 1234567.5);
    // "usd" is the activity's currency whatever its case.
    EXPECT_EQ(r.model.tranches[0].disbursed, 2500.0);
    EXPECT_EQ(r.notImported,
              (std::vector<std::string>{
                  "EUR 3,000 at line 6 (<planned-disbursement>): the tracker is in USD",
                  "EUR 3,000 at line 7 (<planned-disbursement>): the tracker is in USD",
                  "EUR 3,000 at line 9 (<transaction>): the tracker is in USD"}));
}

// A negative disbursement is a reversal: 1,000 paid on 1 March, 400 taken
// back on 1 May, is 600 disbursed on 1 March.
TEST(IatiImport, ANegativeDisbursementReducesItsTranche) {
    const IatiImport r = importData("reversal.xml");
    ASSERT_EQ(r.model.tranches.size(), 1u);
    EXPECT_EQ(r.model.tranches[0].disbursed, 600.0);
    EXPECT_EQ(r.model.tranches[0].disbursedOn, day(2019, 3, 1));
    const std::string reversal =
        "line 8: <transaction> reverses 400 of the 2018 variable tranche: the amount disbursed "
        "is 600";
    EXPECT_NE(std::find(r.notes.begin(), r.notes.end(), reversal), r.notes.end());
}

// What no tracker can hold is refused naming the line and the element of
// the file, never as a malformed tracker.
TEST(IatiImport, ANegativeCeilingOrNetDisbursementIsRefusedAtItsLine) {
    try {
        importData("error-negative-ceiling.xml");
        FAIL() << "a negative ceiling was read";
    } catch (const XmlError& e) {
        EXPECT_EQ(std::string(e.what()), "line 6: <value> of <planned-disbursement> is negative "
                                         "(-3000): a tranche's ceiling cannot be");
    }
    try {
        importData("error-reversal-exceeds.xml");
        FAIL() << "a negative amount disbursed was read";
    } catch (const XmlError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "line 8: <transaction> leaves the 2018 variable tranche with a negative amount "
                  "disbursed (-100): its reversals take back more than was paid");
    }
}

// Two activities with one identifier: the position reaches the second, which
// the identifier never could.
TEST(IatiImport, AnActivityIsChosenByItsPositionWhenIdentifiersRepeat) {
    std::string xml = iatiData("minimal.xml");
    const auto from = xml.find("  <iati-activity>");
    std::string second = xml.substr(from, xml.find("</iati-activities>") - from);
    second = replaced(second, "Minimal activity", "The second one");
    xml = replaced(xml, "</iati-activities>", second + "</iati-activities>");
    IatiImportOptions options;
    options.activityIndex = 1;
    const IatiImport result = importIati(xml, options);
    EXPECT_EQ(result.header.identifier, "XI-IATI-EXAMPLE-MIN-1");
    EXPECT_EQ(result.header.title, (Narratives{{"", "The second one"}}));
    options.activityIndex = 2;
    try {
        importIati(xml, options);
        FAIL() << "a third activity was read";
    } catch (const XmlError& e) {
        EXPECT_EQ(std::string(e.what()),
                  "line 3: <iati-activities> has no activity number 3; it holds 2 "
                  "(XI-IATI-EXAMPLE-MIN-1, XI-IATI-EXAMPLE-MIN-1)");
    }
}
