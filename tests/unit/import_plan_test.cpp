// Importing an IATI activity into a tracker: the cells written, the log row
// of each, what cannot be placed, and a new tracker made from a file that
// reads back as the tracker that was exported.

#include "iati_fixtures.hpp"
#include "tracker_builder.hpp"

#include "iati/import_plan.hpp"
#include "tracker/programme_header.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <utility>

using namespace condtrack;
using namespace condtrack::test;

namespace {

const Stamp kStamp{"Programme Officer", "2026-11-27T10:00:00Z", day(2026, 11, 27)};
const char* kReason = "IATI import of mali.xml";

// The export with an indicator's ID changed, in its reference and condtrack's extension.
std::string renamed(std::string xml, const std::string& from, const std::string& to) {
    xml = replaced(xml, "code=\"" + from + "\"", "code=\"" + to + "\"");
    return replaced(xml, "condtrack:indicator id=\"" + from + "\"",
                    "condtrack:indicator id=\"" + to + "\"");
}

std::string maliExport() {
    return exportIati(modelOf(maliTables()), maliHeader(), kWhen).xml;
}

const ImportChange* findWritten(const ImportPlan& plan, const std::string& key,
                                const std::string& field) {
    for (const auto& c : plan.written)
        if (c.key == key && c.field == field) return &c;
    return nullptr;
}

bool skips(const ImportPlan& plan, const std::string& text) {
    for (const auto& s : plan.skipped)
        if (s.find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST(ImportPlan, ReimportingTheTrackersOwnExportWritesNothing) {
    const TrackerTables tables = maliTables();
    const ImportPlan plan =
        planImport(modelOf(tables), tables, importIati(maliExport()), kStamp, kReason);
    EXPECT_FALSE(plan.changesAnything());
    EXPECT_TRUE(plan.plan.log.empty());
    EXPECT_TRUE(plan.skipped.empty());
    EXPECT_GT(plan.kept.size(), 100u);
}

// IND-13 (SIGRH): the file says 1 where the tracker says 0; one cell, one log row.
TEST(ImportPlan, AnOverwrittenValueIsOneCellAndOneLogRow) {
    const TrackerTables tables = maliTables();
    const TrackerModel model = modelOf(tables);
    const Indicator& sigrh = *model.findIndicator("IND-13");
    const std::string xml = maliExport();
    // The export writes IND-13's 2018 actual as <actual value="0">; make it 1.
    const auto at = xml.find("SIGRH");
    ASSERT_NE(at, std::string::npos);
    const auto actual = xml.find("<actual value=\"0\"", at);
    ASSERT_NE(actual, std::string::npos);
    std::string edited = xml;
    edited.replace(actual, std::string("<actual value=\"0\"").size(), "<actual value=\"1\"");

    const ImportPlan plan = planImport(model, tables, importIati(edited), kStamp, kReason);
    EXPECT_EQ(plan.overwritten, 1u);
    EXPECT_EQ(plan.added, 0u);
    ASSERT_EQ(plan.plan.writes.size(), 1u);
    const CellWrite& w = plan.plan.writes[0];
    EXPECT_EQ(w.sheet, "Indicators");
    EXPECT_EQ(w.row, sigrh.sheetRow);
    EXPECT_EQ(w.col, layout::kIndicatorFixedColumns + layout::Actual); // 2018's block
    EXPECT_EQ(w.value, Cell{1.0});
    ASSERT_EQ(plan.plan.log.size(), 1u);
    const LogEntry& e = plan.plan.log[0];
    EXPECT_EQ(e.indicator, "IND-13");
    EXPECT_EQ(e.year, 2018);
    EXPECT_EQ(e.field, "import actual");
    EXPECT_EQ(e.oldValue, "0");
    EXPECT_EQ(e.newValue, "1");
    EXPECT_EQ(e.reason, kReason);
    EXPECT_EQ(e.user, "Programme Officer");
}

TEST(ImportPlan, ANewIndicatorGoesIntoTheFirstEmptyRowWithItsId) {
    const TrackerTables tables = maliTables();
    const TrackerModel model = modelOf(tables);
    const std::string xml = renamed(maliExport(), "IND-13", "IND-14");
    const ImportPlan plan = planImport(model, tables, importIati(xml), kStamp, kReason);
    // maliTables' indicators end at sheet row 14 (0-based), two empty rows follow.
    const int firstFree = model.findIndicator("IND-13")->sheetRow + 1;
    bool idWritten = false;
    for (const auto& w : plan.plan.writes)
        if (w.col == 0 && w.value == Cell{std::string("IND-14")}) {
            idWritten = true;
            EXPECT_EQ(w.row, firstFree);
        }
    EXPECT_TRUE(idWritten);
    ASSERT_NE(findWritten(plan, "IND-14", "title"), nullptr);
    // Read back, the tracker has IND-14 with IND-13's values, and IND-13 untouched.
    const TrackerModel after = modelOf(withWrites(tables, plan.plan.writes));
    ASSERT_NE(after.findIndicator("IND-14"), nullptr);
    EXPECT_EQ(after.findIndicator("IND-14")->title, model.findIndicator("IND-13")->title);
    EXPECT_EQ(after.findIndicator("IND-14")->years[0].actual,
              model.findIndicator("IND-13")->years[0].actual);
    EXPECT_EQ(after.findIndicator("IND-13")->title, model.findIndicator("IND-13")->title);
    EXPECT_TRUE(plan.skipped.empty());
}

TEST(ImportPlan, NewIndicatorsWithoutAnEmptyRowAreNotImportedAndSaySo) {
    const TrackerTables tables = maliTables();
    std::string xml = maliExport();
    for (const char* id : {"IND-11", "IND-12", "IND-13"})
        xml = renamed(xml, id, std::string("NEW-") + id);
    const ImportPlan plan = planImport(modelOf(tables), tables, importIati(xml), kStamp, kReason);
    // Two empty rows: NEW-IND-11 and NEW-IND-12 go in, NEW-IND-13 does not.
    EXPECT_NE(findWritten(plan, "NEW-IND-12", "title"), nullptr);
    EXPECT_EQ(findWritten(plan, "NEW-IND-13", "title"), nullptr);
    EXPECT_TRUE(skips(plan, "NEW-IND-13: no empty row left in the Indicators table"));
}

TEST(ImportPlan, YearsTheTrackerDoesNotHaveAreNotImportedAndSaySo) {
    const TrackerTables three = maliTables({2018, 2019, 2020});
    const std::string xml = exportIati(modelOf(three), maliHeader(), kWhen).xml;
    const TrackerTables two = maliTables({2018, 2019});
    const ImportPlan plan = planImport(modelOf(two), two, importIati(xml), kStamp, kReason);
    EXPECT_TRUE(skips(plan, "year 2020: not in the tracker"));
    EXPECT_TRUE(skips(plan, "IND-01: the tracker has no year 2020"));
    for (const auto& w : plan.plan.writes)
        EXPECT_LT(w.col, 7 + 6 * 2) << "a write beyond 2019's block";
    const std::string text = previewText(plan, Language::English);
    EXPECT_NE(text.find("not imported: year 2020: not in the tracker"), std::string::npos);
}

TEST(ImportPlan, AnotherPublishersFileAddsWhatItSaysAndLeavesTheRestAlone) {
    const TrackerTables tables = maliTables();
    const TrackerModel model = modelOf(tables);
    IatiImportOptions options;
    options.activityId = "XI-IATI-EXAMPLE-BS-001";
    const IatiImport other = importIati(iatiData("other-publisher.xml"), options);
    const ImportPlan plan = planImport(model, tables, other, kStamp, kReason);
    // PFM-1 and AUD-Q fill the two empty rows; HLT-7 finds no room.
    EXPECT_NE(findWritten(plan, "PFM-1", "weight"), nullptr);
    EXPECT_NE(findWritten(plan, "AUD-Q", "title"), nullptr);
    EXPECT_EQ(findWritten(plan, "HLT-7", "title"), nullptr);
    EXPECT_TRUE(skips(plan, "HLT-7: no empty row left in the Indicators table (6 values)"));
    // Its second indicator has no reference: the reader calls it IND-02, as the
    // tracker calls one of its own. The preview shows the clash, old -> new.
    const ImportChange* clash = findWritten(plan, "IND-02", "title");
    ASSERT_NE(clash, nullptr);
    EXPECT_EQ(clash->action, ImportAction::Overwrite);
    // Without condtrack's extension, nothing is said about the weights of the
    // tracker's own indicators, its milestones or its review states: kept.
    for (const auto& c : plan.written) {
        EXPECT_FALSE(model.findIndicator(c.key) && c.field == "weight") << describe(c);
        EXPECT_NE(c.item, ImportItem::Milestone) << describe(c);
        EXPECT_NE(c.field, "state") << describe(c);
    }
    // Its tranche ceilings for the tracker's years are written.
    bool ceiling = false;
    for (const auto& c : plan.written)
        ceiling = ceiling || (c.item == ImportItem::Tranche && c.field == "ceiling");
    EXPECT_TRUE(ceiling);
    EXPECT_EQ(plan.plan.log.size(), plan.plan.writes.size());
    // What it writes reads back as a tracker.
    EXPECT_NO_THROW(modelOf(withWrites(tables, plan.plan.writes)));
}

TEST(ImportPlan, EveryWriteHasItsLogRowAndNothingIsBlanked) {
    const TrackerTables tables = maliTables();
    std::string xml = renamed(maliExport(), "IND-13", "IND-14");
    const ImportPlan plan = planImport(modelOf(tables), tables, importIati(xml), kStamp, kReason);
    ASSERT_EQ(plan.plan.log.size(), plan.plan.writes.size());
    for (const auto& w : plan.plan.writes)
        EXPECT_FALSE(isBlank(w.value)) << w.sheet << " " << w.row << " " << w.col;
    for (const auto& e : plan.plan.log)
        EXPECT_EQ(e.field.rfind("import ", 0), 0u) << e.field;
}

// A new workbook made from the Mali export: New tracker's plan (layout
// version 2) sized by newTrackerOptionsFor, then the import's writes, read
// back. Nothing is left out: version 2 keeps the gates on the Conditions and
// Milestones sheets, and records a waiver as a decision under its tranche's
// waiver rule, awaiting its approval date.
TEST(ImportPlan, ANewTrackerFromTheExportReadsBackAsTheTrackerExported) {
    const TrackerModel original = modelOf(maliTables());
    const IatiImport imported = importIati(exportIati(original, maliHeader(), kWhen).xml);
    const TrackerOptions options = newTrackerOptionsFor(imported, Language::English, 2026);
    EXPECT_EQ(options.firstYear, 2018);
    EXPECT_EQ(options.years, 2);
    EXPECT_EQ(options.indicators, 13);
    EXPECT_FALSE(options.numberedIndicators);
    const WorkbookPlan plan = newTrackerPlan(options);
    const TrackerTables empty = plannedTrackerTables(plan);
    const TrackerModel fresh = modelOf(empty);
    EXPECT_TRUE(fresh.indicators.empty()); // unnumbered rows read as empty

    const ImportPlan planned = planImport(fresh, empty, imported, kStamp, kReason);
    for (const auto& line : planned.skipped)
        ADD_FAILURE() << "not imported: " << line;
    // The new tracker's ceilings are blank, not 0: the file's are additions.
    for (const auto& c : planned.written)
        EXPECT_FALSE(c.field == "ceiling" && c.action == ImportAction::Overwrite) << describe(c);
    const TrackerModel back = modelOf(withWrites(empty, planned.plan.writes));

    ASSERT_EQ(back.indicators.size(), original.indicators.size());
    for (std::size_t i = 0; i < original.indicators.size(); ++i) {
        const Indicator& a = original.indicators[i];
        const Indicator& b = back.indicators[i];
        EXPECT_EQ(b.id, a.id);
        EXPECT_EQ(b.title, a.title);
        EXPECT_EQ(b.area, a.area);
        EXPECT_EQ(b.weight, a.weight);
        EXPECT_EQ(b.rule.method, a.rule.method);
        EXPECT_EQ(b.rule.threshold, a.rule.threshold);
        EXPECT_EQ(b.baseline, a.baseline);
        ASSERT_EQ(b.years.size(), a.years.size());
        for (std::size_t k = 0; k < a.years.size(); ++k) {
            EXPECT_EQ(b.years[k].target, a.years[k].target) << a.id;
            EXPECT_EQ(b.years[k].actual, a.years[k].actual) << a.id;
            EXPECT_EQ(b.years[k].evidence, a.years[k].evidence) << a.id;
            EXPECT_EQ(b.years[k].decision.decision, a.years[k].decision.decision) << a.id;
            EXPECT_FALSE(b.years[k].decision.approved) << a.id;
        }
    }
    for (const auto& t : original.tranches) {
        const Tranche* u = nullptr;
        for (const auto& c : back.tranches)
            if (c.year == t.year && c.type == t.type) u = &c;
        ASSERT_NE(u, nullptr) << t.year;
        EXPECT_EQ(u->baseCeiling, t.ceiling);
        EXPECT_EQ(u->disbursed, t.disbursed);
        EXPECT_EQ(u->disbursedOn, t.disbursedOn);
    }
    ASSERT_EQ(back.milestones.size(), original.milestones.size());
    for (std::size_t i = 0; i < original.milestones.size(); ++i) {
        EXPECT_EQ(back.milestones[i].id, original.milestones[i].id);
        EXPECT_EQ(back.milestones[i].dates.due, original.milestones[i].dates.due);
        EXPECT_EQ(back.milestones[i].dates.done, original.milestones[i].dates.done);
    }
    ASSERT_EQ(back.years.size(), original.years.size());
    EXPECT_EQ(back.years[0].closed, original.years[0].closed);
    EXPECT_EQ(back.years[0].notes, original.years[0].notes);
    ASSERT_TRUE(back.reviews && original.reviews);
    EXPECT_EQ(back.reviews->first, original.reviews->first);
}

// The Mali tracker (version 1) says its 2018 general conditions were met on
// its tranches: into a version 2 tracker, each general condition (GC-1..GC-4)
// is met in 2018, and 2019 (blank there) has no verdict.
TEST(ImportPlan, AVersion1FilesGeneralConditionsBecomeVerdictsOfEachGeneralCondition) {
    const IatiImport imported = importIati(maliExport());
    const TrackerTables empty = plannedTrackerTables(
        newTrackerPlan(newTrackerOptionsFor(imported, Language::English, 2026)));
    const ImportPlan planned = planImport(modelOf(empty), empty, imported, kStamp, kReason);
    const TrackerModel back = modelOf(withWrites(empty, planned.plan.writes));
    int general = 0;
    for (const auto& c : back.conditions) {
        if (c.kind != ConditionKind::General) continue;
        ++general;
        EXPECT_EQ(c.years[0].verdict, Verdict::Met) << c.id;
        EXPECT_FALSE(c.years[1].verdict.has_value()) << c.id;
    }
    EXPECT_EQ(general, 4);
}

// M-01 gates the 2018 variable tranche in version 1; in version 2 its tranche
// year says so (the Mali tracker has it already: 2018; the file's own is kept).
// A gating milestone without tranche year gets its tranche's year.
TEST(ImportPlan, AVersion1FilesGatingMilestoneGetsItsTranchesYear) {
    const std::string xml = replaced(maliExport(), "tranche-year=\"2018\" due=", "due=");
    const IatiImport imported = importIati(xml);
    ASSERT_FALSE(imported.model.findMilestone("M-01")->trancheYear.has_value());
    const TrackerTables empty = plannedTrackerTables(
        newTrackerPlan(newTrackerOptionsFor(imported, Language::English, 2026)));
    const ImportPlan planned = planImport(modelOf(empty), empty, imported, kStamp, kReason);
    EXPECT_TRUE(planned.skipped.empty());
    const TrackerModel back = modelOf(withWrites(empty, planned.plan.writes));
    EXPECT_EQ(back.findMilestone("M-01")->trancheYear, 2018);
}

// A file whose milestone M-05 is linked to IND-99, an indicator neither the
// file nor the tracker has: written, the tracker would not read.
TEST(ImportPlan, APlanTheReaderWouldRefuseSaysWhy) {
    const TrackerTables tables = maliTables();
    const std::string xml = replaced(
        maliExport(), "title=\"Q1 2019 budget execution report published\" indicator=\"IND-03\"",
        "title=\"Q1 2019 budget execution report published\" indicator=\"IND-99\"");
    const ImportPlan plan = planImport(modelOf(tables), tables, importIati(xml), kStamp, kReason);
    ASSERT_FALSE(plan.problems.empty());
    EXPECT_NE(problemText(plan.problems[0]).find("IND-99"), std::string::npos)
        << problemText(plan.problems[0]);
}

TEST(ImportPlan, ANewTrackerSpansTheFilesYearsWithinThirty) {
    IatiImport imported;
    for (int y : {2018, 2020})
        imported.model.years.push_back({y, {}, false, {}, "", 0});
    const TrackerOptions options = newTrackerOptionsFor(imported, Language::French, 2026);
    EXPECT_EQ(options.years, 3); // 2019 gets an empty block
    EXPECT_EQ(options.indicators, 1);
    imported.model.years.push_back({2060, {}, false, {}, "", 0});
    EXPECT_THROW(newTrackerOptionsFor(imported, Language::English, 2026), InvalidArgument);
    // No year at all: this year.
    EXPECT_EQ(newTrackerOptionsFor(IatiImport{}, Language::English, 2026).firstYear, 2026);
}

TEST(ImportPlan, TheHeaderWrittenToTheProgrammeSheetReadsBack) {
    const IatiImport imported = importIati(maliExport());
    TrackerOptions options;
    const WorkbookPlan plan = newTrackerPlan(options);
    RangeTable header;
    for (const auto& name : plan.names)
        if (name.name == "CondTrack_Header") {
            header.sheet = plan.sheets.at(std::size_t(name.sheet)).name;
            header.firstRow = name.firstRow;
            header.firstCol = name.firstCol;
            header.cells = CellGrid(Shape{std::size_t(name.lastRow - name.firstRow + 1), 2});
        }
    for (const auto& w : headerWrites(header, imported.header)) {
        ASSERT_EQ(w.sheet, header.sheet);
        header.cells[std::size_t(w.row - header.firstRow) * header.cells.shape().cols +
                     std::size_t(w.col - header.firstCol)] = w.value;
    }
    const IatiHeader back = iatiHeaderFrom(header);
    EXPECT_EQ(back.identifier, "XI-IATI-EC_INTPA-ML-SBC-2018");
    EXPECT_EQ(back.reportingOrgRef, "XI-IATI-EC_INTPA");
    EXPECT_EQ(back.reportingOrgType, "40");
    ASSERT_EQ(back.title.size(), 2u);
    EXPECT_EQ(back.title[0].text, "State Building Contract, Mali");
    EXPECT_EQ(back.title[1].text, "Contrat d'appui à la consolidation de l'État, Mali");
    EXPECT_EQ(back.recipientCountry, "ML");
    EXPECT_EQ(back.currency, "EUR");
    EXPECT_EQ(back.aidType, AidType::GeneralBudgetSupport);
}

TEST(ImportPlan, ThePreviewTextCountsAndListsInTheUsersLanguage) {
    const TrackerTables tables = maliTables();
    const std::string xml = renamed(maliExport(), "IND-13", "IND-14");
    const ImportPlan plan = planImport(modelOf(tables), tables, importIati(xml), kStamp, kReason);
    const std::string en = previewText(plan, Language::English);
    ASSERT_GT(plan.added, 1u);
    EXPECT_EQ(en.rfind(std::to_string(plan.added) + " values added, 0 overwritten", 0), 0u) << en;
    EXPECT_NE(en.find("add IND-14 title: "), std::string::npos);
    EXPECT_NE(en.find("keep IND-13 (not in the file)"), std::string::npos);
    const std::string fr = previewText(plan, Language::French);
    EXPECT_NE(fr.find("valeurs ajoutées"), std::string::npos) << fr;
    const std::string pt = previewText(plan, Language::Portuguese);
    EXPECT_EQ(pt.rfind(std::to_string(plan.added) + " valores acrescentados, 0 substituídos", 0),
              0u)
        << pt;
    const std::string cut = previewText(plan, Language::English, 3);
    EXPECT_NE(cut.find("… and "), std::string::npos);
}

namespace {

// The Programme sheet's header range of a new tracker, holding `header`.
RangeTable headerTableOf(const IatiHeader& header) {
    const WorkbookPlan plan = newTrackerPlan(TrackerOptions{});
    RangeTable table;
    for (const auto& name : plan.names)
        if (name.name == "CondTrack_Header") {
            table.sheet = plan.sheets.at(std::size_t(name.sheet)).name;
            table.firstRow = name.firstRow;
            table.firstCol = name.firstCol;
            table.cells = CellGrid(Shape{std::size_t(name.lastRow - name.firstRow + 1), 2});
        }
    for (const auto& w : headerWrites(table, header))
        table.cells[std::size_t(w.row - table.firstRow) * table.cells.shape().cols +
                    std::size_t(w.col - table.firstCol)] = w.value;
    return table;
}

// The Mali export under another activity's identifier: the same indicators,
// so nothing in the changes themselves would tell.
std::string otherProgrammeExport() {
    return replaced(maliExport(), "<iati-identifier>XI-IATI-EC_INTPA-ML-SBC-2018<",
                    "<iati-identifier>XX-OTHER-PROGRAMME-9<");
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(ImportActivity, AFileOfAnotherActivityIsWarnedWithBothIdentifiers) {
    TrackerTables tables = maliTables();
    tables.header = headerTableOf(maliHeader());
    const IatiImport imported = importIati(otherProgrammeExport());
    ASSERT_EQ(imported.header.identifier, "XX-OTHER-PROGRAMME-9");
    const ActivityCheck check = checkActivity(modelOf(tables), tables, imported, Language::English);
    EXPECT_TRUE(check.otherActivity());
    const std::string en = activityText(check, Language::English);
    EXPECT_EQ(en.rfind("File: XX-OTHER-PROGRAMME-9, ", 0), 0u) << en;
    EXPECT_TRUE(has(en, "\nThis tracker: XI-IATI-EC_INTPA-ML-SBC-2018, ")) << en;
    EXPECT_TRUE(has(en, "\nWarning: the file is of activity XX-OTHER-PROGRAMME-9, but this "
                        "tracker is of activity XI-IATI-EC_INTPA-ML-SBC-2018."))
        << en;
    const std::string fr = activityText(check, Language::French);
    EXPECT_TRUE(has(fr, "Attention\u202f: le fichier porte sur l'activité XX-OTHER-PROGRAMME-9"))
        << fr;
    EXPECT_TRUE(has(activityText(check, Language::Portuguese),
                    "Atenção: o ficheiro é da atividade XX-OTHER-PROGRAMME-9"));
}

TEST(ImportActivity, TheTrackersOwnActivityIsNoWarning) {
    TrackerTables tables = maliTables();
    IatiHeader header = maliHeader();
    header.identifier = "  XI-IATI-EC_INTPA-ML-SBC-2018 "; // spaces typed around it
    tables.header = headerTableOf(header);
    const ActivityCheck check =
        checkActivity(modelOf(tables), tables, importIati(maliExport()), Language::English);
    EXPECT_FALSE(check.otherActivity());
    EXPECT_FALSE(has(activityText(check, Language::English), "Warning"));
    EXPECT_EQ(otherActivityWarning(check, Language::English), "");
}

// A tracker without a programme header says nothing of its activity: no
// evidence of another one, and no tracker line.
TEST(ImportActivity, ATrackerWithoutHeaderCannotBeOfAnotherActivity) {
    const TrackerTables tables = maliTables();
    const ActivityCheck check = checkActivity(
        modelOf(tables), tables, importIati(otherProgrammeExport()), Language::English);
    EXPECT_FALSE(check.tracker.has_value());
    EXPECT_FALSE(check.otherActivity());
    EXPECT_FALSE(has(activityText(check, Language::English), "This tracker"));
}

// The file's identifier, title, reporting organisation, currency and years,
// then the tracker's.
TEST(ImportActivity, TheOutlineSaysIdentifierTitleOrganisationCurrencyAndYears) {
    TrackerTables tables = maliTables();
    tables.header = headerTableOf(maliHeader());
    const TrackerModel model = modelOf(tables);
    const ActivityCheck check =
        checkActivity(model, tables, importIati(otherProgrammeExport()), Language::English);
    const std::string years =
        std::to_string(model.years.front().year) + "–" + std::to_string(model.years.back().year);
    EXPECT_EQ(activityText(check, Language::English),
              "File: XX-OTHER-PROGRAMME-9, State Building Contract, Mali, reported by European "
              "Commission, EUR, " +
                  years +
                  "\nThis tracker: XI-IATI-EC_INTPA-ML-SBC-2018, State Building Contract, Mali, "
                  "reported by European Commission, EUR, " +
                  years +
                  "\nWarning: the file is of activity XX-OTHER-PROGRAMME-9, but this tracker is "
                  "of activity XI-IATI-EC_INTPA-ML-SBC-2018. Importing writes one activity's "
                  "values into the tracker of another.");
    IatiImportOptions inFrench;
    inFrench.language = "fr";
    const std::string fr =
        activityText(checkActivity(model, tables, importIati(otherProgrammeExport(), inFrench),
                                   Language::French),
                     Language::French);
    EXPECT_TRUE(has(fr, "Fichier\u202f: XX-OTHER-PROGRAMME-9, Contrat d'appui")) << fr;
    EXPECT_TRUE(has(fr, "\nCe suivi\u202f: XI-IATI-EC_INTPA-ML-SBC-2018, Contrat d'appui")) << fr;
    EXPECT_TRUE(has(fr, "déclarée par Commission européenne")) << fr;
}

// IATI's own example: EUR 3,000 twice in a USD activity never becomes a
// 6,000 ceiling; each is listed as not imported, with its line.
TEST(ImportPlan, AValueInAnotherCurrencyIsListedAsNotImported) {
    const TrackerTables tables = maliTables();
    const ImportPlan plan = planImport(modelOf(tables), tables,
                                       importIati(iatiData("two-currencies.xml")), kStamp, kReason);
    const std::string text = previewText(plan, Language::English);
    EXPECT_NE(text.find("\nnot imported: EUR 3,000 at line 9 (<transaction>): the tracker is in "
                        "USD"),
              std::string::npos)
        << text;
    EXPECT_EQ(
        std::count_if(plan.skipped.begin(), plan.skipped.end(),
                      [](const std::string& s) { return s.rfind("EUR 3,000 at line ", 0) == 0; }),
        3);
}
