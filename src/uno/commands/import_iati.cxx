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
#include "text/strings.hpp"
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

namespace {

bool personActing(const CommandContext& command) {
    return !command.quiet() && command.frame.is();
}

// The file to import: the Url argument, or an Open dialog when a person acts.
std::string sourceUrl(const CommandContext& command) {
    if (const std::string url = command.text("Url"); !url.empty()) return url;
    if (!personActing(command)) return {};
    const uno::Reference<css::ui::dialogs::XFilePicker3> picker =
        css::ui::dialogs::FilePicker::createWithMode(
            command.context, css::ui::dialogs::TemplateDescription::FILEOPEN_SIMPLE);
    picker->appendFilter("IATI XML (*.xml)", "*.xml");
    picker->appendFilter(fromUtf8(std::string(tr(STR_FILTER_ALL_FILES, command.language))), "*");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? toUtf8(files[0]) : std::string();
}

std::string systemPath(const std::string& url) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path) != osl::FileBase::E_None)
        throw InvalidArgument("not a file URL: " + url);
    return toUtf8(path);
}

std::string readFile(const std::string& path, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InvalidArgument("cannot read " + path);
    std::string bytes;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
        // The reader refuses it anyway: stop before holding a huge file in memory.
        if (bytes.size() > limit) break;
    }
    return bytes;
}

std::string fileName(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string documentTitle(const uno::Reference<css::frame::XModel>& model) {
    const uno::Reference<css::frame::XTitle> title(model, uno::UNO_QUERY);
    return title.is() ? toUtf8(title->getTitle()) : std::string();
}

// The import into a tracker that is read: preview, confirm, write, one undo step.
Outcome applyImport(const CommandContext& command, const LoadedTracker& tracker,
                    const IatiImport& imported, const ActivityCheck& check,
                    const std::string& reason, const std::string& where,
                    const std::vector<CellWrite>& headerWrites) {
    ImportPlan plan = planImport(*tracker.model, tracker.tables, imported, stampOf(command), reason,
                                 documentNullDate(command.model), command.language);
    if (!plan.problems.empty()) {
        std::string problems;
        for (std::size_t i = 0; i < plan.problems.size() && i < 5; ++i)
            problems += (i ? "; " : "") + problemText(plan.problems[i]);
        return {false, say(Message::NotImported, command.language,
                           say(Message::MalformedTracker, command.language, problems))};
    }
    const std::string preview = previewText(plan, command.language);
    const std::string activity = activityText(check, command.language);
    const auto heading = [&](Message message) {
        return tr(STR_HEADING_COLON, command.language, {say(message, command.language, where)});
    };
    if (command.flag("Preview"))
        return {true, heading(Message::ImportInto) + "\n" + activity + "\n" + preview};
    if (check.otherActivity()) {
        // Another activity's values would read as an ordinary update: a
        // person chooses explicitly, a script must say so.
        if (!personActing(command) && !command.flag("AllowOtherActivity"))
            return {false, say(Message::NotImported, command.language,
                               tr(STR_IMPORT_OTHER_REFUSED, command.language,
                                  {check.file.identifier, check.tracker->identifier}))};
        if (personActing(command) &&
            !confirmOtherActivity(command.context, command.frame->getContainerWindow(), activity,
                                  command.language))
            return {true, {}}; // cancelled: nothing written
    }
    if (!plan.changesAnything() && headerWrites.empty())
        return {true, say(Message::NothingToImport, command.language, preview)};
    if (personActing(command) &&
        !confirmImport(command.context, command.frame->getContainerWindow(),
                       heading(Message::ImportInto), activity, preview, command.language))
        return {true, {}}; // cancelled: nothing written
    const Stamp stamp = stampOf(command);
    for (const auto& write : headerWrites) {
        plan.plan.writes.push_back(write);
        if (const auto* text = std::get_if<std::string>(&write.value))
            plan.plan.log.push_back(
                {stamp.timestampUtc, stamp.user, "", 0, "import header", "", *text, reason, ""});
    }
    if (const Outcome applied = applyPlanned(command, tracker, plan.plan, STR_UNDO_IMPORT_IATI);
        !applied.ok)
        return applied;
    for (const auto& note : imported.notes)
        log().info("IATI import: {}", note);
    for (const auto& left : imported.notImported)
        log().warn("IATI import: not imported: {}", left);
    return {true, heading(Message::IatiImported) + " " + preview.substr(0, preview.find('\n'))};
}

// A new workbook with a tracker sized for the file, then the import into it.
Outcome importIntoNewWorkbook(const CommandContext& command, const IatiImport& imported,
                              const std::string& reason) {
    const TrackerOptions options = newTrackerOptionsFor(
        imported, command.language, boost::gregorian::day_clock::local_day().year());
    const WorkbookPlan plan = newTrackerPlan(options);
    uno::Sequence<css::beans::PropertyValue> args(1);
    args.getArray()[0].Name = "Hidden";
    args.getArray()[0].Value <<= command.flag("Hidden");
    const uno::Reference<css::frame::XModel> model(
        css::frame::Desktop::create(command.context)
            ->loadComponentFromURL("private:factory/scalc", "_blank", 0, args),
        uno::UNO_QUERY_THROW);
    // Closed again unless the import goes through: a cancelled or failed
    // import leaves nothing behind.
    struct CloseUnlessKept {
        uno::Reference<css::frame::XModel> model;
        bool keep = false;
        ~CloseUnlessKept() {
            if (keep) return;
            try {
                uno::Reference<css::util::XCloseable>(model, uno::UNO_QUERY_THROW)->close(true);
            } catch (...) {
                // Closing can only be vetoed by someone else holding the document.
            }
        }
    } guard{model};

    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    const auto emptySheets = sheets->getElementNames();
    applyPlan(model, plan, fromUtf8(std::string(tr(STR_UNDO_NEW_TRACKER, command.language))));
    // The new document's own empty sheet would come first, before the tracker.
    for (const auto& name : emptySheets)
        sheets->removeByName(name);

    CommandContext inNew = command;
    inNew.model = model;
    inNew.frame = model->getCurrentController().is() ? model->getCurrentController()->getFrame()
                                                     : uno::Reference<css::frame::XFrame>();
    if (!personActing(command)) inNew.frame.clear();
    const LoadedTracker tracker = loadTracker(inNew);
    if (tracker.refusal) return *tracker.refusal;
    const auto header = readNamedRange(model, layout::kHeader);
    const std::vector<CellWrite> headerCells =
        header ? headerWrites(*header, imported.header) : std::vector<CellWrite>{};
    const std::string where =
        say(Message::ImportNewWorkbook, command.language, documentTitle(model));
    // The new tracker is made for the file: no activity of its own to compare with.
    const ActivityCheck check{outlineOf(imported, command.language), std::nullopt};
    Outcome outcome = applyImport(inNew, tracker, imported, check, reason, where, headerCells);
    if (!outcome.ok || outcome.message.empty() || command.flag("Preview")) return outcome;
    if (const std::string save = command.text("SaveUrl"); !save.empty()) {
        uno::Sequence<css::beans::PropertyValue> store(1);
        store.getArray()[0].Name = "FilterName";
        store.getArray()[0].Value <<= rtl::OUString("calc8");
        uno::Reference<css::frame::XStorable>(model, uno::UNO_QUERY_THROW)
            ->storeAsURL(fromUtf8(save), store);
        outcome.message += " " + say(Message::SavedAs, command.language, save);
    }
    guard.keep = true;
    return outcome;
}

} // namespace

Outcome importIati(const CommandContext& command) {
    const std::string target = normaliseKeyword(command.text("Target"));
    if (!target.empty() && target != "new" && target != "current")
        throw InvalidArgument("Target must be new or current, not " + command.text("Target"));
    const std::string url = sourceUrl(command);
    if (url.empty()) {
        if (personActing(command)) return {true, {}}; // cancelled
        return {false, say(Message::NotImported, command.language, "no Url given")};
    }
    const std::string path = systemPath(url);
    IatiImportOptions options;
    options.language = std::string(languageCode(command.language));
    options.activityId = command.text("Activity");
    if (const auto index = command.whole("ActivityIndex")) {
        if (*index < 1) throw InvalidArgument("ActivityIndex counts from 1");
        options.activityIndex = static_cast<std::size_t>(*index - 1);
    }
    IatiImport imported;
    try {
        const XmlElement root = parseXml(readFile(path, options.limits.maxBytes), options.limits);
        const auto activities = listIatiActivities(root, options.language);
        if (options.activityId.empty() && !options.activityIndex && activities.size() > 1 &&
            personActing(command)) {
            const auto chosen = chooseActivity(command.context, command.frame->getContainerWindow(),
                                               activities, command.language);
            if (!chosen) return {true, {}}; // cancelled
            // By position: identifiers may repeat.
            options.activityIndex = *chosen;
        }
        imported = condtrack::importIati(root, options);
    } catch (const InvalidArgument& e) {
        // Not IATI, malformed, or not the activity asked for: nothing changes.
        return {false,
                say(Message::NotImported, command.language, fileName(path) + ": " + e.what())};
    }
    const std::string reason =
        "IATI import of " + fileName(path) + ", activity " + imported.header.identifier;

    const bool hasOne = isSpreadsheet(command.model) && hasTracker(readTables(command.model));
    if (target == "new" || (target.empty() && !hasOne))
        return importIntoNewWorkbook(command, imported, reason);
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    return applyImport(
        command, tracker, imported,
        checkActivity(*tracker.model, tracker.tables, imported, command.language), reason,
        say(Message::ImportTracker, command.language, documentTitle(command.model)), {});
}

} // namespace condtrack::uno
