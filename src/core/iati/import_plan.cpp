#include "iati/import_plan.hpp"

#include "functions/arguments.hpp"
#include "rules/errors.hpp"
#include "text/strings.hpp"
#include "tracker/condition_entry.hpp"
#include "tracker/programme_header.hpp"
#include "tracker/template.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace condtrack {

namespace {

// Columns of each table, from its first column.
namespace indicator_col = layout::indicator_col;
namespace tranche_col = layout::tranche_col;
namespace milestone_col = layout::milestone_col;
namespace year_col = layout::year_col;
namespace review_col = layout::review_col;
namespace v2 = layout::v2;

// A free row: inside the table, below its headers, used by no item the
// reader found (the reader skips empty rows and refuses half-filled ones, so
// a row no item uses is empty).
std::vector<int> freeRows(const std::optional<RangeTable>& table, int headerRows,
                          const std::set<int>& used) {
    std::vector<int> rows;
    if (!table) return rows;
    const int count = static_cast<int>(table->cells.shape().rows);
    for (int r = headerRows; r < count; ++r)
        if (used.count(table->firstRow + r) == 0) rows.push_back(table->firstRow + r);
    return rows;
}

class Planner {
  public:
    Planner(const TrackerModel& current, const TrackerTables& tables, const IatiImport& imported,
            const Stamp& stamp, const std::string& reason, Date nullDate)
        : cur_(current), tables_(tables), imp_(imported), stamp_(stamp), reason_(reason),
          nullDate_(nullDate) {}

    ImportPlan run() {
        out_.preview = previewImport(cur_, imp_);
        findFreeRows();
        for (auto change : out_.preview.changes) {
            if (blankCeiling(change)) {
                change.action = ImportAction::Add;
                change.before = {};
            }
            if (change.action == ImportAction::Keep) {
                out_.kept.push_back(change);
                continue;
            }
            if (const std::string why = place(change); !why.empty()) {
                skip(change, why);
                continue;
            }
            out_.written.push_back(change);
            ++(change.action == ImportAction::Add ? out_.added : out_.overwritten);
        }
        finishSkipped();
        return std::move(out_);
    }

  private:
    // The model reads a blank ceiling as 0: the file's ceiling for it is an
    // addition, not an overwrite of 0.
    bool blankCeiling(const ImportChange& change) const {
        if (change.item != ImportItem::Tranche || change.field != "ceiling" ||
            change.action != ImportAction::Overwrite || !tables_.tranches)
            return false;
        const auto* before = std::get_if<double>(&change.before);
        if (before == nullptr || *before != 0.0) return false;
        for (const auto& t : cur_.tranches) {
            if (trancheLabel(t) != change.key) continue;
            const RangeTable& table = *tables_.tranches;
            const int r = t.sheetRow - table.firstRow;
            const int c = cur_.tranchesAt.firstCol + ceilingColumn() - table.firstCol;
            if (r < 0 || c < 0 || r >= int(table.cells.shape().rows) ||
                c >= int(table.cells.shape().cols))
                return false;
            return condtrack::isBlank(table.cells.at(std::size_t(r), std::size_t(c)));
        }
        return false;
    }

    // The columns an import writes differ by layout version: version 2 has a
    // weight per year, decisions instead of waivers, a base ceiling typed and
    // the ceiling computed, and gates on the Conditions sheet.
    bool version2() const { return cur_.layoutVersion >= v2::kVersion; }
    int ceilingColumn() const {
        return version2() ? int(v2::tranche_col::BaseCeiling) : int(tranche_col::Ceiling);
    }

    // Writes `change` where it belongs; "" when written, else why not.
    std::string place(const ImportChange& change) {
        switch (change.item) {
        case ImportItem::Year: return placeYear(change);
        case ImportItem::Reviews: return placeReviews(change);
        case ImportItem::Indicator: return placeIndicator(change);
        case ImportItem::Tranche: return placeTranche(change);
        case ImportItem::Milestone: return placeMilestone(change);
        case ImportItem::Condition: return placeCondition(change);
        case ImportItem::Band: return placeBand(change);
        case ImportItem::Programme: return placeProgramme(change);
        }
        return "unknown item";
    }

    static constexpr const char* kNeedsVersion2 =
        "this tracker is layout version 1, which has no place for it (Upgrade tracker first)";

    std::string placeYear(const ImportChange& change) {
        const auto at = change.year ? cur_.yearIndex(*change.year) : std::nullopt;
        if (!at) return "not in the tracker";
        static const std::map<std::string, int> cols{{"review date", year_col::ReviewDate},
                                                     {"state", year_col::State},
                                                     {"closed on", year_col::ClosedOn},
                                                     {"notes", year_col::Notes}};
        const auto col = cols.find(change.field);
        if (col == cols.end()) return "not a field of the Reviews table";
        const TrackerYear& y = cur_.years[*at];
        write(cur_.yearsAt.sheet, y.sheetRow, cur_.yearsAt.firstCol + col->second, change, "",
              y.year);
        return {};
    }

    std::string placeReviews(const ImportChange& change) {
        if (!tables_.reviews ||
            tables_.reviews->cells.shape().rows <= std::size_t(layout::kReviewSettingsRow))
            return "the tracker has no review settings row";
        static const std::map<std::string, int> cols{{"first review", review_col::FirstReview},
                                                     {"months", review_col::Months},
                                                     {"roll", review_col::Roll}};
        const auto col = cols.find(change.field);
        if (col == cols.end()) return "not a review setting";
        write(tables_.reviews->sheet, tables_.reviews->firstRow + layout::kReviewSettingsRow,
              tables_.reviews->firstCol + col->second, change, "", 0);
        return {};
    }

    std::string placeIndicator(const ImportChange& change) {
        const Indicator* known = cur_.findIndicator(change.key);
        const auto found =
            rowFor(change, known ? std::optional<int>(known->sheetRow) : std::nullopt,
                   newIndicators_, cur_.indicatorsAt);
        if (!found) return "no empty row left in the Indicators table";
        const int row = *found;
        const int base = cur_.indicatorsAt.firstCol;
        if (change.year) {
            const auto at = cur_.yearIndex(*change.year);
            if (!at) return "the tracker has no year " + std::to_string(*change.year);
            static const std::map<std::string, int> cols{{"target", layout::Target},
                                                         {"actual", layout::Actual},
                                                         {"evidence", layout::Evidence},
                                                         {"waived", layout::Waived}};
            // A waiver becomes a decision, which applies once approved.
            static const std::map<std::string, int> cols2{{"target", v2::Target},
                                                          {"actual", v2::Actual},
                                                          {"evidence", v2::Evidence},
                                                          {"waived", v2::Decision},
                                                          {"weight", v2::Weight},
                                                          {"decision", v2::Decision},
                                                          {"requested on", v2::RequestedOn},
                                                          {"approved on", v2::ApprovedOn},
                                                          {"approval ref", v2::ApprovalRef}};
            const auto& fields = version2() ? cols2 : cols;
            const auto col = fields.find(change.field);
            if (col == fields.end())
                return cols2.count(change.field) != 0 ? kNeedsVersion2
                                                      : "not a field of a year block";
            const int block = version2() ? v2::yearBlockStart(static_cast<int>(*at))
                                         : layout::yearBlockStart(static_cast<int>(*at));
            write(cur_.indicatorsAt.sheet, row, base + block + col->second, change, change.key,
                  *change.year);
            return {};
        }
        static const std::map<std::string, int> cols{
            {"title", indicator_col::Title},         {"area", indicator_col::Area},
            {"weight", indicator_col::Weight},       {"method", indicator_col::Method},
            {"threshold", indicator_col::Threshold}, {"baseline", indicator_col::Baseline}};
        const bool component = change.field == "component";
        if (component && !version2()) return kNeedsVersion2;
        const auto col = cols.find(change.field);
        if (col == cols.end() && !component) return "not a field of the Indicators table";
        // Version 2: the weight is the first year's; later years repeat it.
        const int column = component ? int(v2::indicator_col::Component)
                           : version2() && change.field == "weight"
                               ? v2::yearBlockStart(0) + v2::Weight
                               : col->second;
        write(cur_.indicatorsAt.sheet, row, base + column, change, change.key, 0);
        return {};
    }

    std::string placeTranche(const ImportChange& change) {
        const Tranche* c = nullptr;
        for (const auto& t : cur_.tranches)
            if (trancheLabel(t) == change.key) c = &t;
        if (c == nullptr)
            return change.year && cur_.yearIndex(*change.year)
                       ? "the Tranches table has no row for it"
                       : "the tracker has no year " +
                             (change.year ? std::to_string(*change.year) : std::string("?"));
        static const std::map<std::string, int> cols{{"ceiling", tranche_col::Ceiling},
                                                     {"general conditions", tranche_col::General},
                                                     {"gating milestones", tranche_col::Gating},
                                                     {"waiver rule", tranche_col::Rule},
                                                     {"disbursed", tranche_col::Disbursed},
                                                     {"disbursed on", tranche_col::DisbursedOn},
                                                     {"request deadline", tranche_col::Deadline}};
        static const std::map<std::string, int> cols2{
            {"ceiling", v2::tranche_col::BaseCeiling},
            {"payout", v2::tranche_col::Payout},
            {"disbursed", v2::tranche_col::Disbursed},
            {"disbursed on", v2::tranche_col::DisbursedOn},
            {"request deadline", v2::tranche_col::Deadline}};
        const auto& fields = version2() ? cols2 : cols;
        const auto col = fields.find(change.field);
        if (col == fields.end())
            return version2() && cols.count(change.field) != 0
                       ? "recorded on the Conditions and Milestones sheets in this tracker"
                   : !version2() && cols2.count(change.field) != 0
                       ? kNeedsVersion2
                       : "not a field of the Tranches table";
        write(cur_.tranchesAt.sheet, c->sheetRow, cur_.tranchesAt.firstCol + col->second, change,
              "tranche " + std::string(keyword(c->type)), c->year);
        return {};
    }

    std::string placeMilestone(const ImportChange& change) {
        if (change.field == "tranche year")
            if (const auto* y = std::get_if<double>(&change.after);
                y && !cur_.yearIndex(static_cast<int>(*y)))
                return "the tracker has no year " + valueText(change.after);
        const TrackerMilestone* known = cur_.findMilestone(change.key);
        const auto found =
            rowFor(change, known ? std::optional<int>(known->sheetRow) : std::nullopt,
                   newMilestones_, cur_.milestonesAt);
        if (!found) return "no empty row left in the Milestones table";
        const int row = *found;
        static const std::map<std::string, int> cols{{"title", milestone_col::Title},
                                                     {"indicator", milestone_col::Indicator},
                                                     {"tranche year", milestone_col::TrancheYear},
                                                     {"due", milestone_col::Due},
                                                     {"done", milestone_col::Done}};
        const auto col = cols.find(change.field);
        if (col == cols.end()) return "not a field of the Milestones table";
        write(cur_.milestonesAt.sheet, row, cur_.milestonesAt.firstCol + col->second, change,
              change.key, 0);
        return {};
    }

    std::string placeCondition(const ImportChange& change) {
        if (!version2() || !tables_.conditions) return kNeedsVersion2;
        const Condition* known = findCondition(cur_, change.key);
        const auto found =
            rowFor(change, known ? std::optional<int>(known->sheetRow) : std::nullopt,
                   newConditions_, cur_.conditionsAt);
        if (!found) return "no empty row left in the Conditions table";
        const int base = cur_.conditionsAt.firstCol;
        if (change.year) {
            const auto at = cur_.yearIndex(*change.year);
            if (!at) return "the tracker has no year " + std::to_string(*change.year);
            static const std::map<std::string, int> cols{{"verdict", v2::Verdict},
                                                         {"evidence", v2::ConditionEvidence},
                                                         {"notes", v2::Notes}};
            const auto col = cols.find(change.field);
            if (col == cols.end()) return "not a field of a year block";
            write(cur_.conditionsAt.sheet, *found,
                  base + v2::conditionBlockStart(static_cast<int>(*at)) + col->second, change,
                  change.key, *change.year);
            return {};
        }
        static const std::map<std::string, int> cols{{"text", v2::condition_col::Condition},
                                                     {"kind", v2::condition_col::Kind},
                                                     {"tranche", v2::condition_col::Tranche}};
        const auto col = cols.find(change.field);
        if (col == cols.end()) return "not a field of the Conditions table";
        write(cur_.conditionsAt.sheet, *found, base + col->second, change, change.key, 0);
        return {};
    }

    // A band goes onto its tranche's row of that rank; a tranche the tracker
    // has no bands for gets the first run of empty rows long enough for all
    // of the file's (the reader wants them adjacent).
    std::string placeBand(const ImportChange& change) {
        if (!version2() || !tables_.bands) return kNeedsVersion2;
        const std::size_t hash = change.key.rfind(" #");
        const std::string label = change.key.substr(0, hash);
        const int rank = std::stoi(change.key.substr(hash + 2)) - 1;
        std::vector<int> rows;
        for (const auto& b : cur_.bands)
            if (b.tranche == label) rows.push_back(b.sheetRow);
        int row = 0;
        if (rank < int(rows.size())) {
            row = rows[std::size_t(rank)];
        } else if (rows.empty()) {
            const auto start = bandRun(label);
            if (!start) return "no run of empty rows left for its bands in the Bands table";
            row = *start + rank;
        } else {
            return "the tracker has fewer bands for that tranche";
        }
        static const std::map<std::string, int> cols{{"tranche", v2::band_col::Tranche},
                                                     {"lower bound", v2::band_col::LowerBound},
                                                     {"share", v2::band_col::Share}};
        const auto col = cols.find(change.field);
        if (col == cols.end()) return "not a field of the Bands table";
        write(tables_.bands->sheet, row, tables_.bands->firstCol + col->second, change, label, 0);
        return {};
    }

    // The first row of the empty rows taken for a tranche's new bands.
    std::optional<int> bandRun(const std::string& label) {
        if (const auto it = bandRuns_.find(label); it != bandRuns_.end()) return it->second;
        int count = 0;
        for (const auto& b : imp_.model.bands)
            count += b.tranche == label ? 1 : 0;
        std::set<int> used(bandRowsTaken_.begin(), bandRowsTaken_.end());
        for (const auto& b : cur_.bands)
            used.insert(b.sheetRow);
        const RangeTable& t = *tables_.bands;
        const int first = t.firstRow + layout::kTableHeaderRows;
        const int end = t.firstRow + int(t.cells.shape().rows);
        for (int start = first; start + count <= end; ++start) {
            bool free = true;
            for (int r = start; r < start + count && free; ++r)
                free = used.count(r) == 0;
            if (!free) continue;
            for (int r = start; r < start + count; ++r)
                bandRowsTaken_.push_back(r);
            bandRuns_[label] = start;
            return start;
        }
        return std::nullopt;
    }

    std::string placeProgramme(const ImportChange& change) {
        if (!version2() || !tables_.header) return kNeedsVersion2;
        if (change.field != "suspended from") return "not a field of the Programme header";
        const int row = headerRow(HeaderField::SuspendedFrom);
        if (row >= int(tables_.header->cells.shape().rows))
            return "the Programme header has no Suspended from row";
        write(tables_.header->sheet, tables_.header->firstRow + row,
              tables_.header->firstCol + layout::header_col::Value, change, "", 0);
        return {};
    }

    // Rows an import fills: the empty rows of a table, and those it took.
    struct NewRows {
        std::vector<int> free;
        std::map<std::string, int> taken; // by item key
    };

    // The sheet row of the change's item: the tracker's own, one taken
    // before, or the next empty row, where its ID is written first (the ID
    // column of indicators and milestones alike). nullopt when no empty row
    // is left.
    std::optional<int> rowFor(const ImportChange& change, std::optional<int> existing,
                              NewRows& rows, const SheetPlace& table) {
        if (existing) return existing;
        if (const auto it = rows.taken.find(change.key); it != rows.taken.end()) return it->second;
        if (rows.free.empty()) return std::nullopt;
        const int row = rows.free.front();
        rows.free.erase(rows.free.begin());
        rows.taken[change.key] = row;
        ImportChange id{ImportAction::Add, change.item, change.key, std::nullopt, "id", {},
                        change.key};
        static_assert(int(indicator_col::Id) == int(milestone_col::Id) &&
                          int(indicator_col::Id) == int(v2::condition_col::Id),
                      "the tables start with the ID");
        write(table.sheet, row, table.firstCol + indicator_col::Id, id, change.key, 0);
        return row;
    }

    // One line per item and reason, however many of its values it holds back.
    void skip(const ImportChange& change, const std::string& why) {
        const std::string subject = subjectOf(change);
        const std::string line = subject + ": " + why;
        if (!skippedLines_.empty() && skippedLines_.back().first == line)
            ++skippedLines_.back().second;
        else
            skippedLines_.emplace_back(line, 1);
    }

    void finishSkipped() {
        for (const auto& [line, count] : skippedLines_)
            out_.skipped.push_back(count > 1 ? line + " (" + std::to_string(count) + " values)"
                                             : line);
    }

    Cell cellOf(const ImportValue& value) const {
        if (const auto* d = std::get_if<double>(&value)) return *d;
        if (const auto* b = std::get_if<bool>(&value)) return *b ? 1.0 : 0.0;
        if (const auto* s = std::get_if<std::string>(&value)) return *s;
        if (const auto* date = std::get_if<Date>(&value)) return serialFromDate(*date, nullDate_);
        return Blank{};
    }

    void write(const std::string& sheet, int row, int col, const ImportChange& change,
               const std::string& item, int year) {
        out_.plan.writes.push_back({sheet, row, col, cellOf(change.after)});
        LogEntry entry;
        entry.timestampUtc = stamp_.timestampUtc;
        entry.user = stamp_.user;
        entry.indicator = item;
        entry.year = year;
        entry.field = "import " + change.field;
        entry.oldValue = isBlank(change.before) ? std::string() : valueText(change.before);
        entry.newValue = valueText(change.after);
        entry.reason = reason_;
        out_.plan.log.push_back(std::move(entry));
    }

    void findFreeRows() {
        std::set<int> used;
        for (const auto& i : cur_.indicators)
            used.insert(i.sheetRow);
        newIndicators_.free = freeRows(tables_.indicators, layout::kIndicatorHeaderRows, used);
        used.clear();
        for (const auto& m : cur_.milestones)
            used.insert(m.sheetRow);
        newMilestones_.free = freeRows(tables_.milestones, layout::kTableHeaderRows, used);
        used.clear();
        for (const auto& c : cur_.conditions)
            used.insert(c.sheetRow);
        newConditions_.free = freeRows(tables_.conditions, v2::kConditionHeaderRows, used);
    }

    static bool isBlank(const ImportValue& value) {
        if (std::holds_alternative<std::monostate>(value)) return true;
        const auto* s = std::get_if<std::string>(&value);
        return s != nullptr && s->empty();
    }

    const TrackerModel& cur_;
    const TrackerTables& tables_;
    const IatiImport& imp_;
    const Stamp& stamp_;
    const std::string& reason_;
    Date nullDate_;
    NewRows newIndicators_, newMilestones_, newConditions_;
    std::map<std::string, int> bandRuns_;
    std::vector<int> bandRowsTaken_;
    std::vector<std::pair<std::string, int>> skippedLines_;
    ImportPlan out_;
};

std::string pickOrEmpty(const Narratives& narratives, const char* lang) {
    for (const auto& n : narratives)
        if (n.lang == lang) return n.text;
    return {};
}

} // namespace

ImportPlan planImport(const TrackerModel& current, const TrackerTables& tables,
                      const IatiImport& imported, const Stamp& stamp, const std::string& reason,
                      Date nullDate, Language language) {
    ImportPlan plan = Planner(current, tables, imported, stamp, reason, nullDate).run();
    plan.skipped.insert(plan.skipped.end(), imported.notImported.begin(),
                        imported.notImported.end());
    if (plan.changesAnything()) {
        ReadResult after = readTracker(withWrites(tables, plan.plan.writes), nullDate, language);
        plan.problems = std::move(after.problems);
    }
    return plan;
}

TrackerTables withWrites(TrackerTables tables, const std::vector<CellWrite>& writes) {
    for (const auto& write : writes)
        for (auto* table :
             {&tables.years, &tables.reviews, &tables.indicators, &tables.tranches,
              &tables.milestones, &tables.log, &tables.header, &tables.conditions, &tables.bands}) {
            if (!*table || (*table)->sheet != write.sheet) continue;
            const Shape shape = (*table)->cells.shape();
            const int r = write.row - (*table)->firstRow, c = write.col - (*table)->firstCol;
            if (r < 0 || c < 0 || r >= int(shape.rows) || c >= int(shape.cols)) continue;
            (*table)->cells[std::size_t(r) * shape.cols + std::size_t(c)] = write.value;
        }
    return tables;
}

TrackerOptions newTrackerOptionsFor(const IatiImport& imported, Language language, int thisYear) {
    TrackerOptions options;
    options.language = language;
    options.numberedIndicators = false;
    const auto& years = imported.model.years;
    options.firstYear = years.empty() ? thisYear : years.front().year;
    const int span = years.empty() ? 1 : years.back().year - years.front().year + 1;
    constexpr int kMaxYears = 30;
    if (span > kMaxYears)
        throw InvalidArgument("the file covers " + std::to_string(span) + " years (" +
                              std::to_string(years.front().year) + "-" +
                              std::to_string(years.back().year) + "); a tracker holds at most " +
                              std::to_string(kMaxYears));
    options.years = span;
    options.indicators = std::max<int>(1, static_cast<int>(imported.model.indicators.size()));
    options.milestones =
        std::max<int>(options.milestones, static_cast<int>(imported.model.milestones.size()));
    // Room for every condition of the file besides New tracker's GC-1..GC-4.
    options.specificConditions = std::max<int>(options.specificConditions,
                                               static_cast<int>(imported.model.conditions.size()));
    if (const auto& reviews = imported.model.reviews) {
        // The template's review-date formulas then give the file's dates,
        // which the import leaves as formulas.
        options.firstReview = reviews->first;
        options.reviewMonths = reviews->months;
        options.roll = reviews->roll;
    } else {
        options.firstReview = Date(static_cast<unsigned short>(options.firstYear + 1), 3, 31);
    }
    options.validate();
    return options;
}

TrackerTables plannedTrackerTables(const WorkbookPlan& plan) {
    const auto range = [&](const char* wanted) -> std::optional<RangeTable> {
        for (const auto& name : plan.names) {
            if (name.name != wanted) continue;
            const PlannedSheet& sheet = plan.sheets.at(static_cast<std::size_t>(name.sheet));
            RangeTable t;
            t.name = name.name;
            t.sheet = sheet.name;
            t.firstRow = name.firstRow;
            t.firstCol = name.firstCol;
            const Shape shape{static_cast<std::size_t>(name.lastRow - name.firstRow + 1),
                              static_cast<std::size_t>(name.lastCol - name.firstCol + 1)};
            t.cells = CellGrid(shape, Cell{Blank{}});
            for (const auto& cell : sheet.cells) {
                if (cell.row < name.firstRow || cell.row > name.lastRow ||
                    cell.col < name.firstCol || cell.col > name.lastCol)
                    continue;
                Cell value = Blank{};
                if (cell.kind == PlannedCell::Kind::Text) value = cell.text;
                if (cell.kind == PlannedCell::Kind::Number) value = cell.number;
                t.cells[static_cast<std::size_t>(cell.row - name.firstRow) * shape.cols +
                        static_cast<std::size_t>(cell.col - name.firstCol)] = value;
            }
            return t;
        }
        return std::nullopt;
    };
    TrackerTables tables;
    tables.years = range(layout::kYears);
    tables.reviews = range(layout::kReviews);
    tables.indicators = range(layout::kIndicators);
    tables.tranches = range(layout::kTranches);
    tables.milestones = range(layout::kMilestones);
    tables.log = range(layout::kLog);
    tables.header = range(layout::kHeader);
    tables.conditions = range(layout::v2::kConditions);
    tables.bands = range(layout::v2::kBands);
    return tables;
}

std::vector<CellWrite> headerWrites(const RangeTable& header, const IatiHeader& h) {
    std::vector<CellWrite> writes;
    const auto set = [&](HeaderField field, const std::string& value) {
        const int row = headerRow(field);
        if (row >= static_cast<int>(header.cells.shape().rows)) return;
        writes.push_back({header.sheet, header.firstRow + row,
                          header.firstCol + layout::header_col::Value,
                          value.empty() ? Cell{Blank{}} : Cell{value}});
    };
    const std::string activityLang = h.language.empty() ? "en" : h.language;
    set(HeaderField::Identifier, h.identifier);
    set(HeaderField::ReportingOrgRef, h.reportingOrgRef);
    set(HeaderField::ReportingOrgType, h.reportingOrgType);
    set(HeaderField::ReportingOrgName,
        pickNarrative(h.reportingOrgName, activityLang, activityLang));
    // Narratives without a language are in the activity's.
    std::string en = pickOrEmpty(h.title, "en"), fr = pickOrEmpty(h.title, "fr");
    if (en.empty() && activityLang == "en") en = pickOrEmpty(h.title, "");
    if (fr.empty() && activityLang == "fr") fr = pickOrEmpty(h.title, "");
    if (en.empty() && fr.empty()) en = pickNarrative(h.title, "en", activityLang);
    set(HeaderField::TitleEnglish, en);
    set(HeaderField::TitleFrench, fr);
    set(HeaderField::AidType, std::string(iatiCode(h.aidType)));
    set(HeaderField::RecipientCountry, h.recipientCountry);
    set(HeaderField::Currency, h.currency);
    const bool known = activityLang == "fr" || activityLang == "pt";
    set(HeaderField::Language, known ? activityLang : "en");
    set(HeaderField::FiscalYearStartMonth, std::to_string(h.fiscalYearStartMonth));
    set(HeaderField::Sector, sectorsText(h.sectors));
    return writes;
}

std::string previewText(const ImportPlan& plan, Language language, std::size_t maxLines) {
    const auto counted = [&](TranslateNId message, std::size_t n) {
        return count(message, language, static_cast<unsigned long>(n));
    };
    std::string text = tr(STR_IMPORT_SUMMARY, language,
                          {counted(STR_IMPORT_ADDED, plan.added),
                           counted(STR_IMPORT_OVERWRITTEN, plan.overwritten),
                           counted(STR_IMPORT_SKIPPED, plan.skipped.size()),
                           counted(STR_IMPORT_KEPT, plan.kept.size())});
    std::size_t lines = 0;
    const auto line = [&](const std::string& s) {
        if (lines < maxLines) text += "\n" + s;
        ++lines;
    };
    for (const auto& change : plan.written)
        if (change.action == ImportAction::Overwrite) line(describe(change));
    for (const auto& change : plan.written)
        if (change.action == ImportAction::Add) line(describe(change));
    for (const auto& why : plan.skipped)
        line(tr(STR_IMPORT_NOT_IMPORTED, language, {why}));
    for (const auto& change : plan.kept)
        line(describe(change));
    if (lines > maxLines) text += "\n" + counted(STR_IMPORT_MORE, lines - maxLines);
    return text;
}

} // namespace condtrack

namespace condtrack {

namespace {

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

void setYears(ActivityOutline& outline, const TrackerModel& model) {
    if (model.years.empty()) return;
    outline.firstYear = model.years.front().year;
    outline.lastYear = model.years.back().year;
}

// The tracker's header read cell by cell: a header iatiHeaderFrom would
// refuse (no title...) still says which activity the tracker is of.
ActivityOutline outlineOfHeader(const RangeTable& header, Language language) {
    const auto value = [&](HeaderField field) -> std::string {
        const auto row = static_cast<std::size_t>(headerRow(field));
        const auto col = static_cast<std::size_t>(layout::header_col::Value);
        if (row >= header.cells.shape().rows || col >= header.cells.shape().cols) return {};
        const Cell& cell = header.cells.at(row, col);
        if (const auto* text = std::get_if<std::string>(&cell)) return trimmed(*text);
        return {};
    };
    ActivityOutline outline;
    outline.identifier = value(HeaderField::Identifier);
    const std::string french = value(HeaderField::TitleFrench);
    outline.title =
        language == Language::French && !french.empty() ? french : value(HeaderField::TitleEnglish);
    if (outline.title.empty()) outline.title = french;
    outline.reportingOrg = value(HeaderField::ReportingOrgName);
    if (outline.reportingOrg.empty()) outline.reportingOrg = value(HeaderField::ReportingOrgRef);
    outline.currency = value(HeaderField::Currency);
    return outline;
}

std::string outlineText(const ActivityOutline& outline, Language language) {
    std::vector<std::string> parts;
    const auto add = [&](const std::string& part) {
        if (!part.empty()) parts.push_back(part);
    };
    add(outline.identifier.empty() ? "?" : outline.identifier);
    add(outline.title);
    if (!outline.reportingOrg.empty())
        add(tr(STR_IMPORT_REPORTED_BY, language, {outline.reportingOrg}));
    add(outline.currency);
    if (outline.firstYear)
        add(outline.firstYear == outline.lastYear
                ? std::to_string(*outline.firstYear)
                : std::to_string(*outline.firstYear) + "–" + std::to_string(*outline.lastYear));
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

} // namespace

bool ActivityCheck::otherActivity() const {
    if (!tracker) return false;
    const std::string ours = trimmed(tracker->identifier);
    return !ours.empty() && ours != trimmed(file.identifier);
}

ActivityOutline outlineOf(const IatiImport& imported, Language language) {
    const IatiHeader& header = imported.header;
    const std::string lang(languageCode(language));
    ActivityOutline outline;
    outline.identifier = trimmed(header.identifier);
    outline.title = pickNarrative(header.title, lang, header.language);
    outline.reportingOrg = pickNarrative(header.reportingOrgName, lang, header.language);
    if (outline.reportingOrg.empty()) outline.reportingOrg = header.reportingOrgRef;
    outline.currency = header.currency;
    setYears(outline, imported.model);
    return outline;
}

ActivityCheck checkActivity(const TrackerModel& current, const TrackerTables& tables,
                            const IatiImport& imported, Language language) {
    ActivityCheck check{outlineOf(imported, language), std::nullopt};
    if (!tables.header) return check;
    check.tracker = outlineOfHeader(*tables.header, language);
    setYears(*check.tracker, current);
    return check;
}

std::string otherActivityWarning(const ActivityCheck& check, Language language) {
    if (!check.otherActivity()) return {};
    return tr(STR_IMPORT_OTHER_ACTIVITY, language,
              {check.file.identifier, trimmed(check.tracker->identifier)});
}

std::string activityText(const ActivityCheck& check, Language language) {
    std::string text = tr(STR_IMPORT_FILE_ACTIVITY, language, {outlineText(check.file, language)});
    if (check.tracker)
        text += "\n" +
                tr(STR_IMPORT_TRACKER_ACTIVITY, language, {outlineText(*check.tracker, language)});
    if (check.otherActivity()) text += "\n" + otherActivityWarning(check, language);
    return text;
}

} // namespace condtrack
