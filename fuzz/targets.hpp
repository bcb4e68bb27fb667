#pragma once

// The fuzz targets' bodies. Each takes the fuzzer's bytes, derives inputs for
// one entry point of the core, runs it, and checks what it returns.
// InvalidArgument is the only exception a body lets pass silently (the core's
// answer to bad input); anything else escapes: a crash for libFuzzer, a
// failure for the replay test (fuzz/replay_test.cpp). fuzz/entry.cpp makes a
// libFuzzer executable of each.

#include <cstddef>
#include <cstdint>

namespace condtrack::fuzz {

using Body = void (*)(const std::uint8_t* data, std::size_t size);

// Every COND.* function (sheet_functions.hpp): argument conversion and computation.
void sheetFunctions(const std::uint8_t* data, std::size_t size);
// readTracker on random cell tables, then the sidebar views of what it reads.
void trackerReader(const std::uint8_t* data, std::size_t size);
// verifyLog and the log-row helpers (audit_log.hpp).
void logVerifier(const std::uint8_t* data, std::size_t size);
// planAssessment, planCloseReview and planLogAppend (assessment.hpp).
void assessmentPlanner(const std::uint8_t* data, std::size_t size);
// importIati and previewImport on the bytes as an XML file (iati_import.hpp).
void iatiReader(const std::uint8_t* data, std::size_t size);

struct Target {
    const char* name; // the directory under fuzz/corpus/ and fuzz/regressions/
    Body body;
};

inline constexpr Target kTargets[] = {
    {"sheet_functions", sheetFunctions}, {"tracker_reader", trackerReader},
    {"log_verifier", logVerifier},       {"assessment_planner", assessmentPlanner},
    {"iati_reader", iatiReader},
};

} // namespace condtrack::fuzz
