// The add-in's own part of a COND.SCORE call, without Calc: UNO arrays as
// Calc passes them, converted, computed and converted back, as the add-in
// component does. Per row: 100,000 calls with 1x1 arrays; array form: one
// call over 100,000-row columns. Prints the fastest and median of the runs.
// Build and run: see bench/README.md.

#include "functions/sheet_functions.hpp"
#include "office/any_conversion.hxx"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

using condtrack::uno::AnyGrid;
namespace uno = css::uno;
using Clock = std::chrono::steady_clock;

constexpr int kRows = 100000;
constexpr int kRuns = 10;

AnyGrid column(double first, double step) {
    AnyGrid rows(kRows);
    auto* out = rows.getArray();
    for (int i = 0; i < kRows; ++i) {
        uno::Sequence<uno::Any> row(1);
        row.getArray()[0] <<= first + step * (i % 97);
        out[i] = row;
    }
    return rows;
}

// The add-in's score() without its error handling.
uno::Any score(const AnyGrid& actual, const AnyGrid& baseline, const AnyGrid& target) {
    using namespace condtrack::uno;
    const uno::Any omitted;
    return toAny(condtrack::sheet::score(toGrid(actual), toGrid(baseline), toGrid(target),
                                         toArgument(omitted), toArgument(omitted)));
}

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

void report(const char* what, std::vector<double> times) {
    std::sort(times.begin(), times.end());
    std::printf("%-32s fastest %7.1f ms, median %7.1f ms\n", what, times.front(),
                times[times.size() / 2]);
}

} // namespace

int main() {
    const AnyGrid actual = column(10, 1), baseline = column(0, 0), target = column(200, 0);
    std::vector<AnyGrid> actual1, baseline1, target1;
    for (int i = 0; i < kRows; ++i) {
        actual1.emplace_back(&actual[i], 1);
        baseline1.emplace_back(&baseline[i], 1);
        target1.emplace_back(&target[i], 1);
    }
    std::vector<double> perRow, array;
    double checksum = 0;
    for (int run = 0; run < kRuns; ++run) {
        auto start = Clock::now();
        for (int i = 0; i < kRows; ++i) {
            double value = 0;
            score(actual1[i], baseline1[i], target1[i]) >>= value;
            checksum += value;
        }
        perRow.push_back(millisecondsSince(start));
        start = Clock::now();
        const uno::Any result = score(actual, baseline, target);
        array.push_back(millisecondsSince(start));
        checksum += result.hasValue() ? 1 : 0;
    }
    report("per row, 100,000 calls", perRow);
    report("array form, 100,000 rows", array);
    std::printf("(checksum %g)\n", checksum);
}
