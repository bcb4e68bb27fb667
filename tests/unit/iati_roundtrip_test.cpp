// IATI exports against the IATI 2.03 schema (xmllint on tests/data/iati-2.03,
// see its README), and round trips tracker -> IATI -> tracker. The trackers:
// the Mali example, and one that uses every feature (three years, waivers of
// both kinds, six tranches paid or not, pending values, texts that need
// escaping, a blank title, area and baseline, evidence that is not a link).
//
// The schema tests FAIL, with a message saying so, when the schema or
// xmllint is missing: they never pass without validating.

#include "iati_fixtures.hpp"
#include "iati_v2_fixtures.hpp"
#include "tracker_builder.hpp"

#include "iati/export.hpp"
#include "iati/import.hpp"
#include "xml/reader.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace condtrack;
using namespace condtrack::test;

namespace {

// Every feature: 2018-2020; weights, methods and thresholds that differ; a
// waiver under reallocation (IND-13, 2018) and one under transfer (IND-12,
// 2019) with its share carried to 2020's ceiling; 2019 partly assessed, 2020
// pending; evidence on a pending value and evidence that is not a link.
TrackerTables everyFeatureTables() {
    TrackerTables t = maliTables({2018, 2019, 2020});
    auto& ind = t.indicators;
    set(ind, "B4", txt("Transfers to local authorities (% of revenue) & <grants> \"quoted\" 'x'"));
    set(ind, "D3", Cell{2.0});
    set(ind, "D4", Cell{0.5});
    set(ind, "E7", txt("binary"));
    set(ind, "F7", kNone);
    set(ind, "E8", txt("linear"));
    set(ind, "F8", Cell{0.25});
    set(ind, "C10", kNone); // IND-08: no policy area
    set(ind, "B11", kNone); // IND-09: no title
    set(ind, "G12", kNone); // IND-10: no baseline
    set(ind, "J6", txt("Rapport annuel 2018 : voir annexe [2] & p. 4, « DGI »"));
    set(ind, "J5", txt("https://example.org/reports/q4 2018.pdf#page=3#x"));
    set(ind, "K15", Cell{1.0}); // IND-13 waived in 2018 (reallocate)
    set(ind, "L15", kNone);
    set(ind, "M15", txt("waived"));
    set(ind, "O3", Cell{88.0}); // 2019 assessed for IND-01 and IND-02
    set(ind, "P3", txt("https://example.org/evidence/IND-01-2019.pdf"));
    set(ind, "R3", Cell{0.6});
    set(ind, "S3", txt("partial"));
    set(ind, "O4", Cell{26.0});
    set(ind, "R4", Cell{1.0});
    set(ind, "S4", txt("met"));
    set(ind, "P5", txt("https://example.org/drafts/IND-03-2019")); // evidence, actual pending
    set(ind, "Q14", Cell{1.0}); // IND-12 waived in 2019 (transfer)
    set(ind, "T9", Cell{47.5}); // a 2020 target that differs

    TableBuilder tranches(range_names::kTranches, "Tranches", 0, 0, 12);
    tranches.row({txt("Year"), txt("Type"), txt("Ceiling"), txt("General conditions met"),
                  txt("Gating milestones"), txt("Eligible"), txt("Waiver rule"),
                  txt("Computed amount"), txt("Transferred"), txt("Disbursed"), txt("Disbursed on"),
                  txt("Request deadline")});
    tranches.row({Cell{2018.0}, txt("fixed"), Cell{36'000'000.0}, Cell{1.0}, kNone, Cell{1.0},
                  kNone, Cell{36'000'000.0}, Cell{0.0}, Cell{36'000'000.0},
                  serial(day(2019, 4, 15)), serial(day(2019, 3, 31))});
    tranches.row({Cell{2018.0}, txt("variable"), Cell{14'000'000.0}, Cell{1.0}, txt("M-01"),
                  Cell{1.0}, txt("reallocate"), Cell{10'500'000.0}, Cell{0.0}, Cell{10'500'000.0},
                  serial(day(2019, 7, 10)), serial(day(2019, 6, 30))});
    tranches.row({Cell{2019.0}, txt("fixed"), Cell{36'000'000.0}, Cell{1.0}, kNone, Cell{1.0},
                  kNone, Cell{36'000'000.0}, Cell{0.0}, Cell{36'000'000.0}, kNone,
                  serial(day(2020, 3, 31))}); // paid, date not yet entered
    tranches.row({Cell{2019.0}, txt("variable"), Cell{14'000'000.0}, Cell{1.0}, txt("M-02, M-03"),
                  Cell{0.0}, txt("transfer"), Cell{9'692'307.69}, Cell{1'076'923.08}, kNone, kNone,
                  serial(day(2020, 6, 30))});
    tranches.row({Cell{2020.0}, txt("fixed"), Cell{36'000'000.0}, kNone, kNone, Cell{0.0}, kNone,
                  Cell{0.0}, Cell{0.0}, kNone, serial(day(2021, 4, 1)),
                  serial(day(2021, 3, 31))}); // a date, no amount yet
    tranches.row({Cell{2020.0}, txt("variable"), Cell{14'000'000.0}, kNone, kNone, Cell{0.0},
                  txt("reallocate"), Cell{0.0}, Cell{0.0}, kNone, kNone, kNone});
    t.tranches = tranches.build();
    return t;
}

// --- xmllint ----------------------------------------------------------------------

std::string schemaPath() {
    return std::string(CONDTRACK_SOURCE_DIR) + "/tests/data/iati-2.03/iati-activities-schema.xsd";
}

std::string dataPath(const std::string& name) {
    return std::string(CONDTRACK_SOURCE_DIR) + "/tests/data/iati/" + name;
}

// Runs xmllint on `xml` with the IATI 2.03 schema. Fails (never passes)
// when the schema or xmllint is missing.
::testing::AssertionResult validatesAgainstIati(const std::string& xml, const std::string& name) {
    const std::string schema = schemaPath();
    if (!std::filesystem::exists(schema))
        return ::testing::AssertionFailure()
               << "the IATI 2.03 schema is missing: expected " << schema
               << " (tests/data/iati-2.03, see its README); the export "
                  "cannot be validated without it";
    if (std::system("command -v xmllint >/dev/null 2>&1") != 0)
        return ::testing::AssertionFailure()
               << "xmllint is not installed: install libxml2-utils (scripts/setup) to validate "
                  "IATI exports against the schema";
    const auto file = std::filesystem::temp_directory_path() /
                      ("condtrack-iati-" + name + "-" + std::to_string(::getpid()) + ".xml");
    {
        std::ofstream out(file, std::ios::binary);
        out << xml;
    }
    for (const std::string& path : {schema, file.string()})
        if (path.find('\'') != std::string::npos)
            return ::testing::AssertionFailure() << "cannot quote the path " << path;
    const std::string command =
        "xmllint --noout --schema '" + schema + "' '" + file.string() + "' 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) return ::testing::AssertionFailure() << "cannot run " << command;
    std::string output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof buffer, pipe))
        output += buffer;
    const int status = ::pclose(pipe);
    std::filesystem::remove(file);
    if (status != 0)
        return ::testing::AssertionFailure() << name << " does not validate:\n" << output;
    return ::testing::AssertionSuccess() << output;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// --- Comparing trackers ------------------------------------------------------------

void expectSameTracker(const TrackerModel& a, const TrackerModel& b) {
    ASSERT_EQ(a.years.size(), b.years.size());
    for (std::size_t k = 0; k < a.years.size(); ++k) {
        SCOPED_TRACE("year " + std::to_string(a.years[k].year));
        EXPECT_EQ(a.years[k].year, b.years[k].year);
        EXPECT_EQ(a.years[k].reviewDate, b.years[k].reviewDate);
        EXPECT_EQ(a.years[k].closed, b.years[k].closed);
        EXPECT_EQ(a.years[k].closedOn, b.years[k].closedOn);
        EXPECT_EQ(a.years[k].notes, b.years[k].notes);
    }
    ASSERT_EQ(a.reviews.has_value(), b.reviews.has_value());
    if (a.reviews) {
        EXPECT_EQ(a.reviews->first, b.reviews->first);
        EXPECT_EQ(a.reviews->months, b.reviews->months);
        EXPECT_EQ(a.reviews->roll, b.reviews->roll);
    }
    ASSERT_EQ(a.indicators.size(), b.indicators.size());
    for (std::size_t i = 0; i < a.indicators.size(); ++i) {
        const Indicator& x = a.indicators[i];
        const Indicator& y = b.indicators[i];
        SCOPED_TRACE("indicator " + x.id);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.area, y.area);
        EXPECT_EQ(x.weight, y.weight);
        EXPECT_EQ(x.rule.method, y.rule.method);
        EXPECT_EQ(x.rule.threshold, y.rule.threshold);
        EXPECT_EQ(x.baseline, y.baseline);
        ASSERT_EQ(x.years.size(), y.years.size());
        for (std::size_t k = 0; k < x.years.size(); ++k) {
            SCOPED_TRACE("year " + std::to_string(a.years[k].year));
            EXPECT_EQ(x.years[k].target, y.years[k].target);
            EXPECT_EQ(x.years[k].actual, y.years[k].actual);
            EXPECT_EQ(x.years[k].evidence, y.years[k].evidence);
            EXPECT_EQ(x.years[k].waived, y.years[k].waived);
            EXPECT_EQ(x.years[k].score, y.years[k].score);
            EXPECT_EQ(x.years[k].status, y.years[k].status);
        }
    }
    ASSERT_EQ(a.tranches.size(), b.tranches.size());
    for (std::size_t i = 0; i < a.tranches.size(); ++i) {
        const Tranche& x = a.tranches[i];
        const Tranche& y = b.tranches[i];
        SCOPED_TRACE("tranche " + std::to_string(x.year) + " " + std::string(keyword(x.type)));
        EXPECT_EQ(x.year, y.year);
        EXPECT_EQ(x.type, y.type);
        EXPECT_EQ(x.ceiling, y.ceiling);
        EXPECT_EQ(x.generalConditions, y.generalConditions);
        EXPECT_EQ(x.gatingMilestones, y.gatingMilestones);
        EXPECT_EQ(x.eligible, y.eligible);
        EXPECT_EQ(x.rule, y.rule);
        EXPECT_EQ(x.computed, y.computed);
        EXPECT_EQ(x.transferred, y.transferred);
        EXPECT_EQ(x.disbursed, y.disbursed);
        EXPECT_EQ(x.disbursedOn, y.disbursedOn);
        EXPECT_EQ(x.requestDeadline, y.requestDeadline);
    }
    ASSERT_EQ(a.milestones.size(), b.milestones.size());
    for (std::size_t i = 0; i < a.milestones.size(); ++i) {
        const TrackerMilestone& x = a.milestones[i];
        const TrackerMilestone& y = b.milestones[i];
        SCOPED_TRACE("milestone " + x.id);
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.indicatorId, y.indicatorId);
        EXPECT_EQ(x.trancheYear, y.trancheYear);
        EXPECT_EQ(x.dates.due, y.dates.due);
        EXPECT_EQ(x.dates.done, y.dates.done);
    }
}

void expectSameHeader(const IatiHeader& a, const IatiHeader& b) {
    EXPECT_EQ(a.identifier, b.identifier);
    EXPECT_EQ(a.reportingOrgRef, b.reportingOrgRef);
    EXPECT_EQ(a.reportingOrgType, b.reportingOrgType);
    EXPECT_EQ(a.language, b.language);
    EXPECT_EQ(a.currency, b.currency);
    EXPECT_EQ(a.activityStatus, b.activityStatus);
    EXPECT_EQ(a.aidType, b.aidType);
    EXPECT_EQ(a.recipientCountry, b.recipientCountry);
    EXPECT_EQ(a.fiscalYearStartMonth, b.fiscalYearStartMonth);
    EXPECT_EQ(a.resultType, b.resultType);
}

// Narratives as read back: the activity's language comes back as "".
Narratives withActivityLanguage(Narratives list, const std::string& language) {
    for (auto& n : list)
        if (n.lang == language) n.lang.clear();
    return list;
}

} // namespace

// --- Schema validation -------------------------------------------------------------

TEST(IatiSchema, TheSchemaAndXmllintAreThere) {
    EXPECT_TRUE(std::filesystem::exists(schemaPath()))
        << "the IATI 2.03 schema is missing: expected " << schemaPath()
        << " (tests/data/iati-2.03, see its README)";
    EXPECT_EQ(std::system("command -v xmllint >/dev/null 2>&1"), 0)
        << "xmllint is not installed: install libxml2-utils (scripts/setup)";
}

TEST(IatiSchema, TheMaliExportValidates) {
    EXPECT_TRUE(validatesAgainstIati(exportIati(maliModel(), maliHeader(), kWhen).xml, "mali"));
}

TEST(IatiSchema, TheEveryFeatureExportValidates) {
    const auto result = exportIati(modelOf(everyFeatureTables()), maliHeader(), kWhen);
    EXPECT_TRUE(validatesAgainstIati(result.xml, "every-feature"));
    EXPECT_EQ(result.warnings.size(), 3u); // undated payment, two evidences that are not links
}

TEST(IatiSchema, AFrenchSectorSupportExportWithItsOwnHeaderValidates) {
    IatiHeader h = maliHeader();
    h.language = "fr";
    h.title = {{"fr", "Appui budgétaire sectoriel : santé"}};
    h.description = {{"fr", "Appui à la politique nationale de santé"}, {"en", "Health policy"}};
    h.aidType = AidType::SectorBudgetSupport;
    h.fiscalYearStartMonth = 7;
    h.baselineYear = 2016;
    h.plannedStart = day(2018, 2, 1);
    h.participatingOrgs = {{"XI-IATI-EC_INTPA", "40", "1", {{"fr", "Union européenne"}}},
                           {"", "10", "4", {{"fr", "Ministère de la Santé"}}}};
    h.generalConditions = {{{"fr", "Stabilité macroéconomique"}}};
    EXPECT_TRUE(validatesAgainstIati(exportIati(modelOf(everyFeatureTables()), h, kWhen).xml,
                                     "french-sector"));
}

// Decisions, conditions, bands, components and carried-in ceilings: all in
// condtrack's elements and foreign attributes where the schema allows them.
TEST(IatiSchema, ALayoutVersion2ExportValidates) {
    TrackerModel model = v2IatiModel();
    model.indicators[8].component = "health";
    model.tranches.push_back(v2Tranche(2019, TrancheType::Variable, 2'000'000.0, 500'000.0, 5));
    model.tranches.back().component = "health";
    model.tranches.back().disbursed = 1'000'000.0;
    model.tranches.back().disbursedOn = day(2020, 5, 4);
    EXPECT_TRUE(validatesAgainstIati(exportIati(model, maliHeader(), kWhen).xml, "layout-2"));
}

TEST(IatiSchema, TheValidatorCatchesAnInvalidFile) {
    // Guards against a validator that passes everything: no iati-identifier.
    std::string xml = exportIati(maliModel(), maliHeader(), kWhen).xml;
    const std::size_t from = xml.find("<iati-identifier>");
    const std::size_t to =
        xml.find("</iati-identifier>") + std::string("</iati-identifier>").size();
    xml.erase(from, to - from);
    const auto result = validatesAgainstIati(xml, "broken");
    EXPECT_FALSE(result);
    EXPECT_NE(std::string(result.message()).find("does not validate"), std::string::npos)
        << result.message();
}

TEST(IatiSchema, TheHandWrittenValidFilesValidate) {
    for (const char* name : {"other-publisher.xml", "minimal.xml", "latin1.xml",
                             "condtrack-edited.xml", "condtrack-v2-bands-suspended.xml"}) {
        SCOPED_TRACE(name);
        EXPECT_TRUE(validatesAgainstIati(readFile(dataPath(name)), name));
    }
}

// --- Round trips -------------------------------------------------------------------

TEST(IatiRoundTrip, TheMaliTrackerComesBackTheSame) {
    const TrackerModel model = maliModel();
    const IatiImport back = importIati(exportIati(model, maliHeader(), kWhen).xml);
    EXPECT_TRUE(back.fromCondtrack);
    EXPECT_TRUE(back.notes.empty()) << back.notes.front();
    expectSameTracker(model, back.model);
    expectSameHeader(maliHeader(), back.header);
    EXPECT_EQ(back.header.title, withActivityLanguage(maliHeader().title, "en"));
    EXPECT_EQ(back.header.reportingOrgName,
              withActivityLanguage(maliHeader().reportingOrgName, "en"));
}

TEST(IatiRoundTrip, TheEveryFeatureTrackerComesBackTheSame) {
    const TrackerModel model = modelOf(everyFeatureTables());
    const IatiImport back = importIati(exportIati(model, maliHeader(), kWhen).xml);
    EXPECT_TRUE(back.notes.empty()) << back.notes.front();
    expectSameTracker(model, back.model);
    // The ones that matter most, spelled out.
    const Indicator* ind04 = back.model.findIndicator("IND-04");
    EXPECT_EQ(ind04->years[0].evidence, "Rapport annuel 2018 : voir annexe [2] & p. 4, « DGI »");
    EXPECT_TRUE(back.model.findIndicator("IND-13")->years[0].waived);
    EXPECT_TRUE(back.model.findIndicator("IND-12")->years[1].waived);
    EXPECT_EQ(back.model.findIndicator("IND-01")->weight, 2.0);
    EXPECT_EQ(back.model.findIndicator("IND-09")->title, "");
    EXPECT_EQ(back.model.findIndicator("IND-08")->area, "");
    EXPECT_FALSE(back.model.findIndicator("IND-10")->baseline.has_value());
    EXPECT_FALSE(back.model.findIndicator("IND-03")->years[1].actual.has_value());
    EXPECT_EQ(back.model.findIndicator("IND-03")->years[1].evidence,
              "https://example.org/drafts/IND-03-2019");
    EXPECT_EQ(back.model.tranches[3].transferred, 1'076'923.08);
    EXPECT_EQ(back.model.tranches[2].disbursed, 36'000'000.0);
    EXPECT_FALSE(back.model.tranches[2].disbursedOn.has_value());
}

TEST(IatiRoundTrip, AFrenchTrackerOnAJulyFiscalYearComesBackTheSame) {
    IatiHeader h = maliHeader();
    h.language = "fr";
    h.title = {{"fr", "Contrat d'appui à la consolidation de l'État, Mali"}};
    h.fiscalYearStartMonth = 7;
    h.aidType = AidType::SectorBudgetSupport;
    const TrackerModel model = modelOf(everyFeatureTables());
    IatiImportOptions options;
    options.language = "fr";
    const IatiImport back = importIati(exportIati(model, h, kWhen).xml, options);
    expectSameTracker(model, back.model);
    expectSameHeader(h, back.header);
}

TEST(IatiRoundTrip, ExportImportExportGivesTheSameBytes) {
    const TrackerModel model = modelOf(everyFeatureTables());
    const std::string first = exportIati(model, maliHeader(), kWhen).xml;
    const IatiImport back = importIati(first);
    IatiHeader header = back.header;
    header.participatingOrgs.clear(); // the default one is written again from the reporting org
    header.plannedStart.reset();
    header.plannedEnd.reset();
    header.baselineYear = 0;
    header.description.clear();
    EXPECT_EQ(exportIati(back.model, header, kWhen).xml, first);
}

TEST(IatiRoundTrip, ReimportingTheExportChangesNothing) {
    const TrackerModel model = modelOf(everyFeatureTables());
    const IatiImport back = importIati(exportIati(model, maliHeader(), kWhen).xml);
    const ImportPreview preview = previewImport(model, back);
    EXPECT_FALSE(preview.changesAnything());
    for (const auto& c : preview.changes)
        EXPECT_EQ(c.action, ImportAction::Keep) << describe(c);
    EXPECT_GT(preview.count(ImportAction::Keep), 100u);
}
