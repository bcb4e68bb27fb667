"""COND.VERIFYLOG in a real headless Calc, on logs whose hashes are computed
here with hashlib from the serialisation documented in src/core/audit_log.hpp,
so that the C++ chain is checked against an independent implementation.

The log sits in A1:J6 (a header row, then five entries) and the formulas
in column L, outside the rows that the tests delete, insert and move.

Run from the repository root: /usr/bin/python3 -m pytest -q tests/integration/test_verifylog.py
"""

import hashlib

import pytest

from office import cell

GENESIS = "0" * 64

# com.sun.star.sheet.FormulaResult
RESULT_VALUE = 1
RESULT_STRING = 2
ERR_ILLEGAL_ARGUMENT = 502

HEADER = ("Timestamp (UTC)", "User", "Indicator", "Year", "Field", "Old value", "New value",
          "Reason", "Approver", "Hash")

ENTRIES = [
    ("2026-11-26T23:30:05Z", "Awa Traoré", "IND-01", 2019, "actual", "", "0.85",
     "annual review", "M. Diallo"),
    ("2026-11-26T23:31:10Z", "Awa Traoré", "IND-02", 2019, "evidence", "",
     "https://example.org/rapport-2019.pdf", "annual review", "M. Diallo"),
    ("2026-11-27T08:02:00Z", "Jean Dupont", "IND-13", 2019, "actual", "0", "1",
     "SIGRH payroll module live", "Fatoumata Keïta"),
    ("2026-12-01T14:00:00Z", "Jean Dupont", "", 2019, "close", "open", "closed",
     "review closed", "Fatoumata Keïta"),
    ("2027-01-15T09:45:30Z", "Awa Traoré", "IND-13", 2019, "reopen", "closed", "open",
     "correction, see mail of 14 January", "M. Diallo"),
]


# --- the reference implementation of the chain ---------------------------------


def canonical(value):
    """Canonical text of a cell: texts as they are, numbers as in audit_log.hpp."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    x = float(value)
    if x == 0:
        return "0"
    if abs(x) < 2 ** 53 and x == int(x):
        return str(int(x))
    for precision in range(1, 18):
        text = format(x, f".{precision}g")
        if float(text) == x or precision == 17:
            return text


def netstring(text):
    data = text.encode("utf-8")
    return str(len(data)).encode("ascii") + b":" + data + b","


def chain_hash(previous, fields):
    message = netstring(previous) + b"".join(netstring(canonical(f)) for f in fields)
    return hashlib.sha256(message).hexdigest()


def log_rows(entries):
    rows, previous = [], GENESIS
    for fields in entries:
        previous = chain_hash(previous, fields)
        rows.append(tuple(fields) + (previous,))
    return rows


def test_reference_implementation_matches_the_documented_example():
    # The same example as the C++ unit test AuditLogHash.KnownChainFromAnIndependentImplementation.
    first = ("2026-11-26T23:30:05Z", "Awa Traoré", "IND-01", 2019, "actual", "0.5", "0.85",
             "annual review", "M. Diallo")
    h1 = chain_hash(GENESIS, first)
    assert h1 == "7430320f9e08172a62bf277040674024d6df4f8f6b9a6594d877cc5ca8d68b02"
    assert canonical(0.85) == "0.85" and canonical(2019.0) == "2019" and canonical(1e-05) == "1e-05"


# --- helpers --------------------------------------------------------------------


@pytest.fixture
def log(sheet):
    """The sheet with the header in row 1 and the five entries in rows 2-6."""
    cell(sheet, "A1:J6").setDataArray((HEADER,) + tuple(log_rows(ENTRIES)))
    return sheet


def verify(sheet, rng, at="L1"):
    """(result type, text, number) of =COND.VERIFYLOG(rng) written at `at`."""
    target = cell(sheet, at)
    target.setFormula(f"=COND.VERIFYLOG({rng})")
    return result(sheet, at)


def result(sheet, at):
    """(result type, text, number) of the formula at `at`; fails on an error."""
    target = cell(sheet, at)
    assert target.getError() == 0, f"{target.getFormula()} gave error {target.getError()}"
    return target.getPropertyValue("FormulaResultType2"), target.getString(), target.getValue()


def assert_intact(outcome):
    kind, text, _ = outcome
    assert (kind, text) == (RESULT_STRING, "TRUE"), outcome


def assert_row(outcome, row):
    kind, _, number = outcome
    assert (kind, number) == (RESULT_VALUE, row), outcome


def swap_rows(sheet, a, b):
    """Swap the contents of sheet rows a and b (1-based) in columns A-J."""
    first, second = cell(sheet, f"A{a}:J{a}"), cell(sheet, f"A{b}:J{b}")
    data_a, data_b = first.getDataArray(), second.getDataArray()
    first.setDataArray(data_b)
    second.setDataArray(data_a)


# --- tests ----------------------------------------------------------------------


def test_intact_log_of_data_rows_is_true(log):
    assert_intact(verify(log, "A2:J6"))


def test_intact_log_with_header_and_range_past_the_data_is_true(log):
    assert_intact(verify(log, "A1:J6"))
    assert_intact(verify(log, "A1:J40", at="L2"))


def test_the_year_is_a_number_cell_and_texts_stay_texts(log):
    assert cell(log, "D2").getType().value == "VALUE"
    assert cell(log, "G2").getType().value == "TEXT"  # "0.85" written as text


def test_editing_a_cell_gives_its_row(log):
    cell(log, "C4").setString("IND-03")  # third entry
    assert_row(verify(log, "A2:J6"), 3)
    assert_row(verify(log, "A1:J6", at="L2"), 3)  # same numbering with the header


def test_editing_the_first_row_gives_1_not_true(log):
    cell(log, "H2").setString("annual review (amended)")
    outcome = verify(log, "A2:J6")
    assert_row(outcome, 1)
    assert outcome[1] == "1"


def test_editing_the_year_or_a_hash_gives_its_row(log):
    cell(log, "D5").setValue(2020)
    assert_row(verify(log, "A2:J6"), 4)
    cell(log, "D5").setValue(2019)
    assert_intact(verify(log, "A2:J6"))
    good = cell(log, "J3").getString()
    cell(log, "J3").setString(good[:-1] + ("0" if good[-1] != "0" else "1"))
    assert_row(verify(log, "A2:J6"), 2)


def test_deleting_a_row_gives_the_row_that_took_its_place(log):
    cell(log, "L1").setFormula("=COND.VERIFYLOG(A2:J6)")
    log.Rows.removeByIndex(3, 1)  # sheet row 4: the third entry
    assert cell(log, "L1").getFormula().endswith("(A2:J5)")
    assert_row(result(log, "L1"), 3)


def test_deleting_the_first_entry_gives_1(log):
    cell(log, "L1").setFormula("=COND.VERIFYLOG(A1:J6)")
    log.Rows.removeByIndex(1, 1)
    assert_row(result(log, "L1"), 1)


def test_deleting_the_last_entry_is_not_detectable(log):
    # What is left is a valid, shorter chain (documented in audit_log.hpp).
    cell(log, "L1").setFormula("=COND.VERIFYLOG(A1:J6)")
    log.Rows.removeByIndex(5, 1)
    assert_intact(result(log, "L1"))


def test_swapping_two_rows_gives_the_first_of_them(log):
    swap_rows(log, 3, 5)  # entries 2 and 4
    assert_row(verify(log, "A2:J6"), 2)


def test_swapping_neighbours_gives_the_first_of_them(log):
    swap_rows(log, 5, 6)  # entries 4 and 5
    assert_row(verify(log, "A1:J6"), 4)


def test_inserted_blank_rows_are_skipped_and_counted(log):
    cell(log, "L1").setFormula("=COND.VERIFYLOG(A1:J6)")
    log.Rows.insertByIndex(3, 2)  # two blank rows before the third entry
    assert cell(log, "L1").getFormula().endswith("(A1:J8)")
    assert_intact(result(log, "L1"))
    cell(log, "B7").setString("someone else")  # the fourth entry, now sheet row 7
    assert_row(result(log, "L1"), 6)  # the 6th row below the header


def test_a_range_without_the_ten_columns_is_err502(log):
    target = cell(log, "L1")
    target.setFormula("=COND.VERIFYLOG(A2:I6)")
    assert target.getError() == ERR_ILLEGAL_ARGUMENT
    target.setFormula("=COND.VERIFYLOG(A2:K6)")
    assert target.getError() == ERR_ILLEGAL_ARGUMENT


def test_a_number_result_tells_tampering_from_true(log):
    cell(log, "L1").setFormula("=COND.VERIFYLOG(A1:J6)")
    cell(log, "L2").setFormula("=ISNUMBER(L1)")
    assert cell(log, "L2").getValue() == 0
    cell(log, "F4").setString("0.5")
    assert cell(log, "L2").getValue() == 1
