#pragma once

// The spreadsheet functions, one per COND.* name, on plain grids: every
// argument may be a single value or a range, and the result has the shape
// the arguments share. Errors are InvalidArgument with a message that names
// the argument and, in a range, the cell.

#include "arguments.hpp"

namespace condtrack::sheet {

CellGrid score(const CellGrid& actual, const CellGrid& baseline, const CellGrid& target,
               const Argument& method, const Argument& threshold);
CellGrid status(const CellGrid& score, const Argument& partialFrom);
CellGrid tranche(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& scores,
                 const Argument& waived, const Argument& rule, const Argument& eligible);
CellGrid transfer(const CellGrid& ceiling, const CellGrid& weights, const CellGrid& waived);
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
std::string version();

} // namespace condtrack::sheet
