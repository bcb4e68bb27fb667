#include "commands/command_context.hxx"
#include "dialogs/assessment_dialog.hxx"
#include "dialogs/import_dialog.hxx"
#include "document/tracker_access.hxx"
#include "document/workbook_writer.hxx"
#include "iati/import_plan.hpp"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "report/review_report.hpp"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "tracker/programme_header.hpp"
#include "tracker/template.hpp"
#include "views/panels.hpp"

#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePicker3.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XProtectable.hpp>
#include <osl/file.hxx>

#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <fstream>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <chrono>
#include <cmath>
#include <set>

namespace condtrack::uno {

namespace uno = css::uno;

std::string CommandContext::text(const std::string& name) const {
    const auto it = arguments.find(name);
    rtl::OUString value;
    if (it != arguments.end()) it->second >>= value;
    return toUtf8(value);
}

std::optional<double> CommandContext::number(const std::string& name) const {
    const auto it = arguments.find(name);
    double value = 0.0;
    if (it == arguments.end() || !(it->second >>= value)) return std::nullopt;
    if (!std::isfinite(value)) throw InvalidArgument(name + " is not a finite number");
    return value;
}

std::optional<int> CommandContext::whole(const std::string& name) const {
    const auto value = number(name);
    if (!value) return std::nullopt;
    if (*value != std::floor(*value) || std::fabs(*value) > 1e6)
        throw InvalidArgument(name + " must be a whole number");
    return static_cast<int>(*value);
}

bool CommandContext::flag(const std::string& name, bool otherwise) const {
    const auto it = arguments.find(name);
    bool value = otherwise;
    if (it == arguments.end() || !(it->second >>= value)) return otherwise;
    return value;
}

bool CommandContext::quiet() const {
    return flag("Quiet");
}

namespace {

const std::map<std::string, CommandFunction>& commandTable() {
    static const std::map<std::string, CommandFunction> table{
        {"NewTracker", &newTracker},         {"RecordAssessment", &recordAssessment},
        {"CloseReview", &closeReview},       {"ReviewReport", &reviewReport},
        {"ExportIati", &exportIati},         {"ImportIati", &importIati},
        {"RecordDecision", &recordDecision}, {"RecordCondition", &recordCondition},
        {"UpgradeTracker", &upgradeTracker},
    };
    return table;
}

} // namespace

bool isSpreadsheet(const uno::Reference<css::frame::XModel>& model) {
    return uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY).is();
}

LoadedTracker loadTracker(const CommandContext& command) {
    LoadedTracker loaded;
    if (!isSpreadsheet(command.model)) {
        loaded.refusal = Outcome{false, say(Message::NotASpreadsheet, command.language)};
        return loaded;
    }
    TrackerTables tables = readTables(command.model);
    if (!hasTracker(tables)) {
        loaded.refusal = Outcome{false, say(Message::NoTracker, command.language)};
        return loaded;
    }
    ReadResult result = readTracker(tables, documentNullDate(command.model), command.language);
    if (!result.ok()) {
        std::string problems;
        for (std::size_t i = 0; i < result.problems.size() && i < 5; ++i)
            problems += (i ? "; " : "") + problemText(result.problems[i]);
        loaded.refusal = Outcome{false, say(Message::MalformedTracker, command.language, problems)};
        return loaded;
    }
    if (!tables.log) {
        loaded.refusal = Outcome{false, say(Message::MalformedTracker, command.language,
                                            std::string(layout::kLog) + " is missing")};
        return loaded;
    }
    loaded.log = *tables.log;
    loaded.model = std::move(result.model);
    loaded.tables = std::move(tables);
    return loaded;
}

Stamp stampOf(const CommandContext& command) {
    return {userName(command.context), isoUtc(std::chrono::system_clock::now()),
            boost::gregorian::day_clock::local_day()};
}

Outcome refusalOutcome(const Refusal& refusal, Language language) {
    switch (refusal.kind) {
    case Refusal::Kind::UnknownIndicator:
        return {false, say(Message::UnknownIndicator, language, refusal.detail)};
    case Refusal::Kind::UnknownYear:
        return {false, say(Message::UnknownYear, language, refusal.detail)};
    case Refusal::Kind::ReasonNeeded:
        return {false, say(Message::ReasonNeeded, language, refusal.detail)};
    case Refusal::Kind::AlreadyClosed:
        return {false, say(Message::ReviewAlreadyClosed, language, refusal.detail)};
    case Refusal::Kind::NothingToRecord:
        return {false, say(Message::NothingToRecord, language, refusal.detail)};
    // Record decision and Record condition
    case Refusal::Kind::NeedsUpgrade:
        return {false, say(Message::NeedsUpgrade, language, refusal.detail)};
    case Refusal::Kind::UnknownDecision:
        return {false, say(Message::UnknownDecision, language, refusal.detail)};
    case Refusal::Kind::ApprovalBeforeRequest:
        return {false, say(Message::ApprovalBeforeRequest, language, refusal.detail)};
    case Refusal::Kind::NothingToReassess:
        return {false, say(Message::NothingToReassess, language, refusal.detail)};
    case Refusal::Kind::UnknownCondition:
        return {false, say(Message::UnknownCondition, language, refusal.detail)};
    case Refusal::Kind::UnknownVerdict:
        return {false, say(Message::UnknownVerdict, language, refusal.detail)};
    }
    return {false, refusal.detail};
}

namespace {

// Why the writes cannot be made without harm: a protected sheet, or log rows
// that would land on cells the user filled.
std::optional<Outcome> obstacle(const CommandContext& command, const std::vector<CellWrite>& writes,
                                const std::vector<CellWrite>& logWrites) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(command.model, uno::UNO_QUERY_THROW)
            ->getSheets();
    std::set<std::string> names;
    for (const auto* list : {&writes, &logWrites})
        for (const auto& write : *list)
            names.insert(write.sheet);
    for (const auto& name : names) {
        const uno::Reference<css::util::XProtectable> sheet(sheets->getByName(fromUtf8(name)),
                                                            uno::UNO_QUERY);
        if (sheet.is() && sheet->isProtected())
            return Outcome{false, say(Message::SheetProtected, command.language, name)};
    }
    for (const auto& write : logWrites) {
        const uno::Reference<css::sheet::XSpreadsheet> sheet(
            sheets->getByName(fromUtf8(write.sheet)), uno::UNO_QUERY_THROW);
        if (sheet->getCellByPosition(write.col, write.row)->getType() !=
            css::table::CellContentType_EMPTY)
            return Outcome{false, say(Message::CellsInTheWay, command.language,
                                      write.sheet + "." + cellRef(write.row, write.col))};
    }
    return std::nullopt;
}

} // namespace

Outcome applyPlanned(const CommandContext& command, const LoadedTracker& tracker,
                     const ChangePlan& plan, TranslateId undoAction) {
    const LogAppend append = planLogAppend(tracker.log, plan.log);
    if (auto refusal = obstacle(command, plan.writes, append.writes)) return *refusal;
    std::vector<CellWrite> writes = plan.writes;
    writes.insert(writes.end(), append.writes.begin(), append.writes.end());
    applyChanges(command.model, writes, tracker.log, append.newLastRow,
                 fromUtf8(std::string(tr(undoAction, command.language))));
    return {true, {}};
}

const CommandFunction* findCommand(const std::string& name) {
    const auto it = commandTable().find(name);
    return it == commandTable().end() ? nullptr : &it->second;
}

bool structureProtected(const uno::Reference<css::frame::XModel>& model) {
    const uno::Reference<css::util::XProtectable> document(model, uno::UNO_QUERY);
    return document.is() && document->isProtected();
}

std::string changeSummary(const std::string& subject, int year, const ChangePlan& plan,
                          const std::function<std::string(const std::string&)>& fieldName) {
    std::string text = subject + " " + std::to_string(year);
    for (const auto& entry : plan.log)
        if (entry.field != "reopen")
            text += ", " + fieldName(entry.field) + " " +
                    (entry.oldValue.empty() ? "—" : entry.oldValue) + " → " +
                    (entry.newValue.empty() ? "—" : entry.newValue);
    return text;
}

} // namespace condtrack::uno
