// verifyLog on random ranges and on valid chains of random entries, then one
// edit: a cell changed, a row deleted, two rows swapped, a blank row inserted.
// Checked: a valid chain verifies (entries, last hash); blank rows change
// nothing; an edit is found at the row it happened, a deletion at the row
// that followed, a swap at the first of the two rows. Also the row helpers:
// logEntryFromRow(logRow(e)) == e, canonicalNumber reads back as the same
// double, isoUtc has the form isIsoUtc accepts.

#include "fuzz_input.hpp"
#include "targets.hpp"
#include "tracker_gen.hpp"

#include "audit/log.hpp"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>

namespace condtrack::fuzz {

namespace {

bool rowBlank(const CellGrid& grid, std::size_t row) {
    for (std::size_t c = 0; c < grid.shape().cols; ++c)
        if (!isBlank(grid.at(row, c))) return false;
    return true;
}

std::vector<Cell> rowOf(const CellGrid& grid, std::size_t row) {
    const auto cols = grid.shape().cols;
    return {grid.cells().begin() + static_cast<std::ptrdiff_t>(row * cols),
            grid.cells().begin() + static_cast<std::ptrdiff_t>((row + 1) * cols)};
}

CellGrid withRows(const std::vector<std::vector<Cell>>& rows) {
    std::vector<Cell> cells;
    for (const auto& row : rows)
        cells.insert(cells.end(), row.begin(), row.end());
    return CellGrid(Shape{rows.size(), kLogColumnCount}, std::move(cells));
}

// Position (1-based, below the header) of the first non-blank row at or after `row`.
std::optional<std::size_t> nextEntry(const CellGrid& grid, std::size_t row, std::size_t header) {
    for (; row < grid.shape().rows; ++row)
        if (!rowBlank(grid, row)) return row - header + 1;
    return std::nullopt;
}

void randomRange(FuzzInput& in) {
    const Shape shape{static_cast<std::size_t>(in.byte() % 40),
                      in.chance(32) ? static_cast<std::size_t>(in.byte() % 16) : kLogColumnCount};
    const auto grid = in.grid(shape, in.coin() ? Hint::Text : Hint::Number);
    const VerifyResult result = verifyLog(grid);
    FUZZ_REQUIRE(result.headerRows <= 1, "more than one header row");
    if (result.firstBadRow)
        FUZZ_REQUIRE(*result.firstBadRow >= 1 &&
                         *result.firstBadRow + result.headerRows <= shape.rows,
                     "first bad row outside the range");
    FUZZ_REQUIRE(result.entries + result.headerRows <= shape.rows, "more entries than rows");
    for (std::size_t row = 0; row < shape.rows; ++row) {
        try {
            (void)logEntryFromRow(grid, row);
        } catch (const InvalidArgument&) {
        }
    }
}

void chain(FuzzInput& in) {
    std::vector<int> years{2018, 2019, 2020};
    const RangeTable log = generateLog(in, years, in.coin());
    const CellGrid& grid = log.cells;
    const std::size_t rows = grid.shape().rows;
    const VerifyResult intact = verifyLog(grid);
    FUZZ_REQUIRE(intact.intact(), "a chain as written does not verify");
    std::size_t entries = 0;
    std::string last = kGenesisHash;
    for (std::size_t r = 0; r < rows; ++r) {
        if (rowBlank(grid, r) || (r == 0 && intact.headerRows == 1)) continue;
        ++entries;
        last = std::get<std::string>(grid.at(r, 9));
        // The entry reads back as written.
        const LogEntry entry = logEntryFromRow(grid, r);
        FUZZ_REQUIRE(logRow(entry, r == 0 ? kGenesisHash : "")[3] == grid.at(r, 3),
                     "year cell does not round-trip");
        FUZZ_REQUIRE(canonicalFields(entry)[0] == canonicalText(grid.at(r, 0)),
                     "timestamp does not round-trip");
    }
    FUZZ_REQUIRE(intact.entries == entries, "verified entry count is wrong");
    FUZZ_REQUIRE(intact.lastHash == last, "last hash is wrong");

    if (rows == 0) return;
    const std::size_t header = intact.headerRows;
    std::vector<std::vector<Cell>> edited;
    for (std::size_t r = 0; r < rows; ++r)
        edited.push_back(rowOf(grid, r));
    const std::size_t a = in.between(0, static_cast<long long>(rows) - 1);
    const bool aIsEntry = a >= header && !rowBlank(grid, a);
    switch (in.byte() % 4) {
    case 0: { // a cell edited
        const std::size_t col = in.byte() % kLogColumnCount;
        const Cell before = edited[a][col];
        edited[a][col] = in.cell(static_cast<Hint>(in.byte() % 9));
        const bool changed = canonicalText(before) != canonicalText(edited[a][col]);
        const CellGrid after = withRows(edited);
        const VerifyResult result = verifyLog(after);
        // Row 0 may turn into a header or stop being one: only rows below it are exact.
        if (a == 0 || !aIsEntry || rowBlank(after, a)) break;
        if (changed)
            FUZZ_REQUIRE(result.firstBadRow == a - header + 1, "an edit found at the wrong row");
        else
            FUZZ_REQUIRE(result.intact(), "an edit that changes nothing breaks the chain");
        break;
    }
    case 1: { // a row deleted
        if (!aIsEntry) break;
        edited.erase(edited.begin() + static_cast<std::ptrdiff_t>(a));
        const CellGrid after = withRows(edited);
        const VerifyResult result = verifyLog(after);
        const auto expected = nextEntry(after, a, header);
        if (expected)
            FUZZ_REQUIRE(result.firstBadRow == expected, "a deletion found at the wrong row");
        else
            FUZZ_REQUIRE(result.intact(), "deleting the last entry breaks the chain");
        break;
    }
    case 2: { // two rows swapped
        const std::size_t b = in.between(0, static_cast<long long>(rows) - 1);
        if (!aIsEntry || a == b || b < header || rowBlank(grid, b) || a == 0 || b == 0) break;
        std::swap(edited[a], edited[b]);
        const VerifyResult result = verifyLog(withRows(edited));
        FUZZ_REQUIRE(result.firstBadRow == std::min(a, b) - header + 1,
                     "a swap found at the wrong row");
        break;
    }
    default: { // a blank row inserted
        const std::size_t at = in.between(header, static_cast<long long>(rows));
        edited.insert(edited.begin() + static_cast<std::ptrdiff_t>(at),
                      std::vector<Cell>(kLogColumnCount, Cell{Blank{}}));
        const VerifyResult result = verifyLog(withRows(edited));
        FUZZ_REQUIRE(result.intact() && result.entries == entries, "a blank row breaks the chain");
        break;
    }
    }
}

void helpers(FuzzInput& in) {
    // Numbers: the canonical text reads back as the same double.
    for (int i = 0; i < 8; ++i) {
        const double value = in.number();
        const std::string text = canonicalNumber(value);
        FUZZ_REQUIRE(!text.empty(), "empty canonical number");
        if (!std::isfinite(value)) continue;
        double back = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), back);
        FUZZ_REQUIRE(ec == std::errc() && ptr == text.data() + text.size() && back == value,
                     "canonical number \"" + text + "\" does not read back");
        FUZZ_REQUIRE(canonicalText(Cell{value}) == text,
                     "canonicalText differs from canonicalNumber");
    }
    // Timestamps: any time the clock can hold.
    const auto ticks = static_cast<std::int64_t>(in.u64());
    const std::chrono::system_clock::time_point time{std::chrono::system_clock::duration(ticks)};
    const std::string iso = isoUtc(time);
    FUZZ_REQUIRE(isIsoUtc(iso), "isoUtc gave \"" + iso + "\"");
    const std::string text = in.text();
    (void)isIsoUtc(text);
    (void)isHash(text);
    // Entries survive a row.
    std::vector<int> years{2019};
    const LogEntry entry = randomEntry(in, years);
    const auto row = logRow(entry, in.coin() ? kGenesisHash : in.text());
    FUZZ_REQUIRE(row.size() == kLogColumnCount && isHash(std::get<std::string>(row.back())),
                 "logRow: not ten cells ending in a hash");
    FUZZ_REQUIRE(logEntryFromRow(row) == entry, "logEntryFromRow(logRow(e)) != e");
    std::vector<Cell> cells;
    for (int n = in.byte() % 12; n > 0; --n)
        cells.push_back(in.cell(Hint::Text));
    try {
        (void)logEntryFromRow(cells);
    } catch (const InvalidArgument&) {
    }
}

} // namespace

void logVerifier(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    try {
        switch (in.byte() % 3) {
        case 0: chain(in); break;
        case 1: randomRange(in); break;
        default: helpers(in); break;
        }
    } catch (const InvalidArgument& e) {
        FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
    }
}

} // namespace condtrack::fuzz
