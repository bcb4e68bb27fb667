#include "commands.hxx"

#include "any_conversion.hxx"
#include "assessment_dialog.hxx"
#include "import_dialog.hxx"
#include "import_plan.hpp"
#include "log.hxx"
#include "messages.hpp"
#include "office_context.hxx"
#include "panel_views.hpp"
#include "programme_header.hpp"
#include "review_report.hpp"
#include "text_keys.hpp"
#include "tracker_access.hxx"
#include "tracker_template.hpp"
#include "workbook_writer.hxx"

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

namespace condtrack::addin {

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
        {"NewTracker", &newTracker},   {"RecordAssessment", &recordAssessment},
        {"CloseReview", &closeReview}, {"ReviewReport", &reviewReport},
        {"ExportIati", &exportIati},   {"ImportIati", &importIati},
    };
    return table;
}

bool isSpreadsheet(const uno::Reference<css::frame::XModel>& model) {
    return uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY).is();
}

// The open tracker, or the message that says why there is none to act on.
struct LoadedTracker {
    std::optional<TrackerModel> model;
    TrackerTables tables;
    RangeTable log;
    std::optional<Outcome> refusal;
};

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
                                            std::string(range_names::kLog) + " is missing")};
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
    }
    return {false, refusal.detail};
}

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

Outcome applyPlanned(const CommandContext& command, const LoadedTracker& tracker,
                     const ChangePlan& plan, const char* undoEn, const char* undoFr) {
    const LogAppend append = planLogAppend(tracker.log, plan.log);
    if (auto refusal = obstacle(command, plan.writes, append.writes)) return *refusal;
    std::vector<CellWrite> writes = plan.writes;
    writes.insert(writes.end(), append.writes.begin(), append.writes.end());
    applyChanges(command.model, writes, tracker.log, append.newLastRow,
                 fromUtf8(command.language == Language::French ? undoFr : undoEn));
    return {true, {}};
}

// The Actual argument: a number, or an empty text to empty the cell.
std::optional<std::optional<double>> actualArgument(const CommandContext& command) {
    const auto it = command.arguments.find("Actual");
    if (it == command.arguments.end()) return std::nullopt;
    double number = 0.0;
    if (it->second >>= number) {
        if (!std::isfinite(number))
            throw InvalidArgument(say(Message::NotANumber, command.language, "NaN/Inf"));
        return std::optional<double>(number);
    }
    rtl::OUString text;
    if ((it->second >>= text) && text.trim().isEmpty()) return std::optional<double>();
    throw InvalidArgument(say(Message::NotANumber, command.language, toUtf8(text)));
}

} // namespace

const CommandFunction* findCommand(const std::string& name) {
    const auto it = commandTable().find(name);
    return it == commandTable().end() ? nullptr : &it->second;
}

bool structureProtected(const uno::Reference<css::frame::XModel>& model) {
    const uno::Reference<css::util::XProtectable> document(model, uno::UNO_QUERY);
    return document.is() && document->isProtected();
}

Outcome newTracker(const CommandContext& command) {
    if (!isSpreadsheet(command.model))
        return {false, say(Message::NotASpreadsheet, command.language)};
    if (structureProtected(command.model))
        return {false, say(Message::WorkbookProtected, command.language)};
    TrackerOptions options;
    options.language = command.language;
    const int thisYear = boost::gregorian::day_clock::local_day().year();
    options.firstYear = command.whole("FirstYear").value_or(thisYear);
    options.years = command.whole("Years").value_or(options.years);
    options.indicators = command.whole("Indicators").value_or(options.indicators);
    options.validate(); // before any date is made from the first year
    options.firstReview = Date(static_cast<unsigned short>(options.firstYear + 1), 3, 31);
    const WorkbookPlan plan = newTrackerPlan(options);

    if (const auto clash = collision(command.model, plan, trackerRangeNames())) {
        const bool isRange = clash->kind == Collision::Kind::NamedRange;
        return {false, say(isRange ? Message::TrackerExists : Message::SheetExists,
                           command.language, clash->name)};
    }
    applyPlan(command.model, plan,
              fromUtf8(command.language == Language::French ? "Nouveau suivi" : "New tracker"));
    return {true, say(Message::TrackerCreated, command.language)};
}

Outcome recordAssessment(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    std::optional<AssessmentRequest> request;
    if (command.has("Indicator")) {
        request.emplace();
        request->indicator = command.text("Indicator");
        request->year = command.whole("Year").value_or(0);
        request->actual = actualArgument(command);
        if (command.has("Evidence")) request->evidence = command.text("Evidence");
        request->comment = command.text("Comment");
        request->approver = command.text("Approver");
        request->reopenReason = command.text("Reason");
    } else if (command.quiet() || !command.frame.is()) {
        return {false, say(Message::UnknownIndicator, command.language, "")};
    } else {
        const auto year = command.whole("Year");
        request = askAssessment(command.context, command.frame->getContainerWindow(),
                                *tracker.model, year, command.language);
        if (!request) return {true, {}}; // cancelled: nothing to say
    }
    const PlanResult planned = planAssessment(*tracker.model, *request, stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied = applyPlanned(command, tracker, *planned.plan, "Record assessment",
                                             "Enregistrer une appréciation");
        !applied.ok)
        return applied;
    const bool french = command.language == Language::French;
    // The log keeps canonical values; the person reads them in their language.
    const auto shown = [&](const LogEntry& entry, const std::string& value) {
        if (value.empty()) return std::string("—");
        std::string text = value;
        if (french && entry.field == "actual")
            for (char& c : text)
                if (c == '.') c = ',';
        return text;
    };
    std::string summary = request->indicator + " " + std::to_string(request->year);
    for (const auto& entry : planned.plan->log)
        if (entry.field != "reopen")
            summary +=
                ", " +
                (french ? (entry.field == "actual" ? "réalisé" : "justificatif") : entry.field) +
                " " + shown(entry, entry.oldValue) + " → " + shown(entry, entry.newValue);
    return {true, say(Message::AssessmentRecorded, command.language, summary)};
}

Outcome closeReview(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto year = command.whole("Year");
    if (!year) return {false, say(Message::UnknownYear, command.language, "")};
    const PlanResult planned =
        planCloseReview(*tracker.model, *year, command.text("Notes"), stampOf(command));
    if (planned.refusal) return refusalOutcome(*planned.refusal, command.language);
    if (const Outcome applied =
            applyPlanned(command, tracker, *planned.plan, "Close review", "Clôturer la revue");
        !applied.ok)
        return applied;
    return {true, say(Message::ReviewClosed, command.language, std::to_string(*year))};
}

} // namespace condtrack::addin

namespace condtrack::addin {

namespace {

// The report's sheet name, numbered when a report of that year exists already.
std::string freeSheetName(const uno::Reference<css::frame::XModel>& model,
                          const std::string& base) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    std::string name = base;
    for (int k = 2; sheets->hasByName(fromUtf8(name)); ++k)
        name = base + " (" + std::to_string(k) + ")";
    return name;
}

void exportSheetToPdf(const uno::Reference<css::frame::XModel>& model, const std::string& sheetName,
                      const rtl::OUString& url) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    const uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByName(fromUtf8(sheetName)),
                                                         uno::UNO_QUERY_THROW);
    const auto cursor = sheet->createCursor();
    uno::Reference<css::sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)
        ->gotoStartOfUsedArea(false);
    uno::Reference<css::sheet::XUsedAreaCursor>(cursor, uno::UNO_QUERY_THROW)
        ->gotoEndOfUsedArea(true);
    uno::Sequence<css::beans::PropertyValue> filterData(1);
    filterData.getArray()[0].Name = "Selection";
    filterData.getArray()[0].Value <<=
        uno::Reference<css::table::XCellRange>(cursor, uno::UNO_QUERY_THROW);
    uno::Sequence<css::beans::PropertyValue> args(3);
    args.getArray()[0].Name = "FilterName";
    args.getArray()[0].Value <<= rtl::OUString("calc_pdf_Export");
    args.getArray()[1].Name = "FilterData";
    args.getArray()[1].Value <<= filterData;
    args.getArray()[2].Name = "Overwrite";
    args.getArray()[2].Value <<= true;
    uno::Reference<css::frame::XStorable>(model, uno::UNO_QUERY_THROW)->storeToURL(url, args);
}

} // namespace

Outcome reviewReport(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto chosen = command.whole("Year");
    const std::optional<int> year = chosen ? chosen : defaultYear(*tracker.model);
    if (!year || !tracker.model->yearIndex(*year))
        return {false,
                say(Message::UnknownYear, command.language, year ? std::to_string(*year) : "")};
    if (structureProtected(command.model))
        return {false, say(Message::WorkbookProtected, command.language)};
    WorkbookPlan plan = reviewReportPlan(
        *tracker.model, *year, boost::gregorian::day_clock::local_day(), command.language);
    plan.sheets.front().name = freeSheetName(command.model, plan.sheets.front().name);
    const std::string sheetName = plan.sheets.front().name;
    for (auto& chart : plan.charts)
        chart.name += " " + sheetName; // unique in the document
    applyPlan(
        command.model, plan,
        fromUtf8(command.language == Language::French ? "Rapport de revue" : "Review report"));
    std::string message = say(Message::ReportCreated, command.language, sheetName);
    if (const std::string pdf = command.text("PdfUrl"); !pdf.empty()) {
        exportSheetToPdf(command.model, sheetName, fromUtf8(pdf));
        message += " " + say(Message::PdfWritten, command.language, pdf);
    }
    return {true, message};
}

} // namespace condtrack::addin

namespace condtrack::addin {

namespace {

// A file URL from the arguments, or from a Save dialog when a person acts.
std::string targetUrl(const CommandContext& command, const char* argument) {
    if (const std::string url = command.text(argument); !url.empty()) return url;
    if (command.quiet() || !command.frame.is()) return {};
    const uno::Reference<css::ui::dialogs::XFilePicker3> picker =
        css::ui::dialogs::FilePicker::createWithMode(
            command.context, css::ui::dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    picker->appendFilter("IATI XML (*.xml)", "*.xml");
    picker->setDefaultName("iati-activities.xml");
    if (picker->execute() != css::ui::dialogs::ExecutableDialogResults::OK) return {};
    const auto files = picker->getSelectedFiles();
    return files.getLength() > 0 ? toUtf8(files[0]) : std::string();
}

void writeFile(const std::string& url, const std::string& bytes) {
    rtl::OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(fromUtf8(url), path) != osl::FileBase::E_None)
        throw InvalidArgument("not a file URL: " + url);
    std::ofstream out(toUtf8(path), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw InvalidArgument("cannot write " + toUtf8(path));
}

} // namespace

Outcome exportIati(const CommandContext& command) {
    const LoadedTracker tracker = loadTracker(command);
    if (tracker.refusal) return *tracker.refusal;
    const auto headerTable = readNamedRange(command.model, "CondTrack_Header");
    if (!headerTable) return {false, say(Message::NoHeader, command.language)};
    const IatiHeader header = iatiHeaderFrom(*headerTable);
    const std::string generated = command.has("GeneratedDatetime")
                                      ? command.text("GeneratedDatetime")
                                      : isoUtc(std::chrono::system_clock::now());
    const IatiExport exported = condtrack::exportIati(*tracker.model, header, generated);
    const std::string url = targetUrl(command, "Url");
    if (url.empty()) return {true, {}}; // cancelled
    writeFile(url, exported.xml);
    for (const auto& warning : exported.warnings)
        log().info("IATI export: {}", warning);
    return {true, say(Message::IatiExported, command.language, url)};
}

} // namespace condtrack::addin

namespace condtrack::addin {

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
    picker->appendFilter(
        fromUtf8(command.language == Language::French ? "Tous les fichiers" : "All files"), "*");
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
                    const IatiImport& imported, const std::string& reason, const std::string& where,
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
    const std::string colon = command.language == Language::French ? " :" : ":";
    if (command.flag("Preview"))
        return {true, say(Message::ImportInto, command.language, where) + colon + "\n" + preview};
    if (!plan.changesAnything() && headerWrites.empty())
        return {true, say(Message::NothingToImport, command.language, preview)};
    if (personActing(command) &&
        !confirmImport(command.context, command.frame->getContainerWindow(),
                       say(Message::ImportInto, command.language, where) + colon, preview,
                       command.language))
        return {true, {}}; // cancelled: nothing written
    const Stamp stamp = stampOf(command);
    for (const auto& write : headerWrites) {
        plan.plan.writes.push_back(write);
        if (const auto* text = std::get_if<std::string>(&write.value))
            plan.plan.log.push_back(
                {stamp.timestampUtc, stamp.user, "", 0, "import header", "", *text, reason, ""});
    }
    if (const Outcome applied =
            applyPlanned(command, tracker, plan.plan, "Import from IATI", "Importer depuis IATI");
        !applied.ok)
        return applied;
    for (const auto& note : imported.notes)
        log().info("IATI import: {}", note);
    return {true, say(Message::IatiImported, command.language, where) + colon + " " +
                      preview.substr(0, preview.find('\n'))};
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
    applyPlan(model, plan,
              fromUtf8(command.language == Language::French ? "Nouveau suivi" : "New tracker"));
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
    const auto header = readNamedRange(model, "CondTrack_Header");
    const std::vector<CellWrite> headerCells =
        header ? headerWrites(*header, imported.header) : std::vector<CellWrite>{};
    const std::string where =
        say(Message::ImportNewWorkbook, command.language, documentTitle(model));
    Outcome outcome = applyImport(inNew, tracker, imported, reason, where, headerCells);
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
    options.language = command.language == Language::French ? "fr" : "en";
    options.activityId = command.text("Activity");
    IatiImport imported;
    try {
        const XmlElement root = parseXml(readFile(path, options.limits.maxBytes), options.limits);
        const auto activities = listIatiActivities(root, options.language);
        if (options.activityId.empty() && activities.size() > 1 && personActing(command)) {
            const auto chosen = chooseActivity(command.context, command.frame->getContainerWindow(),
                                               activities, command.language);
            if (!chosen) return {true, {}}; // cancelled
            options.activityId = activities[*chosen].identifier;
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
    return applyImport(command, tracker, imported, reason,
                       say(Message::ImportTracker, command.language, documentTitle(command.model)),
                       {});
}

} // namespace condtrack::addin
