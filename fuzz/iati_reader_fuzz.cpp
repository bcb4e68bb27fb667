// The IATI reader (iati_import.hpp) on random and mutated XML: the bytes are
// the file, so libFuzzer mutates the valid files of corpus/iati_reader/ (our
// exports, other publishers', Latin-1, minimal) and the broken ones. The
// options come from the size, to leave every byte to the file. For each
// activity the file lists: the import, the preview of importing it into an
// empty tracker and into itself, and the round trip. Checked: an imported
// model keeps the model's invariants (years ascending, one source per
// indicator and tranche, unique IDs); every change is counted and described;
// a file we export from what we imported reads back, with the same indicators.

#include "fuzz_input.hpp"
#include "targets.hpp"

#include "iati/export.hpp"
#include "iati/import.hpp"
#include "iati/import_plan.hpp"

#include <set>
#include <string>
#include <string_view>

namespace condtrack::fuzz {

namespace {

void checkPreview(const TrackerModel& current, const IatiImport& imported) {
    const ImportPreview preview = previewImport(current, imported);
    FUZZ_REQUIRE(preview.count(ImportAction::Add) + preview.count(ImportAction::Overwrite) +
                         preview.count(ImportAction::Keep) ==
                     preview.changes.size(),
                 "preview: changes miscounted");
    for (const auto& change : preview.changes)
        FUZZ_REQUIRE(!describe(change).empty(), "preview: a change without a description");
}

bool hasComponentTranche(const IatiImport& imported) {
    for (const auto& t : imported.model.tranches)
        if (!t.component.empty()) return true;
    return false;
}

// Imported into a new tracker sized for it, everything has a place, and
// every value written has its log row.
void checkNewTracker(const IatiImport& imported) {
    TrackerOptions options;
    try {
        options = newTrackerOptionsFor(imported, Language::English, 2026);
    } catch (const InvalidArgument&) {
        return; // more years than a tracker holds: refused, with the span
    }
    const TrackerTables tables = plannedTrackerTables(newTrackerPlan(options));
    const ReadResult fresh = readTracker(tables, Date(1899, 12, 30));
    FUZZ_REQUIRE(fresh.ok(), "new tracker: the planned tracker does not read");
    const ImportPlan plan = planImport(*fresh.model, tables, imported,
                                       {"fuzz", "2026-01-01T00:00:00Z", Date(2026, 1, 1)}, "fuzz");
    // A version 2 tracker has a place for everything a file says, the gates
    // of a version 1 file included (verdicts, tranche years, decisions):
    // nothing may be left out, but for what New tracker's plan has no room
    // for: a tranche of a component (one variable tranche a year) and more
    // bands than its bands table holds.
    for (const auto& item : plan.skipped)
        FUZZ_REQUIRE(
            (hasComponentTranche(imported) &&
             item.find("the Tranches table has no row for it") != std::string::npos) ||
                (imported.model.bands.size() > std::size_t(layout::v2::kBandRows) &&
                 item.find("no run of empty rows left for its bands") != std::string::npos),
            "new tracker: not imported: " + item);
    FUZZ_REQUIRE(plan.plan.writes.size() == plan.plan.log.size(),
                 "new tracker: a write without its log row");
    FUZZ_REQUIRE(plan.added + plan.overwritten == plan.written.size(),
                 "new tracker: changes miscounted");
}

void checkImport(const IatiImport& imported) {
    const TrackerModel& model = imported.model;
    for (std::size_t i = 1; i < model.years.size(); ++i)
        FUZZ_REQUIRE(model.years[i - 1].year < model.years[i].year,
                     "import: years not ascending and unique");
    FUZZ_REQUIRE(imported.indicatorSources.size() == model.indicators.size(),
                 "import: not one source per indicator");
    FUZZ_REQUIRE(imported.trancheSources.size() == model.tranches.size(),
                 "import: not one source per tranche");
    std::set<std::string> ids;
    for (const auto& indicator : model.indicators) {
        FUZZ_REQUIRE(ids.insert(indicator.id).second,
                     "import: duplicate indicator ID " + indicator.id);
        FUZZ_REQUIRE(indicator.years.size() == model.years.size(),
                     "import: indicator years out of step");
    }
    checkPreview(TrackerModel{}, imported);
    checkPreview(model, imported);
    checkNewTracker(imported);

    // What we export from it reads back.
    IatiExport again;
    try {
        again = exportIati(model, imported.header, "2024-05-01T12:00:00Z");
    } catch (const InvalidArgument&) {
        return; // a header the export refuses (says which)
    }
    IatiImport back;
    try {
        back = importIati(again.xml);
    } catch (const InvalidArgument& e) {
        throw Violation(std::string("our own export does not read back: ") + e.what());
    }
    FUZZ_REQUIRE(back.model.indicators.size() == model.indicators.size(),
                 "round trip: indicators lost or added");
    for (std::size_t i = 0; i < model.indicators.size(); ++i)
        FUZZ_REQUIRE(back.model.indicators[i].id == model.indicators[i].id,
                     "round trip: indicator ID changed: " + model.indicators[i].id);
}

} // namespace

void iatiReader(const std::uint8_t* data, std::size_t size) {
    const std::string_view xml(reinterpret_cast<const char*>(data), size);
    IatiImportOptions options;
    static const char* const kLanguages[] = {"en", "fr", "es"};
    options.language = kLanguages[size % 3];
    if (size % 7 == 0) options.fiscalYearStartMonth = 1 + static_cast<int>(size % 12);
    try {
        const auto activities = listIatiActivities(xml, options.language, options.limits);
        std::size_t tried = 0;
        for (const auto& activity : activities) {
            if (++tried > 3) break;
            options.activityId = activity.identifier;
            try {
                checkImport(importIati(xml, options));
            } catch (const InvalidArgument& e) {
                FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
            }
        }
        options.activityId.clear();
        checkImport(importIati(xml, options));
    } catch (const InvalidArgument& e) {
        FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
    }
}

} // namespace condtrack::fuzz
