#include "text/keys.hpp"

#include <cctype>
#include <string_view>

namespace condtrack {

namespace {

// The ASCII letter of each Latin-1 letter U+00C0..U+00FF (two UTF-8 bytes,
// 0xC3 then 0x80..0xBF), lower case; 0 where there is none (Æ, ×, ß...).
// French and Portuguese keywords use only these accents.
constexpr std::string_view kLatin1Base{"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0"
                                       "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y",
                                       64};

// The ASCII letter the two bytes at `at` fold to, or 0.
char folded(std::string_view text, std::size_t at) {
    if (at + 1 >= text.size() || static_cast<unsigned char>(text[at]) != 0xC3) return 0;
    const auto second = static_cast<unsigned char>(text[at + 1]);
    if (second < 0x80 || second > 0xBF) return 0;
    return kLatin1Base[second - 0x80];
}

} // namespace

std::string normaliseKeyword(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        if (const char ascii = folded(text, i); ascii != 0) {
            out.push_back(ascii);
            i += 2;
            continue;
        }
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
