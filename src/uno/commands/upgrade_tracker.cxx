#include "commands/command_context.hxx"
#include "document/tracker_access.hxx"
#include "document/workbook_writer.hxx"
#include "office/any_conversion.hxx"
#include "text/messages.hpp"
#include "tracker/template.hpp"
#include "tracker/upgrade.hpp"

#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/util/XProtectable.hpp>

namespace condtrack::uno {

namespace uno = css::uno;

namespace {

Outcome alreadyUpgraded(const CommandContext& command) {
    return {false, std::string(tr(STR_UPGRADE_ALREADY, command.language))};
}

// A sheet the upgrade changes that is protected, or the new sheet's name taken.
std::optional<Outcome> obstacle(const CommandContext& command, const TrackerTables& tables,
                                const std::optional<RangeTable>& header, const UpgradePlan& plan) {
    if (structureProtected(command.model))
        return Outcome{false, say(Message::WorkbookProtected, command.language)};
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(command.model, uno::UNO_QUERY_THROW)
            ->getSheets();
    if (sheets->hasByName(fromUtf8(plan.newSheet)))
        return Outcome{false, say(Message::SheetExists, command.language, plan.newSheet)};
    for (const auto* table : {&tables.indicators, &tables.tranches, &tables.milestones,
                              &tables.reviews, &tables.log, &header}) {
        const uno::Reference<css::util::XProtectable> sheet(
            sheets->getByName(fromUtf8((*table)->sheet)), uno::UNO_QUERY);
        if (sheet.is() && sheet->isProtected())
            return Outcome{false, say(Message::SheetProtected, command.language, (*table)->sheet)};
    }
    return std::nullopt;
}

std::string joined(const std::vector<std::string>& texts) {
    std::string out;
    for (const auto& text : texts)
        out += (out.empty() ? "" : "; ") + text;
    return out;
}

} // namespace

// Layout version 1 to 2, in place; nothing is changed unless everything checks.
Outcome upgradeTracker(const CommandContext& command) {
    if (!isSpreadsheet(command.model))
        return {false, say(Message::NotASpreadsheet, command.language)};
    const TrackerTables tables = readTables(command.model);
    if (!hasTracker(tables)) return {false, say(Message::NoTracker, command.language)};
    if (isLayoutVersion2(tables, nullptr) || readNamedRange(command.model, layout::v2::kConditions))
        return alreadyUpgraded(command);
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    if (tracker.model->layoutVersion >= layout::v2::kVersion) return alreadyUpgraded(command);

    const auto header = readNamedRange(command.model, layout::kHeader);
    const Language language = trackerLanguage(tracker.tables, command.language);
    const WorkbookPlan v2 = newTrackerPlan(upgradeOptions(tracker.tables, language));
    const UpgradeInput input{tracker.tables, *tracker.model,
                             header,         documentNullDate(command.model),
                             language,       command.text("Reason")};
    const UpgradeResult result = planUpgrade(input, v2, stampOf(command));
    if (result.refusal) {
        if (result.refusal->kind == UpgradeRefusal::Kind::AlreadyUpgraded)
            return alreadyUpgraded(command);
        return {false, tr(STR_UPGRADE_REFUSED, command.language, {result.refusal->detail})};
    }
    const UpgradePlan& plan = *result.plan;
    if (auto refusal = obstacle(command, tracker.tables, header, plan)) return *refusal;
    applyUpgrade(command.model, plan, planLogAppend(tracker.log, plan.log), tracker.log,
                 fromUtf8(std::string(tr(STR_UNDO_UPGRADE_TRACKER, command.language))));
    std::vector<std::string> toCheck = plan.conflicts;
    toCheck.insert(toCheck.end(), plan.notices.begin(), plan.notices.end());
    if (toCheck.empty()) return {true, std::string(tr(STR_UPGRADE_DONE, command.language))};
    return {true, tr(STR_UPGRADE_DONE_CONFLICTS, command.language, {joined(toCheck)})};
}

} // namespace condtrack::uno
