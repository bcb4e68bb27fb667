#include "text/keys.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace condtrack {

namespace {

// UTF-8 sequences of the accented letters used in French keywords.
constexpr std::array<std::pair<std::string_view, char>, 14> kFolds{{
    {"\xC3\xA9", 'e'},
    {"\xC3\x89", 'e'},
    {"\xC3\xA8", 'e'},
    {"\xC3\x88", 'e'},
    {"\xC3\xAA", 'e'},
    {"\xC3\x8A", 'e'},
    {"\xC3\xA0", 'a'},
    {"\xC3\x80", 'a'},
    {"\xC3\xA2", 'a'},
    {"\xC3\xA7", 'c'},
    {"\xC3\x87", 'c'},
    {"\xC3\xAE", 'i'},
    {"\xC3\xB4", 'o'},
    {"\xC3\xBB", 'u'},
}};

} // namespace

std::string normaliseKeyword(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        bool folded = false;
        for (const auto& [utf8, ascii] : kFolds) {
            if (text.substr(i, utf8.size()) == utf8) {
                out.push_back(ascii);
                i += utf8.size();
                folded = true;
                break;
            }
        }
        if (folded) continue;
        const auto c = static_cast<unsigned char>(text[i++]);
        out.push_back(static_cast<char>(std::tolower(c)));
    }
    const auto first = out.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = out.find_last_not_of(" \t\r\n");
    return out.substr(first, last - first + 1);
}

std::string trim(std::string_view text) {
    constexpr std::string_view kSpace = " \t\n\v\f\r";
    const auto first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(kSpace);
    return std::string(text.substr(first, last - first + 1));
}

std::string lowerAscii(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string shortened(std::string_view text, std::size_t characters) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        // A character starts at every byte that is not a continuation byte.
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (count == characters) return std::string(text.substr(0, i)) + "…";
        ++count;
    }
    return std::string(text);
}

} // namespace condtrack
