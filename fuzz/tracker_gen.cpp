#include "tracker_gen.hpp"

#include "rules/status.hpp"
#include "tracker/template.hpp"

#include <algorithm>
#include <chrono>
#include <climits>

namespace condtrack::fuzz {

namespace greg = boost::gregorian;

namespace {

Cell txt(std::string s) {
    return Cell{std::move(s)};
}
Cell num(double v) {
    return Cell{v};
}
const Cell kNone = Cell{Blank{}};

// Fills one table row by row; each cell is the valid value offered, or, at
// the table's corruption rate, anything.
class TableFiller {
  public:
    TableFiller(FuzzInput& in, std::size_t cols) : in_(in), cols_(cols) {
        static const unsigned kRates[] = {0, 6, 32, 128};
        rate_ = kRates[in.byte() % 4];
    }

    Cell maybe(Cell valid) {
        if (rate_ != 0 && in_.chance(rate_)) return in_.cell(static_cast<Hint>(in_.byte() % 9));
        return valid;
    }
    void row(std::vector<Cell> cells) {
        cells.resize(cols_, kNone);
        for (auto& cell : cells)
            cell = maybe(std::move(cell));
        cells_.insert(cells_.end(), cells.begin(), cells.end());
        ++rows_;
    }
    // Header rows are taken as they are.
    void header(std::vector<Cell> cells) {
        cells.resize(cols_, kNone);
        cells_.insert(cells_.end(), cells.begin(), cells.end());
        ++rows_;
    }
    void blankRows() {
        for (int i = in_.byte() % 3; i > 0; --i)
            row({});
    }
    RangeTable build(std::string name, std::string sheet) {
        RangeTable table;
        table.name = std::move(name);
        table.sheet = std::move(sheet);
        table.firstRow = static_cast<int>(in_.byte() % 8);
        table.firstCol = static_cast<int>(in_.byte() % 4);
        table.cells = CellGrid(Shape{rows_, cols_}, std::move(cells_));
        return table;
    }

  private:
    FuzzInput& in_;
    std::size_t cols_;
    unsigned rate_ = 0;
    std::size_t rows_ = 0;
    std::vector<Cell> cells_;
};

std::string sheetName(FuzzInput& in, const char* usual) {
    return in.chance(16) ? in.keyword() : std::string(usual);
}

std::string twoDigits(std::size_t n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

double serialIn(Date date, Date nullDate) {
    return serialOf(date, nullDate);
}

Date dayOf(int year, int month, int day) {
    return Date(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                static_cast<unsigned short>(day));
}

const char* const kMethods[] = {"",         "linear",  "binary", "partial",
                                "linéaire", "partiel", "binaire"};
const char* const kRolls[] = {"following", "",        "modified", "preceding",
                              "none",      "suivant", "précédent"};
const char* const kRules[] = {"", "reallocate", "transfer", "A", "B", "transférer"};

} // namespace

CellGrid reshaped(const CellGrid& grid, Shape shape) {
    std::vector<Cell> cells;
    cells.reserve(shape.size());
    const Shape old = grid.shape();
    for (std::size_t r = 0; r < shape.rows; ++r)
        for (std::size_t c = 0; c < shape.cols; ++c)
            cells.push_back(r < old.rows && c < old.cols && r * old.cols + c < grid.size()
                                ? grid.at(r, c)
                                : kNone);
    return CellGrid(shape, std::move(cells));
}

LogEntry randomEntry(FuzzInput& in, const std::vector<int>& years) {
    LogEntry entry;
    if (in.chance(32)) {
        entry.timestampUtc = in.text();
    } else {
        const auto seconds = in.between(0, 4102444800LL); // 1970-2100
        entry.timestampUtc = isoUtc(std::chrono::system_clock::time_point(
            std::chrono::duration_cast<std::chrono::system_clock::duration>(
                std::chrono::seconds(seconds))));
    }
    entry.user = in.chance(64) ? in.text() : "Ana";
    entry.indicator = in.coin() ? "IND-" + twoDigits(1 + in.byte() % 13) : in.text(Hint::Keyword);
    if (!years.empty() && !in.chance(32))
        entry.year = years[in.byte() % years.size()];
    else
        entry.year = static_cast<int>(in.between(INT_MIN, INT_MAX));
    static const char* const kFields[] = {"actual", "evidence", "reopen", "close"};
    entry.field = in.chance(32) ? in.text() : kFields[in.byte() % 4];
    entry.oldValue = in.text();
    entry.newValue = in.text();
    entry.reason = in.text();
    entry.approver = in.coin() ? std::string() : in.text();
    return entry;
}

RangeTable generateLog(FuzzInput& in, const std::vector<int>& years, bool blankRows) {
    const bool header = !in.chance(32);
    std::vector<Cell> cells;
    std::size_t rows = 0;
    if (header) {
        for (const char* label : {"Timestamp (UTC)", "User", "Indicator", "Year", "Field",
                                  "Old value", "New value", "Reason", "Approver", "Hash"})
            cells.push_back(txt(label));
        ++rows;
    }
    std::string previous = kGenesisHash;
    const int entries = in.byte() % 8;
    for (int i = 0; i < entries; ++i) {
        if (blankRows && in.chance(24)) {
            cells.insert(cells.end(), kLogColumnCount, in.coin() ? kNone : txt(""));
            ++rows;
        }
        const auto row = logRow(randomEntry(in, years), previous);
        previous = std::get<std::string>(row.back());
        cells.insert(cells.end(), row.begin(), row.end());
        ++rows;
    }
    if (blankRows)
        for (int i = in.byte() % 4; i > 0; --i) {
            cells.insert(cells.end(), kLogColumnCount, kNone);
            ++rows;
        }
    RangeTable log;
    log.name = range_names::kLog;
    log.sheet = "Log";
    log.firstRow = static_cast<int>(in.between(0, 1'048'575 - static_cast<long long>(rows) - 64));
    log.firstCol = static_cast<int>(in.byte() % 8);
    log.cells = CellGrid(Shape{rows, kLogColumnCount}, std::move(cells));
    return log;
}

GeneratedTracker generateTracker(FuzzInput& in) {
    GeneratedTracker g;
    g.nullDate = in.nullDate();
    const Date nullDate = g.nullDate;
    const int firstYear = 2015 + in.byte() % 10;
    const std::size_t yearCount = 1 + in.byte() % 4;
    std::vector<int> years;
    for (std::size_t k = 0; k < yearCount; ++k)
        years.push_back(firstYear + static_cast<int>(k));
    const std::size_t indicatorCount = 1 + in.byte() % 14;
    const std::size_t milestoneCount = in.byte() % 7;
    const std::size_t trancheCount = in.byte() % 7;
    auto serial = [&](Date d) { return num(serialIn(d, nullDate)); };
    auto someDate = [&]() { return dayOf(firstYear, 1, 1) + greg::days(in.between(0, 2500)); };

    // CondTrack_Reviews
    {
        TableFiller t(in, 5);
        t.header({txt("First review"), txt("Months between reviews"), txt("Roll"), txt("Holidays"),
                  txt("Next review")});
        const std::uint8_t months = in.byte();
        t.row({serial(dayOf(firstYear + 1, 3, 15)), num(months == 0 ? 12.0 : 1.0 + months % 24),
               txt(kRolls[in.byte() % 7]), kNone, serial(dayOf(firstYear + 2, 3, 16))});
        g.tables.reviews = t.build(range_names::kReviews, sheetName(in, "Reviews"));
    }
    // CondTrack_Years
    {
        TableFiller t(in, 5);
        t.header({txt("Year"), txt("Review date"), txt("State"), txt("Closed on"),
                  txt("Outcome notes")});
        for (const int year : years) {
            const bool closed = in.byte() % 3 == 1;
            t.row({num(year), serial(dayOf(year + 1, 3, 15)), txt(closed ? "closed" : "open"),
                   closed ? serial(dayOf(year + 1, 4, 10)) : kNone,
                   in.coin() ? kNone : txt(in.text())});
        }
        t.blankRows();
        g.tables.years = t.build(range_names::kYears, sheetName(in, "Reviews"));
        if (in.coin()) g.tables.years->sheet = g.tables.reviews->sheet;
    }
    // CondTrack_Indicators
    std::vector<std::string> indicatorIds;
    {
        const std::size_t cols =
            layout::kIndicatorFixedColumns + layout::kIndicatorYearColumns * yearCount;
        TableFiller t(in, cols);
        std::vector<Cell> header1(cols, kNone), header2(cols, kNone);
        header1[0] = txt("Performance indicators");
        const char* fixed[] = {"ID",     "Title",     "Policy area", "Weight",
                               "Method", "Threshold", "Baseline"};
        for (std::size_t c = 0; c < 7; ++c)
            header2[c] = txt(fixed[c]);
        const char* block[] = {"Target", "Actual", "Evidence", "Waived", "Score", "Status"};
        for (std::size_t k = 0; k < yearCount; ++k) {
            header1[7 + 6 * k] = num(years[k]);
            for (std::size_t c = 0; c < 6; ++c)
                header2[7 + 6 * k + c] = txt(block[c]);
        }
        t.header(header1);
        t.header(header2);
        for (std::size_t i = 1; i <= indicatorCount; ++i) {
            const std::string id = "IND-" + twoDigits(i);
            indicatorIds.push_back(id);
            const std::uint8_t thresholdByte = in.byte();
            const double baseline = static_cast<double>(in.byte() % 50);
            std::vector<Cell> cells{txt(id),
                                    txt(in.coin() ? in.text() : "Indicator " + id),
                                    txt("Area"),
                                    num(1.0 + in.byte() % 5),
                                    txt(kMethods[in.byte() % 7]),
                                    thresholdByte % 3 == 0 ? kNone : num(thresholdByte / 255.0),
                                    num(baseline)};
            for (std::size_t k = 0; k < yearCount; ++k) {
                const double target = baseline + 1 + in.byte() % 100;
                const bool assessed = in.byte() % 3 != 0;
                const double actual = baseline + in.byte() % 120 - 10;
                const double score =
                    std::clamp((actual - baseline) / (target - baseline), 0.0, 1.0);
                const bool waived = in.byte() % 8 == 7;
                cells.insert(cells.end(),
                             {num(target), assessed ? num(actual) : kNone,
                              assessed ? txt("https://example.org/" + id) : kNone,
                              waived ? num(1.0) : kNone, assessed ? num(score) : txt(""),
                              txt(assessed ? std::string(keyword(classifyScore(score)))
                                           : std::string("pending"))});
            }
            t.row(cells);
        }
        t.blankRows();
        g.tables.indicators = t.build(range_names::kIndicators, sheetName(in, "Indicators"));
    }
    // CondTrack_Milestones
    std::vector<std::string> milestoneIds;
    {
        TableFiller t(in, 8);
        t.header({txt("ID"), txt("Milestone"), txt("Indicator"), txt("Tranche year"), txt("Due"),
                  txt("Done"), txt("Status"), txt("Days late")});
        for (std::size_t i = 1; i <= milestoneCount; ++i) {
            const std::string id = "M-" + twoDigits(i);
            milestoneIds.push_back(id);
            const std::uint8_t link = in.byte();
            const std::uint8_t trancheYear = in.byte();
            const Date due = someDate();
            const bool done = in.coin();
            t.row({txt(id), txt(in.coin() ? in.text() : "Milestone " + id),
                   link % 2 == 0 ? kNone : txt(indicatorIds[link % indicatorIds.size()]),
                   trancheYear % 2 == 0 ? kNone : num(years[trancheYear % years.size()]),
                   serial(due), done ? serial(due + greg::days(in.between(-30, 90))) : kNone,
                   txt("on track"), num(0.0)});
        }
        t.blankRows();
        g.tables.milestones = t.build(range_names::kMilestones, sheetName(in, "Milestones"));
    }
    // CondTrack_Tranches
    {
        TableFiller t(in, 12);
        t.header({txt("Year"), txt("Type"), txt("Ceiling"), txt("General conditions met"),
                  txt("Gating milestones"), txt("Eligible"), txt("Waiver rule"),
                  txt("Computed amount"), txt("Transferred"), txt("Disbursed"), txt("Disbursed on"),
                  txt("Request deadline")});
        for (std::size_t i = 0; i < trancheCount; ++i) {
            const int year = years[in.byte() % years.size()];
            const bool fixed = in.coin();
            const double ceiling = 1'000'000.0 * (in.byte() % 50);
            std::string gating;
            for (int n = milestoneIds.empty() ? 0 : in.byte() % 3; n > 0; --n)
                gating +=
                    (gating.empty() ? "" : ", ") + milestoneIds[in.byte() % milestoneIds.size()];
            const std::uint8_t general = in.byte() % 3;
            const bool disbursed = in.byte() % 4 == 1;
            const double computed = ceiling * (in.byte() / 255.0);
            t.row({num(year), txt(fixed ? "fixed" : "variable"), num(ceiling),
                   general == 0 ? kNone : num(general == 1 ? 1.0 : 0.0),
                   gating.empty() ? kNone : txt(gating), num(in.coin() ? 1.0 : 0.0),
                   fixed ? kNone : txt(kRules[in.byte() % 6]), num(computed), num(0.0),
                   disbursed ? num(computed) : kNone,
                   disbursed ? serial(dayOf(year + 1, 4, 15)) : kNone,
                   serial(dayOf(year + 1, 1 + in.byte() % 12, 1 + in.byte() % 28))});
        }
        t.blankRows();
        g.tables.tranches = t.build(range_names::kTranches, sheetName(in, "Tranches"));
    }
    // CondTrack_Log
    if (!in.chance(16)) g.tables.log = generateLog(in, years, true);
    return g;
}

TrackerTables randomTables(FuzzInput& in) {
    TrackerTables tables;
    const char* names[] = {range_names::kYears,      range_names::kReviews,
                           range_names::kIndicators, range_names::kTranches,
                           range_names::kMilestones, range_names::kLog};
    std::optional<RangeTable>* slots[] = {&tables.years,    &tables.reviews,    &tables.indicators,
                                          &tables.tranches, &tables.milestones, &tables.log};
    for (std::size_t i = 0; i < 6; ++i) {
        if (in.byte() % 4 == 0) continue;
        RangeTable t;
        t.name = names[i];
        t.sheet = in.keyword();
        t.firstRow = static_cast<int>(in.between(0, 100));
        t.firstCol = static_cast<int>(in.between(0, 30));
        const Shape shape{static_cast<std::size_t>(in.byte() % 24),
                          static_cast<std::size_t>(in.byte() % 40)};
        t.cells = in.grid(shape, static_cast<Hint>(in.byte() % 9));
        *slots[i] = std::move(t);
    }
    return tables;
}

void damageTables(FuzzInput& in, TrackerTables& tables, Damage allowed) {
    std::optional<RangeTable>* slots[] = {&tables.years,    &tables.reviews,    &tables.indicators,
                                          &tables.tranches, &tables.milestones, &tables.log};
    for (int n = in.byte() % 8; n > 0; --n) {
        const std::size_t which = in.byte() % (allowed.touchLog ? 6 : 5);
        auto& slot = *slots[which];
        const int kind = in.byte() % 9;
        if (!slot) continue;
        RangeTable& t = *slot;
        const Shape shape = t.cells.shape();
        switch (kind) {
        case 0:
        case 1: { // overwrite a cell
            if (shape.size() == 0 || t.cells.size() != shape.size()) break;
            const std::size_t r = in.between(0, static_cast<long long>(shape.rows) - 1);
            const std::size_t c = in.between(0, static_cast<long long>(shape.cols) - 1);
            t.cells[r * shape.cols + c] = in.cell(static_cast<Hint>(in.byte() % 9));
            break;
        }
        case 2: slot.reset(); break;
        case 3: // move it
            if (allowed.extremePositions) {
                static const long long kRows[] = {-1,         0,       1'048'575, 16'777'215,
                                                  16'777'216, INT_MAX, INT_MIN};
                t.firstRow =
                    static_cast<int>(in.coin() ? kRows[in.byte() % 7] : in.between(0, 20'000'000));
                t.firstCol = static_cast<int>(in.coin() ? in.between(-2, 16'400) : 0);
            } else {
                t.firstRow = static_cast<int>(in.between(0, 1'000'000));
                t.firstCol = static_cast<int>(in.between(0, 1000));
            }
            break;
        case 4: // fewer or more rows
            t.cells = reshaped(t.cells, Shape{static_cast<std::size_t>(in.between(
                                                  0, static_cast<long long>(shape.rows) + 5)),
                                              shape.cols});
            break;
        case 5: // fewer or more columns
            t.cells = reshaped(t.cells,
                               Shape{shape.rows, static_cast<std::size_t>(in.between(
                                                     0, static_cast<long long>(shape.cols) + 8))});
            break;
        case 6: { // a blank row inserted
            if (t.cells.size() != shape.size()) break;
            std::vector<Cell> cells(t.cells.cells());
            const std::size_t at = in.between(0, static_cast<long long>(shape.rows));
            cells.insert(cells.begin() + static_cast<std::ptrdiff_t>(at * shape.cols), shape.cols,
                         kNone);
            t.cells = CellGrid(Shape{shape.rows + 1, shape.cols}, std::move(cells));
            break;
        }
        case 7: { // two rows swapped
            if (shape.rows < 2 || t.cells.size() != shape.size()) break;
            std::vector<Cell> cells(t.cells.cells());
            const std::size_t a = in.between(0, static_cast<long long>(shape.rows) - 1);
            const std::size_t b = in.between(0, static_cast<long long>(shape.rows) - 1);
            for (std::size_t c = 0; c < shape.cols; ++c)
                std::swap(cells[a * shape.cols + c], cells[b * shape.cols + c]);
            t.cells = CellGrid(shape, std::move(cells));
            break;
        }
        default: // cell values that do not match the shape
            if (allowed.mismatchedCells) {
                std::vector<Cell> cells(t.cells.cells());
                if (in.coin() && !cells.empty())
                    cells.pop_back();
                else
                    cells.push_back(kNone);
                t.cells = CellGrid(shape, std::move(cells));
            }
            break;
        }
    }
}

} // namespace condtrack::fuzz
