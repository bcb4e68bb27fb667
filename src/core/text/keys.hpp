#pragma once

#include <string>
#include <string_view>

namespace condtrack {

// Normalises a keyword typed by a user: trims, lower-cases ASCII and folds the
// accented letters French and Portuguese keywords use, so "Linéaire " matches
// "lineaire" and "BINÁRIO" matches "binario".
std::string normaliseKeyword(std::string_view text);

// Without leading and trailing ASCII whitespace (space, tab, newlines, \v, \f).
std::string trim(std::string_view text);
// ASCII letters lower-cased; every other byte (UTF-8 included) as it is.
std::string lowerAscii(std::string_view text);

// At most `characters` characters of UTF-8 text, cut between characters (a
// byte count would split "é"), with "…" when something was cut.
std::string shortened(std::string_view text, std::size_t characters);

} // namespace condtrack
