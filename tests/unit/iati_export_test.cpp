// The IATI 2.03 export (src/core/iati_export.hpp): every element the
// tracker maps to, checked by reading the export back with the XML reader.
// Schema validation and round trips are in iati_roundtrip_test.cpp.

#include "iati_fixtures.hpp"
#include "tracker_builder.hpp"

#include "iati/export.hpp"
#include "rules/errors.hpp"
#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const std::string kExt = kCondtrackIatiNamespace;

XmlElement exported(const TrackerModel& model, const IatiHeader& header = maliHeader()) {
    return parseXml(exportIati(model, header, kWhen).xml);
}

const XmlElement& activityOf(const XmlElement& root) {
    return *root.child("iati-activity");
}

std::vector<std::string> names(const XmlElement& e) {
    std::vector<std::string> out;
    for (const auto& c : e.children)
        out.push_back(c.name);
    return out;
}

std::string attr(const XmlElement* e, const char* name) {
    if (!e) return "(no element)";
    const std::string* v = e->attribute(name);
    return v ? *v : "(none)";
}

// Attributes of condtrack's elements are unprefixed.
std::string extAttr(const XmlElement* e, const char* name) {
    return attr(e, name);
}

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.compare(0, prefix.size(), prefix) == 0;
}

// The narratives of an element as "lang:text" ("" lang for the activity's).
std::vector<std::string> narratives(const XmlElement* e) {
    std::vector<std::string> out;
    if (!e) return out;
    for (const XmlElement* n : e->childrenNamed("narrative")) {
        const std::string* lang = n->attribute(kXmlNamespace, "lang");
        out.push_back((lang ? *lang : "") + ":" + n->text);
    }
    return out;
}

// The <indicator> whose reference code is `id`.
const XmlElement* indicatorOf(const XmlElement& activity, const std::string& id) {
    for (const XmlElement* r : activity.childrenNamed("result"))
        for (const XmlElement* i : r->childrenNamed("indicator"))
            for (const XmlElement* ref : i->childrenNamed("reference"))
                if (attr(ref, "code") == id) return i;
    return nullptr;
}

const XmlElement* periodOf(const XmlElement* indicator, int year) {
    if (!indicator) return nullptr;
    for (const XmlElement* p : indicator->childrenNamed("period"))
        if (attr(p->child("period-start"), "iso-date").substr(0, 4) == std::to_string(year))
            return p;
    return nullptr;
}

} // namespace

// --- The document ---------------------------------------------------------------

TEST(IatiExport, WritesTheRootWithVersionDatetimeAndNamespace) {
    const std::string xml = exportIati(maliModel(), maliHeader(), kWhen).xml;
    EXPECT_EQ(xml.substr(0, 39), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    const XmlElement root = parseXml(xml);
    EXPECT_EQ(root.name, "iati-activities");
    EXPECT_EQ(attr(&root, "version"), "2.03");
    EXPECT_EQ(attr(&root, "generated-datetime"), kWhen);
    EXPECT_NE(xml.find("xmlns:condtrack=\"https://condtrack.org/ns/iati-ext/1\""),
              std::string::npos);
    ASSERT_EQ(root.childrenNamed("iati-activity").size(), 1u);
    const XmlElement& a = activityOf(root);
    EXPECT_EQ(*a.attribute(kXmlNamespace, "lang"), "en");
    EXPECT_EQ(attr(&a, "default-currency"), "EUR");
}

TEST(IatiExport, KeepsTheSchemasElementOrderInsideTheActivity) {
    const XmlElement a = activityOf(exported(maliModel()));
    std::vector<std::string> distinct;
    for (const auto& n : names(a))
        if (distinct.empty() || distinct.back() != n) distinct.push_back(n);
    EXPECT_EQ(distinct,
              (std::vector<std::string>{"iati-identifier", "reporting-org", "title", "description",
                                        "participating-org", "activity-status", "activity-date",
                                        "recipient-country", "sector", "default-aid-type",
                                        "planned-disbursement", "transaction", "conditions",
                                        "result", "condtrack:tracker"}));
}

TEST(IatiExport, IsDeterministic) {
    const TrackerModel model = maliModel();
    const std::string first = exportIati(model, maliHeader(), kWhen).xml;
    EXPECT_EQ(exportIati(model, maliHeader(), kWhen).xml, first);
    EXPECT_EQ(exportIati(maliModel(), maliHeader(), kWhen).xml, first);
    // Only generated-datetime differs with another date-time.
    std::string other = exportIati(model, maliHeader(), "2025-01-02T03:04:05+01:00").xml;
    const std::string from = "2025-01-02T03:04:05+01:00";
    other.replace(other.find(from), from.size(), kWhen);
    EXPECT_EQ(other, first);
}

// --- The header -----------------------------------------------------------------

TEST(IatiExport, WritesIdentifierReportingOrgTitleAndDescription) {
    const XmlElement a = activityOf(exported(maliModel()));
    EXPECT_EQ(a.child("iati-identifier")->text, "XI-IATI-EC_INTPA-ML-SBC-2018");
    const XmlElement* org = a.child("reporting-org");
    EXPECT_EQ(attr(org, "ref"), "XI-IATI-EC_INTPA");
    EXPECT_EQ(attr(org, "type"), "40");
    EXPECT_EQ(narratives(org),
              (std::vector<std::string>{":European Commission", "fr:Commission européenne"}));
    EXPECT_EQ(narratives(a.child("title")),
              (std::vector<std::string>{":State Building Contract, Mali",
                                        "fr:Contrat d'appui à la consolidation de l'État, Mali"}));
    const XmlElement* description = a.child("description");
    EXPECT_EQ(attr(description, "type"), "1");
    const auto text = narratives(description);
    ASSERT_EQ(text.size(), 2u);
    EXPECT_TRUE(startsWith(text[0], ":Budget support:")) << text[0];
    EXPECT_TRUE(startsWith(text[1], "fr:Appui budgétaire")) << text[1];
}

TEST(IatiExport, WritesTheGivenDescription) {
    IatiHeader h = maliHeader();
    h.description = {{"en", "Support to the State & its reforms"}};
    const XmlElement a = activityOf(exported(maliModel(), h));
    EXPECT_EQ(narratives(a.child("description")),
              (std::vector<std::string>{":Support to the State & its reforms"}));
}

TEST(IatiExport, WritesOnlyFrenchNarrativesForAFrenchTracker) {
    IatiHeader h = maliHeader();
    h.language = "fr";
    h.title = {{"fr", "Contrat d'appui à la consolidation de l'État, Mali"}};
    h.reportingOrgName = {{"fr", "Commission européenne"}};
    const XmlElement root = exported(maliModel(), h);
    const XmlElement& a = activityOf(root);
    EXPECT_EQ(*a.attribute(kXmlNamespace, "lang"), "fr");
    // The activity's language is not repeated on each narrative.
    EXPECT_EQ(narratives(a.child("title")),
              (std::vector<std::string>{":Contrat d'appui à la consolidation de l'État, Mali"}));
    EXPECT_EQ(narratives(a.child("description")).size(), 1u);
    EXPECT_TRUE(startsWith(narratives(a.child("description"))[0], ":Appui budgétaire"));
    const XmlElement* actual = periodOf(indicatorOf(a, "IND-09"), 2018)->child("actual");
    EXPECT_EQ(narratives(actual->child("comment")),
              (std::vector<std::string>{":Statut : partiellement atteint. Note : 0,5."}));
    EXPECT_EQ(narratives(actual->child("document-link")->child("title")),
              (std::vector<std::string>{":Justificatif pour IND-09, 2018"}));
}

TEST(IatiExport, WritesOnlyEnglishNarrativesForAnEnglishTitle) {
    IatiHeader h = maliHeader();
    h.title = {{"", "State Building Contract, Mali"}};
    const XmlElement a = activityOf(exported(maliModel(), h));
    EXPECT_EQ(narratives(a.child("description")).size(), 1u);
    EXPECT_EQ(narratives(a.child("conditions")->child("condition")).size(), 1u);
}

TEST(IatiExport, WritesParticipatingOrgsStatusDatesCountryAndAidType) {
    const XmlElement a = activityOf(exported(maliModel()));
    const XmlElement* funder = a.child("participating-org");
    EXPECT_EQ(attr(funder, "role"), "1");
    EXPECT_EQ(attr(funder, "ref"), "XI-IATI-EC_INTPA");
    EXPECT_EQ(attr(a.child("activity-status"), "code"), "2");
    const auto dates = a.childrenNamed("activity-date");
    ASSERT_EQ(dates.size(), 2u);
    EXPECT_EQ(attr(dates[0], "type"), "1");
    EXPECT_EQ(attr(dates[0], "iso-date"), "2018-01-01"); // the first tracker year
    EXPECT_EQ(attr(dates[1], "type"), "3");
    EXPECT_EQ(attr(dates[1], "iso-date"), "2020-12-31"); // the last year's tranche is paid in 2020
    EXPECT_EQ(attr(a.child("recipient-country"), "code"), "ML");
    EXPECT_EQ(attr(a.child("recipient-country"), "percentage"), "100");
    EXPECT_EQ(attr(a.child("default-aid-type"), "code"), "A01");

    IatiHeader h = maliHeader();
    h.aidType = AidType::SectorBudgetSupport;
    h.activityStatus = "3";
    h.recipientCountry = "";
    h.plannedStart = day(2017, 11, 20);
    h.plannedEnd = day(2021, 6, 30);
    h.participatingOrgs = {{"XI-IATI-EC_INTPA", "40", "1", {{"en", "European Union"}}},
                           {"", "10", "4", {{"fr", "Ministère de l'Économie et des Finances"}}}};
    const XmlElement b = activityOf(exported(maliModel(), h));
    EXPECT_EQ(attr(b.child("default-aid-type"), "code"), "A02");
    EXPECT_EQ(attr(b.child("activity-status"), "code"), "3");
    EXPECT_EQ(b.child("recipient-country"), nullptr);
    EXPECT_EQ(attr(b.childrenNamed("activity-date")[0], "iso-date"), "2017-11-20");
    EXPECT_EQ(attr(b.childrenNamed("activity-date")[1], "iso-date"), "2021-06-30");
    const auto orgs = b.childrenNamed("participating-org");
    ASSERT_EQ(orgs.size(), 2u);
    EXPECT_EQ(attr(orgs[1], "role"), "4");
    EXPECT_EQ(attr(orgs[1], "ref"), "(none)");
    EXPECT_EQ(narratives(orgs[1]),
              (std::vector<std::string>{"fr:Ministère de l'Économie et des Finances"}));
}

TEST(IatiExport, RefusesAnIncompleteHeaderOrABadDatetime) {
    const TrackerModel model = maliModel();
    const auto message = [&](IatiHeader h, const char* when = kWhen) {
        try {
            exportIati(model, h, when);
        } catch (const InvalidArgument& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    IatiHeader h = maliHeader();
    h.identifier = " ";
    EXPECT_EQ(message(h), "the IATI header has no activity identifier");
    h = maliHeader();
    h.reportingOrgRef.clear();
    EXPECT_EQ(message(h), "the IATI header has no reporting organisation identifier");
    h = maliHeader();
    h.reportingOrgType.clear();
    EXPECT_EQ(message(h), "the IATI header has no reporting organisation type");
    h = maliHeader();
    h.reportingOrgName = {{"en", ""}};
    EXPECT_EQ(message(h), "the IATI header has no reporting organisation name");
    h = maliHeader();
    h.title.clear();
    EXPECT_EQ(message(h), "the IATI header has no title");
    h = maliHeader();
    h.language = "English";
    EXPECT_EQ(message(h), "the IATI header's language \"English\" is not a language code (en, fr)");
    h = maliHeader();
    h.currency = "euro";
    EXPECT_EQ(message(h), "the IATI header's currency \"euro\" is not an ISO 4217 code (EUR)");
    h = maliHeader();
    h.fiscalYearStartMonth = 13;
    EXPECT_EQ(message(h), "the fiscal year's first month must be 1 to 12");
    h = maliHeader();
    h.participatingOrgs = {{"X", "10", "", {}}};
    EXPECT_EQ(message(h), "a participating organisation of the IATI header has no role");
    EXPECT_EQ(message(maliHeader(), "2024-05-01"),
              "generated-datetime \"2024-05-01\" is not an xsd:dateTime (2024-05-01T12:00:00Z)");
    EXPECT_EQ(message(maliHeader(), "2024-13-01T00:00:00Z"),
              "generated-datetime \"2024-13-01T00:00:00Z\" is not an xsd:dateTime "
              "(2024-05-01T12:00:00Z)");
    EXPECT_EQ(message(maliHeader(), "2024-05-01T12:00:00.125-05:00"), "no error");
    TrackerModel empty;
    EXPECT_THROW(exportIati(empty, maliHeader(), kWhen), InvalidArgument);
}

TEST(IatiExport, NamesTheElementOfATextXmlCannotCarry) {
    TrackerModel model = maliModel();
    model.indicators[0].title = "Bad\x01title";
    try {
        exportIati(model, maliHeader(), kWhen);
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_EQ(std::string(e.what()),
                  "the text of <narrative> contains U+0001, which XML cannot carry");
    }
}

// --- Money ----------------------------------------------------------------------

TEST(IatiExport, WritesAnOriginalPlannedDisbursementPerTrancheCeiling) {
    const XmlElement a = activityOf(exported(maliModel()));
    const auto planned = a.childrenNamed("planned-disbursement");
    ASSERT_EQ(planned.size(), 4u);
    // 2018 fixed: paid in fiscal year 2019.
    EXPECT_EQ(attr(planned[0], "type"), "1");
    EXPECT_EQ(*planned[0]->attribute(kExt, "tranche-year"), "2018");
    EXPECT_EQ(*planned[0]->attribute(kExt, "tranche-type"), "fixed");
    EXPECT_EQ(attr(planned[0]->child("period-start"), "iso-date"), "2019-01-01");
    EXPECT_EQ(attr(planned[0]->child("period-end"), "iso-date"), "2019-12-31");
    EXPECT_EQ(planned[0]->child("value")->text, "36000000");
    EXPECT_EQ(attr(planned[0]->child("value"), "value-date"), "2019-01-01");
    EXPECT_EQ(*planned[1]->attribute(kExt, "tranche-type"), "variable");
    EXPECT_EQ(planned[1]->child("value")->text, "14000000");
    EXPECT_EQ(attr(planned[3]->child("period-start"), "iso-date"), "2020-01-01");
}

TEST(IatiExport, WritesARevisedPlannedDisbursementWhereATransferRaisedNextYearsCeiling) {
    TrackerTables tables = maliTables({2018, 2019});
    set(tables.tranches, "G3", txt("transfer"));
    set(tables.tranches, "I3", Cell{1'076'923.08});
    const XmlElement a = activityOf(exported(modelOf(tables)));
    const auto planned = a.childrenNamed("planned-disbursement");
    ASSERT_EQ(planned.size(), 5u);
    EXPECT_EQ(attr(planned[3], "type"), "1");
    EXPECT_EQ(planned[3]->child("value")->text, "14000000");
    EXPECT_EQ(attr(planned[4], "type"), "2");
    EXPECT_EQ(*planned[4]->attribute(kExt, "tranche-year"), "2019");
    EXPECT_EQ(*planned[4]->attribute(kExt, "tranche-type"), "variable");
    EXPECT_EQ(planned[4]->child("value")->text, "15076923.08");

    // A transfer into a year that has no variable tranche yet.
    set(tables.tranches, "I5", Cell{500'000.0});
    const XmlElement b = activityOf(exported(modelOf(tables)));
    const auto more = b.childrenNamed("planned-disbursement");
    ASSERT_EQ(more.size(), 6u);
    EXPECT_EQ(attr(more[5], "type"), "2");
    EXPECT_EQ(*more[5]->attribute(kExt, "tranche-year"), "2020");
    EXPECT_EQ(more[5]->child("value")->text, "500000");
    EXPECT_EQ(attr(more[5]->child("period-start"), "iso-date"), "2021-01-01");
}

TEST(IatiExport, WritesADisbursementTransactionPerDisbursedAmount) {
    const XmlElement a = activityOf(exported(maliModel()));
    const auto tx = a.childrenNamed("transaction");
    ASSERT_EQ(tx.size(), 1u); // only the 2018 fixed tranche is paid
    EXPECT_EQ(attr(tx[0]->child("transaction-type"), "code"), "3");
    EXPECT_EQ(attr(tx[0]->child("transaction-date"), "iso-date"), "2019-04-15");
    EXPECT_EQ(tx[0]->child("value")->text, "36000000");
    EXPECT_EQ(attr(tx[0]->child("value"), "value-date"), "2019-04-15");
    EXPECT_EQ(*tx[0]->attribute(kExt, "tranche-year"), "2018");
    EXPECT_EQ(*tx[0]->attribute(kExt, "tranche-type"), "fixed");
    EXPECT_EQ(narratives(tx[0]->child("description")),
              (std::vector<std::string>{":Disbursement of the fixed tranche for 2018",
                                        "fr:Versement de la tranche fixe au titre de 2018"}));
}

TEST(IatiExport, WarnsOfADisbursedAmountWithoutDate) {
    TrackerTables tables = maliTables();
    set(tables.tranches, "J3", Cell{9'692'307.69});
    const auto result = exportIati(modelOf(tables), maliHeader(), kWhen);
    EXPECT_EQ(parseXml(result.xml).child("iati-activity")->childrenNamed("transaction").size(), 1u);
    EXPECT_EQ(result.warnings,
              (std::vector<std::string>{"Tranche 2018 variable: the disbursed amount has no date, "
                                        "which an IATI transaction needs; only condtrack's "
                                        "extension keeps it"}));
    EXPECT_TRUE(exportIati(maliModel(), maliHeader(), kWhen).warnings.empty());
}

// --- Conditions -----------------------------------------------------------------

TEST(IatiExport, WritesGeneralConditionsAsPolicyAndIndicatorsAsPerformanceConditions) {
    const XmlElement a = activityOf(exported(maliModel()));
    const XmlElement* conditions = a.child("conditions");
    EXPECT_EQ(attr(conditions, "attached"), "1");
    const auto all = conditions->childrenNamed("condition");
    ASSERT_EQ(all.size(), 4u + 13u);
    for (int i = 0; i < 4; ++i) {
        EXPECT_EQ(attr(all[i], "type"), "1");
        EXPECT_EQ(narratives(all[i]).size(), 2u);
    }
    EXPECT_TRUE(startsWith(narratives(all[0])[0], ":Satisfactory progress"));
    EXPECT_TRUE(startsWith(narratives(all[0])[1], "fr:Progrès satisfaisants"));
    EXPECT_EQ(attr(all[4], "type"), "2");
    EXPECT_EQ(narratives(all[4]),
              (std::vector<std::string>{":IND-01: Health budget execution rate (%)"}));
    EXPECT_TRUE(startsWith(narratives(all[16]).at(0), ":IND-13: SIGRH:"));

    IatiHeader h = maliHeader();
    h.generalConditions = {{{"en", "Macroeconomic stability"}}};
    const XmlElement b = activityOf(exported(maliModel(), h));
    const auto own = b.child("conditions")->childrenNamed("condition");
    ASSERT_EQ(own.size(), 1u + 13u);
    EXPECT_EQ(narratives(own[0]), (std::vector<std::string>{":Macroeconomic stability"}));

    TrackerModel empty;
    empty.years.push_back({2018, {}, false, {}, "", 0});
    const XmlElement c = activityOf(exported(empty));
    EXPECT_EQ(attr(c.child("conditions"), "attached"), "0");
    EXPECT_TRUE(c.child("conditions")->children.empty());
}

// --- Results --------------------------------------------------------------------

TEST(IatiExport, WritesOneOutcomeResultPerPolicyAreaInOrderOfAppearance) {
    const XmlElement a = activityOf(exported(maliModel()));
    const auto results = a.childrenNamed("result");
    std::vector<std::string> areas;
    for (const XmlElement* r : results) {
        EXPECT_EQ(attr(r, "type"), "2");
        areas.push_back(narratives(r->child("title")).at(0));
    }
    EXPECT_EQ(areas, (std::vector<std::string>{":Public finance", ":Decentralisation",
                                               ":Budget transparency", ":Domestic revenue",
                                               ":Accountability", ":Education", ":Health",
                                               ":Anti-corruption", ":Justice", ":Civil registry",
                                               ":Security sector HR"}));
    // IND-01, IND-05 and IND-07 share Public finance.
    std::vector<std::string> ids;
    for (const XmlElement* i : results[0]->childrenNamed("indicator"))
        ids.push_back(attr(i->child("reference"), "code"));
    EXPECT_EQ(ids, (std::vector<std::string>{"IND-01", "IND-05", "IND-07"}));

    IatiHeader h = maliHeader();
    h.resultType = "1";
    EXPECT_EQ(attr(activityOf(exported(maliModel(), h)).child("result"), "type"), "1");
}

TEST(IatiExport, WritesMeasureAscendingTitleReferenceAndBaseline) {
    const XmlElement a = activityOf(exported(maliModel()));
    const XmlElement* ind01 = indicatorOf(a, "IND-01");
    ASSERT_NE(ind01, nullptr);
    EXPECT_EQ(attr(ind01, "measure"), "2"); // "(%)"
    EXPECT_EQ(attr(ind01, "ascending"), "1");
    EXPECT_EQ(names(*ind01), (std::vector<std::string>{"title", "reference", "baseline", "period",
                                                       "period", "condtrack:indicator"}));
    EXPECT_EQ(narratives(ind01->child("title")),
              (std::vector<std::string>{":Health budget execution rate (%)"}));
    EXPECT_EQ(attr(ind01->child("reference"), "vocabulary"), "99");
    EXPECT_EQ(attr(ind01->child("baseline"), "year"), "2017");
    EXPECT_EQ(attr(ind01->child("baseline"), "value"), "78");

    const XmlElement* ind03 = indicatorOf(a, "IND-03"); // reports published: a count
    EXPECT_EQ(attr(ind03, "measure"), "1");
    const XmlElement* ind07 = indicatorOf(a, "IND-07"); // days: lower is better
    EXPECT_EQ(attr(ind07, "measure"), "1");
    EXPECT_EQ(attr(ind07, "ascending"), "0");
    EXPECT_EQ(attr(indicatorOf(a, "IND-04")->child("baseline"), "value"), "14.6");

    IatiHeader h = maliHeader();
    h.baselineYear = 2016;
    EXPECT_EQ(attr(indicatorOf(activityOf(exported(maliModel(), h)), "IND-01")->child("baseline"),
                   "year"),
              "2016");
}

TEST(IatiExport, LeavesOutAscendingAndBaselineWhenTheTrackerHasNoBaseline) {
    TrackerTables tables = maliTables();
    set(tables.indicators, "G3", kNone);     // IND-01 baseline blank
    set(tables.indicators, "G5", Cell{4.0}); // IND-03: baseline = every target
    const XmlElement a = activityOf(exported(modelOf(tables)));
    const XmlElement* ind01 = indicatorOf(a, "IND-01");
    EXPECT_EQ(attr(ind01, "ascending"), "(none)");
    EXPECT_EQ(ind01->child("baseline"), nullptr);
    EXPECT_EQ(attr(indicatorOf(a, "IND-03"), "ascending"), "(none)");
}

TEST(IatiExport, MeasureFollowsThePercentRule) {
    EXPECT_TRUE(titleIsPercentage("Tax revenue (% of GDP)"));
    EXPECT_TRUE(titleIsPercentage("Share of girls, percent"));
    EXPECT_TRUE(titleIsPercentage("Percentage of districts"));
    EXPECT_TRUE(titleIsPercentage("Pourcentage des communes"));
    EXPECT_TRUE(titleIsPercentage("Taux, en pour cent"));
    EXPECT_TRUE(titleIsPercentage("Rate per cent"));
    EXPECT_FALSE(titleIsPercentage("Reports published"));
    EXPECT_FALSE(titleIsPercentage("Taux d'exécution")); // a rate without the word stays a unit
    EXPECT_FALSE(titleIsPercentage(""));
}

TEST(IatiExport, WritesAPeriodPerAssessmentYearWithTargetActualCommentAndEvidence) {
    const XmlElement a = activityOf(exported(maliModel()));
    const XmlElement* ind09 = indicatorOf(a, "IND-09");
    const XmlElement* p2018 = periodOf(ind09, 2018);
    ASSERT_NE(p2018, nullptr);
    EXPECT_EQ(names(*p2018),
              (std::vector<std::string>{"period-start", "period-end", "target", "actual"}));
    EXPECT_EQ(attr(p2018->child("period-start"), "iso-date"), "2018-01-01");
    EXPECT_EQ(attr(p2018->child("period-end"), "iso-date"), "2018-12-31");
    EXPECT_EQ(attr(p2018->child("target"), "value"), "50");
    const XmlElement* actual = p2018->child("actual");
    EXPECT_EQ(attr(actual, "value"), "46");
    EXPECT_EQ(names(*actual), (std::vector<std::string>{"comment", "document-link"}));
    EXPECT_EQ(narratives(actual->child("comment")),
              (std::vector<std::string>{":Status: partial. Score: 0.5.",
                                        "fr:Statut : partiellement atteint. Note : 0,5."}));
    const XmlElement* link = actual->child("document-link");
    EXPECT_EQ(attr(link, "url"), "https://example.org/evidence/IND-09");
    EXPECT_EQ(attr(link, "format"), "text/html");
    EXPECT_EQ(narratives(link->child("title")),
              (std::vector<std::string>{":Evidence for IND-09, 2018",
                                        "fr:Justificatif pour IND-09, 2018"}));
    EXPECT_EQ(attr(link->child("category"), "code"), "A08");

    // 2019 is pending: a target, no actual.
    const XmlElement* p2019 = periodOf(ind09, 2019);
    ASSERT_NE(p2019, nullptr);
    EXPECT_EQ(names(*p2019), (std::vector<std::string>{"period-start", "period-end", "target"}));
    EXPECT_EQ(attr(p2019->child("target"), "value"), "55");
}

TEST(IatiExport, PeriodsFollowTheFiscalYear) {
    IatiHeader h = maliHeader();
    h.fiscalYearStartMonth = 7;
    const XmlElement a = activityOf(exported(maliModel(), h));
    const XmlElement* p = indicatorOf(a, "IND-01")->childrenNamed("period").at(0);
    EXPECT_EQ(attr(p->child("period-start"), "iso-date"), "2018-07-01");
    EXPECT_EQ(attr(p->child("period-end"), "iso-date"), "2019-06-30");
    EXPECT_EQ(attr(a.child("planned-disbursement")->child("period-start"), "iso-date"),
              "2019-07-01");
    EXPECT_EQ(attr(a.childrenNamed("activity-date")[1], "iso-date"), "2021-06-30");
    EXPECT_EQ(fiscalYearOf(day(2019, 6, 30), 7), 2018);
    EXPECT_EQ(fiscalYearOf(day(2019, 7, 1), 7), 2019);
    EXPECT_EQ(fiscalYearOf(day(2019, 12, 31), 1), 2019);
    EXPECT_EQ(fiscalYearEnd(2019, 3), day(2020, 2, 29));
}

TEST(IatiExport, WritesEvidenceWithoutActualAndCommentsWaivers) {
    TrackerTables tables = maliTables();
    set(tables.indicators, "P3", txt("https://example.org/draft/IND-01-2019.pdf")); // 2019, pending
    set(tables.indicators, "K15", Cell{1.0}); // IND-13 waived in 2018 (reallocate)
    set(tables.indicators, "Q14", Cell{1.0}); // IND-12 waived in 2019 (transfer)
    set(tables.indicators, "O14", Cell{65.0});
    const XmlElement a = activityOf(exported(modelOf(tables)));

    const XmlElement* pending = periodOf(indicatorOf(a, "IND-01"), 2019)->child("actual");
    ASSERT_NE(pending, nullptr);
    EXPECT_EQ(attr(pending, "value"), "(none)");
    EXPECT_EQ(narratives(pending->child("comment")).at(0), ":Status: pending.");
    EXPECT_EQ(attr(pending->child("document-link"), "format"), "application/pdf");

    const XmlElement* reallocated = periodOf(indicatorOf(a, "IND-13"), 2018)->child("actual");
    EXPECT_EQ(narratives(reallocated->child("comment")),
              (std::vector<std::string>{
                  ":Status: not met. Score: 0. Waived: its weight is reallocated to the other "
                  "indicators.",
                  "fr:Statut : non atteint. Note : 0. Dérogation : le poids est réaffecté aux "
                  "autres indicateurs."}));
    const XmlElement* transferred = periodOf(indicatorOf(a, "IND-12"), 2019)->child("actual");
    EXPECT_EQ(narratives(transferred->child("comment")).at(0),
              ":Status: pending. Waived: its share moves to next year's ceiling.");
}

TEST(IatiExport, EvidenceBecomesAValidUri) {
    EXPECT_EQ(evidenceUri("https://example.org/evidence/IND-01"),
              "https://example.org/evidence/IND-01");
    EXPECT_EQ(evidenceUri("https://x.org/a?b=1&c=%20d#frag"), "https://x.org/a?b=1&c=%20d#frag");
    EXPECT_EQ(evidenceUri("  https://x.org/a b  "), "https://x.org/a%20b");
    EXPECT_EQ(evidenceUri("https://x.org/é"), "https://x.org/%C3%A9");
    EXPECT_EQ(evidenceUri("a#b#c"), "a#b%23c");
    EXPECT_EQ(evidenceUri("100%"), "100%25");
    EXPECT_EQ(evidenceUri("[2]"), "%5B2%5D");
    EXPECT_EQ(evidenceUri("Rapport : voir p. 4"), "Rapport%20%3A%20voir%20p.%204");
    EXPECT_EQ(evidenceUri("1abc:x/y"), "1abc%3Ax/y");
    EXPECT_EQ(evidenceUri("mailto:a@b.org"), "mailto:a@b.org");
    EXPECT_EQ(evidenceUri("<x>\"{}|\\^`"), "%3Cx%3E%22%7B%7D%7C%5C%5E%60");
    EXPECT_EQ(evidenceFormat("https://x.org/Report.PDF?download=1"), "application/pdf");
    EXPECT_EQ(evidenceFormat("https://x.org/data.xlsx"),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(evidenceFormat("https://x.org/v1.2/page"), "text/html");
    EXPECT_EQ(evidenceFormat("https://x.org/"), "text/html");
}

// --- The extension --------------------------------------------------------------

TEST(IatiExport, WritesWeightsMethodsScoresAndWaiversInTheIndicatorExtension) {
    TrackerTables tables = maliTables();
    set(tables.indicators, "D3", Cell{2.5});
    set(tables.indicators, "E4", txt("binary"));
    set(tables.indicators, "F4", kNone);
    set(tables.indicators, "K15", Cell{1.0});
    set(tables.indicators, "J6", txt("Rapport 2018 : p. 4"));
    const XmlElement a = activityOf(exported(modelOf(tables)));

    const XmlElement* x = indicatorOf(a, "IND-01")->child(kExt, "indicator");
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->name, "condtrack:indicator");
    EXPECT_EQ(extAttr(x, "id"), "IND-01");
    EXPECT_EQ(extAttr(x, "position"), "1");
    EXPECT_EQ(extAttr(x, "weight"), "2.5");
    EXPECT_EQ(extAttr(x, "method"), "partial");
    EXPECT_EQ(extAttr(x, "threshold"), "0.5");
    const auto assessments = x->childrenNamed(kExt, "assessment");
    ASSERT_EQ(assessments.size(), 2u);
    EXPECT_EQ(extAttr(assessments[0], "year"), "2018");
    EXPECT_EQ(extAttr(assessments[0], "score"), "1");
    EXPECT_EQ(extAttr(assessments[0], "status"), "met");
    EXPECT_EQ(extAttr(assessments[0], "waived"), "(none)");
    EXPECT_EQ(extAttr(assessments[1], "status"), "pending");
    EXPECT_EQ(extAttr(assessments[1], "score"), "(none)");

    const XmlElement* binary = indicatorOf(a, "IND-02")->child(kExt, "indicator");
    EXPECT_EQ(extAttr(binary, "method"), "binary");
    EXPECT_EQ(extAttr(binary, "threshold"), "(none)");
    const XmlElement* waived = indicatorOf(a, "IND-13")->child(kExt, "indicator");
    EXPECT_EQ(extAttr(waived->childrenNamed(kExt, "assessment")[0], "waived"), "true");
    // Evidence that is not a plain link is kept as typed.
    const XmlElement* typed = indicatorOf(a, "IND-04")->child(kExt, "indicator");
    EXPECT_EQ(extAttr(typed->childrenNamed(kExt, "assessment")[0], "evidence"),
              "Rapport 2018 : p. 4");
    EXPECT_EQ(
        attr(periodOf(indicatorOf(a, "IND-04"), 2018)->child("actual")->child("document-link"),
             "url"),
        "Rapport%202018%20%3A%20p.%204");
}

TEST(IatiExport, KeepsBlankTitlesAndAreasInTheExtension) {
    TrackerTables tables = maliTables();
    set(tables.indicators, "B3", kNone);
    set(tables.indicators, "C3", kNone);
    const XmlElement a = activityOf(exported(modelOf(tables)));
    const XmlElement* ind = indicatorOf(a, "IND-01");
    EXPECT_EQ(narratives(ind->child("title")), (std::vector<std::string>{":IND-01"}));
    EXPECT_EQ(extAttr(ind->child(kExt, "indicator"), "title"), "");
    EXPECT_EQ(extAttr(ind->child(kExt, "indicator"), "area"), "");
    const auto results = a.childrenNamed("result");
    EXPECT_EQ(
        narratives(results[0]->child("title")),
        (std::vector<std::string>{":Performance indicators", "fr:Indicateurs de performance"}));
    EXPECT_EQ(narratives(a.child("conditions")->childrenNamed("condition")[4]),
              (std::vector<std::string>{":IND-01"}));
}

TEST(IatiExport, WritesYearsReviewsTranchesAndMilestonesInTheTrackerExtension) {
    const XmlElement a = activityOf(exported(maliModel()));
    const XmlElement* t = a.child(kExt, "tracker");
    ASSERT_NE(t, nullptr);
    EXPECT_EQ(&a.children.back(), t); // after every IATI element
    EXPECT_EQ(extAttr(t, "version"), "1");
    EXPECT_EQ(extAttr(t, "fiscal-year-start-month"), "1");
    const XmlElement* reviews = t->child(kExt, "reviews");
    EXPECT_EQ(extAttr(reviews, "first"), "2019-03-15");
    EXPECT_EQ(extAttr(reviews, "months"), "12");
    EXPECT_EQ(extAttr(reviews, "roll"), "following");
    const auto years = t->childrenNamed(kExt, "year");
    ASSERT_EQ(years.size(), 2u);
    EXPECT_EQ(extAttr(years[0], "year"), "2018");
    EXPECT_EQ(extAttr(years[0], "review-date"), "2019-03-15");
    EXPECT_EQ(extAttr(years[0], "state"), "closed");
    EXPECT_EQ(extAttr(years[0], "closed-on"), "2019-04-10");
    EXPECT_EQ(extAttr(years[0], "notes"), "SIGRH: no progress; its share is not paid");
    EXPECT_EQ(extAttr(years[1], "state"), "open");
    EXPECT_EQ(extAttr(years[1], "closed-on"), "(none)");
    const auto tranches = t->childrenNamed(kExt, "tranche");
    ASSERT_EQ(tranches.size(), 4u);
    const XmlElement* v = tranches[1];
    EXPECT_EQ(extAttr(v, "year"), "2018");
    EXPECT_EQ(extAttr(v, "type"), "variable");
    EXPECT_EQ(extAttr(v, "ceiling"), "14000000");
    EXPECT_EQ(extAttr(v, "general-conditions"), "true");
    EXPECT_EQ(extAttr(v, "gating"), "M-01");
    EXPECT_EQ(extAttr(v, "eligible"), "true");
    EXPECT_EQ(extAttr(v, "waiver-rule"), "reallocate");
    EXPECT_EQ(std::stod(extAttr(v, "computed")), maliComputed2018());
    EXPECT_EQ(extAttr(v, "transferred"), "0");
    EXPECT_EQ(extAttr(v, "request-deadline"), "2019-06-30");
    EXPECT_EQ(extAttr(tranches[0], "disbursed"), "36000000");
    EXPECT_EQ(extAttr(tranches[0], "disbursed-on"), "2019-04-15");
    EXPECT_EQ(extAttr(tranches[2], "general-conditions"), "(none)"); // not yet assessed
    EXPECT_EQ(extAttr(tranches[3], "gating"), "M-02, M-03");
    EXPECT_EQ(extAttr(tranches[3], "waiver-rule"), "transfer");
    const auto milestones = t->childrenNamed(kExt, "milestone");
    ASSERT_EQ(milestones.size(), 5u);
    EXPECT_EQ(extAttr(milestones[0], "id"), "M-01");
    EXPECT_EQ(extAttr(milestones[0], "indicator"), "IND-13");
    EXPECT_EQ(extAttr(milestones[0], "tranche-year"), "2018");
    EXPECT_EQ(extAttr(milestones[0], "due"), "2018-06-30");
    EXPECT_EQ(extAttr(milestones[0], "done"), "2018-09-15");
    EXPECT_EQ(extAttr(milestones[3], "indicator"), "(none)");
    EXPECT_EQ(extAttr(milestones[4], "tranche-year"), "(none)");
}

TEST(IatiExport, EscapesTheTrackersTexts) {
    TrackerTables tables = maliTables();
    set(tables.indicators, "B3", txt("Budget <execution> & \"rate\" 'x' (%)"));
    const std::string xml = exportIati(modelOf(tables), maliHeader(), kWhen).xml;
    EXPECT_NE(xml.find("Budget &lt;execution&gt; &amp; \"rate\" 'x' (%)"), std::string::npos);
    const XmlElement a = activityOf(parseXml(xml));
    EXPECT_EQ(narratives(indicatorOf(a, "IND-01")->child("title")),
              (std::vector<std::string>{":Budget <execution> & \"rate\" 'x' (%)"}));
}

TEST(IatiExport, PicksTheNarrativeInTheLanguageAskedFor) {
    const Narratives n{{"", "Health"}, {"fr", "Santé"}, {"es-ES", "Salud"}};
    EXPECT_EQ(pickNarrative(n, "fr", "en"), "Santé");
    EXPECT_EQ(pickNarrative(n, "FR", "en"), "Santé");
    EXPECT_EQ(pickNarrative(n, "en", "en"), "Health");
    EXPECT_EQ(pickNarrative(n, "es", "en"), "Salud");    // es-ES answers for es
    EXPECT_EQ(pickNarrative(n, "fr-BE", "en"), "Santé"); // and fr for fr-BE
    EXPECT_EQ(pickNarrative(n, "de", "en"), "Health");   // the activity's language
    EXPECT_EQ(pickNarrative({{"fr", "Santé"}, {"es", "Salud"}}, "de", "en"), "Santé"); // the first
    EXPECT_EQ(pickNarrative({}, "en", "en"), "");
}

TEST(IatiExport, AcceptsRegionalLanguageTags) {
    IatiHeader h = maliHeader();
    h.language = "fr-BE";
    h.title = {{"fr-BE", "Appui budgétaire"}, {"en", "Budget support"}};
    const XmlElement a = activityOf(exported(maliModel(), h));
    EXPECT_EQ(*a.attribute(kXmlNamespace, "lang"), "fr-BE");
    EXPECT_EQ(narratives(a.child("title")),
              (std::vector<std::string>{":Appui budgétaire", "en:Budget support"}));
    // condtrack's own texts in French (tagged fr) and English.
    EXPECT_EQ(narratives(a.child("description")).size(), 2u);
    EXPECT_TRUE(startsWith(narratives(a.child("description"))[0], "fr:Appui budgétaire"));
    h.language = "fr-";
    EXPECT_THROW(exportIati(maliModel(), h, kWhen), InvalidArgument);
}
