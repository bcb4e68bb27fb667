#pragma once

// The spreadsheet functions, one per COND.* name, on plain grids: every
// argument may be a single value or a range, and the result has the shape
// the arguments share. Errors are InvalidArgument with a message that names
// the argument and, in a range, the cell.

#include "audit/log.hpp"
#include "functions/arguments.hpp"

namespace condtrack::sheet {

CellGrid score(const CellGrid& actual, const CellGrid& baseline, const CellGrid& target,
               const Argument& method, const Argument& threshold);
CellGrid status(const CellGrid& score, const Argument& partialFrom);
// Decisions per indicator: blank/none/FALSE/0, reallocate (A), transfer (B),
// reassess (C), or TRUE/1: waived under `rule` (transfer in COND.TRANSFER).
CellGrid tranche(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
                 const Argument& decisions, const Argument& rule, const Argument& eligible,
                 const Argument& bands = std::nullopt);
CellGrid transfer(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& decisions);
CellGrid held(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
              const CellGrid& decisions, const Argument& eligible);
// Last year's held amounts released by this year's re-scores (`rescores`,
// against last year's targets); the other arguments are last year's.
CellGrid released(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
                  const CellGrid& decisions, const CellGrid& rescores, const Argument& eligible);
// The share of the ceiling that a total score reaches by bands.
CellGrid bands(const CellGrid& total, const CellGrid& lowerBounds, const CellGrid& shares);
CellGrid dli(const CellGrid& unitValue, const CellGrid& reported, const CellGrid& verified,
             const CellGrid& allocation, const Argument& paidToDate, const Argument& minRatio);
CellGrid nextReview(const DateContext& dates, const CellGrid& first, const CellGrid& months,
                    const Argument& asOf, const Argument& holidays, const Argument& roll);
CellGrid schedule(const DateContext& dates, const CellGrid& first, const CellGrid& months,
                  const CellGrid& count, const Argument& holidays, const Argument& roll);
CellGrid milestone(const DateContext& dates, const CellGrid& due, const Argument& done,
                   const Argument& asOf, const Argument& warnDays);
CellGrid daysLate(const DateContext& dates, const CellGrid& due, const Argument& done,
                  const Argument& asOf);
// COND.VERIFYLOG: the text "TRUE" when the log's hash chain is intact, else
// the row number of the first bad row (audit_log.hpp). Text, because Calc
// (7.4) shows an add-in's boolean result as a plain number (a boolean any as
// 0, a boolean in a 1x1 array as 1), which could not be told from row 1.
CellGrid verifyLog(const CellGrid& log);
std::string version();

} // namespace condtrack::sheet
