#pragma once

// Every spreadsheet function described once: names, category, help texts as
// catalogue messages (text/strings.hpp). The Function Wizard (through XAddIn)
// and the generated reference in docs/functions.md both read this table.

#include "text/catalogue.hpp"
#include "text/language.hpp"

#include <string_view>
#include <vector>

namespace condtrack {

enum class Category { DateTime, Financial, AddIn };

// The programmatic category names Calc understands.
std::string_view programmaticName(Category category);
std::string_view displayName(Category category, Language language);

struct ArgumentInfo {
    std::string_view idlName; // parameter name in idl/org/condtrack/XFunctions.idl
    TranslateId name;         // an identifier in every language: no spaces
    TranslateId description;
    bool optional;
};

struct FunctionInfo {
    std::string_view method;      // method name in the IDL interface
    std::string_view displayName; // what users type, the same in every language
    Category category;
    TranslateId description;
    std::vector<ArgumentInfo> arguments; // as the user sees them, without the hidden caller
    // Calc counts the hidden document-settings argument when it asks for an
    // argument by position.
    bool hasCaller;
};

const std::vector<FunctionInfo>& functionTable();
const FunctionInfo* findFunction(std::string_view method);
// Argument by its IDL position (the position Calc passes), or nullptr.
const ArgumentInfo* argumentAt(const FunctionInfo& function, int idlPosition);

} // namespace condtrack
