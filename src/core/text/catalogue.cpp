#include "text/catalogue.hpp"

#include "text/catalogue_tables.hpp"
#include "text/plural_forms.hpp"

#include <algorithm>
#include <string>

namespace condtrack {

namespace {

// English is the source language; gettext's rule for it.
constexpr std::string_view kEnglishPlurals = "nplurals=2; plural=(n != 1);";

const CompiledCatalogue* catalogueOf(Language language) {
    for (const auto& catalogue : compiledCatalogues())
        if (catalogue.language == language) return &catalogue;
    return nullptr;
}

// The entry of `id` translated from `english`, or nullptr: a translation made
// for an English text since changed is not used.
const CatalogueEntry* entryOf(Language language, std::string_view id, std::string_view english) {
    const CompiledCatalogue* catalogue = catalogueOf(language);
    if (catalogue == nullptr) return nullptr;
    const auto& entries = catalogue->entries;
    const auto it = std::lower_bound(
        entries.begin(), entries.end(), id,
        [](const CatalogueEntry& entry, std::string_view wanted) { return entry.id < wanted; });
    if (it == entries.end() || it->id != id || it->english != english) return nullptr;
    return &*it;
}

const PluralForms& pluralFormsOf(Language language) {
    static const PluralForms english(kEnglishPlurals);
    static const PluralForms french(catalogueOf(Language::French)
                                        ? catalogueOf(Language::French)->pluralForms
                                        : kEnglishPlurals);
    static const PluralForms portuguese(catalogueOf(Language::Portuguese)
                                            ? catalogueOf(Language::Portuguese)->pluralForms
                                            : kEnglishPlurals);
    switch (language) {
    case Language::French: return french;
    case Language::Portuguese: return portuguese;
    case Language::English: return english;
    }
    return english;
}

} // namespace

std::string_view tr(TranslateId message, Language language) {
    if (const CatalogueEntry* entry = entryOf(language, message.id, message.english);
        entry != nullptr && !entry->forms[0].empty())
        return entry->forms[0];
    return message.english;
}

std::string_view trn(TranslateNId message, Language language, unsigned long n) {
    const auto form = static_cast<std::size_t>(pluralFormsOf(language).formFor(n));
    if (const CatalogueEntry* entry = entryOf(language, message.id, message.singular);
        entry != nullptr && entry->englishPlural == message.plural && form < entry->forms.size() &&
        !entry->forms[form].empty())
        return entry->forms[form];
    return n == 1 ? message.singular : message.plural;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values) {
    std::string out;
    out.reserve(pattern.size());
    auto value = values.begin();
    std::size_t at = 0;
    for (;;) {
        const auto slot = pattern.find("{}", at);
        if (slot == std::string_view::npos || value == values.end()) break;
        out.append(pattern.substr(at, slot - at));
        out.append(*value++);
        at = slot + 2;
    }
    out.append(pattern.substr(at));
    return out;
}

std::string tr(TranslateId message, Language language,
               std::initializer_list<std::string_view> values) {
    return fill(tr(message, language), values);
}

std::string count(TranslateNId message, Language language, unsigned long n) {
    return fill(trn(message, language, n), {std::to_string(n)});
}

} // namespace condtrack
