#include "text/language.hpp"

namespace condtrack {

namespace {

bool startsWithCode(std::string_view locale, std::string_view code) {
    if (locale.size() < code.size()) return false;
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = locale[i];
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (lower != code[i]) return false;
    }
    // "fr", "fr-FR", "fr_CA" but not "fra" or "frisian".
    if (locale.size() == code.size()) return true;
    const char next = locale[code.size()];
    return !((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'));
}

} // namespace

Language languageOf(std::string_view locale) {
    if (startsWithCode(locale, "fr")) return Language::French;
    if (startsWithCode(locale, "pt")) return Language::Portuguese;
    return Language::English;
}

std::string_view languageCode(Language language) {
    switch (language) {
    case Language::French: return "fr";
    case Language::Portuguese: return "pt";
    case Language::English: return "en";
    }
    return "en";
}

bool usesDecimalComma(Language language) {
    return language != Language::English;
}

} // namespace condtrack
