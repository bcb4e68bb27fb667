#include "iati/sectors.hpp"

#include "iati/export.hpp"
#include "rules/errors.hpp"
#include "text/catalogue.hpp"
#include "text/keys.hpp"
#include "text/strings.hpp"
#include "xml/reader.hpp"
#include "xml/writer.hpp"

#include <algorithm>
#include <array>
#include <optional>

namespace condtrack {

namespace {

// The active codes of IATI's Sector codelist (IATI-Codelists-NonEmbedded,
// vendored as tests/data/iati-rulesets/codelists/codelists.json, which a
// unit test compares with this list), ascending.
constexpr std::array kDacSectors{
    11110, 11120, 11130, 11182, 11220, 11230, 11231, 11232, 11240, 11250, 11260, 11320, 11330,
    11420, 11430, 12110, 12181, 12182, 12191, 12196, 12220, 12230, 12240, 12250, 12261, 12262,
    12263, 12264, 12281, 12310, 12320, 12330, 12340, 12350, 12382, 13010, 13020, 13030, 13040,
    13081, 13096, 14010, 14015, 14020, 14021, 14022, 14030, 14031, 14032, 14040, 14050, 14081,
    15110, 15111, 15112, 15113, 15114, 15116, 15117, 15118, 15119, 15121, 15122, 15123, 15124,
    15125, 15126, 15127, 15128, 15129, 15130, 15131, 15132, 15133, 15134, 15135, 15136, 15137,
    15142, 15143, 15144, 15150, 15151, 15152, 15153, 15154, 15155, 15156, 15160, 15170, 15180,
    15185, 15190, 15196, 15210, 15220, 15230, 15240, 15250, 15261, 16010, 16011, 16012, 16013,
    16014, 16015, 16020, 16030, 16040, 16050, 16061, 16062, 16063, 16064, 16065, 16066, 16070,
    16080, 21010, 21011, 21012, 21013, 21020, 21021, 21022, 21023, 21024, 21030, 21040, 21050,
    21061, 21081, 22010, 22011, 22012, 22013, 22020, 22030, 22040, 23110, 23111, 23112, 23181,
    23182, 23183, 23210, 23220, 23230, 23231, 23232, 23240, 23250, 23260, 23270, 23310, 23320,
    23330, 23340, 23350, 23360, 23410, 23510, 23610, 23620, 23630, 23631, 23640, 23641, 23642,
    24010, 24020, 24030, 24040, 24050, 24081, 25010, 25020, 25030, 25040, 31110, 31120, 31130,
    31140, 31150, 31161, 31162, 31163, 31164, 31165, 31166, 31181, 31182, 31191, 31192, 31193,
    31194, 31195, 31210, 31220, 31261, 31281, 31282, 31291, 31310, 31320, 31381, 31382, 31391,
    32110, 32120, 32130, 32140, 32161, 32162, 32163, 32164, 32165, 32166, 32167, 32168, 32169,
    32170, 32171, 32172, 32173, 32174, 32182, 32210, 32220, 32261, 32262, 32263, 32264, 32265,
    32266, 32267, 32268, 32310, 33110, 33120, 33130, 33140, 33150, 33181, 33210, 41010, 41020,
    41030, 41040, 41081, 41082, 43010, 43030, 43031, 43032, 43040, 43041, 43042, 43050, 43060,
    43071, 43072, 43073, 43081, 43082, 51010, 52010, 53030, 53040, 60010, 60020, 60030, 60040,
    60061, 60062, 60063, 72010, 72011, 72012, 72040, 72050, 73010, 74020, 91010, 93010, 93011,
    93012, 93013, 93014, 93015, 93016, 93017, 93018, 99810, 99820};

constexpr int kWhole = 10000; // 100 %

// "60", "60%", "33.33", "33,33 %": hundredths; nullopt when not such a number.
std::optional<int> percentageOf(std::string_view text) {
    std::string s = trim(text);
    if (!s.empty() && s.back() == '%') s = trim(std::string_view(s).substr(0, s.size() - 1));
    long whole = 0;
    int decimals = 0, fraction = 0;
    bool point = false, digits = false;
    for (const char c : s) {
        if ((c == '.' || c == ',') && !point) {
            point = true;
        } else if (c >= '0' && c <= '9') {
            digits = true;
            if (!point) {
                whole = whole * 10 + (c - '0');
                if (whole > 100) return std::nullopt;
            } else if (++decimals <= 2) {
                fraction = fraction * 10 + (c - '0');
            } else if (c != '0') {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    if (!digits) return std::nullopt;
    if (decimals == 1) fraction *= 10;
    const int hundredths = static_cast<int>(whole) * 100 + fraction;
    if (hundredths <= 0 || hundredths > kWhole) return std::nullopt;
    return hundredths;
}

std::string percentText(int hundredths) {
    std::string text = std::to_string(hundredths / 100);
    if (const int rest = hundredths % 100; rest != 0)
        text += (rest % 10 == 0) ? "." + std::to_string(rest / 10)
                                 : (rest < 10 ? ".0" : ".") + std::to_string(rest);
    return text;
}

std::vector<std::string> split(std::string_view text) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ';' || text[i] == '\n') {
            if (std::string part = trim(text.substr(start, i - start)); !part.empty())
                parts.push_back(std::move(part));
            start = i + 1;
        }
    }
    return parts;
}

// "15110 60": the code and the rest.
std::pair<std::string, std::string> codeAndRest(const std::string& part) {
    const std::size_t space = part.find_first_of(" \t");
    if (space == std::string::npos) return {part, {}};
    return {part.substr(0, space), trim(std::string_view(part).substr(space))};
}

} // namespace

bool isDacSectorCode(std::string_view code) {
    if (code.size() != 5) return false;
    int value = 0;
    for (const char c : code) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return std::binary_search(kDacSectors.begin(), kDacSectors.end(), value);
}

IatiSectors parseSectors(std::string_view text, AidType aidType, const std::string& where,
                         Language language) {
    const auto refuse = [&](std::string why) { throw InvalidArgument(where + ": " + why); };
    // A French text may put a no-break space before ';' or '%'.
    std::string typed(text);
    for (const std::string_view space : {"\u202f", "\u00a0"})
        for (auto at = typed.find(space); at != std::string::npos; at = typed.find(space))
            typed.replace(at, space.size(), " ");
    const std::vector<std::string> parts = split(typed);
    if (parts.empty()) {
        if (aidType == AidType::SectorBudgetSupport)
            refuse(std::string(tr(STR_SECTOR_A02, language)));
        return {{kGeneralBudgetSupportSector, kWhole}};
    }
    IatiSectors sectors;
    int total = 0;
    for (const auto& part : parts) {
        auto [code, rest] = codeAndRest(part);
        if (!isDacSectorCode(code)) refuse(tr(STR_SECTOR_CODE, language, {code}));
        for (const auto& seen : sectors)
            if (seen.code == code) refuse(tr(STR_SECTOR_TWICE, language, {code}));
        std::optional<int> share;
        if (rest.empty() && parts.size() == 1)
            share = kWhole;
        else if (rest.empty())
            refuse(tr(STR_SECTOR_NO_PERCENTAGE, language, {code}));
        else
            share = percentageOf(rest);
        if (!share) refuse(tr(STR_SECTOR_PERCENTAGE, language, {code, rest}));
        total += *share;
        sectors.push_back({code, *share});
    }
    if (total != kWhole) {
        std::string sum = percentText(total);
        if (usesDecimalComma(language)) std::replace(sum.begin(), sum.end(), '.', ',');
        refuse(tr(STR_SECTOR_SUM, language, {sum}));
    }
    return sectors;
}

std::string sectorsText(const IatiSectors& sectors) {
    if (sectors.size() == 1 && sectors[0].hundredths == kWhole) return sectors[0].code;
    std::string text;
    for (const auto& sector : sectors)
        text += (text.empty() ? "" : "; ") + sector.code + " " + percentText(sector.hundredths);
    return text;
}

void writeSectors(XmlWriter& writer, const IatiSectors& sectors, AidType aidType) {
    IatiSectors written = sectors;
    if (written.empty() && aidType == AidType::GeneralBudgetSupport)
        written.push_back({kGeneralBudgetSupportSector, kWhole});
    for (const auto& sector : written)
        writer.open("sector")
            .attribute("vocabulary", "1")
            .attribute("code", sector.code)
            .attribute("percentage", percentText(sector.hundredths))
            .close();
}

IatiSectors readSectors(const XmlElement& activity) {
    std::vector<const XmlElement*> dac;
    for (const XmlElement* sector : activity.childrenNamed("sector")) {
        const std::string* vocabulary = sector->attribute("vocabulary");
        if (vocabulary == nullptr || trim(*vocabulary) == "1") dac.push_back(sector);
    }
    IatiSectors sectors;
    int total = 0;
    for (const XmlElement* sector : dac) {
        const std::string* code = sector->attribute("code");
        const std::string* percentage = sector->attribute("percentage");
        if (code == nullptr || !isDacSectorCode(trim(*code))) continue;
        const std::optional<int> share =
            percentage != nullptr ? percentageOf(*percentage)
                                  : (dac.size() == 1 ? std::optional<int>(kWhole) : std::nullopt);
        if (!share) return {};
        total += *share;
        sectors.push_back({trim(*code), *share});
    }
    if (total != kWhole) return {};
    return sectors;
}

} // namespace condtrack
