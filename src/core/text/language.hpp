#pragma once

// The languages condtrack speaks, and how a locale picks one.

#include <string_view>

namespace condtrack {

enum class Language { English, French, Portuguese };

// French for any fr-* locale, Portuguese for any pt-* (pt-BR too), English
// for everything else.
Language languageOf(std::string_view locale);

// The gettext language code: "en", "fr" or "pt".
std::string_view languageCode(Language language);

// French and European Portuguese write 3,5 and group thousands with a space;
// English writes 3.5 and groups with a comma.
bool usesDecimalComma(Language language);

} // namespace condtrack
