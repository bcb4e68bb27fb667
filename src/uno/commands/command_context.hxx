#pragma once

// The commands behind vnd.condtrack: URLs, each a function of a context, one
// file each; what they share lives here.

#include "functions/function_table.hpp"
#include "text/strings.hpp"
#include "tracker/assessment.hpp"
#include "tracker/model.hpp"
#include "tracker/reader.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace condtrack::uno {

struct Outcome {
    bool ok = false;
    std::string message; // for the person acting, in their language
};

struct CommandContext {
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame;
    css::uno::Reference<css::frame::XModel> model;
    Language language = Language::English;
    std::map<std::string, css::uno::Any> arguments; // dispatch arguments by name

    std::string text(const std::string& name) const;
    // A finite number, or nullopt when absent; InvalidArgument for NaN or infinity.
    std::optional<double> number(const std::string& name) const;
    // A whole number (years, counts); InvalidArgument for anything else.
    std::optional<int> whole(const std::string& name) const;
    bool has(const std::string& name) const { return arguments.count(name) > 0; }
    // A yes/no argument; `otherwise` when absent or not a boolean.
    bool flag(const std::string& name, bool otherwise = false) const;
    // Scripts pass Quiet=true: the outcome goes to the listener and the log only.
    bool quiet() const;
};

using CommandFunction = Outcome (*)(const CommandContext&);
const CommandFunction* findCommand(const std::string& name);

// Shared by the commands.
bool isSpreadsheet(const css::uno::Reference<css::frame::XModel>& model);
bool structureProtected(const css::uno::Reference<css::frame::XModel>& model);

// The open tracker, or the message that says why there is none to act on.
struct LoadedTracker {
    std::optional<TrackerModel> model;
    TrackerTables tables;
    RangeTable log;
    std::optional<Outcome> refusal;
};
LoadedTracker loadTracker(const CommandContext& command);

// Who acts and when, for the log rows a command appends.
Stamp stampOf(const CommandContext& command);
Outcome refusalOutcome(const Refusal& refusal, Language language);
// Writes a planned change and its log rows as one undo step, unless a protected
// sheet or cells the user filled stand in the way.
Outcome applyPlanned(const CommandContext& command, const LoadedTracker& tracker,
                     const ChangePlan& plan, TranslateId undoAction);

// What a change wrote, for its message: "IND-13 2018, decision — → transfer,
// approved on — → 2019-03-20", each field named in the user's language.
std::string changeSummary(const std::string& subject, int year, const ChangePlan& plan,
                          const std::function<std::string(const std::string&)>& fieldName);

Outcome newTracker(const CommandContext& command);
Outcome recordAssessment(const CommandContext& command);
Outcome closeReview(const CommandContext& command);
Outcome reviewReport(const CommandContext& command);
Outcome exportIati(const CommandContext& command);
Outcome importIati(const CommandContext& command);
Outcome upgradeTracker(const CommandContext& command);
Outcome recordDecision(const CommandContext& command);
Outcome recordCondition(const CommandContext& command);

} // namespace condtrack::uno
