#pragma once

// The compiled catalogues, as the build generates them from po/*.po and
// src/core/text/strings.hpp (cmake/Catalogue.cmake). Read through
// catalogue.hpp; the tests read the tables directly to check them.

#include "text/language.hpp"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace condtrack {

// One message as the source (strings.hpp) declares it; `plural` is empty for
// a message without plural forms.
struct SourceMessage {
    std::string_view id;
    std::string_view singular;
    std::string_view plural;
};

// One translated message; `english` is the msgid it was translated from, so
// that a translation of an English text since changed can be found.
struct CatalogueEntry {
    std::string_view id;
    std::string_view english;
    std::string_view englishPlural;
    std::array<std::string_view, 4> forms; // msgstr, or msgstr[0..3]
};

struct CompiledCatalogue {
    Language language;
    std::string_view pluralForms;        // the header's Plural-Forms value
    std::vector<CatalogueEntry> entries; // sorted by id
};

// Every message strings.hpp declares, sorted by id.
const std::vector<SourceMessage>& sourceMessages();
// The French and Portuguese catalogues.
const std::vector<CompiledCatalogue>& compiledCatalogues();

} // namespace condtrack
