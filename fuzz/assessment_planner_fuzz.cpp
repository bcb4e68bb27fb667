// Record assessment and Close review decided from generated trackers with
// random requests (known and unknown indicators and years, actuals set,
// emptied or left, NaN and infinities included, closed years with and without
// a reason), then the log rows appended, to the tracker's log and to logs of
// random content. Checked: a plan or a refusal, never both; writes inside the
// sheet, on the indicator's row; and for every append: only blank cells are
// written, below the last used row, and applying the writes keeps an intact
// chain intact (with the new entries) and a broken one broken at the same row.

#include "fuzz_input.hpp"
#include "targets.hpp"
#include "tracker_gen.hpp"

#include "tracker/assessment.hpp"
#include "tracker/reader.hpp"

#include <chrono>
#include <map>

namespace condtrack::fuzz {

namespace {

void checkAppend(const RangeTable& log, const std::vector<LogEntry>& entries) {
    VerifyResult before;
    try {
        before = verifyLog(log.cells);
    } catch (const InvalidArgument&) {
        bool refused = false;
        try {
            (void)planLogAppend(log, entries);
        } catch (const InvalidArgument&) {
            refused = true;
        }
        FUZZ_REQUIRE(refused, "planLogAppend accepts a log verifyLog rejects");
        return;
    }
    const LogAppend append = planLogAppend(log, entries);
    const Shape shape = log.cells.shape();
    FUZZ_REQUIRE(append.writes.size() == entries.size() * kLogColumnCount,
                 "planLogAppend: not ten cells per entry");
    FUZZ_REQUIRE(append.newLastRow >= log.firstRow + static_cast<int>(shape.rows) - 1,
                 "planLogAppend: the range would shrink");
    int lastUsed = log.firstRow - 1;
    for (std::size_t r = 0; r < shape.rows; ++r)
        for (std::size_t c = 0; c < shape.cols; ++c)
            if (!isBlank(log.cells.at(r, c))) lastUsed = log.firstRow + static_cast<int>(r);

    const std::size_t rows = static_cast<std::size_t>(append.newLastRow - log.firstRow + 1);
    CellGrid after = reshaped(log.cells, Shape{rows, shape.cols});
    for (const auto& write : append.writes) {
        FUZZ_REQUIRE(write.sheet == log.sheet, "planLogAppend: a write on another sheet");
        FUZZ_REQUIRE(write.row > lastUsed && write.row <= append.newLastRow,
                     "planLogAppend: a write outside the rows to append");
        FUZZ_REQUIRE(write.col >= log.firstCol &&
                         write.col < log.firstCol + static_cast<int>(kLogColumnCount),
                     "planLogAppend: a write outside the log's columns");
        const auto r = static_cast<std::size_t>(write.row - log.firstRow);
        const auto c = static_cast<std::size_t>(write.col - log.firstCol);
        FUZZ_REQUIRE(isBlank(after[r * shape.cols + c]), "planLogAppend: overwrites a cell");
        after[r * shape.cols + c] = write.value;
    }
    const VerifyResult result = verifyLog(after);
    if (before.intact()) {
        FUZZ_REQUIRE(result.intact(), "appending to an intact log breaks it");
        FUZZ_REQUIRE(result.entries == before.entries + entries.size(),
                     "appended entries not counted");
    } else {
        FUZZ_REQUIRE(result.firstBadRow == before.firstBadRow,
                     "appending to a broken log moves the break");
    }
}

void checkPlan(const TrackerModel& model, const PlanResult& planned, int year, const Stamp& stamp) {
    FUZZ_REQUIRE(planned.plan.has_value() != planned.refusal.has_value(),
                 "a plan and a refusal, or neither");
    if (!planned.plan) return;
    FUZZ_REQUIRE(!planned.plan->log.empty(), "a plan that logs nothing");
    for (const auto& write : planned.plan->writes) {
        FUZZ_REQUIRE(write.row >= 0 && write.col >= 0 && write.row < 16'777'216 &&
                         write.col < 16'384,
                     "a write outside the sheet");
        FUZZ_REQUIRE(write.sheet == model.indicatorsAt.sheet || write.sheet == model.yearsAt.sheet,
                     "a write on a sheet that is not the tracker's");
    }
    for (const auto& entry : planned.plan->log) {
        FUZZ_REQUIRE(entry.year == year, "a log entry for another year");
        FUZZ_REQUIRE(entry.user == stamp.user && entry.timestampUtc == stamp.timestampUtc,
                     "a log entry without the stamp");
    }
}

std::vector<int> yearsIn(const TrackerModel& model) {
    std::vector<int> years;
    for (const auto& y : model.years)
        years.push_back(y.year);
    return years;
}

void plan(FuzzInput& in, const TrackerModel& model, const Stamp& stamp) {
    const int year = !model.years.empty() && !in.chance(32)
                         ? model.years[in.byte() % model.years.size()].year
                         : static_cast<int>(static_cast<std::int16_t>(in.u16()));
    PlanResult planned;
    if (in.byte() % 4 == 3) {
        planned = planCloseReview(model, year, in.text(), stamp);
    } else {
        AssessmentRequest request;
        request.indicator = !model.indicators.empty() && !in.chance(32)
                                ? model.indicators[in.byte() % model.indicators.size()].id
                                : in.text(Hint::Keyword);
        request.year = year;
        switch (in.byte() % 4) {
        case 0: request.actual = std::optional<double>(in.number()); break;
        case 1: request.actual = std::optional<double>(std::nullopt); break;
        case 2: break;
        default: request.actual = std::optional<double>(static_cast<double>(in.byte())); break;
        }
        if (in.coin()) request.evidence = in.text();
        request.comment = in.text();
        request.approver = in.text();
        if (in.coin()) request.reopenReason = in.text();
        planned = planAssessment(model, request, stamp);
    }
    checkPlan(model, planned, year, stamp);
    if (planned.plan && model.log) checkAppend(*model.log, planned.plan->log);
}

RangeTable randomLog(FuzzInput& in) {
    RangeTable log;
    log.name = range_names::kLog;
    log.sheet = in.keyword();
    log.firstRow = static_cast<int>(in.between(0, 1'000'000));
    log.firstCol = static_cast<int>(in.between(0, 1000));
    const Shape shape{static_cast<std::size_t>(in.byte() % 24),
                      in.chance(16) ? static_cast<std::size_t>(in.byte() % 14) : kLogColumnCount};
    log.cells = in.grid(shape, Hint::Text);
    return log;
}

} // namespace

void assessmentPlanner(const std::uint8_t* data, std::size_t size) {
    FuzzInput in(data, size);
    GeneratedTracker g = generateTracker(in);
    damageTables(in, g.tables, Damage{false, false, true});
    Stamp stamp;
    stamp.user = in.chance(32) ? in.text() : "Ana";
    stamp.timestampUtc = in.chance(32)
                             ? in.text()
                             : isoUtc(std::chrono::system_clock::time_point(
                                   std::chrono::duration_cast<std::chrono::system_clock::duration>(
                                       std::chrono::seconds(in.between(0, 4102444800LL)))));
    stamp.today = in.date();
    try {
        const ReadResult result = readTracker(g.tables, g.nullDate, in.language());
        std::vector<int> years{2019};
        if (result.model) {
            years = yearsIn(*result.model);
            for (int n = 1 + in.byte() % 3; n > 0; --n)
                plan(in, *result.model, stamp);
        }
        // Logs of their own, as a tracker may hold them.
        const RangeTable log = in.coin() ? generateLog(in, years, true) : randomLog(in);
        std::vector<LogEntry> entries;
        for (int n = in.byte() % 4; n > 0; --n)
            entries.push_back(randomEntry(in, years));
        checkAppend(log, entries);
    } catch (const InvalidArgument& e) {
        FUZZ_REQUIRE(e.what()[0] != '\0', "InvalidArgument without a message");
    }
}

} // namespace condtrack::fuzz
