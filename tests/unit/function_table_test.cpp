// The function table agrees with the IDL that Calc introspects.

#include "functions/function_table.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>

using namespace condtrack;

namespace {

// method name -> parameter names, as idl/org/condtrack/XFunctions.idl declares them.
std::map<std::string, std::vector<std::string>> idlMethods() {
    std::ifstream in(CONDTRACK_SOURCE_DIR "/idl/org/condtrack/XFunctions.idl");
    std::stringstream text;
    text << in.rdbuf();
    const std::string idl = text.str();
    std::map<std::string, std::vector<std::string>> methods;
    const std::regex method(R"((\w+)\s*\(([^)]*)\)\s*raises)");
    const std::regex parameter(R"(\[in\][^,]*?(\w+)\s*(?:,|$))");
    for (std::sregex_iterator m(idl.begin(), idl.end(), method), end; m != end; ++m) {
        std::vector<std::string> params;
        const std::string list = (*m)[2];
        for (std::sregex_iterator p(list.begin(), list.end(), parameter); p != end; ++p)
            params.push_back((*p)[1]);
        methods[(*m)[1]] = params;
    }
    return methods;
}

} // namespace

TEST(FunctionTable, DescribesEveryIdlMethodWithItsParameters) {
    const auto methods = idlMethods();
    ASSERT_EQ(methods.size(), functionTable().size());
    for (const auto& function : functionTable()) {
        const auto it = methods.find(std::string(function.method));
        ASSERT_NE(it, methods.end()) << function.method;
        std::vector<std::string> expected;
        if (function.hasCaller) expected.push_back("options");
        for (const auto& argument : function.arguments)
            expected.emplace_back(argument.idlName);
        EXPECT_EQ(it->second, expected) << function.method;
    }
}

TEST(FunctionTable, EveryTextExistsInEnglishFrenchAndPortuguese) {
    for (const Language language : {Language::French, Language::Portuguese}) {
        for (const auto& function : functionTable()) {
            const auto english = tr(function.description, Language::English);
            EXPECT_FALSE(english.empty()) << function.method;
            EXPECT_NE(english, tr(function.description, language)) << function.method;
            for (const auto& argument : function.arguments) {
                EXPECT_FALSE(tr(argument.name, language).empty()) << argument.idlName;
                EXPECT_NE(tr(argument.description, Language::English),
                          tr(argument.description, language))
                    << argument.idlName;
            }
        }
    }
}

// The Function Wizard shows argument names as identifiers; Portuguese keeps
// them ASCII so that they read the same on every keyboard.
TEST(FunctionTable, ArgumentNamesAreIdentifiersPortugueseInAscii) {
    for (const auto& function : functionTable())
        for (const auto& argument : function.arguments) {
            for (const Language language :
                 {Language::English, Language::French, Language::Portuguese})
                EXPECT_EQ(std::string(tr(argument.name, language)).find(' '), std::string::npos)
                    << argument.idlName;
            EXPECT_TRUE(std::regex_match(std::string(tr(argument.name, Language::Portuguese)),
                                         std::regex("[a-z_]+")))
                << tr(argument.name, Language::Portuguese);
        }
}

TEST(FunctionTable, OptionalArgumentsSayItInEachLanguage) {
    for (const auto& function : functionTable())
        for (const auto& argument : function.arguments) {
            if (!argument.optional) continue;
            EXPECT_EQ(tr(argument.description, Language::English).rfind("Optional", 0), 0u);
            EXPECT_EQ(tr(argument.description, Language::French).rfind("Facultatif", 0), 0u);
            EXPECT_EQ(tr(argument.description, Language::Portuguese).rfind("Opcional", 0), 0u);
        }
}

TEST(FunctionTable, CategoryNamesAreTranslated) {
    EXPECT_EQ(displayName(Category::Financial, Language::English), "Financial");
    EXPECT_EQ(displayName(Category::Financial, Language::French), "Finances");
    EXPECT_EQ(displayName(Category::Financial, Language::Portuguese), "Financeiras");
}

TEST(FunctionTable, DisplayNamesAreUpperCaseCondNames) {
    for (const auto& function : functionTable())
        EXPECT_TRUE(
            std::regex_match(std::string(function.displayName), std::regex("COND\\.[A-Z]+")));
}

TEST(FunctionTable, OptionalArgumentsComeLast) {
    for (const auto& function : functionTable()) {
        bool seenOptional = false;
        for (const auto& argument : function.arguments) {
            if (seenOptional) {
                EXPECT_TRUE(argument.optional) << function.method;
            }
            seenOptional = seenOptional || argument.optional;
        }
    }
}

TEST(FunctionTable, CategoriesFollowWhatTheFunctionComputes) {
    EXPECT_EQ(findFunction("nextReview")->category, Category::DateTime);
    EXPECT_EQ(findFunction("tranche")->category, Category::Financial);
    EXPECT_EQ(findFunction("score")->category, Category::AddIn);
    EXPECT_EQ(programmaticName(Category::DateTime), "Date&Time");
}

TEST(FunctionTable, ArgumentPositionsCountTheHiddenCaller) {
    const FunctionInfo& milestone = *findFunction("milestone");
    EXPECT_EQ(argumentAt(milestone, 0), nullptr);
    EXPECT_EQ(argumentAt(milestone, 1)->idlName, "due");
    EXPECT_EQ(argumentAt(milestone, 4)->idlName, "warnDays");
    EXPECT_EQ(argumentAt(milestone, 5), nullptr);
    // Functions without the caller count from 0.
    const FunctionInfo& score = *findFunction("score");
    EXPECT_EQ(argumentAt(score, 0)->idlName, "actual");
    EXPECT_EQ(argumentAt(score, 4)->idlName, "threshold");
    EXPECT_EQ(argumentAt(score, 5), nullptr);
}

TEST(FunctionTable, FrenchAndPortugueseLocalesPickTheirLanguage) {
    EXPECT_EQ(languageOf("fr"), Language::French);
    EXPECT_EQ(languageOf("pt"), Language::Portuguese);
    EXPECT_EQ(languageOf("en"), Language::English);
    EXPECT_EQ(languageOf("de"), Language::English);
}
