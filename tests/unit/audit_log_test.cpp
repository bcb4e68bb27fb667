// The assessment log's hash chain: canonical texts, the serialisation, the
// row builder, and COND.VERIFYLOG against each kind of tampering.

#include "audit/log.hpp"
#include "audit/sha256.hpp"
#include "functions/sheet_functions.hpp"
#include "rules/errors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <cmath>

using namespace condtrack;

namespace {

using Row = std::vector<Cell>;

LogEntry entry(int i) {
    LogEntry e;
    e.timestampUtc =
        "2026-11-2" + std::to_string(i % 10) + "T10:00:0" + std::to_string(i % 10) + "Z";
    e.user = "Awa Traoré";
    e.indicator = "IND-0" + std::to_string(i);
    e.year = 2019;
    e.field = "actual";
    e.oldValue = std::to_string(i);
    e.newValue = std::to_string(i + 1);
    e.reason = "review " + std::to_string(i);
    e.approver = "M. Diallo";
    return e;
}

// n chained rows, as logRow builds them.
std::vector<Row> chain(int n) {
    std::vector<Row> rows;
    std::string previous = kGenesisHash;
    for (int i = 1; i <= n; ++i) {
        rows.push_back(logRow(entry(i), previous));
        previous = std::get<std::string>(rows.back()[9]);
    }
    return rows;
}

Row header() {
    return {Cell{std::string("Timestamp (UTC)")}, Cell{std::string("User")},
            Cell{std::string("Indicator")},       Cell{std::string("Year")},
            Cell{std::string("Field")},           Cell{std::string("Old value")},
            Cell{std::string("New value")},       Cell{std::string("Reason")},
            Cell{std::string("Approver")},        Cell{std::string("Hash")}};
}

// A blank row as Calc passes it inside a range: empty texts.
Row blankRow() {
    return Row(kLogColumnCount, Cell{std::string()});
}

CellGrid grid(const std::vector<Row>& rows) {
    const std::size_t cols = rows.empty() ? kLogColumnCount : rows.front().size();
    std::vector<Cell> cells;
    for (const auto& row : rows)
        cells.insert(cells.end(), row.begin(), row.end());
    return CellGrid(Shape{rows.size(), cols}, std::move(cells));
}

std::optional<std::size_t> badRow(const std::vector<Row>& rows) {
    return verifyLog(grid(rows)).firstBadRow;
}

std::string& textAt(std::vector<Row>& rows, std::size_t row, std::size_t col) {
    return std::get<std::string>(rows[row][col]);
}

} // namespace

// --- canonical texts ---------------------------------------------------------

TEST(AuditLogCanonical, WholeNumbersArePlainIntegers) {
    EXPECT_EQ(canonicalNumber(2019.0), "2019");
    EXPECT_EQ(canonicalNumber(-3.0), "-3");
    EXPECT_EQ(canonicalNumber(0.0), "0");
    EXPECT_EQ(canonicalNumber(-0.0), "0");
    EXPECT_EQ(canonicalNumber(9007199254740991.0), "9007199254740991");
}

TEST(AuditLogCanonical, OtherNumbersUseTheShortestRoundTripG) {
    EXPECT_EQ(canonicalNumber(0.85), "0.85");
    EXPECT_EQ(canonicalNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(canonicalNumber(1.0 / 3.0), "0.3333333333333333");
    EXPECT_EQ(canonicalNumber(1e-05), "1e-05");
    EXPECT_EQ(canonicalNumber(0.0001), "0.0001");
    EXPECT_EQ(canonicalNumber(1.5e20), "1.5e+20");
    EXPECT_EQ(canonicalNumber(1e16), "1e+16"); // beyond 2^53: not an "exact integer"
    EXPECT_EQ(canonicalNumber(-123456.789), "-123456.789");
}

TEST(AuditLogCanonical, NumbersReadBackExactly) {
    for (double x : {0.85, 1.0 / 3.0, 2.0 / 3.0, 1e-300, 1.7976931348623157e308, 4.9e-324,
                     12345.678901234567, -0.1, 43831.5}) {
        const std::string text = canonicalNumber(x);
        double back = 0;
        std::from_chars(text.data(), text.data() + text.size(), back);
        EXPECT_EQ(back, x) << text;
    }
}

TEST(AuditLogCanonical, CellsToText) {
    EXPECT_EQ(canonicalText(Cell{Blank{}}), "");
    EXPECT_EQ(canonicalText(Cell{std::string()}), "");
    EXPECT_EQ(canonicalText(Cell{std::string("  kept as is ")}), "  kept as is ");
    EXPECT_EQ(canonicalText(Cell{2019.0}), "2019");
}

// --- the serialisation and the hash --------------------------------------------

TEST(AuditLogHash, InputIsNetstringsOfThePreviousHashAndTheNineFields) {
    LogEntry e{"2026-11-26T23:30:05Z", "Awa Traoré", "IND-01", 2019, "actual", "0.5", "0.85",
               "annual review",        "M. Diallo"};
    EXPECT_EQ(chainInput(kGenesisHash, canonicalFields(e)),
              "64:" + std::string(64, '0') +
                  ",20:2026-11-26T23:30:05Z,11:Awa Traoré,6:IND-01,4:2019,6:actual,3:0.5,4:0.85,"
                  "13:annual review,9:M. Diallo,");
}

TEST(AuditLogHash, KnownChainFromAnIndependentImplementation) {
    // Values from Python's hashlib with the spec of audit_log.hpp.
    LogEntry first{"2026-11-26T23:30:05Z", "Awa Traoré", "IND-01", 2019, "actual", "0.5", "0.85",
                   "annual review",        "M. Diallo"};
    LogEntry second{
        "2026-11-27T08:00:00Z", "Awa Traoré", "", 2019, "close", "", "", "", "M. Diallo"};
    const std::string h1 = chainHash(kGenesisHash, first);
    EXPECT_EQ(h1, "7430320f9e08172a62bf277040674024d6df4f8f6b9a6594d877cc5ca8d68b02");
    EXPECT_EQ(chainHash(h1, second),
              "f62d3a527992bc9a15e4072f42a5cf429357eb456a1aaecd453064c4c43875e4");
}

TEST(AuditLogHash, GenesisIs64Zeros) {
    EXPECT_EQ(kGenesisHash, std::string(64, '0'));
    EXPECT_TRUE(isHash(kGenesisHash));
}

TEST(AuditLogHash, IsLowerCaseHex) {
    const std::string h = chainHash(kGenesisHash, entry(1));
    EXPECT_TRUE(isHash(h));
    EXPECT_EQ(h.size(), 64u);
    std::string upper = h;
    std::transform(upper.begin(), upper.end(), upper.begin(), ::toupper);
    if (upper != h) {
        EXPECT_FALSE(isHash(upper));
    }
}

TEST(AuditLogHash, MovingTextBetweenFieldsChangesTheHash) {
    LogEntry a = entry(1), b = entry(1);
    a.reason = "ab";
    a.approver = "c";
    b.reason = "a";
    b.approver = "bc";
    EXPECT_NE(chainHash(kGenesisHash, a), chainHash(kGenesisHash, b));
    // A separator character inside a field cannot forge a boundary either.
    a.reason = "x,1:y";
    a.approver = "";
    b.reason = "x";
    b.approver = "y";
    EXPECT_NE(chainHash(kGenesisHash, a), chainHash(kGenesisHash, b));
}

TEST(AuditLogHash, DependsOnThePreviousHashAndEveryField) {
    const LogEntry e = entry(1);
    const std::string h = chainHash(kGenesisHash, e);
    EXPECT_NE(chainHash(std::string(63, '0') + "1", e), h);
    for (std::size_t i = 0; i < kLogFieldCount; ++i) {
        LogFields fields = canonicalFields(e);
        fields[i] += "x";
        EXPECT_NE(chainHash(kGenesisHash, fields), h) << "field " << i;
    }
}

// --- rows ------------------------------------------------------------------------

TEST(AuditLogRow, HasTenCellsTextsYearAsNumberAndTheHash) {
    const Row row = logRow(entry(1), kGenesisHash);
    ASSERT_EQ(row.size(), kLogColumnCount);
    EXPECT_EQ(std::get<std::string>(row[0]), entry(1).timestampUtc);
    EXPECT_EQ(std::get<double>(row[3]), 2019.0);
    EXPECT_EQ(std::get<std::string>(row[9]), chainHash(kGenesisHash, entry(1)));
}

TEST(AuditLogRow, ReadsBackTheEntry) {
    const Row row = logRow(entry(3), kGenesisHash);
    EXPECT_EQ(logEntryFromRow(row), entry(3));
    EXPECT_EQ(logEntryFromRow(Row(row.begin(), row.begin() + 9)), entry(3));
    EXPECT_EQ(logEntryFromRow(grid({row, logRow(entry(4), kGenesisHash)}), 1), entry(4));
}

TEST(AuditLogRow, YearMayBeANumberOrItsText) {
    Row row = logRow(entry(1), kGenesisHash);
    row[3] = Cell{std::string("2019")};
    EXPECT_EQ(logEntryFromRow(row).year, 2019);
}

TEST(AuditLogRow, RejectsABadYearOrWidth) {
    Row row = logRow(entry(1), kGenesisHash);
    row[3] = Cell{2019.5};
    EXPECT_THROW(logEntryFromRow(row), InvalidArgument);
    row[3] = Cell{std::string("twenty")};
    EXPECT_THROW(logEntryFromRow(row), InvalidArgument);
    row[3] = Cell{std::string()};
    EXPECT_THROW(logEntryFromRow(row), InvalidArgument);
    EXPECT_THROW(logEntryFromRow(Row(8, Cell{std::string("x")})), InvalidArgument);
    EXPECT_THROW(logEntryFromRow(grid(chain(2)), 2), InvalidArgument);
}

// --- timestamps --------------------------------------------------------------------

namespace {
std::chrono::system_clock::time_point at(long long seconds, int millis = 0) {
    return std::chrono::system_clock::time_point(std::chrono::seconds(seconds) +
                                                 std::chrono::milliseconds(millis));
}
} // namespace

TEST(AuditLogTime, IsoUtcToTheSecond) {
    EXPECT_EQ(isoUtc(at(0)), "1970-01-01T00:00:00Z");
    EXPECT_EQ(isoUtc(at(1795735805)), "2026-11-26T23:30:05Z");
    EXPECT_EQ(isoUtc(at(1795735805, 999)), "2026-11-26T23:30:05Z"); // truncated
    EXPECT_EQ(isoUtc(at(1709208000)), "2024-02-29T12:00:00Z");
    EXPECT_EQ(isoUtc(at(978307199)), "2000-12-31T23:59:59Z");
    EXPECT_EQ(isoUtc(at(-1)), "1969-12-31T23:59:59Z");
    EXPECT_EQ(isoUtc(at(-2203891200)), "1900-03-01T00:00:00Z");
}

TEST(AuditLogTime, RecognisesTheFormat) {
    EXPECT_TRUE(isIsoUtc("2026-11-26T23:30:05Z"));
    EXPECT_TRUE(isIsoUtc(isoUtc(std::chrono::system_clock::now())));
    EXPECT_FALSE(isIsoUtc("2026-11-26 23:30:05"));
    EXPECT_FALSE(isIsoUtc("2026-11-26T23:30:05+01:00"));
    EXPECT_FALSE(isIsoUtc("Timestamp (UTC)"));
    EXPECT_FALSE(isIsoUtc(""));
}

// --- verifying ---------------------------------------------------------------------

TEST(AuditLogVerify, AnIntactChainAppendedRowByRow) {
    std::vector<Row> rows;
    std::string previous = kGenesisHash;
    for (int i = 1; i <= 6; ++i) {
        rows.push_back(logRow(entry(i), previous));
        const VerifyResult result = verifyLog(grid(rows));
        ASSERT_TRUE(result.intact()) << "after row " << i;
        EXPECT_EQ(result.entries, static_cast<std::size_t>(i));
        EXPECT_EQ(result.lastHash, std::get<std::string>(rows.back()[9]));
        previous = result.lastHash; // what the next append chains to
    }
}

TEST(AuditLogVerify, EmptyLogsAreIntact) {
    EXPECT_TRUE(verifyLog(grid({header()})).intact());
    EXPECT_TRUE(verifyLog(grid({blankRow(), blankRow()})).intact());
    EXPECT_EQ(verifyLog(grid({header(), blankRow()})).lastHash, kGenesisHash);
}

TEST(AuditLogVerify, EditingAnyFieldOfARowGivesThatRow) {
    for (std::size_t col = 0; col < kLogColumnCount; ++col) {
        auto rows = chain(5);
        if (col == 3)
            rows[1][3] = Cell{2020.0};
        else
            textAt(rows, 1, col) += "!";
        EXPECT_EQ(badRow(rows), 2u) << "column " << col;
    }
}

TEST(AuditLogVerify, EditingAHashGivesThatRow) {
    auto rows = chain(5);
    textAt(rows, 2, 9)[10] = textAt(rows, 2, 9)[10] == '0' ? '1' : '0';
    EXPECT_EQ(badRow(rows), 3u);

    rows = chain(5);
    std::string& hash = textAt(rows, 4, 9);
    std::transform(hash.begin(), hash.end(), hash.begin(), ::toupper); // case counts
    EXPECT_EQ(badRow(rows), 5u);

    rows = chain(5);
    rows[3][9] = Cell{std::string()}; // hash cleared
    EXPECT_EQ(badRow(rows), 4u);
}

TEST(AuditLogVerify, ClearingOrTypingOverACellIsAnEdit) {
    auto rows = chain(4);
    rows[2][7] = Cell{std::string()}; // reason cleared
    EXPECT_EQ(badRow(rows), 3u);
    rows = chain(4);
    rows[0][5] = Cell{1.0}; // old value "1" typed as the number 1: same canonical text
    EXPECT_TRUE(verifyLog(grid(rows)).intact());
    rows[0][5] = Cell{1.5};
    EXPECT_EQ(badRow(rows), 1u);
}

TEST(AuditLogVerify, DeletingTheFirstRowGivesRow1) {
    auto rows = chain(5);
    rows.erase(rows.begin());
    EXPECT_EQ(badRow(rows), 1u);
}

TEST(AuditLogVerify, DeletingAMiddleRowGivesTheRowThatTookItsPlace) {
    auto rows = chain(5);
    rows.erase(rows.begin() + 2); // the third row
    EXPECT_EQ(badRow(rows), 3u);
}

TEST(AuditLogVerify, DeletingTheLastRowIsNotDetectable) {
    // The rows left are a valid chain: only a record of the last hash or of
    // the number of entries kept elsewhere could tell. verifyLog reports the
    // shorter chain as intact; entries and lastHash show what it saw.
    auto rows = chain(5);
    const std::string lastHash = textAt(rows, 4, 9);
    rows.pop_back();
    const VerifyResult result = verifyLog(grid(rows));
    EXPECT_TRUE(result.intact());
    EXPECT_EQ(result.entries, 4u);
    EXPECT_NE(result.lastHash, lastHash);
}

TEST(AuditLogVerify, SwappingRowsGivesTheFirstOfThem) {
    auto rows = chain(5);
    std::swap(rows[1], rows[3]);
    EXPECT_EQ(badRow(rows), 2u);
    rows = chain(5);
    std::swap(rows[2], rows[3]); // neighbours
    EXPECT_EQ(badRow(rows), 3u);
    rows = chain(5);
    std::swap(rows[0], rows[4]);
    EXPECT_EQ(badRow(rows), 1u);
}

TEST(AuditLogVerify, MovingARowGivesTheFirstPositionThatChanged) {
    auto rows = chain(6);
    std::rotate(rows.begin() + 1, rows.begin() + 5, rows.end()); // row 6 moved up to 2
    EXPECT_EQ(badRow(rows), 2u);
    rows = chain(6);
    std::rotate(rows.begin() + 2, rows.begin() + 3, rows.end()); // row 3 moved to the end
    EXPECT_EQ(badRow(rows), 3u);
}

TEST(AuditLogVerify, MovingTextBetweenCellsOfARowGivesThatRow) {
    auto rows = chain(3);
    std::string& reason = textAt(rows, 1, 7);
    textAt(rows, 1, 8) = reason.substr(reason.size() - 1) + textAt(rows, 1, 8);
    reason.pop_back();
    EXPECT_EQ(badRow(rows), 2u);
}

TEST(AuditLogVerify, InsertingARowOfDataIsDetected) {
    auto rows = chain(4);
    rows.insert(rows.begin() + 2, logRow(entry(9), kGenesisHash));
    EXPECT_EQ(badRow(rows), 3u);
}

TEST(AuditLogVerify, BlankRowsAreSkippedButCounted) {
    auto rows = chain(4);
    rows.insert(rows.begin() + 2, blankRow());
    rows.insert(rows.begin(), blankRow());
    rows.push_back(blankRow());
    rows.push_back(Row(kLogColumnCount, Cell{Blank{}}));
    const VerifyResult result = verifyLog(grid(rows));
    EXPECT_TRUE(result.intact());
    EXPECT_EQ(result.entries, 4u);
    // Positions count the blank rows, so a result points at a sheet row:
    // rows are now blank, e1, e2, blank, e3, e4, blank, blank.
    textAt(rows, 4, 1) = "someone else";
    EXPECT_EQ(badRow(rows), 5u);
}

TEST(AuditLogVerify, APartlyBlankRowIsNotBlank) {
    auto rows = chain(3);
    Row stray = blankRow();
    stray[7] = Cell{std::string("note")};
    rows.insert(rows.begin() + 1, stray);
    EXPECT_EQ(badRow(rows), 2u);
}

TEST(AuditLogVerify, TrailingRowsOfTheRangePastTheDataAreIgnored) {
    auto rows = chain(3);
    for (int i = 0; i < 50; ++i)
        rows.push_back(blankRow());
    EXPECT_TRUE(verifyLog(grid(rows)).intact());
}

TEST(AuditLogVerify, AHeaderRowIsRecognisedAndNotCounted) {
    auto rows = chain(4);
    rows.insert(rows.begin(), header());
    VerifyResult result = verifyLog(grid(rows));
    EXPECT_TRUE(result.intact());
    EXPECT_EQ(result.headerRows, 1u);
    EXPECT_EQ(result.entries, 4u);
    textAt(rows, 2, 6) = "tampered"; // the second data row
    EXPECT_EQ(badRow(rows), 2u);

    EXPECT_EQ(verifyLog(grid(chain(4))).headerRows, 0u);
}

TEST(AuditLogVerify, AnyLabelsMakeAHeader) {
    Row french = header();
    std::get<std::string>(french[0]) = "Horodatage (UTC)";
    std::get<std::string>(french[9]) = "Empreinte";
    auto rows = chain(2);
    rows.insert(rows.begin(), french);
    EXPECT_TRUE(verifyLog(grid(rows)).intact());
    // A header with a few labels only.
    Row sparse = blankRow();
    sparse[0] = Cell{std::string("Log")};
    rows[0] = sparse;
    EXPECT_TRUE(verifyLog(grid(rows)).intact());
}

TEST(AuditLogVerify, ABlankFirstRowIsABlankRowNotAHeader) {
    auto rows = chain(2);
    rows.insert(rows.begin(), blankRow());
    EXPECT_EQ(verifyLog(grid(rows)).headerRows, 0u);
    textAt(rows, 1, 2) = "IND-99"; // the first entry, second row of the range
    EXPECT_EQ(badRow(rows), 2u);
}

TEST(AuditLogVerify, AFirstDataRowWithABrokenHashIsNotTakenForAHeader) {
    // Its timestamp still marks it as data.
    auto rows = chain(1);
    textAt(rows, 0, 9) = "not a hash";
    EXPECT_EQ(badRow(rows), 1u);
    rows = chain(3);
    rows[0][9] = Cell{std::string()};
    EXPECT_EQ(badRow(rows), 1u);
}

TEST(AuditLogVerify, AFirstRowWithBothTimestampAndHashDestroyedReadsAsAHeader) {
    // The documented limit of header detection: it is then skipped, and the
    // next row, which chains to it, is reported (as position 1).
    auto rows = chain(3);
    textAt(rows, 0, 0) = "garbled";
    textAt(rows, 0, 9) = "garbled";
    EXPECT_EQ(badRow(rows), 1u);
}

TEST(AuditLogVerify, YearAsTextAndValuesAsNumbersVerifyWhenCanonicallyEqual) {
    auto rows = chain(3);
    rows[0][3] = Cell{std::string("2019")};
    rows[1][6] = Cell{3.0}; // "3" typed as a number
    EXPECT_TRUE(verifyLog(grid(rows)).intact());
    rows[1][6] = Cell{std::string("3.0")}; // a different text
    EXPECT_EQ(badRow(rows), 2u);
}

TEST(AuditLogVerify, NeedsExactlyTenColumns) {
    const auto rows = chain(2);
    std::vector<Row> nine, eleven;
    for (const auto& row : rows) {
        nine.emplace_back(row.begin(), row.begin() + 9);
        eleven.push_back(row);
        eleven.back().push_back(Cell{std::string()});
    }
    EXPECT_THROW(verifyLog(grid(nine)), InvalidArgument);
    EXPECT_THROW(verifyLog(grid(eleven)), InvalidArgument);
    try {
        verifyLog(grid(nine));
    } catch (const InvalidArgument& e) {
        EXPECT_NE(std::string(e.what()).find("9 columns"), std::string::npos) << e.what();
    }
}

// --- COND.VERIFYLOG --------------------------------------------------------------------

TEST(SheetVerifyLog, IntactIsTheTextTrue) {
    auto rows = chain(3);
    rows.insert(rows.begin(), header());
    const CellGrid result = sheet::verifyLog(grid(rows));
    ASSERT_TRUE(result.isSingle());
    EXPECT_EQ(std::get<std::string>(result[0]), "TRUE");
}

TEST(SheetVerifyLog, TamperedIsTheRowNumber) {
    auto rows = chain(3);
    textAt(rows, 0, 4) = "evidence";
    const CellGrid result = sheet::verifyLog(grid(rows));
    ASSERT_TRUE(result.isSingle());
    EXPECT_EQ(std::get<double>(result[0]), 1.0);
}

TEST(SheetVerifyLog, WrongWidthNamesTheArgument) {
    try {
        sheet::verifyLog(CellGrid(Shape{3, 4}, Cell{std::string("x")}));
        FAIL() << "no error";
    } catch (const InvalidArgument& e) {
        EXPECT_EQ(std::string(e.what()).rfind("log_range: the log range has 4 columns", 0), 0u)
            << e.what();
    }
}
