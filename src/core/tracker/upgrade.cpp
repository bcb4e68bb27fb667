#include "tracker/upgrade.hpp"

#include "functions/arguments.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"

#include <algorithm>
#include <map>

namespace condtrack {

namespace {

namespace v1 = layout::v1;
namespace v2 = layout::v2;

int rowsOf(const RangeTable& table) {
    return static_cast<int>(table.cells.shape().rows);
}
int colsOf(const RangeTable& table) {
    return static_cast<int>(table.cells.shape().cols);
}
// "Tranches.C7": a cell of a range, by its position within the range.
std::string place(const RangeTable& table, int row, int col) {
    return table.sheet + "." + cellRef(table.firstRow + row, table.firstCol + col);
}

UpgradeRefusal malformed(std::string detail) {
    return {UpgradeRefusal::Kind::Malformed, std::move(detail)};
}

// The template's formulas assume its positions: every range at A1 of its sheet.
std::optional<UpgradeRefusal> checkPositions(const UpgradeInput& in) {
    const Language lang = in.language;
    for (const auto* table : {&in.tables.indicators, &in.tables.tranches, &in.tables.milestones}) {
        if (!*table) continue;
        if ((*table)->firstRow != 0 || (*table)->firstCol != 0)
            return malformed(
                tr(STR_UPGRADE_NOT_AT_A1, lang, {place(**table, 0, 0), (*table)->name}));
    }
    if (!in.header) return malformed(tr(STR_READ_RANGE_MISSING, lang, {layout::kHeader}));
    return std::nullopt;
}

std::optional<UpgradeRefusal> checkWidth(const RangeTable& table, int expected, Language lang) {
    if (colsOf(table) == expected) return std::nullopt;
    return malformed(tr(STR_UPGRADE_WIDTH, lang,
                        {place(table, 0, colsOf(table) - 1), table.name,
                         std::to_string(colsOf(table)), std::to_string(expected)}));
}

// Years one after the other, each heading its block of the indicators.
std::optional<UpgradeRefusal> checkYears(const UpgradeInput& in) {
    const auto& years = in.model.years;
    const auto& indicators = *in.tables.indicators;
    for (std::size_t y = 0; y < years.size(); ++y) {
        if (y > 0 && years[y].year != years[y - 1].year + 1)
            return malformed(
                tr(STR_UPGRADE_YEARS_GAP, in.language,
                   {place(*in.tables.years, static_cast<int>(y) + 1, 0),
                    std::to_string(years[y].year), std::to_string(years[y - 1].year)}));
        const int col = v1::yearBlockStart(static_cast<int>(y));
        const auto* number = std::get_if<double>(&indicators.cells.at(0, col));
        if (number == nullptr || *number != years[y].year)
            return malformed(tr(STR_UPGRADE_BLOCK_YEAR, in.language,
                                {place(indicators, 0, col), std::to_string(years[y].year)}));
    }
    return std::nullopt;
}

// A fixed and a variable tranche per year, in the template's order: version
// 2's formulas are written row by row.
std::optional<UpgradeRefusal> checkTranches(const UpgradeInput& in) {
    const auto& model = in.model;
    const auto& table = *in.tables.tranches;
    const std::size_t expected = model.years.size() * 2;
    for (std::size_t k = 0; k < std::max(expected, model.tranches.size()); ++k) {
        const int year = model.years.at(std::min(k / 2, model.years.size() - 1)).year;
        const TrancheType type = k % 2 == 0 ? TrancheType::Fixed : TrancheType::Variable;
        const bool matches = k < expected && k < model.tranches.size() &&
                             model.tranches[k].year == year && model.tranches[k].type == type &&
                             model.tranches[k].sheetRow == table.firstRow + 1 + static_cast<int>(k);
        if (!matches)
            return malformed(tr(STR_UPGRADE_TRANCHE_ORDER, in.language,
                                {place(table, static_cast<int>(k) + 1, 0), std::to_string(year),
                                 std::string(keyword(type))}));
    }
    if (rowsOf(table) != static_cast<int>(expected) + 1)
        return malformed(tr(STR_UPGRADE_TRANCHE_ORDER, in.language,
                            {place(table, static_cast<int>(expected) + 1, 0),
                             std::to_string(model.years.back().year), "variable"}));
    return std::nullopt;
}

std::optional<UpgradeRefusal> validate(const UpgradeInput& in, const WorkbookPlan& v2) {
    const auto& t = in.tables;
    if (!t.indicators || !t.tranches || !t.milestones || !t.years || !t.reviews || !t.log ||
        in.model.years.empty())
        return malformed(tr(STR_READ_RANGE_MISSING, in.language, {layout::kIndicators}));
    if (isLayoutVersion2(t, &in.model))
        return UpgradeRefusal{UpgradeRefusal::Kind::AlreadyUpgraded, t.tranches->name};
    if (auto refusal = checkPositions(in)) return refusal;
    const int years = static_cast<int>(in.model.years.size());
    if (auto refusal = checkWidth(*t.indicators, v1::indicatorColumns(years), in.language))
        return refusal;
    if (auto refusal = checkWidth(*t.tranches, v1::kTrancheColumns, in.language)) return refusal;
    if (auto refusal = checkWidth(*t.milestones, v1::kMilestoneColumns, in.language))
        return refusal;
    if (auto refusal = checkYears(in)) return refusal;
    if (auto refusal = checkTranches(in)) return refusal;
    if (static_cast<int>(v2.sheets.size()) != v2::kSheetCount)
        return malformed(tr(STR_UPGRADE_NO_TEMPLATE, in.language, {}));
    return std::nullopt;
}

// Insert and remove columns so that version 1's columns stand where version 2
// keeps them, then move the weights into the first year's block.
void structure(UpgradePlan& plan, const UpgradeInput& in) {
    using Kind = ColumnStep::Kind;
    const auto& tranches = *in.tables.tranches;
    const std::string& trancheSheet = tranches.sheet;
    plan.movesBefore.push_back({trancheSheet, 1, rowsOf(tranches) - 1, v1::tranche_col::General,
                                v1::tranche_col::Eligible});
    // Year, Type, Ceiling, General, Gating, Eligible, Rule, Computed, ...
    plan.columns.push_back({Kind::Remove, trancheSheet, v1::tranche_col::General, 2});
    // Year, Type, Ceiling, Eligible, Rule, Computed, ...
    plan.columns.push_back({Kind::Remove, trancheSheet, v1::tranche_col::Rule - 2, 1});
    // Year, Type, Ceiling (now the base ceiling), Eligible, Computed, Transferred, ...
    plan.columns.push_back({Kind::Insert, trancheSheet, v2::tranche_col::Component, 1});
    plan.columns.push_back({Kind::Insert, trancheSheet, v2::tranche_col::CarriedIn, 3});
    plan.columns.push_back({Kind::Insert, trancheSheet, v2::tranche_col::Held, 3});

    const auto& indicators = *in.tables.indicators;
    for (int y = 0; y < static_cast<int>(in.model.years.size()); ++y) {
        const int start = v2::yearBlockStart(y); // the blocks before are version 2's already
        plan.columns.push_back({Kind::Insert, indicators.sheet, start + v2::Weight, 1});
        plan.columns.push_back({Kind::Insert, indicators.sheet, start + v2::RequestedOn, 3});
    }
    plan.movesAfter.push_back({indicators.sheet, v1::kIndicatorHeaderRows, rowsOf(indicators) - 1,
                               v1::indicator_col::Weight, v2::yearBlockStart(0) + v2::Weight});
}

// Columns version 1 has no counterpart of: the template's cells there are
// written whole (its defaults, its styles).
bool isNewColumn(v2::Sheet sheet, int col) {
    switch (sheet) {
    case v2::Sheet::Indicators: {
        if (col < v2::kIndicatorFixedColumns) return col == v2::indicator_col::Component;
        const int offset = (col - v2::kIndicatorFixedColumns) % v2::kIndicatorYearColumns;
        return offset == v2::Weight || offset == v2::RequestedOn || offset == v2::ApprovedOn ||
               offset == v2::ApprovalRef;
    }
    case v2::Sheet::Tranches: {
        using namespace v2::tranche_col;
        return col == Component || col == CarriedIn || col == Ceiling || col == Payout ||
               col == Held || col == Released || col == Payable || col >= v2::kTrancheColumns;
    }
    case v2::Sheet::Conditions: return true;
    default: return false;
    }
}

// Labels, formulas and styles of the template; typed values only where the
// tracker has nothing yet.
void templateCells(UpgradePlan& plan, const UpgradeInput& in, const WorkbookPlan& v2,
                   const std::vector<std::string>& sheetNames) {
    const int headerLastRow = in.header->firstRow + rowsOf(*in.header) - 1;
    for (int s = 0; s < v2::kSheetCount; ++s) {
        const auto sheet = static_cast<v2::Sheet>(s);
        for (const auto& cell : v2.sheets[static_cast<std::size_t>(s)].cells) {
            const bool computed = cell.kind == PlannedCell::Kind::Formula ||
                                  cell.kind == PlannedCell::Kind::ArrayFormula ||
                                  cell.kind == PlannedCell::Kind::Empty;
            const bool label = cell.style == CellStyle::Header || cell.style == CellStyle::Title;
            const bool newRow = sheet == v2::Sheet::Programme && cell.row > headerLastRow;
            if (sheet == v2::Sheet::Log && cell.row > 0 && cell.col < layout::kLogColumns) continue;
            if (computed || label || newRow || isNewColumn(sheet, cell.col))
                plan.cells.push_back({sheetNames[static_cast<std::size_t>(s)], cell});
        }
    }
}

PlannedCell valueCell(int row, int col, const Cell& value) {
    PlannedCell cell{row, col, PlannedCell::Kind::Formula, "", 0.0, CellStyle::Plain};
    if (const auto* number = std::get_if<double>(&value)) {
        cell.kind = PlannedCell::Kind::Number;
        cell.number = *number;
    } else if (const auto* text = std::get_if<std::string>(&value); text && !text->empty()) {
        cell.kind = PlannedCell::Kind::Text;
        cell.text = *text;
    }
    return cell; // otherwise an empty formula: the cell is emptied
}

// Each year's waiver rule: its variable tranche's.
std::vector<Decision> yearRules(const UpgradeInput& in, std::vector<std::string>& conflicts) {
    std::vector<Decision> rules(in.model.years.size(), Decision::Reallocate);
    std::vector<bool> seen(rules.size(), false);
    for (const auto& tranche : in.model.tranches) {
        if (tranche.type != TrancheType::Variable) continue;
        const auto y = in.model.yearIndex(tranche.year);
        if (!y) continue;
        const Decision rule =
            tranche.rule == WaiverRule::Transfer ? Decision::Transfer : Decision::Reallocate;
        if (seen[*y] && rules[*y] != rule)
            conflicts.push_back(tr(STR_UPGRADE_RULE_CONFLICT, in.language,
                                   {std::to_string(tranche.year), keyword(rules[*y])}));
        if (!seen[*y]) rules[*y] = rule;
        seen[*y] = true;
    }
    return rules;
}

bool waivedCell(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) return *number != 0.0;
    if (const auto* text = std::get_if<std::string>(&cell)) {
        const std::string word = normaliseKeyword(*text);
        return word == "true" || word == "1" || word == "yes";
    }
    return false;
}

// Weights per year, and waivers as approved decisions.
void indicatorValues(UpgradePlan& plan, const UpgradeInput& in, const Stamp& stamp) {
    const auto& table = *in.tables.indicators;
    const std::vector<Decision> rules = yearRules(in, plan.conflicts);
    const double today = serialFromDate(stamp.today, in.nullDate);
    const std::string ref(tr(STR_UPGRADE_APPROVAL_REF, in.language));
    const int years = static_cast<int>(in.model.years.size());
    for (int r = v1::kIndicatorHeaderRows; r < rowsOf(table); ++r) {
        const auto add = [&](PlannedCell cell) { plan.cells.push_back({table.sheet, cell}); };
        const Cell& weight = table.cells.at(r, v1::indicator_col::Weight);
        add(valueCell(r, v2::yearBlockStart(0) + v2::Weight, weight));
        for (int y = 1; y < years; ++y) {
            PlannedCell later = valueCell(r, v2::yearBlockStart(y) + v2::Weight, Blank{});
            if (!isBlank(weight))
                later.text = "=" + cellRef(r, v2::yearBlockStart(y - 1) + v2::Weight);
            add(later);
        }
        for (int y = 0; y < years; ++y) {
            const int c0 = v2::yearBlockStart(y);
            const Cell& waived = table.cells.at(r, v1::yearBlockStart(y) + v1::Waived);
            if (!waivedCell(waived)) {
                if (!isBlank(waived)) add(valueCell(r, c0 + v2::Decision, Blank{}));
                continue;
            }
            add(valueCell(r, c0 + v2::Decision,
                          std::string(keyword(rules[static_cast<std::size_t>(y)]))));
            add({r, c0 + v2::ApprovedOn, PlannedCell::Kind::Number, "", today, CellStyle::Date});
            add(valueCell(r, c0 + v2::ApprovalRef, ref));
        }
    }
}

// The rows of the template's general conditions.
std::vector<int> generalConditionRows(const WorkbookPlan& v2) {
    std::vector<int> rows;
    const auto& sheet = v2.sheets[static_cast<std::size_t>(v2::sheetIndex(v2::Sheet::Conditions))];
    for (const auto& cell : sheet.cells)
        if (cell.row >= v2::kConditionHeaderRows && cell.col == v2::condition_col::Kind &&
            cell.kind == PlannedCell::Kind::Text && normaliseKeyword(cell.text) == "general")
            rows.push_back(cell.row);
    return rows;
}

// Each year's General conditions become the verdicts of its general conditions.
void conditionVerdicts(UpgradePlan& plan, const UpgradeInput& in, const WorkbookPlan& v2) {
    const std::vector<int> rows = generalConditionRows(v2);
    for (std::size_t y = 0; y < in.model.years.size(); ++y) {
        const int year = in.model.years[y].year;
        std::optional<bool> met;
        bool differ = false;
        for (const auto& tranche : in.model.tranches) {
            if (tranche.year != year || !tranche.generalConditions) continue;
            if (met && *met != *tranche.generalConditions) differ = true;
            met = met.value_or(true) && *tranche.generalConditions;
        }
        if (!met) continue;
        if (differ)
            plan.conflicts.push_back(
                tr(STR_UPGRADE_GENERAL_CONFLICT, in.language, {std::to_string(year)}));
        const int col = v2::conditionBlockStart(static_cast<int>(y)) + v2::Verdict;
        for (const int row : rows)
            plan.cells.push_back({plan.newSheet, valueCell(row, col, *met ? "met" : "not met")});
    }
}

// A gating milestone's tranche year, from the tranche it gated.
std::map<std::string, int> milestoneYears(UpgradePlan& plan, const UpgradeInput& in) {
    const auto& sheet = in.tables.milestones->sheet;
    std::map<std::string, int> given;
    for (const auto& tranche : in.model.tranches) {
        for (const auto& id : tranche.gatingMilestones) {
            const TrackerMilestone* milestone = in.model.findMilestone(id);
            if (milestone == nullptr) continue; // the reader refuses unknown IDs
            const auto earlier = given.find(milestone->id);
            const std::optional<int> year = earlier != given.end()
                                                ? std::optional<int>(earlier->second)
                                                : milestone->trancheYear;
            if (!year) {
                given[milestone->id] = tranche.year;
                plan.cells.push_back(
                    {sheet, valueCell(milestone->sheetRow, v2::milestone_col::TrancheYear,
                                      double(tranche.year))});
            } else if (*year != tranche.year) {
                plan.conflicts.push_back(
                    tr(STR_UPGRADE_GATING_CONFLICT, in.language,
                       {milestone->id, std::to_string(*year), std::to_string(tranche.year),
                        std::string(keyword(tranche.type))}));
            }
        }
    }
    return given;
}

// Version 2 gates every tranche of a year by the milestones of that tranche
// year, where version 1 asked only those listed in its Gating column: say
// which tranches gain a gate, as their amounts may change.
void newGates(UpgradePlan& plan, const UpgradeInput& in, const std::map<std::string, int>& given) {
    for (const auto& tranche : in.model.tranches) {
        std::string ids;
        for (const auto& milestone : in.model.milestones) {
            const auto set = given.find(milestone.id);
            const std::optional<int> year =
                set != given.end() ? std::optional<int>(set->second) : milestone.trancheYear;
            const auto& listed = tranche.gatingMilestones;
            if (year != tranche.year ||
                std::find(listed.begin(), listed.end(), milestone.id) != listed.end())
                continue;
            ids += (ids.empty() ? "" : ", ") + milestone.id;
        }
        if (!ids.empty())
            plan.notices.push_back(
                tr(STR_UPGRADE_NEW_GATE, in.language,
                   {std::to_string(tranche.year), std::string(keyword(tranche.type)), ids}));
    }
}

void ranges(UpgradePlan& plan, const WorkbookPlan& v2, const std::vector<std::string>& sheetNames) {
    for (const auto& name : v2.names) {
        if (name.name == layout::kLog) continue; // it keeps its rows; appending stretches it
        plan.ranges.push_back({name.name, sheetNames.at(static_cast<std::size_t>(name.sheet)),
                               name.firstRow, name.firstCol, name.lastRow, name.lastCol});
    }
}

void logRow(UpgradePlan& plan, const UpgradeInput& in, const Stamp& stamp) {
    std::string reason =
        in.reason.empty() ? std::string(tr(STR_UPGRADE_REASON, in.language)) : in.reason;
    for (const auto* list : {&plan.conflicts, &plan.notices})
        for (const auto& text : *list)
            reason += "; " + text;
    plan.log.push_back({stamp.timestampUtc, stamp.user, "", 0, "layout",
                        std::to_string(v1::kVersion), std::to_string(v2::kVersion), reason, ""});
}

} // namespace

Language trackerLanguage(const TrackerTables& tables, Language fallback) {
    if (!tables.indicators) return fallback;
    for (const Language language :
         {fallback, Language::English, Language::French, Language::Portuguese})
        if (layout::inLanguage(layout::sheetName(layout::Sheet::Indicators), language) ==
            tables.indicators->sheet)
            return language;
    return fallback;
}

bool isLayoutVersion2(const TrackerTables& tables, const TrackerModel* model) {
    if (model != nullptr && model->layoutVersion >= v2::kVersion) return true;
    if (tables.conditions || tables.bands) return true;
    return tables.tranches && colsOf(*tables.tranches) == v2::kTrancheColumns;
}

TrackerOptions upgradeOptions(const TrackerTables& tables, Language language) {
    TrackerOptions options;
    options.language = language;
    if (tables.years && rowsOf(*tables.years) > 1) {
        const auto* first = std::get_if<double>(&tables.years->cells.at(1, layout::year_col::Year));
        if (first != nullptr) options.firstYear = static_cast<int>(*first);
        options.years = rowsOf(*tables.years) - 1;
    }
    if (tables.indicators)
        options.indicators = std::max(1, rowsOf(*tables.indicators) - layout::kIndicatorHeaderRows);
    if (tables.milestones) options.milestones = std::max(1, rowsOf(*tables.milestones) - 1);
    options.numberedIndicators = false;
    return options;
}

UpgradeResult planUpgrade(const UpgradeInput& in, const WorkbookPlan& v2, const Stamp& stamp) {
    if (auto refusal = validate(in, v2)) return {std::nullopt, std::move(refusal)};
    const auto conditions = static_cast<std::size_t>(v2::sheetIndex(v2::Sheet::Conditions));
    const std::vector<std::string> sheetNames{in.tables.indicators->sheet,
                                              in.tables.tranches->sheet,
                                              v2.sheets[conditions].name,
                                              in.tables.milestones->sheet,
                                              in.tables.reviews->sheet,
                                              in.tables.log->sheet,
                                              in.header->sheet};
    UpgradePlan plan;
    plan.newSheet = v2.sheets[conditions].name;
    plan.newSheetAfter = in.tables.tranches->sheet;
    structure(plan, in);
    templateCells(plan, in, v2, sheetNames);
    indicatorValues(plan, in, stamp);
    conditionVerdicts(plan, in, v2);
    newGates(plan, in, milestoneYears(plan, in));
    ranges(plan, v2, sheetNames);
    logRow(plan, in, stamp);
    return {std::move(plan), std::nullopt};
}

} // namespace condtrack
