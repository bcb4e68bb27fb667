#include "commands.hxx"

#include "any_conversion.hxx"
#include "messages.hpp"
#include "tracker_template.hpp"
#include "workbook_writer.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

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
    if (it != arguments.end() && (it->second >>= value)) return value;
    return std::nullopt;
}

bool CommandContext::quiet() const {
    const auto it = arguments.find("Quiet");
    bool value = false;
    return it != arguments.end() && (it->second >>= value) && value;
}

namespace {

const std::map<std::string, CommandFunction>& commandTable() {
    static const std::map<std::string, CommandFunction> table{
        {"NewTracker", &newTracker},
    };
    return table;
}

bool isSpreadsheet(const uno::Reference<css::frame::XModel>& model) {
    return uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY).is();
}

} // namespace

const CommandFunction* findCommand(const std::string& name) {
    const auto it = commandTable().find(name);
    return it == commandTable().end() ? nullptr : &it->second;
}

Outcome newTracker(const CommandContext& command) {
    if (!isSpreadsheet(command.model))
        return {false, say(Message::NotASpreadsheet, command.language)};
    TrackerOptions options;
    options.language = command.language;
    const int thisYear = boost::gregorian::day_clock::local_day().year();
    options.firstYear = static_cast<int>(command.number("FirstYear").value_or(thisYear));
    options.years = static_cast<int>(command.number("Years").value_or(options.years));
    options.indicators =
        static_cast<int>(command.number("Indicators").value_or(options.indicators));
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

} // namespace condtrack::addin
