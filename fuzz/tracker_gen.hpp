#pragma once

// Tracker workbooks from fuzzer bytes: the named ranges of
// docs/tracker-layout.md filled with column-appropriate values (so that most
// inputs read as a tracker and reach the panels and planners), any cell of
// which may instead be anything; then structural damage: ranges dropped,
// moved, cut, grown, rows inserted or swapped, cells overwritten.

#include "fuzz_input.hpp"

#include "audit/log.hpp"
#include "tracker/reader.hpp"

#include <string>
#include <vector>

namespace condtrack::fuzz {

struct GeneratedTracker {
    TrackerTables tables;
    Date nullDate;
};

GeneratedTracker generateTracker(FuzzInput& in);

// Six ranges of random shapes, positions and cells.
TrackerTables randomTables(FuzzInput& in);

// A log range (10 columns, header row unless the input says otherwise) holding
// a valid chain of random entries, with blank rows among them when asked.
RangeTable generateLog(FuzzInput& in, const std::vector<int>& years, bool blankRows);
LogEntry randomEntry(FuzzInput& in, const std::vector<int>& years);

struct Damage {
    bool mismatchedCells = false;  // cell vectors that do not match their shape
    bool extremePositions = false; // positions outside the sheet, negative, INT_MAX
    bool touchLog = true;
};
void damageTables(FuzzInput& in, TrackerTables& tables, Damage allowed);

// A copy of `grid` reshaped (cut or padded with blanks).
CellGrid reshaped(const CellGrid& grid, Shape shape);

} // namespace condtrack::fuzz
