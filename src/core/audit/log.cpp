#include "audit/log.hpp"

#include "audit/sha256.hpp"
#include "rules/errors.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace condtrack {

namespace {

// Whole numbers below this magnitude are exact in a double.
constexpr double kExactIntegers = 9007199254740992.0; // 2^53

void appendNetstring(std::string& out, std::string_view bytes) {
    out += std::to_string(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool rowIsBlank(const CellGrid& rows, std::size_t row) {
    for (std::size_t col = 0; col < rows.shape().cols; ++col)
        if (!isBlank(rows.at(row, col))) return false;
    return true;
}

LogFields fieldsOfRow(const CellGrid& rows, std::size_t row) {
    LogFields fields;
    for (std::size_t col = 0; col < kLogFieldCount; ++col)
        fields[col] = canonicalText(rows.at(row, col));
    return fields;
}

int parseYear(const std::string& text) {
    if (text.empty()) throw InvalidArgument("year (column D) is blank");
    int year = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, year);
    if (ec != std::errc() || ptr != end)
        throw InvalidArgument("year (column D) is not a whole number: \"" + text + "\"");
    return year;
}

// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's
// civil_from_days).
void civilFromDays(std::int64_t days, std::int64_t& year, unsigned& month, unsigned& day) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned shiftedMonth = (5 * dayOfYear + 2) / 153; // March = 0
    day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    year = static_cast<std::int64_t>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0);
}

void appendPadded(std::string& out, std::int64_t value, int width) {
    std::string digits = std::to_string(value);
    if (digits.size() < static_cast<std::size_t>(width))
        out.append(static_cast<std::size_t>(width) - digits.size(), '0');
    out += digits;
}

} // namespace

bool LogEntry::operator==(const LogEntry& o) const {
    return timestampUtc == o.timestampUtc && user == o.user && indicator == o.indicator &&
           year == o.year && field == o.field && oldValue == o.oldValue && newValue == o.newValue &&
           reason == o.reason && approver == o.approver;
}

std::string canonicalNumber(double value) {
    if (value == 0) return "0"; // also -0
    if (std::fabs(value) < kExactIntegers && std::trunc(value) == value)
        return std::to_string(static_cast<long long>(value));
    char buffer[64];
    for (int precision = 1; precision <= 17; ++precision) {
        const auto written = std::to_chars(buffer, buffer + sizeof buffer, value,
                                           std::chars_format::general, precision);
        double back = 0;
        std::from_chars(buffer, written.ptr, back);
        if (back == value || precision == 17) return std::string(buffer, written.ptr);
    }
    return {}; // not reached
}

std::string canonicalText(const Cell& cell) {
    if (const auto* number = std::get_if<double>(&cell)) return canonicalNumber(*number);
    if (const auto* text = std::get_if<std::string>(&cell)) return *text;
    return {};
}

LogFields canonicalFields(const LogEntry& entry) {
    return {entry.timestampUtc, entry.user,     entry.indicator, std::to_string(entry.year),
            entry.field,        entry.oldValue, entry.newValue,  entry.reason,
            entry.approver};
}

std::string chainInput(std::string_view previousHash, const LogFields& fields) {
    std::string input;
    appendNetstring(input, previousHash);
    for (const auto& field : fields)
        appendNetstring(input, field);
    return input;
}

std::string chainHash(std::string_view previousHash, const LogFields& fields) {
    return Sha256::hex(chainInput(previousHash, fields));
}

std::string chainHash(std::string_view previousHash, const LogEntry& entry) {
    return chainHash(previousHash, canonicalFields(entry));
}

std::vector<Cell> logRow(const LogEntry& entry, std::string_view previousHash) {
    std::vector<Cell> cells;
    cells.reserve(kLogColumnCount);
    cells.emplace_back(entry.timestampUtc);
    cells.emplace_back(entry.user);
    cells.emplace_back(entry.indicator);
    cells.emplace_back(static_cast<double>(entry.year));
    cells.emplace_back(entry.field);
    cells.emplace_back(entry.oldValue);
    cells.emplace_back(entry.newValue);
    cells.emplace_back(entry.reason);
    cells.emplace_back(entry.approver);
    cells.emplace_back(chainHash(previousHash, entry));
    return cells;
}

LogEntry logEntryFromRow(const std::vector<Cell>& cells) {
    if (cells.size() != kLogFieldCount && cells.size() != kLogColumnCount)
        throw InvalidArgument("a log row has " + std::to_string(kLogColumnCount) +
                              " cells (A-J), not " + std::to_string(cells.size()));
    LogEntry entry;
    entry.timestampUtc = canonicalText(cells[0]);
    entry.user = canonicalText(cells[1]);
    entry.indicator = canonicalText(cells[2]);
    entry.year = parseYear(canonicalText(cells[3]));
    entry.field = canonicalText(cells[4]);
    entry.oldValue = canonicalText(cells[5]);
    entry.newValue = canonicalText(cells[6]);
    entry.reason = canonicalText(cells[7]);
    entry.approver = canonicalText(cells[8]);
    return entry;
}

LogEntry logEntryFromRow(const CellGrid& rows, std::size_t row) {
    const Shape shape = rows.shape();
    if (row >= shape.rows)
        throw InvalidArgument("row " + std::to_string(row + 1) + " is outside the " +
                              describe(shape) + " range");
    std::vector<Cell> cells;
    for (std::size_t col = 0; col < shape.cols; ++col)
        cells.push_back(rows.at(row, col));
    return logEntryFromRow(cells);
}

std::string isoUtc(std::chrono::system_clock::time_point time) {
    const std::int64_t total =
        std::chrono::floor<std::chrono::seconds>(time.time_since_epoch()).count();
    std::int64_t days = total / 86400;
    std::int64_t secondOfDay = total % 86400;
    if (secondOfDay < 0) {
        secondOfDay += 86400;
        days -= 1;
    }
    std::int64_t year = 0;
    unsigned month = 0, day = 0;
    civilFromDays(days, year, month, day);
    std::string out;
    out.reserve(20);
    appendPadded(out, year, 4);
    out += '-';
    appendPadded(out, month, 2);
    out += '-';
    appendPadded(out, day, 2);
    out += 'T';
    appendPadded(out, secondOfDay / 3600, 2);
    out += ':';
    appendPadded(out, secondOfDay / 60 % 60, 2);
    out += ':';
    appendPadded(out, secondOfDay % 60, 2);
    out += 'Z';
    return out;
}

bool isIsoUtc(std::string_view text) {
    static constexpr std::string_view kPattern = "dddd-dd-ddTdd:dd:ddZ";
    if (text.size() != kPattern.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (kPattern[i] == 'd' ? !isDigit(text[i]) : text[i] != kPattern[i]) return false;
    }
    return true;
}

bool isHash(std::string_view text) {
    if (text.size() != 64) return false;
    for (const char c : text)
        if (!isDigit(c) && !(c >= 'a' && c <= 'f')) return false;
    return true;
}

VerifyResult verifyLog(const CellGrid& rows) {
    const Shape shape = rows.shape();
    if (shape.cols != kLogColumnCount)
        throw InvalidArgument("the log range has " + std::to_string(shape.cols) +
                              " columns; it needs " + std::to_string(kLogColumnCount) +
                              " (A-J: timestamp, user, indicator, year, field, old value, new "
                              "value, reason, approver, hash)");
    VerifyResult result;
    if (shape.rows > 0 && !rowIsBlank(rows, 0) && !isHash(canonicalText(rows.at(0, 9))) &&
        !isIsoUtc(canonicalText(rows.at(0, 0))))
        result.headerRows = 1;

    std::string previous = kGenesisHash;
    for (std::size_t row = result.headerRows; row < shape.rows; ++row) {
        if (rowIsBlank(rows, row)) continue;
        const std::string stored = canonicalText(rows.at(row, 9));
        if (stored != chainHash(previous, fieldsOfRow(rows, row))) {
            result.firstBadRow = row - result.headerRows + 1;
            return result;
        }
        previous = stored;
        ++result.entries;
        result.lastHash = previous;
    }
    return result;
}

} // namespace condtrack
