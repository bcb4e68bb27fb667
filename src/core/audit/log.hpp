#pragma once

// The assessment log (the layout's log range, docs/tracker-layout.md): one
// row per recorded change, each row chained to the one before it by a SHA-256
// hash, so that editing, deleting or moving a row breaks the chain.
//
// The hash of a row (column J), exactly:
//
//   hash = lower-case hex of SHA-256( ns(previous) ns(A) ns(B) ... ns(I) )
//
// where previous is the previous row's hash (64 '0' for the first row), A-I
// are the canonical texts of the row's cells, and ns(s) is the netstring of
// the UTF-8 bytes of s: the decimal byte count, ':', the bytes, ','
// (ns("abc") = "3:abc,", ns("") = "0:,"). The length prefixes make moving
// text from one field to the next change the hash.
//
// Canonical text of a cell: a text as it is (UTF-8, no trimming, no Unicode
// normalisation); a blank cell (or empty text) ""; a number:
//   - a whole number of magnitude below 2^53 in plain decimal ("2019", "-3",
//     "0"; -0 gives "0");
//   - any other number in the shortest printf-"%.{p}g" form (C locale, p from
//     1 to 17) that reads back as the same double: 0.85 -> "0.85",
//     1e-05 -> "1e-05", 1.5e+20 -> "1.5e+20".
// So a number and the text of its canonical form hash alike (year 2019 as a
// number or as the text "2019"). Python: str(int(x)) or the first of
// format(x, f".{p}g") for p in 1..17 with float(...) == x.
//
// What the chain can and cannot tell: it has no secret key, so it catches
// rows edited, deleted, inserted or moved by hand and accidents; someone who
// recomputes every hash from the edited row down is not caught. Deleting the
// last rows of the log leaves a shorter valid chain: that is not detectable
// from the log alone.

#include "sheet/cell.hpp"
#include "tracker/layout.hpp"

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {

// The layout's log columns: nine recorded fields, then the hash.
constexpr std::size_t kLogColumnCount = layout::kLogColumns;
constexpr std::size_t kLogFieldCount = kLogColumnCount - 1;
static_assert(static_cast<std::size_t>(layout::log_col::Hash) == kLogFieldCount,
              "the hash is the log's last column");
// The previous hash of the first row: 64 '0'.
inline const std::string kGenesisHash(64, '0');

struct LogEntry {
    std::string timestampUtc; // A: ISO 8601 UTC, e.g. "2026-11-26T23:30:05Z" (see isoUtc)
    std::string user;         // B: LibreOffice user name
    std::string indicator;    // C: indicator ID; empty for a change to a whole year
    int year = 0;             // D: assessment year; a number in the sheet
    std::string field;        // E: "actual", "evidence", "reopen", "close"
    std::string oldValue;     // F: as text
    std::string newValue;     // G: as text
    std::string reason;       // H
    std::string approver;     // I

    bool operator==(const LogEntry& o) const;
    bool operator!=(const LogEntry& o) const { return !(*this == o); }
};

// The canonical texts of columns A-I, the input of the hash.
using LogFields = std::array<std::string, kLogFieldCount>;

std::string canonicalText(const Cell& cell);
std::string canonicalNumber(double value);
LogFields canonicalFields(const LogEntry& entry);

// The bytes that are hashed (see the top of this file).
std::string chainInput(std::string_view previousHash, const LogFields& fields);
// Lower-case hex SHA-256 of chainInput; previousHash is kGenesisHash for the
// first row.
std::string chainHash(std::string_view previousHash, const LogFields& fields);
std::string chainHash(std::string_view previousHash, const LogEntry& entry);

// The ten cells A-J to append after a row whose hash is previousHash: texts,
// the year as a number, the hash as text. Write texts as texts (not through
// formula input, which would turn "0.85" into a number: that still verifies
// when it is the canonical form, but a text like "1.50" would not).
std::vector<Cell> logRow(const LogEntry& entry, std::string_view previousHash);

// A row of cells (9 or 10: a hash column is ignored) back into an entry.
// InvalidArgument when the year is not a whole number.
LogEntry logEntryFromRow(const std::vector<Cell>& cells);
// Row `row` (0-based) of a grid with 9 or 10 columns.
LogEntry logEntryFromRow(const CellGrid& rows, std::size_t row);

// "2026-11-26T23:30:05Z": the time point in UTC, to the second (truncated).
std::string isoUtc(std::chrono::system_clock::time_point time);
// Whether text has exactly that form.
bool isIsoUtc(std::string_view text);
// Whether text is 64 lower-case hexadecimal digits.
bool isHash(std::string_view text);

struct VerifyResult {
    // 1-based position of the first row whose hash does not match, counted
    // from the first row below the header (from the top of the range when it
    // has no header), blank rows included; nullopt when the chain is intact.
    std::optional<std::size_t> firstBadRow;
    std::size_t entries = 0;             // entries (non-blank rows) that matched
    std::size_t headerRows = 0;          // 0 or 1
    std::string lastHash = kGenesisHash; // hash of the last matching entry: the next one's previous
    bool intact() const { return !firstBadRow; }
};

// Checks the chain of a log range of exactly 10 columns (A-J); otherwise
// InvalidArgument.
// - Header: the range's first row is a header, and not counted, when it is
//   not blank, its J is not a hash (isHash) and its A is not a timestamp
//   (isIsoUtc). So both the log range (header included) and the data rows
//   alone are accepted.
// - Blank rows (all ten cells blank) are skipped wherever they are: rows
//   inserted into the log, and the range running past the last entry. They
//   still count in the row positions, so that position k is the k-th sheet
//   row below the header.
// - A row is bad when its J is not the hash of the previous row's hash and
//   its A-I: an edited field or hash gives that row; a deleted row gives the
//   row that followed it; rows swapped or moved give the first of the moved
//   positions.
VerifyResult verifyLog(const CellGrid& rows);

} // namespace condtrack
