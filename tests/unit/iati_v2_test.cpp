// The IATI exchange of a layout-version-2 tracker (docs/iati.md): what the
// export writes for each thing version 2 adds, that the import reads it all
// back, and that a new tracker made from the file holds it, with nothing left
// out. The tracker is iati_v2_fixtures.hpp's Mali case.

#include "iati_fixtures.hpp"
#include "iati_v2_fixtures.hpp"
#include "tracker_builder.hpp"

#include "iati/export.hpp"
#include "iati/import.hpp"
#include "iati/import_plan.hpp"
#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const std::string kExt = kCondtrackIatiNamespace;
const Stamp kStamp{"Programme Officer", "2026-11-27T10:00:00Z", day(2026, 11, 27)};

std::string v2Export() {
    return exportIati(v2IatiModel(), maliHeader(), kWhen).xml;
}

const XmlElement& activity(const XmlElement& root) {
    return *root.child("iati-activity");
}

std::string attr(const XmlElement* e, const char* name) {
    if (!e) return "(no element)";
    const std::string* v = e->attribute(name);
    return v ? *v : "(none)";
}

const XmlElement* extIndicator(const XmlElement& act, const std::string& id) {
    for (const XmlElement* r : act.childrenNamed("result"))
        for (const XmlElement* i : r->childrenNamed("indicator"))
            if (const XmlElement* x = i->child(kExt, "indicator"); x && attr(x, "id") == id)
                return x;
    return nullptr;
}

const XmlElement* assessment(const XmlElement* x, int year) {
    if (!x) return nullptr;
    for (const XmlElement* a : x->childrenNamed(kExt, "assessment"))
        if (attr(a, "year") == std::to_string(year)) return a;
    return nullptr;
}

// "type value tranche-year tranche-type" of each planned disbursement.
std::vector<std::string> plannedDisbursements(const XmlElement& act) {
    std::vector<std::string> out;
    for (const XmlElement* pd : act.childrenNamed("planned-disbursement"))
        out.push_back(attr(pd, "type") + " " + pd->child("value")->text + " " +
                      *pd->attribute(kExt, "tranche-year") + " " +
                      *pd->attribute(kExt, "tranche-type"));
    return out;
}

// The new workbook an import makes: New tracker's plan sized for the file.
struct NewTracker {
    TrackerTables tables;
    TrackerModel fresh;
    ImportPlan plan;
    TrackerModel back;
};

NewTracker intoNewTracker(const IatiImport& imported) {
    NewTracker n;
    n.tables = plannedTrackerTables(
        newTrackerPlan(newTrackerOptionsFor(imported, Language::English, 2026)));
    n.fresh = modelOf(n.tables);
    n.plan = planImport(n.fresh, n.tables, imported, kStamp, "IATI import of v2.xml");
    n.back = modelOf(withWrites(n.tables, n.plan.plan.writes));
    return n;
}

} // namespace

// --- Export ------------------------------------------------------------------------

TEST(IatiV2Export, TheTrackerExtensionSaysLayoutVersion2AndTheSuspension) {
    const XmlElement root = parseXml(v2Export());
    const XmlElement* tracker = activity(root).child(kExt, "tracker");
    EXPECT_EQ(attr(tracker, "version"), "2");
    EXPECT_EQ(attr(tracker, "suspended-from"), "2020-01-31");
}

// IND-13 2018: transfer (B), requested 2019-02-15, approved 2019-03-20.
TEST(IatiV2Export, ADecisionCarriesItsDatesAndApprovalReference) {
    const XmlElement root = parseXml(v2Export());
    const XmlElement* a = assessment(extIndicator(activity(root), "IND-13"), 2018);
    EXPECT_EQ(attr(a, "decision"), "transfer");
    EXPECT_EQ(attr(a, "requested-on"), "2019-02-15");
    EXPECT_EQ(attr(a, "approved-on"), "2019-03-20");
    EXPECT_EQ(attr(a, "approval-ref"), "Commission letter 2019-0311");
    EXPECT_EQ(attr(a, "waived"), "(none)"); // the decision says it
    const XmlElement* requested = assessment(extIndicator(activity(root), "IND-11"), 2018);
    EXPECT_EQ(attr(requested, "decision"), "reallocate");
    EXPECT_EQ(attr(requested, "approved-on"), "(none)");
}

// IND-01 weighs 1 in 2018 and 2 from 2019; IND-02 weighs 1 throughout.
TEST(IatiV2Export, AYearsWeightIsWrittenWhereItChanges) {
    const XmlElement root = parseXml(v2Export());
    const XmlElement* ind01 = extIndicator(activity(root), "IND-01");
    EXPECT_EQ(attr(ind01, "weight"), "1");
    EXPECT_EQ(attr(assessment(ind01, 2018), "weight"), "(none)");
    EXPECT_EQ(attr(assessment(ind01, 2019), "weight"), "2");
    EXPECT_EQ(attr(assessment(extIndicator(activity(root), "IND-02"), 2019), "weight"), "(none)");
}

// 2019 variable: base 14,000,000 (type 1), with 1,076,923.08 carried in
// 15,076,923.08 (type 2); the others have only their original ceiling.
TEST(IatiV2Export, MoneyCarriedInRevisesTheCeiling) {
    const XmlElement root = parseXml(v2Export());
    EXPECT_EQ(plannedDisbursements(activity(root)),
              (std::vector<std::string>{"1 36000000 2018 fixed", "1 14000000 2018 variable",
                                        "1 36000000 2019 fixed", "1 14000000 2019 variable",
                                        "2 15076923.08 2019 variable"}));
}

// GC-1 is general (type 1, policy), SC-1 specific (type 2, performance); the
// indicators are results, not conditions, in version 2.
TEST(IatiV2Export, GeneralConditionsArePolicyAndSpecificOnesPerformanceConditions) {
    const XmlElement root = parseXml(v2Export());
    const XmlElement* conditions = activity(root).child("conditions");
    EXPECT_EQ(attr(conditions, "attached"), "1");
    const auto list = conditions->childrenNamed("condition");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(attr(list[0], "type"), "1");
    EXPECT_EQ(list[0]->child("narrative")->text,
              "Satisfactory progress in the implementation of the public policy.");
    EXPECT_EQ(list[0]->child("narrative")->attribute(kXmlNamespace, "lang"), nullptr);
    EXPECT_EQ(attr(list[1], "type"), "2");
    EXPECT_EQ(list[1]->child("narrative")->text, "Payroll audit published");
}

TEST(IatiV2Export, ATrackerWithoutConditionsSaysNoneAreAttached) {
    TrackerModel model = v2IatiModel();
    model.conditions.clear();
    const XmlElement root = parseXml(exportIati(model, maliHeader(), kWhen).xml);
    const XmlElement* conditions = activity(root).child("conditions");
    EXPECT_EQ(attr(conditions, "attached"), "0");
    EXPECT_TRUE(conditions->childrenNamed("condition").empty());
}

TEST(IatiV2Export, ConditionsWithVerdictsAndBandsAreInTheTrackerExtension) {
    const XmlElement root = parseXml(v2Export());
    const XmlElement* tracker = activity(root).child(kExt, "tracker");
    const auto conditions = tracker->childrenNamed(kExt, "condition");
    ASSERT_EQ(conditions.size(), 2u);
    EXPECT_EQ(attr(conditions[0], "id"), "GC-1");
    EXPECT_EQ(attr(conditions[0], "kind"), "general");
    const XmlElement* verdict = conditions[0]->child(kExt, "verdict");
    EXPECT_EQ(attr(verdict, "year"), "2018");
    EXPECT_EQ(attr(verdict, "verdict"), "met");
    EXPECT_EQ(attr(verdict, "notes"), "Review mission, March 2019");
    EXPECT_EQ(attr(conditions[1], "kind"), "specific");
    EXPECT_EQ(attr(conditions[1], "tranche"), "2019 variable");
    const auto bands = tracker->childrenNamed(kExt, "band");
    ASSERT_EQ(bands.size(), 4u);
    EXPECT_EQ(attr(bands[1], "lower-bound"), "0.3");
    EXPECT_EQ(attr(bands[1], "share"), "0.4");
}

// The tranche row of version 2; its gates are the conditions and milestones.
TEST(IatiV2Export, ATranchesRowSaysBaseCeilingCarriedInPayoutHeldReleased) {
    const XmlElement root = parseXml(v2Export());
    const auto tranches = activity(root).child(kExt, "tracker")->childrenNamed(kExt, "tranche");
    ASSERT_EQ(tranches.size(), 4u);
    const XmlElement* t2019 = tranches[3];
    EXPECT_EQ(attr(t2019, "base-ceiling"), "14000000");
    EXPECT_EQ(attr(t2019, "carried-in"), "1076923.08");
    EXPECT_EQ(attr(t2019, "ceiling"), "15076923.08");
    EXPECT_EQ(attr(t2019, "payout"), "bands");
    EXPECT_EQ(attr(t2019, "released"), "538461.54");
    EXPECT_EQ(attr(tranches[1], "held"), "538461.54");
    EXPECT_EQ(attr(t2019, "general-conditions"), "(none)");
    EXPECT_EQ(attr(t2019, "waiver-rule"), "(none)");
}

// An indicator of a component names it; its tranches carry it for matching.
TEST(IatiV2Export, AComponentIsWrittenOnItsIndicatorAndTranche) {
    TrackerModel model = v2IatiModel();
    model.indicators[8].component = "health";
    model.tranches.push_back(v2Tranche(2019, TrancheType::Variable, 2'000'000.0, 0.0, 5));
    model.tranches.back().component = "health";
    const XmlElement root = parseXml(exportIati(model, maliHeader(), kWhen).xml);
    EXPECT_EQ(attr(extIndicator(activity(root), "IND-09"), "component"), "health");
    const auto pds = activity(root).childrenNamed("planned-disbursement");
    const std::string* component = pds.back()->attribute(kExt, "tranche-component");
    ASSERT_NE(component, nullptr);
    EXPECT_EQ(*component, "health");
}

// --- Import ------------------------------------------------------------------------

TEST(IatiV2Import, ReadsDecisionsWeightsAndTheLayoutVersion) {
    const IatiImport back = importIati(v2Export());
    EXPECT_EQ(back.model.layoutVersion, 2);
    EXPECT_EQ(back.model.suspendedFrom, Date(2020, 1, 31));
    const Indicator& sigrh = *back.model.findIndicator("IND-13");
    EXPECT_EQ(sigrh.years[0].decision.decision, Decision::Transfer);
    EXPECT_TRUE(sigrh.years[0].decision.approved);
    EXPECT_EQ(sigrh.years[0].requestedOn, Date(2019, 2, 15));
    EXPECT_EQ(sigrh.years[0].approvalRef, "Commission letter 2019-0311");
    EXPECT_TRUE(sigrh.years[0].waived);
    const Indicator& requested = *back.model.findIndicator("IND-11");
    EXPECT_EQ(requested.years[0].decision.decision, Decision::Reallocate);
    EXPECT_FALSE(requested.years[0].decision.approved);
    EXPECT_FALSE(requested.years[0].waived);
    const Indicator& ind01 = *back.model.findIndicator("IND-01");
    EXPECT_EQ(ind01.years[0].weight, 1.0);
    EXPECT_EQ(ind01.years[1].weight, 2.0);
    EXPECT_EQ(back.model.findIndicator("IND-02")->years[1].weight, 1.0);
}

TEST(IatiV2Import, ReadsBaseCeilingCarriedInAndBands) {
    const IatiImport back = importIati(v2Export());
    ASSERT_EQ(back.model.tranches.size(), 4u);
    const Tranche& t = back.model.tranches[3];
    EXPECT_EQ(t.baseCeiling, 14'000'000.0);
    EXPECT_EQ(t.carriedIn, 1'076'923.08);
    EXPECT_EQ(t.ceiling, 15'076'923.08);
    EXPECT_EQ(t.payout, PayoutKind::Bands);
    EXPECT_EQ(t.released, 538'461.54);
    ASSERT_EQ(back.model.bands.size(), 4u);
    EXPECT_EQ(back.model.bands[3].lowerBound, 0.8);
    EXPECT_EQ(back.model.bands[3].share, 1.0);
    EXPECT_TRUE(back.notes.empty()) << back.notes.front();
}

TEST(IatiV2Import, ReadsConditionsWithTheirVerdictsEvidenceAndNotes) {
    const IatiImport back = importIati(v2Export());
    ASSERT_EQ(back.model.conditions.size(), 2u);
    const Condition& gc = back.model.conditions[0];
    EXPECT_EQ(gc.id, "GC-1");
    EXPECT_EQ(gc.kind, ConditionKind::General);
    ASSERT_EQ(gc.years.size(), 2u);
    EXPECT_EQ(gc.years[0].verdict, Verdict::Met);
    EXPECT_EQ(gc.years[0].evidence, "https://example.org/reviews/2019/general-conditions.pdf");
    EXPECT_FALSE(gc.years[1].verdict.has_value());
    const Condition& sc = back.model.conditions[1];
    EXPECT_EQ(sc.kind, ConditionKind::Specific);
    EXPECT_EQ(sc.tranche, "2019 variable");
    EXPECT_EQ(sc.years[1].verdict, Verdict::NotMet);
}

TEST(IatiV2Import, RefusesAMalformedConditionOrDecision) {
    const std::string xml = v2Export();
    EXPECT_THROW(importIati(replaced(xml, "kind=\"general\"", "kind=\"usual\"")), XmlError);
    EXPECT_THROW(importIati(replaced(xml, "verdict=\"met\"", "verdict=\"maybe\"")), XmlError);
    EXPECT_THROW(importIati(replaced(xml, "decision=\"transfer\"", "decision=\"later\"")),
                 XmlError);
    EXPECT_THROW(importIati(replaced(xml, "share=\"0.4\"", "share=\"4\"")), XmlError);
}

TEST(IatiV2Import, ExportImportExportGivesTheSameBytes) {
    const std::string first = v2Export();
    const IatiImport back = importIati(first);
    IatiHeader header = back.header;
    header.participatingOrgs.clear();
    header.plannedStart.reset();
    header.plannedEnd.reset();
    header.baselineYear = 0;
    header.description.clear();
    EXPECT_EQ(exportIati(back.model, header, kWhen).xml, first);
}

TEST(IatiV2Import, ReimportingTheExportChangesNothing) {
    const TrackerModel model = v2IatiModel();
    const ImportPreview preview = previewImport(model, importIati(v2Export()));
    for (const auto& c : preview.changes)
        EXPECT_EQ(c.action, ImportAction::Keep) << describe(c);
}

// --- Into a new tracker ------------------------------------------------------------

TEST(IatiV2Import, ANewTrackerTakesEverythingTheFileSays) {
    const NewTracker n = intoNewTracker(importIati(v2Export()));
    for (const auto& line : n.plan.skipped)
        ADD_FAILURE() << "not imported: " << line;
    EXPECT_TRUE(n.plan.problems.empty());
    EXPECT_EQ(n.plan.plan.writes.size(), n.plan.plan.log.size());
}

TEST(IatiV2Import, ANewTrackerHoldsTheDecisionsAndWeights) {
    const NewTracker n = intoNewTracker(importIati(v2Export()));
    const Indicator& sigrh = *n.back.findIndicator("IND-13");
    EXPECT_EQ(sigrh.years[0].decision.decision, Decision::Transfer);
    EXPECT_TRUE(sigrh.years[0].decision.approved);
    EXPECT_EQ(sigrh.years[0].approvedOn, Date(2019, 3, 20));
    EXPECT_EQ(sigrh.years[0].approvalRef, "Commission letter 2019-0311");
    EXPECT_EQ(n.back.findIndicator("IND-10")->years[0].decision.decision, Decision::Reassess);
    EXPECT_FALSE(n.back.findIndicator("IND-11")->years[0].decision.approved);
    EXPECT_EQ(n.back.findIndicator("IND-01")->years[0].weight, 1.0);
    EXPECT_EQ(n.back.findIndicator("IND-01")->years[1].weight, 2.0);
}

TEST(IatiV2Import, ANewTrackerHoldsTheConditionsBandsAndSuspension) {
    const NewTracker n = intoNewTracker(importIati(v2Export()));
    const Condition* gc = nullptr;
    const Condition* sc = nullptr;
    for (const auto& c : n.back.conditions) {
        if (c.id == "GC-1") gc = &c;
        if (c.id == "SC-1") sc = &c;
    }
    ASSERT_NE(gc, nullptr);
    ASSERT_NE(sc, nullptr);
    EXPECT_EQ(gc->text, "Satisfactory progress in the implementation of the public policy.");
    EXPECT_EQ(gc->years[0].verdict, Verdict::Met);
    EXPECT_EQ(gc->years[0].notes, "Review mission, March 2019");
    EXPECT_EQ(sc->kind, ConditionKind::Specific);
    EXPECT_EQ(sc->tranche, "2019 variable");
    EXPECT_EQ(sc->years[1].verdict, Verdict::NotMet);
    ASSERT_EQ(n.back.bands.size(), 4u);
    EXPECT_EQ(n.back.bands[2].tranche, "2019 variable");
    EXPECT_EQ(n.back.bands[2].lowerBound, 0.5);
    EXPECT_EQ(n.back.bands[2].share, 0.7);
    EXPECT_EQ(n.back.suspendedFrom, Date(2020, 1, 31));
    for (const auto& t : n.back.tranches)
        if (t.year == 2019 && t.type == TrancheType::Variable) {
            EXPECT_EQ(t.payout, PayoutKind::Bands);
            EXPECT_EQ(t.baseCeiling, 14'000'000.0); // the carried-in amount is a formula's
        }
}

// Importing into a version 1 tracker: what only version 2 holds is listed as
// not imported, saying how to get it.
TEST(IatiV2Import, AVersion1TrackerListsWhatOnlyVersion2Holds) {
    const TrackerTables tables = maliTables();
    const IatiImport imported = importIati(v2Export());
    const ImportPlan plan =
        planImport(modelOf(tables), tables, imported, kStamp, "IATI import of v2.xml");
    bool conditions = false;
    for (const auto& line : plan.skipped)
        if (line.find("condition GC-1") == 0) {
            conditions = true;
            EXPECT_NE(line.find("Upgrade tracker first"), std::string::npos) << line;
        }
    EXPECT_TRUE(conditions);
}

// A version 1 tracker is written as version 1 wrote it: no decisions, its
// waivers as such, the indicators listed as performance conditions.
TEST(IatiV2Export, AVersion1TrackerExportsAsVersion1) {
    TrackerModel model = maliModel();
    model.indicators[12].years[0].waived = true; // SIGRH, waived in 2018 under the tranche's rule
    const XmlElement root = parseXml(exportIati(model, maliHeader(), kWhen).xml);
    const XmlElement& act = activity(root);
    EXPECT_EQ(attr(act.child(kExt, "tracker"), "version"), "1");
    EXPECT_TRUE(act.child(kExt, "tracker")->childrenNamed(kExt, "condition").empty());
    std::size_t performance = 0;
    for (const XmlElement* c : act.child("conditions")->childrenNamed("condition"))
        performance += attr(c, "type") == "2" ? 1 : 0;
    EXPECT_EQ(performance, 13u);
    const XmlElement* sigrh = assessment(extIndicator(act, "IND-13"), 2018);
    EXPECT_EQ(attr(sigrh, "waived"), "true");
    EXPECT_EQ(attr(sigrh, "decision"), "(none)");
}

// The tracker pays 2019 by bands 0/40/70/100 %; the file says 0/40/75/100 %:
// the third band's share is overwritten in its row, the others kept.
TEST(IatiV2Import, ABandIsComparedWithTheTrackersBandOfTheSameRank) {
    TrackerModel current = v2IatiModel();
    current.bands[2].share = 0.75;
    const ImportPreview preview = previewImport(current, importIati(v2Export()));
    std::vector<std::string> written;
    for (const auto& c : preview.changes)
        if (c.item == ImportItem::Band && c.action != ImportAction::Keep)
            written.push_back(describe(c));
    EXPECT_EQ(written, std::vector<std::string>{"band 2019 variable #3 share: 0.75 -> 0.7"});
}

// A programme the tracker does not say is suspended: the file's date is added.
TEST(IatiV2Import, TheSuspensionIsAddedToTheProgrammeHeader) {
    TrackerModel current = v2IatiModel();
    current.suspendedFrom.reset();
    const ImportPreview preview = previewImport(current, importIati(v2Export()));
    std::vector<std::string> added;
    for (const auto& c : preview.changes)
        if (c.item == ImportItem::Programme) added.push_back(describe(c));
    EXPECT_EQ(added, std::vector<std::string>{"add programme suspended from: 2020-01-31"});
}
