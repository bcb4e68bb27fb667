// The compiled catalogues against the messages the code declares
// (src/core/text/strings.hpp), lookups with their fallbacks, and the texts
// the extension's configuration files carry.

#include "text/catalogue.hpp"
#include "text/catalogue_tables.hpp"
#include "text/plural_forms.hpp"
#include "text/strings.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace condtrack;

namespace {

constexpr std::string_view kNarrowNoBreakSpace = "\u202F";
constexpr std::string_view kNoBreakSpace = "\u00A0";

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t placeholders(std::string_view text) {
    std::size_t count = 0;
    for (auto at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2))
        ++count;
    return count;
}

std::string nameOf(Language language) {
    return std::string(languageCode(language));
}

// Every form a catalogue entry must fill: one, or nplurals for a plural.
std::vector<std::string_view> formsOf(const CatalogueEntry& entry, int plurals) {
    const auto used = entry.englishPlural.empty() ? 1 : plurals;
    return {entry.forms.begin(), entry.forms.begin() + used};
}

} // namespace

TEST(Catalogue, TheSourceDeclaresMessagesOnce) {
    std::set<std::string_view> ids;
    for (const auto& message : sourceMessages()) {
        EXPECT_TRUE(ids.insert(message.id).second) << message.id;
        EXPECT_FALSE(message.singular.empty()) << message.id;
    }
    EXPECT_GT(ids.size(), 100u);
}

TEST(Catalogue, FrenchAndPortugueseAreBothCompiledIn) {
    std::set<Language> languages;
    for (const auto& catalogue : compiledCatalogues())
        languages.insert(catalogue.language);
    EXPECT_EQ(languages, (std::set<Language>{Language::French, Language::Portuguese}));
}

TEST(Catalogue, EveryMessageIsTranslatedFromItsCurrentEnglish) {
    for (const auto& catalogue : compiledCatalogues()) {
        const PluralForms plurals(catalogue.pluralForms);
        std::map<std::string_view, const CatalogueEntry*> entries;
        for (const auto& entry : catalogue.entries)
            entries[entry.id] = &entry;
        for (const auto& message : sourceMessages()) {
            const auto it = entries.find(message.id);
            ASSERT_NE(it, entries.end())
                << message.id << " is missing from po/" << nameOf(catalogue.language) << ".po";
            const CatalogueEntry& entry = *it->second;
            EXPECT_EQ(entry.english, message.singular)
                << message.id << " in " << nameOf(catalogue.language) << ".po is stale";
            EXPECT_EQ(entry.englishPlural, message.plural) << message.id;
            for (const auto form : formsOf(entry, plurals.count())) {
                EXPECT_FALSE(form.empty())
                    << message.id << " empty in " << nameOf(catalogue.language);
                EXPECT_EQ(placeholders(form), placeholders(message.singular)) << message.id;
            }
        }
    }
}

TEST(Catalogue, NoCatalogueKeepsAMessageTheCodeNoLongerDeclares) {
    std::set<std::string_view> declared;
    for (const auto& message : sourceMessages())
        declared.insert(message.id);
    for (const auto& catalogue : compiledCatalogues())
        for (const auto& entry : catalogue.entries)
            EXPECT_TRUE(declared.count(entry.id))
                << entry.id << " in " << nameOf(catalogue.language) << ".po is not in strings.hpp";
}

// Only strings.hpp declares messages: an NC_ elsewhere would escape both the
// template and the tests above.
TEST(Catalogue, MessagesAreDeclaredOnlyInStringsHpp) {
    const std::filesystem::path src = std::filesystem::path(CONDTRACK_SOURCE_DIR) / "src";
    const std::regex declaration(R"(\bN?NC_\s*\()");
    for (const auto& file : std::filesystem::recursive_directory_iterator(src)) {
        if (!file.is_regular_file()) continue;
        const auto name = file.path().filename().string();
        if (name == "strings.hpp" || name == "catalogue.hpp") continue;
        const std::string text = readFile(file.path());
        EXPECT_FALSE(std::regex_search(text, declaration)) << file.path();
    }
}

TEST(Catalogue, LooksUpByLanguageWithEnglishAsTheSource) {
    EXPECT_EQ(tr(STR_DLG_CANCEL, Language::English), "Cancel");
    EXPECT_EQ(tr(STR_DLG_CANCEL, Language::French), "Annuler");
    EXPECT_EQ(tr(STR_DLG_CANCEL, Language::Portuguese), "Cancelar");
    EXPECT_EQ(tr(STR_MENU_CONDITIONALITY, Language::French), "Conditionnalité");
    EXPECT_EQ(tr(STR_MENU_CONDITIONALITY, Language::Portuguese), "Condicionalidade");
}

TEST(Catalogue, FallsBackToEnglishForAnUnknownOrChangedMessage) {
    EXPECT_EQ(tr(TranslateId{"STR_NOT_DECLARED", "Hello"}, Language::French), "Hello");
    // A translation of the old English text is not shown for the new one.
    EXPECT_EQ(tr(TranslateId{"STR_DLG_CANCEL", "Abort"}, Language::Portuguese), "Abort");
}

TEST(Catalogue, PluralsFollowEachLanguagesRule) {
    const auto indicators = STR_DLG_ACTIVITY_INDICATORS;
    EXPECT_EQ(count(indicators, Language::English, 0), "0 indicators");
    EXPECT_EQ(count(indicators, Language::English, 1), "1 indicator");
    EXPECT_EQ(count(indicators, Language::French, 0), "0 indicateur");
    EXPECT_EQ(count(indicators, Language::French, 1), "1 indicateur");
    EXPECT_EQ(count(indicators, Language::French, 2), "2 indicateurs");
    EXPECT_EQ(count(indicators, Language::Portuguese, 0), "0 indicadores");
    EXPECT_EQ(count(indicators, Language::Portuguese, 1), "1 indicador");
    EXPECT_EQ(count(indicators, Language::Portuguese, 12), "12 indicadores");
}

TEST(Catalogue, FillPutsValuesInOrderAndLeavesSpareSlots) {
    EXPECT_EQ(fill("{} of {}", {"1", "3"}), "1 of 3");
    EXPECT_EQ(fill("{} and {}", {"a"}), "a and {}");
    EXPECT_EQ(fill("none", {"a"}), "none");
    EXPECT_EQ(fill("{}", {"{}"}), "{}");
    EXPECT_EQ(tr(STR_UNKNOWN_YEAR, Language::French, {"2031"}), "Le suivi n'a pas d'année 2031.");
}

// French typography: a no-break space before : ; ? and !, one word for an
// assessment (appréciation) and one for a waived indicator (neutralisé).
TEST(Catalogue, FrenchUsesOneVocabularyAndItsPunctuationSpaces) {
    for (const auto& catalogue : compiledCatalogues()) {
        if (catalogue.language != Language::French) continue;
        for (const auto& entry : catalogue.entries)
            for (const auto form : formsOf(entry, 2)) {
                const std::string text(form);
                EXPECT_EQ(text.find("valuation"), std::string::npos) << entry.id;
                EXPECT_EQ(text.find("évalu"), std::string::npos) << entry.id;
                EXPECT_EQ(text.find("abandonn"), std::string::npos) << entry.id;
                EXPECT_EQ(text.find("Conditionnalités"), std::string::npos) << entry.id;
                for (std::size_t at = text.find_first_of(":;?!"); at != std::string::npos;
                     at = text.find_first_of(":;?!", at + 1)) {
                    const std::string before = text.substr(0, at);
                    const bool spaced =
                        (before.size() >= 3 &&
                         before.substr(before.size() - 3) == kNarrowNoBreakSpace) ||
                        (before.size() >= 2 && before.substr(before.size() - 2) == kNoBreakSpace);
                    EXPECT_TRUE(spaced) << entry.id << ": " << text;
                }
            }
    }
}

// The menu and the sidebar deck, registered in extension/config/*.xcu, say
// what the catalogue says, in each language.
TEST(Catalogue, ConfigurationTitlesMatchTheCatalogue) {
    const std::filesystem::path config =
        std::filesystem::path(CONDTRACK_SOURCE_DIR) / "extension/config";
    const std::vector<std::pair<std::string, std::vector<TranslateId>>> files{
        {"Addons.xcu",
         {STR_MENU_CONDITIONALITY, STR_MENU_NEW_TRACKER, STR_MENU_RECORD_ASSESSMENT,
          STR_MENU_RECORD_DECISION, STR_MENU_RECORD_CONDITION, STR_MENU_REVIEW_REPORT,
          STR_MENU_EXPORT_IATI, STR_MENU_IMPORT_IATI, STR_MENU_CLOSE_REVIEW,
          STR_MENU_UPGRADE_TRACKER}},
        {"Sidebar.xcu",
         {STR_DECK_TITLE, STR_PANEL_INDICATORS, STR_PANEL_TRANCHES, STR_PANEL_CALENDAR}}};
    const std::regex title(R"(<prop oor:name="Title"[^>]*>([\s\S]*?)</prop>)");
    const std::regex value(R"re(<value xml:lang="([a-zA-Z-]+)">([^<]*)</value>)re");
    for (const auto& [file, messages] : files) {
        const std::string text = readFile(config / file);
        std::vector<std::map<std::string, std::string>> titles;
        for (std::sregex_iterator t(text.begin(), text.end(), title), end; t != end; ++t) {
            const std::string body = (*t)[1];
            auto& byLanguage = titles.emplace_back();
            for (std::sregex_iterator v(body.begin(), body.end(), value); v != end; ++v)
                byLanguage[(*v)[1]] = (*v)[2];
        }
        ASSERT_EQ(titles.size(), messages.size()) << file;
        for (std::size_t i = 0; i < messages.size(); ++i) {
            EXPECT_EQ(titles[i]["en-US"], tr(messages[i], Language::English)) << file;
            EXPECT_EQ(titles[i]["fr"], tr(messages[i], Language::French)) << file;
            EXPECT_EQ(titles[i]["pt"], tr(messages[i], Language::Portuguese)) << file;
            EXPECT_EQ(titles[i].size(), 3u) << file << ": " << messages[i].id;
        }
    }
}
