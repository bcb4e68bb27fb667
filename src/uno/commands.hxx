#pragma once

// The commands behind vnd.condtrack: URLs, each a function of a context.

#include "function_table.hpp"

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <map>
#include <optional>
#include <string>

namespace condtrack::addin {

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

Outcome newTracker(const CommandContext& command);
Outcome recordAssessment(const CommandContext& command);
Outcome closeReview(const CommandContext& command);
Outcome reviewReport(const CommandContext& command);
Outcome exportIati(const CommandContext& command);
Outcome importIati(const CommandContext& command);

} // namespace condtrack::addin
