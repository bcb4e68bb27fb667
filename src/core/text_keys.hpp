#pragma once

#include <string>
#include <string_view>

namespace condtrack {

// Normalises a keyword typed by a user: trims, lower-cases ASCII and folds the
// accented letters French keywords use, so "Linéaire " matches "lineaire".
std::string normaliseKeyword(std::string_view text);

} // namespace condtrack
