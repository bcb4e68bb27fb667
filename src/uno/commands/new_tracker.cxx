#include "commands/command_context.hxx"
#include "dialogs/new_tracker_dialog.hxx"
#include "document/workbook_writer.hxx"
#include "office/any_conversion.hxx"
#include "text/messages.hpp"
#include "tracker/template.hpp"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

namespace condtrack::uno {

namespace {

std::optional<Language> sheetLanguage(const std::string& code) {
    if (code == "en") return Language::English;
    if (code == "fr") return Language::French;
    if (code == "pt") return Language::Portuguese;
    return std::nullopt;
}

// The options from the arguments; a person who gave none is asked.
std::optional<TrackerOptions> optionsOf(const CommandContext& command) {
    TrackerOptions options;
    options.language = command.language;
    if (command.has("Language")) {
        const auto language = sheetLanguage(command.text("Language"));
        if (!language)
            throw InvalidArgument(std::string(tr(STR_NEW_TRACKER_LIMITS, command.language)));
        options.language = *language;
    }
    options.firstYear =
        command.whole("FirstYear").value_or(boost::gregorian::day_clock::local_day().year());
    options.years = command.whole("Years").value_or(options.years);
    options.indicators = command.whole("Indicators").value_or(options.indicators);
    options.currency = toUtf8(fromUtf8(command.text("Currency")).trim().toAsciiUpperCase());
    const bool asked = command.has("FirstYear") || command.has("Years") ||
                       command.has("Indicators") || command.has("Currency");
    if (!asked && !command.quiet() && command.frame.is())
        return askNewTracker(command.context, command.frame->getContainerWindow(), options,
                             command.language);
    return options;
}

// Where the person starts typing: the first indicator's title.
void showFirstInput(const CommandContext& command, const TrackerOptions& options) {
    if (!command.frame.is()) return;
    const css::uno::Reference<css::view::XSelectionSupplier> selection(
        command.frame->getController(), css::uno::UNO_QUERY);
    const css::uno::Reference<css::sheet::XSpreadsheetDocument> document(command.model,
                                                                         css::uno::UNO_QUERY);
    if (!selection.is() || !document.is()) return;
    const auto name = fromUtf8(trackerSheetNames(options.language).front());
    const css::uno::Reference<css::table::XCellRange> sheet(document->getSheets()->getByName(name),
                                                            css::uno::UNO_QUERY_THROW);
    selection->select(css::uno::Any(sheet->getCellByPosition(layout::v2::indicator_col::Title,
                                                             layout::v2::kIndicatorHeaderRows)));
}

} // namespace

Outcome newTracker(const CommandContext& command) {
    if (!isSpreadsheet(command.model))
        return {false, say(Message::NotASpreadsheet, command.language)};
    if (structureProtected(command.model))
        return {false, say(Message::WorkbookProtected, command.language)};
    std::optional<TrackerOptions> options = optionsOf(command);
    if (!options) return {true, {}}; // cancelled: nothing to say
    options->validate();             // before any date is made from the first year
    options->firstReview = Date(static_cast<unsigned short>(options->firstYear + 1), 3, 31);
    const WorkbookPlan plan = newTrackerPlan(*options);

    if (const auto clash = collision(command.model, plan, trackerRangeNames())) {
        const bool isRange = clash->kind == Collision::Kind::NamedRange;
        return {false, say(isRange ? Message::TrackerExists : Message::SheetExists,
                           command.language, clash->name)};
    }
    applyPlan(command.model, plan,
              fromUtf8(std::string(tr(STR_UNDO_NEW_TRACKER, command.language))));
    showFirstInput(command, *options);
    return {true, say(Message::TrackerCreated, command.language)};
}

} // namespace condtrack::uno
