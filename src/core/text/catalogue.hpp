#pragma once

// Every text a person reads, looked up by message id in the catalogue of the
// language asked for. The code holds the English text (the source, as with
// gettext); po/fr.po and po/pt.po hold the translations, compiled into the
// core at build time. A text missing from a catalogue falls back to English.

#include "text/language.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

namespace condtrack {

// A message: its id (the gettext context) and its English text.
struct TranslateId {
    const char* id;
    const char* english;
};

// A message whose form follows a count: English singular and plural.
struct TranslateNId {
    const char* id;
    const char* singular;
    const char* plural;
};

// In the style of LibreOffice's NC_ and NNC_; only src/core/text/strings.hpp
// uses them, so that one file lists every message id.
#define NC_(Id, English)                                                                           \
    ::condtrack::TranslateId {                                                                     \
        Id, English                                                                                \
    }
#define NNC_(Id, Singular, Plural)                                                                 \
    ::condtrack::TranslateNId {                                                                    \
        Id, Singular, Plural                                                                       \
    }

// The text of `message` in `language`.
std::string_view tr(TranslateId message, Language language);
// The form of `message` for the count n, by the catalogue's Plural-Forms.
std::string_view trn(TranslateNId message, Language language, unsigned long n);

// `pattern` with each "{}" replaced by the next value, in order; a "{}"
// without a value is left as it is.
std::string fill(std::string_view pattern, std::initializer_list<std::string_view> values);

// tr() then fill().
std::string tr(TranslateId message, Language language,
               std::initializer_list<std::string_view> values);
// trn() with the count put in the first "{}".
std::string count(TranslateNId message, Language language, unsigned long n);

} // namespace condtrack
