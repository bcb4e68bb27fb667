#include "fuzz_input.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

namespace condtrack::fuzz {

namespace greg = boost::gregorian;

namespace {

// Words the functions and the tracker reader look for, in English and French,
// with accents and in other cases, and texts that are easy to get wrong.
const std::vector<std::string>& dictionary() {
    static const std::vector<std::string> words = {
        // COND.SCORE methods
        "linear", "linéaire", "LINÉAIRE", "binary", "binaire", "Binaire", "partial", "partiel",
        "partielle", " Partial ",
        // waiver rules
        "reallocate", "réaffecter", "reaffecte", "réallouer", "A", "b", "transfer", "transférer",
        "transfere", "TRANSFÉRER",
        // roll conventions
        "following", "suivant", "modified", "modified following", "suivant modifié", "preceding",
        "précédent", "none", "aucun",
        // yes/no, states, tranche types
        "TRUE", "FALSE", "VRAI", "FAUX", "true", "vrai", "open", "ouvert", "ouverte", "closed",
        "clos", "close", "clôturé", "clôturée", "fixed", "fixe", "variable", "Variable",
        // statuses as the sheet shows them
        "met", "atteint", "not met", "non atteint", "pending", "en attente", "waived", "abandonné",
        "done", "done late", "overdue", "due soon", "on track",
        // log fields
        "actual", "evidence", "reopen",
        // IDs and lists
        "IND-01", "IND-02", "IND-13", "M-01", "M-02", "M-03", "M-01, M-02", " M-01 ,, M-01, M-99 ",
        ",", "IND-01 ",
        // numbers as text, timestamps and hashes
        "2018", "2019", "0", "0.85", "1.50", "1e-05", "-0", "nan", "inf", "1e309",
        "2026-11-26T23:30:05Z", "9999-99-99T99:99:99Z", std::string(64, '0'), std::string(64, 'a'),
        std::string(64, 'A'),
        // sheet names
        "Indicators", "Indicateurs", "Tranches", "Log", "Journal", "Reviews", "Revues", "Jalons",
        "Milestones", "It's a sheet", "Feuille 1",
        // blanks, broken and unusual UTF-8
        "", " ", "\t\r\n", "\303", "é", "\377\376", "…", "😀", "\302\240", std::string("a\0b", 3),
        std::string(300, 'x'), "https://example.org/e?a=1&b=2"};
    return words;
}

const double kSpecials[] = {
    std::numeric_limits<double>::quiet_NaN(),
    -std::numeric_limits<double>::quiet_NaN(),
    std::numeric_limits<double>::infinity(),
    -std::numeric_limits<double>::infinity(),
    std::numeric_limits<double>::denorm_min(),
    -std::numeric_limits<double>::denorm_min(),
    DBL_MIN,
    DBL_MAX,
    -DBL_MAX,
    DBL_EPSILON,
    -0.0,
    1.0 - DBL_EPSILON / 2,
    1.0 + DBL_EPSILON,
    9007199254740992.0, // 2^53
    9007199254740993.0,
    9.2233720368547758e18, // 2^63
    1.8446744073709552e19, // 2^64
    2147483647.0,
    2147483648.0,
    -2147483649.0,
    4.0e6,
    4.0e6 + 1,
    -4.0e6,
    2958465.0, // 9999-12-31 from 1899-12-30
    2958466.0,
    -657434.0, // 0100-01-01
    -200000.0,
    1e15,
    1e300,
    -1e300,
    0.5,
    1e-300,
};

} // namespace

std::uint16_t FuzzInput::u16() {
    return static_cast<std::uint16_t>(byte() | (byte() << 8));
}

std::uint32_t FuzzInput::u32() {
    return static_cast<std::uint32_t>(u16()) | (static_cast<std::uint32_t>(u16()) << 16);
}

std::uint64_t FuzzInput::u64() {
    return static_cast<std::uint64_t>(u32()) | (static_cast<std::uint64_t>(u32()) << 32);
}

long long FuzzInput::between(long long lo, long long hi) {
    if (hi <= lo) return lo;
    const auto span = static_cast<unsigned long long>(hi) - static_cast<unsigned long long>(lo);
    unsigned long long raw;
    if (span < 0x100)
        raw = byte();
    else if (span < 0x10000)
        raw = u16();
    else if (span < 0x100000000ULL)
        raw = u32();
    else
        raw = u64();
    if (span != ~0ULL) raw %= span + 1;
    return static_cast<long long>(static_cast<unsigned long long>(lo) + raw);
}

double FuzzInput::specialNumber() {
    return kSpecials[byte() % (sizeof kSpecials / sizeof kSpecials[0])];
}

double FuzzInput::number(Hint hint) {
    switch (hint) {
    case Hint::Fraction:
        switch (byte() % 4) {
        case 0: return byte() / 255.0;
        case 1: return byte() / 200.0 - 0.1;
        case 2: return 1.0 + (static_cast<int>(byte()) - 128) * 1e-12;
        default: break;
        }
        break;
    case Hint::Money:
        if (byte() % 4 != 3) return static_cast<double>(u32()) * 100.0 / (1 + byte() % 7);
        break;
    case Hint::Date:
        switch (byte() % 4) {
        case 0: return 36526.0 + static_cast<double>(between(0, 20000)); // 2000-2054
        case 1: return static_cast<double>(between(-800000, 3100000));
        case 2: return 43000.0 + between(0, 4000) + byte() / 256.0;
        default: break;
        }
        break;
    case Hint::Year:
        switch (byte() % 4) {
        case 0: return 2015.0 + byte() % 16;
        case 1: return static_cast<double>(between(1890, 10010));
        case 2: return 2018.0 + byte() / 256.0;
        default: break;
        }
        break;
    case Hint::Whole:
        switch (byte() % 4) {
        case 0: return 1.0 + byte() % 24;
        case 1: return static_cast<double>(between(-5, 1005));
        case 2: return static_cast<double>(static_cast<std::int16_t>(u16()));
        default: break;
        }
        break;
    case Hint::Flag:
        switch (byte() % 4) {
        case 0: return 1.0;
        case 1: return 0.0;
        case 2: return byte() / 64.0;
        default: break;
        }
        break;
    default: break;
    }
    switch (byte() % 10) {
    case 8: { // huge: sums and products of these overflow
        const double huge = DBL_MAX / (1 + byte() % 16);
        return coin() ? -huge : huge;
    }
    case 9: return std::ldexp(1.0 + byte() / 256.0, static_cast<int>(between(-1074, 1023)));
    case 0: return static_cast<double>(static_cast<std::int8_t>(byte()));
    case 1: {
        const std::uint64_t bits = u64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    case 2: return byte() / 255.0;
    case 3: return static_cast<double>(u32()) * 100.0;
    case 4: return specialNumber();
    case 5: return static_cast<std::int16_t>(u16()) / 7.0;
    case 6: return static_cast<double>(between(-800000, 3100000));
    default: return static_cast<double>(static_cast<std::int32_t>(u32()));
    }
}

std::string FuzzInput::keyword() {
    const auto& words = dictionary();
    return words[byte() % words.size()];
}

std::string FuzzInput::text(Hint hint) {
    const int kind = byte() % 4;
    if (kind == 0 || (hint == Hint::Keyword && kind == 3)) return keyword();
    if (kind == 1) {
        const std::size_t length = byte() % 24;
        std::string bytes;
        for (std::size_t i = 0; i < length && !exhausted(); ++i)
            bytes.push_back(static_cast<char>(byte()));
        return bytes;
    }
    if (kind == 2) {
        // A keyword in another case, padded.
        std::string word = keyword();
        const std::uint8_t how = byte();
        if (how & 1)
            std::transform(word.begin(), word.end(), word.begin(), [](char c) {
                return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
            });
        if (how & 2) word = " " + word;
        if (how & 4) word += "\t";
        return word;
    }
    // A number written as text.
    const double value = number(Hint::Number);
    if (!std::isfinite(value)) return keyword();
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, byte() % 2 ? "%.17g" : "%.2f", value);
    return buffer;
}

Cell FuzzInput::cell(Hint hint) {
    const std::uint8_t kind = byte();
    if (kind < 192) {
        if (hint == Hint::Keyword || hint == Hint::Text) return Cell{text(hint)};
        return Cell{number(hint)};
    }
    if (kind < 208) return Cell{Blank{}};
    if (kind < 224) return Cell{std::string()};
    if (kind < 240) return Cell{text(Hint::Text)};
    return Cell{specialNumber()};
}

Date FuzzInput::date() {
    static const Date kFirst(1400, 1, 1);
    static const Date kLast(9999, 12, 31);
    switch (byte() % 4) {
    case 0: return Date(2015, 1, 1) + greg::days(between(0, 6000));
    case 1: return kFirst + greg::days(between(0, (kLast - kFirst).days()));
    case 2: return coin() ? kFirst + greg::days(byte()) : kLast - greg::days(byte());
    default: {
        const auto year = static_cast<unsigned short>(2015 + byte() % 16);
        const auto month = static_cast<unsigned short>(1 + byte() % 12);
        return Date(year, month, 1).end_of_month();
    }
    }
}

Date FuzzInput::nullDate() {
    switch (byte() % 4) {
    case 0: return Date(1899, 12, 30);
    case 1: return Date(1900, 1, 1);
    case 2: return Date(1904, 1, 1);
    default: return date();
    }
}

Shape FuzzInput::shape() {
    const int kind = byte() % 32;
    if (kind < 12) return {1, 1};
    if (kind < 20) return {static_cast<std::size_t>(1 + byte() % 20), 1};
    if (kind < 24) return {1, static_cast<std::size_t>(1 + byte() % 20)};
    if (kind < 30)
        return {static_cast<std::size_t>(1 + byte() % 8), static_cast<std::size_t>(1 + byte() % 8)};
    // Big (slow to run, so rarer): up to 100,000 rows, or a row as wide as a sheet.
    if (kind == 30) return {static_cast<std::size_t>(between(1, 100000)), 1};
    return {1, static_cast<std::size_t>(between(1, 16384))};
}

CellGrid FuzzInput::grid(Shape shape, Hint hint) {
    const std::size_t n = shape.size();
    // Small grids are read cell by cell; big ones repeat a short pattern.
    const std::size_t read = n <= 256 ? n : 1 + byte() % 16;
    std::vector<Cell> pattern;
    pattern.reserve(read);
    for (std::size_t i = 0; i < read; ++i)
        pattern.push_back(cell(hint));
    if (read == n) return CellGrid(shape, std::move(pattern));
    std::vector<Cell> cells;
    cells.reserve(n);
    const bool blankTail = coin(); // a range running far past its data
    for (std::size_t i = 0; i < n; ++i)
        cells.push_back(blankTail && i >= read ? Cell{std::string()} : pattern[i % read]);
    return CellGrid(shape, std::move(cells));
}

CellGrid FuzzInput::argument(Shape shared, Hint hint) {
    switch (byte() % 8) {
    case 4:
    case 5:
    case 6: return grid(shared, hint);
    case 7:
        return grid(Shape{static_cast<std::size_t>(1 + byte() % 6),
                          static_cast<std::size_t>(1 + byte() % 6)},
                    hint);
    default: return grid(Shape{1, 1}, hint);
    }
}

Argument FuzzInput::optional(Shape shared, Hint hint) {
    if (byte() % 4 == 0) return std::nullopt;
    return argument(shared, hint);
}

double serialOf(Date date, Date nullDate) {
    return static_cast<double>((date - nullDate).days());
}

} // namespace condtrack::fuzz
