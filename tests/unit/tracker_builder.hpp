#pragma once

// A good tracker's named ranges (docs/tracker-layout.md), the Mali case of
// docs/rules.md: 13 indicators (8 met, 2 partial, 3 not met, the last
// one SIGRH), a EUR 14 M variable and a EUR 36 M fixed tranche for 2018, and
// SIGRH milestones, one of them overdue and gating the 2019 variable tranche
// as of kToday. Tests change single cells by their sheet position ("D7").

#include "functions/arguments.hpp"
#include "rules/scoring.hpp"
#include "rules/status.hpp"
#include "rules/tranche.hpp"
#include "tracker/reader.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace condtrack {
// Lets GoogleTest print problems in failure messages.
inline void PrintTo(const LayoutProblem& problem, std::ostream* os) {
    *os << problemText(problem);
}
} // namespace condtrack

namespace condtrack::test {

inline Date day(int y, int m, int d) {
    return Date(static_cast<unsigned short>(y), static_cast<unsigned short>(m),
                static_cast<unsigned short>(d));
}

inline const Date kNullDate{1899, 12, 30};
// Mid-2019: the first review is over, M-02 is overdue, M-03 is due soon.
inline const Date kToday = day(2019, 7, 1);

inline Cell serial(Date date) {
    return Cell{serialFromDate(date, kNullDate)};
}
inline Cell txt(std::string s) {
    return Cell{std::move(s)};
}
inline const Cell kNone = Cell{Blank{}};

// Builds a range row by row; rows shorter than the range are padded with blanks.
class TableBuilder {
  public:
    TableBuilder(std::string name, std::string sheet, int firstRow, int firstCol, std::size_t cols)
        : name_(std::move(name)), sheet_(std::move(sheet)), firstRow_(firstRow),
          firstCol_(firstCol), cols_(cols) {}

    TableBuilder& row(std::vector<Cell> cells) {
        cells.resize(cols_, kNone);
        rows_.push_back(std::move(cells));
        return *this;
    }

    RangeTable build() const {
        std::vector<Cell> cells;
        for (const auto& r : rows_)
            cells.insert(cells.end(), r.begin(), r.end());
        return {name_, sheet_, firstRow_, firstCol_,
                CellGrid(Shape{rows_.size(), cols_}, std::move(cells))};
    }

  private:
    std::string name_, sheet_;
    int firstRow_, firstCol_;
    std::size_t cols_;
    std::vector<std::vector<Cell>> rows_;
};

// 0-based row and column of an A1 reference.
inline std::pair<int, int> parseA1(std::string_view ref) {
    int col = 0;
    std::size_t i = 0;
    for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i)
        col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    const int row = std::stoi(std::string(ref.substr(i)));
    return {row - 1, col - 1};
}

inline Cell& cellAt(RangeTable& table, std::string_view ref) {
    const auto [row, col] = parseA1(ref);
    const int r = row - table.firstRow, c = col - table.firstCol;
    const Shape shape = table.cells.shape();
    if (r < 0 || c < 0 || static_cast<std::size_t>(r) >= shape.rows ||
        static_cast<std::size_t>(c) >= shape.cols)
        throw std::out_of_range(std::string(ref) + " is outside " + table.name);
    return table.cells[static_cast<std::size_t>(r) * shape.cols + static_cast<std::size_t>(c)];
}

inline void set(std::optional<RangeTable>& table, std::string_view ref, Cell value) {
    cellAt(*table, ref) = std::move(value);
}

// The range with its first `cols` columns only (as when the user shrinks it).
inline void keepColumns(std::optional<RangeTable>& table, std::size_t cols) {
    const Shape shape = table->cells.shape();
    std::vector<Cell> cells;
    for (std::size_t r = 0; r < shape.rows; ++r)
        for (std::size_t c = 0; c < cols; ++c)
            cells.push_back(c < shape.cols ? table->cells.at(r, c) : kNone);
    table->cells = CellGrid(Shape{shape.rows, cols}, std::move(cells));
}

// The range with a blank row inserted before its 0-based row `at`.
inline void insertBlankRow(std::optional<RangeTable>& table, std::size_t at) {
    const Shape shape = table->cells.shape();
    std::vector<Cell> cells(table->cells.cells());
    cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(at * shape.cols), shape.cols, kNone);
    table->cells = CellGrid(Shape{shape.rows + 1, shape.cols}, std::move(cells));
}

struct MaliIndicator {
    const char* id;
    const char* title;
    const char* area;
    double baseline, target2018, actual2018, target2019;
};

// As in scripts/make_example.py: 8 met, 2 partial (IND-09, IND-10), 3 not
// met (IND-11, IND-12 and SIGRH, IND-13) under the three-level method.
inline const std::vector<MaliIndicator>& maliIndicators() {
    static const std::vector<MaliIndicator> rows{
        {"IND-01", "Health budget execution rate (%)", "Public finance", 78, 85, 86, 90},
        {"IND-02", "Transfers to local authorities (% of revenue)", "Decentralisation", 15, 20, 21,
         25},
        {"IND-03", "Quarterly budget execution reports published", "Budget transparency", 2, 4, 4,
         4},
        {"IND-04", "Tax revenue (% of GDP)", "Domestic revenue", 14.6, 15.5, 15.6, 16.2},
        {"IND-05", "Procurement by open tender (%)", "Public finance", 75, 85, 87, 88},
        {"IND-06", "Supreme Audit Office reports published", "Accountability", 0, 3, 3, 4},
        {"IND-07", "Average payment delay to suppliers (days; lower is better)", "Public finance",
         90, 60, 55, 45},
        {"IND-08", "Girls' enrolment in lower secondary (%)", "Education", 40, 44, 44.5, 46},
        {"IND-09", "Births assisted by skilled staff (%)", "Health", 40, 50, 46, 55},
        {"IND-10", "Asset declarations verified (%)", "Anti-corruption", 0, 50, 30, 70},
        {"IND-11", "Court cases decided within 12 months (%)", "Justice", 50, 60, 52, 65},
        {"IND-12", "Births registered in the civil registry (%)", "Civil registry", 60, 70, 61, 75},
        {"IND-13", "SIGRH: armed forces personnel recorded in the HR information system (%)",
         "Security sector HR", 0, 100, 0, 100},
    };
    return rows;
}

inline double maliScore(const MaliIndicator& row) {
    return score(Progress::of(row.actual2018, row.baseline, row.target2018),
                 ScoringRule{ScoringMethod::Partial, 0.5});
}

// 9/13 of EUR 14 M: COND.TRANCHE's result for 2018.
inline double maliComputed2018() {
    VariableTranche tranche;
    tranche.ceiling = 14'000'000.0;
    for (const auto& row : maliIndicators())
        tranche.indicators.push_back({1.0, maliScore(row)});
    return tranche.payable();
}

// The tracker's tables for `years` (2018 and 2019 by default; more years get
// target-only blocks). Positions: Indicators at A1, Years at Reviews.A4,
// Reviews at Reviews.A1, Tranches at A1, Milestones at A1, Log at A1.
inline TrackerTables maliTables(std::vector<int> years = {2018, 2019}) {
    TrackerTables t;

    TableBuilder reviews(range_names::kReviews, "Reviews", 0, 0, 5);
    reviews.row({txt("First review"), txt("Months between reviews"), txt("Roll"), txt("Holidays"),
                 txt("Next review")});
    reviews.row(
        {serial(day(2019, 3, 15)), Cell{12.0}, txt("following"), kNone, serial(day(2020, 3, 16))});
    t.reviews = reviews.build();

    TableBuilder yearTable(range_names::kYears, "Reviews", 3, 0, 5);
    yearTable.row(
        {txt("Year"), txt("Review date"), txt("State"), txt("Closed on"), txt("Outcome notes")});
    for (std::size_t k = 0; k < years.size(); ++k) {
        const bool first = k == 0;
        yearTable.row({Cell{double(years[k])}, serial(day(years[k] + 1, 3, 15)),
                       txt(first ? "closed" : "open"),
                       first ? serial(day(years[k] + 1, 4, 10)) : kNone,
                       txt(first ? "SIGRH: no progress; its share is not paid" : "")});
    }
    t.years = yearTable.build();

    const std::size_t indicatorCols = 7 + 6 * years.size();
    TableBuilder indicators(range_names::kIndicators, "Indicators", 0, 0, indicatorCols);
    std::vector<Cell> header1(indicatorCols, kNone), header2(indicatorCols, kNone);
    header1[0] = txt("Performance indicators");
    const char* fixed[] = {"ID",     "Title",     "Policy area", "Weight",
                           "Method", "Threshold", "Baseline"};
    for (std::size_t c = 0; c < 7; ++c)
        header2[c] = txt(fixed[c]);
    const char* block[] = {"Target", "Actual", "Evidence", "Waived", "Score", "Status"};
    for (std::size_t k = 0; k < years.size(); ++k) {
        header1[7 + 6 * k] = Cell{double(years[k])};
        for (std::size_t c = 0; c < 6; ++c)
            header2[7 + 6 * k + c] = txt(block[c]);
    }
    indicators.row(header1).row(header2);
    for (const auto& row : maliIndicators()) {
        std::vector<Cell> cells{txt(row.id),    txt(row.title), txt(row.area),     Cell{1.0},
                                txt("partial"), Cell{0.5},      Cell{row.baseline}};
        const double s = maliScore(row);
        // 2018: assessed.
        cells.insert(cells.end(), {Cell{row.target2018}, Cell{row.actual2018},
                                   txt(std::string("https://example.org/evidence/") + row.id),
                                   kNone, Cell{s}, txt(std::string(keyword(classifyScore(s))))});
        // Later years: targets only; the score formula gives "" (pending).
        for (std::size_t k = 1; k < years.size(); ++k)
            cells.insert(cells.end(),
                         {Cell{row.target2019}, kNone, kNone, kNone, txt(""), txt("pending")});
        indicators.row(cells);
    }
    // The range runs past the data: formula columns still show their results.
    for (int i = 0; i < 2; ++i) {
        std::vector<Cell> cells(indicatorCols, kNone);
        for (std::size_t k = 0; k < years.size(); ++k)
            cells[7 + 6 * k + 5] = txt("pending");
        indicators.row(cells);
    }
    t.indicators = indicators.build();

    TableBuilder milestones(range_names::kMilestones, "Milestones", 0, 0, 8);
    milestones.row({txt("ID"), txt("Milestone"), txt("Indicator"), txt("Tranche year"), txt("Due"),
                    txt("Done"), txt("Status"), txt("Days late")});
    milestones.row({txt("M-01"), txt("SIGRH: census of armed forces personnel"), txt("IND-13"),
                    Cell{2018.0}, serial(day(2018, 6, 30)), serial(day(2018, 9, 15)),
                    txt("done late"), Cell{77.0}});
    milestones.row({txt("M-02"), txt("SIGRH: HR module installed at the Ministry of Defence"),
                    txt("IND-13"), Cell{2019.0}, serial(day(2018, 12, 31)), kNone, txt("overdue"),
                    Cell{182.0}});
    milestones.row({txt("M-03"), txt("SIGRH: payroll reconciled with the Treasury"), txt("IND-13"),
                    Cell{2019.0}, serial(day(2019, 7, 15)), kNone, txt("due soon"), Cell{0.0}});
    milestones.row({txt("M-04"), txt("Career framework decree adopted"), kNone, Cell{2019.0},
                    serial(day(2019, 12, 31)), kNone, txt("on track"), Cell{0.0}});
    milestones.row({txt("M-05"), txt("Q1 2019 budget execution report published"), txt("IND-03"),
                    kNone, serial(day(2019, 4, 30)), serial(day(2019, 4, 25)), txt("done"),
                    Cell{0.0}});
    t.milestones = milestones.build();

    TableBuilder tranches(range_names::kTranches, "Tranches", 0, 0, 12);
    tranches.row({txt("Year"), txt("Type"), txt("Ceiling"), txt("General conditions met"),
                  txt("Gating milestones"), txt("Eligible"), txt("Waiver rule"),
                  txt("Computed amount"), txt("Transferred"), txt("Disbursed"), txt("Disbursed on"),
                  txt("Request deadline")});
    tranches.row({Cell{2018.0}, txt("fixed"), Cell{36'000'000.0}, Cell{1.0}, kNone, Cell{1.0},
                  kNone, Cell{36'000'000.0}, Cell{0.0}, Cell{36'000'000.0},
                  serial(day(2019, 4, 15)), serial(day(2019, 3, 31))});
    tranches.row({Cell{2018.0}, txt("variable"), Cell{14'000'000.0}, Cell{1.0}, txt("M-01"),
                  Cell{1.0}, txt("reallocate"), Cell{maliComputed2018()}, Cell{0.0}, kNone, kNone,
                  serial(day(2019, 6, 30))});
    tranches.row({Cell{2019.0}, txt("fixed"), Cell{36'000'000.0}, kNone, kNone, Cell{0.0}, kNone,
                  Cell{0.0}, Cell{0.0}, kNone, kNone, serial(day(2020, 3, 31))});
    tranches.row({Cell{2019.0}, txt("variable"), Cell{14'000'000.0}, kNone, txt("M-02, M-03"),
                  Cell{0.0}, txt("transfer"), Cell{0.0}, Cell{0.0}, kNone, kNone,
                  serial(day(2020, 6, 30))});
    t.tranches = tranches.build();

    TableBuilder log(range_names::kLog, "Log", 0, 0, 10);
    log.row({txt("Timestamp (UTC)"), txt("User"), txt("Indicator"), txt("Year"), txt("Field"),
             txt("Old value"), txt("New value"), txt("Reason"), txt("Approver"), txt("Hash")});
    t.log = log.build();
    return t;
}

inline TrackerModel maliModel() {
    auto result = readTracker(maliTables(), kNullDate);
    if (!result.model) throw std::logic_error("the Mali tracker does not read");
    return *result.model;
}

} // namespace condtrack::test
