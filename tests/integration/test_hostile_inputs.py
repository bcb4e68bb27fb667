"""Hostile inputs through the real host: every COND.* function and the tracker
commands fed what a careless or hostile workbook holds, in a real headless
soffice.

Each case asserts a defined result or an exact error code (XCell.getError());
where the add-in itself refuses (Err:502), the condtrack log must say why.
After every test the office must still be alive and answer a trivial formula,
no hostile input may reach the add-in's "internal error" path, and where we
did not act the document must be unchanged.

What Calc does before our code runs (checked on 7.4.7, asserted here so that a
change shows up):
- a single-cell argument holding an error: Calc passes that error on without
  calling the add-in;
- an error anywhere inside a range argument, a reference list (A1:A2~A4:A5)
  or too many arguments: Err:504, without calling the add-in;
- a 3D range (Sheet1.B5:Sheet2.B6): only its first sheet reaches the add-in.

Timings of the large cases are printed (run with -s to see them).

Run from the repository root: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/integration/test_hostile_inputs.py
"""

import datetime as dt
import os
import re
import signal

import pytest
import uno

from deadline import timed
from office import Office, cell, dispatch, first_sheet, put, set_array_formula, set_formula

# Calc error codes (XCell.getError()).
ERR_ILLEGAL_ARGUMENT = 502  # Err:502, also what the add-in's IllegalArgumentException gives
ERR_PARAMETER_LIST = 504  # Err:504 "error in parameter list"
ERR_NAME = 525  # #NAME?
ERR_DIV0 = 532  # #DIV/0!
ERR_NA = 32767  # #N/A

# com.sun.star.sheet.FormulaResult
RESULT_VALUE = 1
RESULT_STRING = 2

NULL_DATE = dt.date(1899, 12, 30)
LAST_DAY = dt.date(9999, 12, 31)
FIRST_DAY = dt.date(1400, 1, 1)
MAX_ROW = 1048576

# A UNO call to a healthy office answers in well under this; a slower one is a hang.
CALL_DEADLINE = 60


def serial(day):
    return (day - NULL_DATE).days


def DATE(y, m, d):  # noqa: N802 - mirrors the Calc function
    return f"DATE({y};{m};{d})"


# --- deadlines, survival and the log ----------------------------------------------




def assert_office_answers(office):
    """The office process lives and computes a trivial formula, native and ours."""
    assert office.proc is not None and office.proc.poll() is None, (
        f"soffice exited with {office.proc.returncode if office.proc else None}")

    def probe():
        doc = office.new_calc()
        try:
            sheet = first_sheet(doc)
            set_formula(sheet, "A1", "=1+1")
            set_formula(sheet, "A2", "=COND.SCORE(6;0;10)")
            return cell(sheet, "A1").getValue(), cell(sheet, "A2").getValue()
        finally:
            doc.close(True)

    answers, _ = timed(CALL_DEADLINE, "a trivial formula", probe)
    assert answers == (2.0, pytest.approx(0.6))


class LogWatch:
    """What the add-in appended to its log since the watch started."""

    def __init__(self, office):
        self.path = office.log_path()
        self.start = self.path.stat().st_size if self.path.exists() else 0

    def new(self):
        if not self.path.exists():
            return ""
        with open(self.path, "rb") as f:
            size = self.path.stat().st_size
            f.seek(self.start if size >= self.start else 0)  # rotated: read it all
            return f.read().decode("utf-8", errors="replace")


@pytest.fixture
def log(office):
    return LogWatch(office)


@pytest.fixture(autouse=True)
def office_survives(office, log):
    """After every test: soffice alive and answering, no internal error logged."""
    yield
    assert_office_answers(office)
    assert "internal error" not in log.new(), log.new()[-2000:]




def formula_result(sheet, formula, at="Z100"):
    """(error code, result type, text, number) of formula written at `at`."""
    set_formula(sheet, at, formula)
    c = cell(sheet, at)
    return c.getError(), c.getPropertyValue("FormulaResultType2"), c.getString(), c.getValue()


def err(sheet, formula, at="Z100"):
    return formula_result(sheet, formula, at)[0]


def num(sheet, formula, at="Z100"):
    error, kind, text, number = formula_result(sheet, formula, at)
    assert (error, kind) == (0, RESULT_VALUE), f"{formula} gave error {error} / {text!r}"
    return number


def text(sheet, formula, at="Z100"):
    error, kind, value_text, _ = formula_result(sheet, formula, at)
    assert (error, kind) == (0, RESULT_STRING), f"{formula} gave error {error} / {value_text!r}"
    return value_text


def inputs_of(sheet, area="A1:Y60"):
    """Formulas and values of the input area, to check it is left alone."""
    block = cell(sheet, area)
    return block.getFormulaArray()


def array_cells(sheet, area, formula):
    """Enter formula as an array over area; [(error, text)] row by row."""
    set_array_formula(sheet, area, formula)
    block = cell(sheet, area)
    a = block.getRangeAddress()
    return [[(block.getCellByPosition(c, r).getError(), block.getCellByPosition(c, r).getString())
             for c in range(a.EndColumn - a.StartColumn + 1)]
            for r in range(a.EndRow - a.StartRow + 1)]


# --- the argument matrix -------------------------------------------------------------
#
# Every function with a valid call, and what each argument position takes.
# kind: "number" (a number or a date), "keyword" (text), "log" (the log range).

FUNCTIONS = {
    "SCORE": [("actual", "6", "number"), ("baseline", "0", "number"), ("target", "10", "number"),
              ("method", '"linear"', "keyword"), ("threshold", "0.5", "number")],
    "STATUS": [("score", "0.5", "number"), ("partial_from", "0.3", "number")],
    "TRANCHE": [("ceiling", "1000", "number"), ("weights", "1", "number"),
                ("scores", "0.5", "number"), ("decisions", '"none"', "keyword"),
                ("rule", '"reallocate"', "keyword"), ("eligible", "1", "number")],
    "TRANSFER": [("ceiling", "1000", "number"), ("weights", "1", "number"),
                 ("decisions", '"none"', "keyword")],
    "HELD": [("ceiling", "1000", "number"), ("weights", "1", "number"),
             ("scores", "0.5", "number"), ("decisions", '"reassess"', "keyword"),
             ("eligible", "1", "number")],
    "RELEASED": [("ceiling", "1000", "number"), ("weights", "1", "number"),
                 ("scores", "0.5", "number"), ("decisions", '"reassess"', "keyword"),
                 ("rescores", "1", "number"), ("eligible", "1", "number")],
    "BANDS": [("total", "0.5", "number"), ("lower_bounds", "0", "number"),
              ("shares", "0.7", "number")],
    "DLI": [("unit_value", "30", "number"), ("reported", "1000", "number"),
            ("verified", "900", "number"), ("allocation", "100000", "number"),
            ("paid_to_date", "10", "number"), ("min_ratio", "0.8", "number")],
    "NEXTREVIEW": [("first", DATE(2019, 3, 15), "number"), ("months", "6", "number"),
                   ("as_of", DATE(2019, 4, 1), "number"), ("holidays", DATE(2019, 12, 25), "number"),
                   ("roll", '"following"', "keyword")],
    "SCHEDULE": [("first", DATE(2019, 3, 15), "number"), ("months", "6", "number"),
                 ("count", "3", "number"), ("holidays", DATE(2019, 12, 25), "number"),
                 ("roll", '"following"', "keyword")],
    "MILESTONE": [("due", DATE(2019, 6, 30), "number"), ("done", DATE(2019, 7, 5), "number"),
                  ("as_of", DATE(2019, 8, 1), "number"), ("warn_days", "10", "number")],
    "DAYSLATE": [("due", DATE(2019, 6, 30), "number"), ("done", DATE(2019, 7, 5), "number"),
                 ("as_of", DATE(2019, 8, 1), "number")],
    "VERIFYLOG": [("log_range", None, "log")],
}

# The valid calls' results, so that a case proves the substituted argument
# (and nothing else) made the difference.
VALID_RESULTS = {
    "SCORE": 0.6, "STATUS": "partial", "TRANCHE": 500.0, "TRANSFER": 0.0,
    "HELD": 500.0, "RELEASED": 500.0, "BANDS": 0.7, "DLI": 27000.0,
    "NEXTREVIEW": serial(dt.date(2019, 9, 16)), "SCHEDULE": serial(dt.date(2019, 3, 15)),
    "MILESTONE": "done late", "DAYSLATE": 5.0, "VERIFYLOG": "TRUE",
}

# Cells the matrix refers to: error producers in E1:E3, the same errors as the
# first cell of a two-cell range in F1:F2, G1:G2, H1:H2 (a valid 2nd cell),
# text in K1 ("abc") and K2 (the text "5"), and a 10-column log header in A20:J20.
ERROR_CELLS = {"#DIV/0!": ("E1", "=1/0", ERR_DIV0), "#N/A": ("E2", "=NA()", ERR_NA),
               "Err:502": ("E3", "=COND.SCORE(1;5;5)", ERR_ILLEGAL_ARGUMENT)}
ERROR_RANGES = {"#DIV/0!": "F1:F2", "#N/A": "G1:G2", "Err:502": "H1:H2"}
LOG_HEADER = ("Timestamp (UTC)", "User", "Indicator", "Year", "Field", "Old value", "New value",
              "Reason", "Approver", "Hash")


def call(function, **replace):
    """The formula of function's valid call with arguments replaced by name."""
    args = []
    for name, valid, _ in FUNCTIONS[function]:
        args.append(replace.get(name, valid if valid is not None else "A20:J21"))
    return f"=COND.{function}({';'.join(args)})"


@pytest.fixture
def matrix_sheet(sheet):
    for name, (address, formula, _) in ERROR_CELLS.items():
        put(sheet, address, formula)
        first, second = ERROR_RANGES[name].split(":")
        put(sheet, first, formula)
        put(sheet, second, 1)
    put(sheet, "K1", "abc")
    put(sheet, "K2", "5")  # text that looks like a number
    cell(sheet, "A20:J20").setDataArray((LOG_HEADER,))
    return sheet


def positions(kinds=None):
    for function, args in FUNCTIONS.items():
        for name, _, kind in args:
            if kinds is None or kind in kinds:
                yield pytest.param(function, name, id=f"{function}-{name}")


@pytest.mark.parametrize("function", list(FUNCTIONS))
def test_matrix_valid_call_gives_the_expected_result(matrix_sheet, function):
    expected = VALID_RESULTS[function]
    if isinstance(expected, str):
        assert text(matrix_sheet, call(function)) == expected
    else:
        assert num(matrix_sheet, call(function)) == pytest.approx(expected)


@pytest.mark.parametrize("error_name", list(ERROR_CELLS))
@pytest.mark.parametrize("function, argument", positions())
def test_error_value_in_an_argument_cell_is_passed_on(matrix_sheet, log, function, argument,
                                                      error_name):
    address, _, code = ERROR_CELLS[error_name]
    before = inputs_of(matrix_sheet)
    start = log.new()
    assert err(matrix_sheet, call(function, **{argument: address})) == code
    assert inputs_of(matrix_sheet) == before
    # Calc does not call the add-in with an error: nothing of ours is logged.
    added = log.new()[len(start):]
    if function != "SCORE":  # E3's own SCORE may be recalculated
        assert f"COND.{function}:" not in added, added


@pytest.mark.parametrize("error_name", list(ERROR_RANGES))
@pytest.mark.parametrize("function, argument", positions())
def test_error_value_inside_a_range_argument_is_err504(matrix_sheet, log, function, argument,
                                                       error_name):
    before = inputs_of(matrix_sheet)
    start = log.new()
    assert err(matrix_sheet, call(function, **{argument: ERROR_RANGES[error_name]})) == \
        ERR_PARAMETER_LIST
    assert inputs_of(matrix_sheet) == before
    added = log.new()[len(start):]
    if function != "SCORE":
        assert f"COND.{function}:" not in added, added


# --- text where a number is expected, numbers where a keyword is ----------------------


@pytest.mark.parametrize("source", ['"abc"', "K1", "K2"], ids=["literal", "cell", "numeric-text"])
@pytest.mark.parametrize("function, argument", positions({"number"}))
def test_text_where_a_number_is_expected_is_err502_and_logged(matrix_sheet, log, function,
                                                              argument, source):
    got = text_where_number(matrix_sheet, function, argument, source)
    assert got == ERR_ILLEGAL_ARGUMENT
    shown = {"K1": "abc", "K2": "5", '"abc"': "abc"}[source]
    assert re.search(rf'COND\.{function}: .*expected a number, got text "{shown}"', log.new()), \
        log.new()[-1500:]


def text_where_number(sheet, function, argument, source):
    return err(sheet, call(function, **{argument: source}))


@pytest.mark.parametrize("function, argument", positions({"keyword"}))
def test_number_where_a_keyword_is_expected_is_err502_and_logged(matrix_sheet, log, function,
                                                                 argument):
    assert err(matrix_sheet, call(function, **{argument: "5"})) == ERR_ILLEGAL_ARGUMENT
    assert re.search(rf"COND\.{function}: .*expected a keyword, got a number", log.new()), \
        log.new()[-1500:]


@pytest.mark.parametrize("function, argument", positions({"keyword"}))
def test_unknown_keyword_is_err502_and_logged(matrix_sheet, log, function, argument):
    assert err(matrix_sheet, call(function, **{argument: '"DROP TABLE"'})) == ERR_ILLEGAL_ARGUMENT
    assert f"COND.{function}:" in log.new()


def test_control_characters_and_huge_text_are_refused_cleanly(sheet, log):
    put(sheet, "A1", "\u0000\u0001\ufffe" + "x" * 30000)
    assert err(sheet, "=COND.SCORE(A1;0;10)") == ERR_ILLEGAL_ARGUMENT
    assert err(sheet, '=COND.SCORE(5;0;10;A1)') == ERR_ILLEGAL_ARGUMENT
    assert err(sheet, "=COND.VERIFYLOG(A1)") == ERR_ILLEGAL_ARGUMENT
    assert "COND.SCORE:" in log.new()


# --- booleans --------------------------------------------------------------------------

# TRUE() arrives as 1 and FALSE() as 0: each case's result follows from that.
BOOLEAN_NUMBERS = [
    ("=COND.SCORE(TRUE();FALSE();TRUE())", 1.0),
    ("=COND.SCORE(FALSE();FALSE();TRUE())", 0.0),
    ('=COND.SCORE(5;0;10;"linear";TRUE())', 0.0),  # threshold 1: 0.5 is below it
    ("=COND.TRANCHE(1000;TRUE();TRUE())", 1000.0),
    ("=COND.TRANCHE(1000;1;1;;;FALSE())", 0.0),
    ("=COND.TRANCHE(1000;1;1;;;TRUE())", 1000.0),
    ("=COND.TRANSFER(1000;TRUE();TRUE())", 1000.0),
    ("=COND.TRANSFER(1000;TRUE();FALSE())", 0.0),
    ("=COND.BANDS(TRUE();0;1)", 1.0),
    ("=COND.DLI(TRUE();TRUE();TRUE();TRUE())", 1.0),
    (f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};TRUE();{DATE(2019, 4, 1)})",
     serial(dt.date(2019, 4, 15))),
    (f"=COND.SCHEDULE({DATE(2019, 3, 15)};6;TRUE())", serial(dt.date(2019, 3, 15))),
    ("=COND.DAYSLATE(TRUE();;3)", 2.0),  # due 1899-12-31, as of 1900-01-02
]

BOOLEAN_TEXTS = [
    ("=COND.STATUS(TRUE())", "met"),
    ("=COND.STATUS(FALSE())", "not met"),
    (f"=COND.MILESTONE({DATE(2019, 6, 30)};TRUE();{DATE(2019, 8, 1)})", "done"),
    ("=COND.MILESTONE(TRUE();;3)", "overdue"),
]


@pytest.mark.parametrize("formula, expected", BOOLEAN_NUMBERS, ids=[f for f, _ in BOOLEAN_NUMBERS])
def test_booleans_are_the_numbers_one_and_zero(sheet, formula, expected):
    assert num(sheet, formula) == pytest.approx(expected)


@pytest.mark.parametrize("formula, expected", BOOLEAN_TEXTS, ids=[f for f, _ in BOOLEAN_TEXTS])
def test_booleans_give_defined_words(sheet, formula, expected):
    assert text(sheet, formula) == expected


def test_boolean_as_a_keyword_is_err502(sheet, log):
    assert err(sheet, "=COND.SCORE(6;0;10;TRUE())") == ERR_ILLEGAL_ARGUMENT
    assert "expected a keyword, got a number" in log.new()


def test_boolean_cells_in_ranges(sheet):
    # waived and eligible as boolean cells, as a person types them.
    for row, (w, s, waived, eligible) in enumerate(
            [(1, 1, "=FALSE()", "=TRUE()"), (1, 0, "=TRUE()", "=FALSE()")], start=1):
        put(sheet, f"A{row}", w)
        put(sheet, f"B{row}", s)
        put(sheet, f"C{row}", waived)
        put(sheet, f"D{row}", eligible)
    assert num(sheet, "=COND.TRANCHE(1000;A1:A2;B1:B2;C1:C2)") == 1000.0
    assert num(sheet, '=COND.TRANCHE(1000;A1:A2;B1:B2;C1:C2;"transfer")') == 500.0
    got = array_cells(sheet, "F1:F2", "=COND.TRANCHE({1000|600};A1:A2;B1:B2;;;D1:D2)")
    assert got == [[(0, "500")], [(0, "0")]]


def test_verifylog_of_a_boolean_is_err502(sheet, log):
    assert err(sheet, "=COND.VERIFYLOG(TRUE())") == ERR_ILLEGAL_ARGUMENT
    assert "COND.VERIFYLOG:" in log.new()


# --- dates before the null date and after 9999-12-31 ------------------------------------


def test_dates_before_the_null_date_are_ordinary_dates(sheet):
    # 1899-12-20 due, done 1899-12-25: five days late.
    assert num(sheet, "=COND.DAYSLATE(-10;-5)") == 5
    assert text(sheet, "=COND.MILESTONE(-10;-20;-5)") == "done"
    assert text(sheet, "=COND.MILESTONE(-10;;-5)") == "overdue"


def test_first_supported_day_1400_01_01(sheet):
    first = serial(FIRST_DAY)
    assert num(sheet, f"=COND.DAYSLATE({first};{first + 10})") == 10
    assert num(sheet, f"=COND.DAYSLATE({first};;{serial(LAST_DAY)})") == serial(LAST_DAY) - first


def test_schedule_across_the_19th_century(sheet):
    # Friday 1850-03-15, yearly: 1851-03-15 is a Saturday and rolls to Monday the 17th.
    first = serial(dt.date(1850, 3, 15))
    got = array_cells(sheet, "D1:D2", f"=COND.SCHEDULE({first};12;2)")
    assert got == [[(0, str(first))], [(0, str(serial(dt.date(1851, 3, 17))))]]


def test_day_before_1400_is_err502_and_logged(sheet, log):
    assert err(sheet, f"=COND.DAYSLATE({serial(FIRST_DAY) - 1})") == ERR_ILLEGAL_ARGUMENT
    assert "COND.DAYSLATE: due: date outside years 1400-9999" in log.new()


def test_last_supported_day_9999_12_31(sheet):
    last = serial(LAST_DAY)
    assert num(sheet, f"=COND.NEXTREVIEW({last};1;{last})") == last
    assert text(sheet, f"=COND.MILESTONE({last};;{last};1000)") == "due soon"
    assert text(sheet, f"=COND.MILESTONE({last - 30};;{last})") == "overdue"


@pytest.mark.parametrize("formula, reason", [
    (f"=COND.MILESTONE({serial(LAST_DAY) + 1})", "date outside years 1400-9999"),
    (f"=COND.DAYSLATE({serial(LAST_DAY)};{serial(LAST_DAY) + 1})", "date outside years 1400-9999"),
    (f"=COND.NEXTREVIEW({serial(dt.date(9999, 6, 1))};12;{serial(dt.date(9999, 7, 1))})",
     "beyond the supported calendar"),
    ("=COND.MILESTONE(1E300)", "not a date serial number"),
    ("=COND.MILESTONE(-1E300)", "not a date serial number"),
], ids=["day-after-9999", "done-after-9999", "next-review-in-10000", "1E300", "-1E300"])
def test_dates_after_9999_or_absurd_are_err502_and_logged(sheet, log, formula, reason):
    assert err(sheet, formula) == ERR_ILLEGAL_ARGUMENT
    assert reason in log.new()


def test_schedule_running_past_9999_is_err502_in_every_cell(sheet, log):
    got = array_cells(sheet, "D1:D5", f"=COND.SCHEDULE({serial(dt.date(9999, 1, 1))};6;5)")
    assert got == [[(ERR_ILLEGAL_ARGUMENT, "Err:502")]] * 5
    assert "COND.SCHEDULE: review date beyond the supported calendar" in log.new()


@pytest.mark.parametrize("formula, expected", [
    ("=COND.DLI(1E308;1E308;1E308;1E308)", 1e308),
    ("=COND.TRANCHE(1E308;{1;1};{1;1})", 1e308),
], ids=["dli", "tranche"])
def test_extreme_amounts_stay_finite(sheet, formula, expected):
    assert num(sheet, formula) == expected


@pytest.mark.parametrize("formula", [
    "=COND.SCORE(1E308;-1E308;1E308)",  # target - baseline overflows
    "=COND.SCORE(1E308;0;1E-300)",  # progress overflows (Calc itself refuses subnormal 1E-308)
    "=COND.TRANCHE(1E308;{1E308;1E308};{1;1})",  # the weights' sum overflows
], ids=["score-overflow", "score-underflow", "tranche-weights-overflow"])
def test_overflowing_arithmetic_is_err502_not_a_wrong_amount(sheet, log, formula):
    assert err(sheet, formula) == ERR_ILLEGAL_ARGUMENT
    assert "COND." in log.new()


# --- ranges of different shapes -----------------------------------------------------------


@pytest.fixture
def grid(sheet):
    """Numbers 1..16 in A1:D4 (all in [0, 10] for SCORE, > 0 for weights)."""
    cell(sheet, "A1:D4").setDataArray(tuple(tuple(float(r * 4 + c + 1) for c in range(4))
                                            for r in range(4)))
    return sheet


@pytest.mark.parametrize("formula", [
    "=COND.SCORE(A1:C1;A1:A3;20)",  # a row and a column of three
    "=COND.SCORE(A1:B2;A1:A4;20)",  # 2x2 and 4x1
    "=COND.SCORE({1;2};{0|0};10)",  # inline 1x2 and 2x1
    "=COND.TRANCHE(100;A1:A4;A1:D1)",  # weights as a column, scores as a row
    "=COND.DLI(30;A1:A2;A1:A3;100000)",
    f"=COND.MILESTONE(A1:A2;A1:A3;{DATE(2019, 1, 1)})",
], ids=["row-vs-column", "square-vs-column", "inline", "tranche", "dli", "milestone"])
def test_ranges_of_different_shapes_are_err502_and_logged(grid, log, formula):
    before = inputs_of(grid)
    assert err(grid, formula) == ERR_ILLEGAL_ARGUMENT
    assert "ranges must have the same shape" in log.new(), log.new()[-1500:]
    assert inputs_of(grid) == before


def test_reference_list_is_err504(grid):
    assert err(grid, "=COND.SCORE((A1:A2~A4:A5);0;10)") == ERR_PARAMETER_LIST
    assert err(grid, "=COND.TRANCHE(100;(A1:A2~A4:A5);0.5)") == ERR_PARAMETER_LIST


def test_too_many_arguments_is_err504(grid):
    assert err(grid, '=COND.SCORE(1;2;3;"linear";0;7)') == ERR_PARAMETER_LIST
    assert err(grid, "=COND.VERSION(1)") == ERR_PARAMETER_LIST


def test_3d_range_uses_its_first_sheet_only(doc, log):
    # Calc hands the add-in the first sheet's part of Sheet1.B5:Sheet2.B6.
    sheets = doc.getSheets()
    sheets.insertNewByName("Second", 1)
    first, second = sheets.getByIndex(0), sheets.getByIndex(1)
    put(first, "B5", 5)
    put(first, "B6", 6)
    put(second, "B5", 7)
    put(second, "B6", 8)
    got = array_cells(first, "D1:D4", "=COND.SCORE($Sheet1.B5:$Second.B6;0;10)")
    assert got == [[(0, "0.5")], [(0, "0.6")], [(ERR_NA, "#N/A")], [(ERR_NA, "#N/A")]]


def test_whole_row_reference(grid):
    # 16384 columns in one call; the top-left cell of the result.
    assert num(grid, "=COND.SCORE(1:1;0;10)", at="A10") == pytest.approx(0.1)


def test_blank_ranges_give_blank_or_a_clear_error(sheet, log):
    got = array_cells(sheet, "H1:H3", "=COND.SCORE(A1:A3;B1:B3;C1:C3)")
    assert got == [[(0, "")]] * 3
    assert err(sheet, "=COND.TRANCHE(100;A1:A3;B1:B3)") == ERR_ILLEGAL_ARGUMENT
    assert "COND.TRANCHE:" in log.new()
    assert text(sheet, "=COND.VERIFYLOG(A1:J3)") == "TRUE"  # an empty log is intact


def test_log_range_with_the_wrong_number_of_columns_is_err502(matrix_sheet, log):
    assert err(matrix_sheet, "=COND.VERIFYLOG(A20:I21)") == ERR_ILLEGAL_ARGUMENT
    assert err(matrix_sheet, "=COND.VERIFYLOG(A20:K21)") == ERR_ILLEGAL_ARGUMENT
    assert "COND.VERIFYLOG:" in log.new()


# --- array formulas whose area does not fit the result -------------------------------------


def test_array_area_longer_than_the_result_pads_with_na(grid):
    got = array_cells(grid, "H1:H5", "=COND.SCORE(A1:A3;0;20)")
    assert got == [[(0, "0.05")], [(0, "0.25")], [(0, "0.45")], [(ERR_NA, "#N/A")],
                   [(ERR_NA, "#N/A")]]


def test_array_area_shorter_than_the_result_shows_its_part(grid):
    got = array_cells(grid, "H1:H2", "=COND.SCORE(A1:A4;0;20)")
    assert got == [[(0, "0.05")], [(0, "0.25")]]


def test_array_area_of_another_shape(grid):
    # A 2x2 result in a 1x4 area: the first row, then #N/A.
    got = array_cells(grid, "H1:K1", "=COND.SCORE(A1:B2;0;20)")
    assert got == [[(0, "0.05"), (0, "0.1"), (ERR_NA, "#N/A"), (ERR_NA, "#N/A")]]


def test_single_result_fills_an_array_area(grid):
    got = array_cells(grid, "H1:H3", "=COND.TRANCHE(100;A1:A4;{0.5|0.5|0.5|0.5})")
    assert got == [[(0, "50")]] * 3


def test_schedule_longer_and_shorter_than_its_area(sheet):
    first = serial(dt.date(2019, 3, 15))
    got = array_cells(sheet, "D1:D5", f"=COND.SCHEDULE({first};6;3)")
    assert [c for (c,) in got][3:] == [(ERR_NA, "#N/A")] * 2
    assert got[0] == [(0, str(first))]
    got = array_cells(sheet, "F1:F2", f"=COND.SCHEDULE({first};6;500)")
    assert got[0] == [(0, str(first))] and got[1][0][0] == 0


# --- a million rows and whole columns ------------------------------------------------------


@pytest.fixture(scope="module")
def million(office):
    """A document with 1..1048576 in A, 1 in B and C (every row), built once."""
    doc = office.new_calc()
    sheet = first_sheet(doc)
    down = uno.Enum("com.sun.star.sheet.FillDirection", "TO_BOTTOM")

    def fill():
        put(sheet, "A1", 1)
        put(sheet, "A2", 2)
        cell(sheet, f"A1:A{MAX_ROW}").fillAuto(down, 2)
        for column in "BC":
            put(sheet, f"{column}1", 1)
            put(sheet, f"{column}2", 1)
            cell(sheet, f"{column}1:{column}{MAX_ROW}").fillAuto(down, 2)

    _, seconds = timed(120, "filling a million rows", fill)
    print(f"\nfilled 3 x {MAX_ROW} rows in {seconds:.1f}s")
    assert cell(sheet, f"A{MAX_ROW}").getValue() == MAX_ROW
    yield doc
    doc.close(True)


def timed_formula(sheet, at, formula, budget):
    def compute():
        set_formula(sheet, at, formula)
        c = cell(sheet, at)
        return c.getError(), c.getString(), c.getValue()

    result, seconds = timed(budget, formula, compute)
    print(f"\n{formula}: {seconds:.2f}s -> {result}")
    return result


def test_million_row_range_in_a_single_cell_formula(million):
    sheet = first_sheet(million)
    error, _, got = timed_formula(sheet, "E1", f"=COND.SCORE(A1:A{MAX_ROW};0;{2 * MAX_ROW})", 90)
    assert error == 0 and got == pytest.approx(0.5 / MAX_ROW)


def test_million_row_array_formula(million):
    sheet = first_sheet(million)

    def compute():
        set_array_formula(sheet, f"F1:F{MAX_ROW}", f"=COND.SCORE(A1:A{MAX_ROW};0;{2 * MAX_ROW})")
        return [cell(sheet, a).getValue() for a in ("F1", f"F{MAX_ROW // 2}", f"F{MAX_ROW}")]

    got, seconds = timed(180, "a million-row array formula", compute)
    print(f"\nCOND.SCORE array over {MAX_ROW} rows: {seconds:.2f}s")
    assert got == [pytest.approx(0.5 / MAX_ROW), pytest.approx(0.25), pytest.approx(0.5)]
    assert cell(sheet, f"F{MAX_ROW}").getError() == 0
    cell(sheet, f"F1:F{MAX_ROW}").clearContents(0xFFFF)


@pytest.mark.parametrize("formula, expected", [
    ("=COND.TRANCHE(100;B:B;C:C)", 100.0),
    ("=COND.TRANSFER(100;B:B;C:C)", 100.0),
    (f"=COND.TRANCHE(100;B1:B{MAX_ROW};C1:C{MAX_ROW})", 100.0),
], ids=["tranche-whole-columns", "transfer-whole-columns", "tranche-million-rows"])
def test_whole_columns_into_a_single_result(million, formula, expected):
    sheet = first_sheet(million)
    error, _, got = timed_formula(sheet, "G1", formula, 90)
    assert error == 0 and got == pytest.approx(expected)


def test_whole_column_numbers_in_a_single_cell_formula(million):
    # Numeric results of a whole column: fast (compare the blank rows below).
    sheet = first_sheet(million)
    error, _, got = timed_formula(sheet, "H1", f"=COND.SCORE(A:A;0;{2 * MAX_ROW})", 90)
    assert error == 0 and got == pytest.approx(0.5 / MAX_ROW)


def test_verifylog_over_whole_columns(doc):
    # Ten whole columns (10 million cells) holding a header and nothing else.
    sheet = first_sheet(doc)
    cell(sheet, "A1:J1").setDataArray((LOG_HEADER,))
    error, text_, _ = timed_formula(sheet, "L1", "=COND.VERIFYLOG(A:J)", 120)
    assert (error, text_) == (0, "TRUE")


def test_blank_rows_of_a_200k_row_array_formula(sheet):
    # Blank rows give empty texts, which Calc stores one by one into a matrix
    # prefilled with numbers; this costs time growing with the square of the
    # rows (LibreOffice 7.4, ScSequenceToMatrix::CreateMixedMatrix). 200k rows
    # still finish; see the whole-column test below for a million.
    put(sheet, "A1", 2)
    error, text_, _ = timed_formula(sheet, "C1", "=COND.SCORE(A1:A200000;0;10)", 120)
    assert (error, text_) == (0, "0.2")


WHOLE_COLUMN_BUDGET = 20

QUADRATIC = ("COND.SCORE over a whole column with data in a few rows returns a million "
             "results, all but a few empty texts (blank rows); LibreOffice 7.4's "
             "ScSequenceToMatrix::CreateMixedMatrix puts each text into a matrix prefilled "
             "with numbers, and every such put shifts the rest of the numeric block "
             "(mdds erase at the block's front): time grows with the square of the rows, "
             "for any text result (COND.STATUS, COND.MILESTONE too). Measured: 50k blank "
             "rows 0.3s, 100k 1.1s, 200k 2.6-6.3s, a whole column 78-160s, during which the "
             "office answers nothing. A non-array formula pays the same (Calc hands the "
             "add-in the whole column and keeps the top-left value). Numeric results are "
             "linear (a million in 1-4s).")


def office_major_version(office):
    provider = office.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    arg = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    arg.Name, arg.Value = "nodepath", "/org.openoffice.Setup/Product"
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", (arg,))
    return int(access.getPropertyValue("ooSetupVersion").split(".")[0])


# LibreOffice 25.2 fills such matrices in linear time (scripts/test-host-lo25):
# there the test must pass; on 7.4 it is an expected failure that must keep
# failing (a pass there means the limitation is gone: update README and test).
@pytest.mark.parametrize("array", [False, True], ids=["single-cell", "array-form"])
def test_whole_column_with_data_in_a_few_rows_within_budget(oxt, array):
    # Its own office: on a timeout it is killed, not the module's.
    with Office(oxt=str(oxt), lifetime=WHOLE_COLUMN_BUDGET + 60) as office:
        quadratic_host = office_major_version(office) < 25
        doc = office.new_calc()
        sheet = first_sheet(doc)
        for row, actual in enumerate([2, 4, 6], start=1):
            put(sheet, f"A{row}", actual)

        def compute():
            if array:
                set_array_formula(sheet, "C1:C5", "=COND.SCORE(A:A;0;10)")
            else:
                set_formula(sheet, "C1", "=COND.SCORE(A:A;0;10)")
            return [(cell(sheet, f"C{r}").getError(), cell(sheet, f"C{r}").getString())
                    for r in range(1, 6 if array else 2)]

        try:
            got, seconds = timed(WHOLE_COLUMN_BUDGET, "COND.SCORE(A:A;0;10)", compute)
        except pytest.fail.Exception:
            # Busy, it would not quit either: end it now rather than after
            # the harness's stop timeout.
            os.killpg(office.proc.pid, signal.SIGKILL)
            if quadratic_host:
                pytest.xfail(QUADRATIC)
            raise
        print(f"\nCOND.SCORE(A:A;0;10) array={array}: {seconds:.1f}s")
        expected = [(0, "0.2"), (0, "0.4"), (0, "0.6"), (0, ""), (0, "")]
        assert got == expected[:len(got)]
        assert not quadratic_host, ("within budget on LibreOffice 7.x: the quadratic "
                                    "slowdown is gone; update the README and this test")


# --- a tracker made with New tracker, then damaged -------------------------------------------


def record(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:RecordAssessment", **args)


@pytest.fixture
def tracker(office):
    doc = office.new_calc(hidden=False)
    assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
    indicators = doc.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("G15").setValue(0)  # IND-13 baseline
    indicators.getCellRangeByName("H15").setValue(100)  # target 2018
    yield doc
    doc.close(True)


def used_formulas(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getFormulaArray()


def document_state(doc):
    """Everything a refused command must leave as it was."""
    sheets = doc.getSheets()
    state = {"names": {n: doc.NamedRanges.getByName(n).getContent()
                       for n in doc.NamedRanges.ElementNames}}
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        state[sheet.getName()] = (sheet.IsVisible, sheet.isProtected(), used_formulas(sheet))
    return state


def log_entries(doc):
    data = doc.NamedRanges.getByName("CondTrack_Log").getReferredCells().getDataArray()
    return [row for row in data[1:] if any(str(v) for v in row)]


def verified(doc):
    """The tracker's own COND.VERIFYLOG cell on the Log sheet (L2, moved down
    when rows are inserted above it): (error, text)."""
    doc.calculateAll()
    log_sheet = doc.getSheets().getByName("Log")
    for row in range(1, 20):
        c = log_sheet.getCellRangeByName(f"L{row}")
        if "VERIFYLOG" in c.getFormula():
            return c.getError(), c.getString()
    pytest.fail("no COND.VERIFYLOG formula in Log!L1:L19")


TRACKER_NAMES = ["CondTrack_Indicators", "CondTrack_Tranches", "CondTrack_Milestones",
                 "CondTrack_Reviews", "CondTrack_Years", "CondTrack_Log"]


@pytest.mark.parametrize("name", TRACKER_NAMES)
def test_deleted_named_range_is_refused_and_changes_nothing(office, tracker, log, name):
    tracker.NamedRanges.removeByName(name)
    tracker.calculateAll()
    before = document_state(tracker)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert not outcome.ok
    assert outcome.message.startswith("The tracker is malformed:") and name in outcome.message
    closed = dispatch(office, tracker, "vnd.condtrack:CloseReview", Year=2018)
    assert not closed.ok and name in closed.message
    assert document_state(tracker) == before
    assert "RecordAssessment: The tracker is malformed" in log.new()
    if name == "CondTrack_Log":
        assert verified(tracker)[0] == ERR_NAME  # the tracker's VERIFYLOG cell
    else:
        assert verified(tracker) == (0, "TRUE")


def test_merged_actual_cells_record_into_the_covered_cell(office, tracker):
    # IND-12 and IND-13's 2018 actuals (I14, I15) merged: I15 is hidden under I14.
    indicators = tracker.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("I14:I15").merge(True)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert outcome.ok, outcome.message
    assert indicators.getCellRangeByName("J15").getValue() == 45
    assert indicators.getCellRangeByName("J14").getString() == ""
    assert [r[2:7] for r in log_entries(tracker)] == [("IND-13", 2018.0, "actual", "", "45")]
    assert verified(tracker) == (0, "TRUE")


def test_merged_cells_where_the_log_appends(office, tracker):
    log_sheet = tracker.getSheets().getByName("Log")
    log_sheet.getCellRangeByName("A2:J2").merge(True)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45, Evidence="x")
    assert outcome.ok, outcome.message
    assert [r[4] for r in log_entries(tracker)] == ["actual", "evidence"]
    assert verified(tracker) == (0, "TRUE")


def test_merged_id_cells_keep_the_indicator_found(office, tracker):
    tracker.getSheets().getByName("Indicators").getCellRangeByName("A14:A15").merge(True)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert outcome.ok, outcome.message
    assert verified(tracker) == (0, "TRUE")


def test_hidden_tracker_sheets_still_record_and_stay_hidden(office, tracker):
    sheets = tracker.getSheets()
    for name in ("Indicators", "Reviews", "Log"):
        sheets.getByName(name).IsVisible = False
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert outcome.ok, outcome.message
    assert sheets.getByName("Indicators").getCellRangeByName("J15").getValue() == 45
    assert [sheets.getByName(n).IsVisible for n in ("Indicators", "Reviews", "Log")] == [False] * 3
    assert len(log_entries(tracker)) == 1
    assert verified(tracker) == (0, "TRUE")


def value_and_log_agree(doc):
    """No half-write: the log's last actual for IND-13 2018 is what J15 holds."""
    cell_text = doc.getSheets().getByName("Indicators").getCellRangeByName("J15").getString()
    actuals = [r[6] for r in log_entries(doc) if r[2] == "IND-13" and r[4] == "actual"]
    return (actuals[-1] if actuals else "") == cell_text


@pytest.mark.parametrize("protected", ["Indicators", "Log"])
def test_protected_sheet_never_half_writes(office, tracker, protected):
    tracker.getSheets().getByName(protected).protect("")
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert outcome.message  # refused or done, it says which
    assert value_and_log_agree(tracker)
    assert verified(tracker) == (0, "TRUE")
    assert tracker.getSheets().getByName(protected).isProtected()


WRITES_THROUGH_PROTECTION = (
    "RecordAssessment writes the value and the log rows into a protected sheet: the UNO "
    "cell API ignores sheet protection (XCell.setValue on a protected sheet succeeds), and "
    "src/uno/workbook_writer.cxx applyChanges does not check XProtectable.isProtected() "
    "before writing. Expected: refuse with a message naming the sheet, change nothing.")


@pytest.mark.parametrize("protected", ["Indicators", "Log"])
def test_protected_sheet_is_refused_with_a_message(office, tracker, protected):
    tracker.getSheets().getByName(protected).protect("")
    before = document_state(tracker)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert not outcome.ok
    assert protected in outcome.message
    assert document_state(tracker) == before


def test_structure_protected_workbook_refuses_new_tracker(office):
    doc = office.new_calc(hidden=False)
    try:
        doc.protect("")
        before = document_state(doc)
        outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018)
        assert not outcome.ok
        assert document_state(doc) == before
    finally:
        doc.close(True)


def test_log_with_inserted_blank_rows_still_verifies_and_appends_after_them(office, tracker):
    for actual in (10, 20):
        assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=actual).ok
    log_sheet = tracker.getSheets().getByName("Log")
    log_sheet.Rows.insertByIndex(2, 2)  # two blank rows between the two entries
    log_sheet.Rows.insertByIndex(1, 1)  # and one right under the header
    assert verified(tracker) == (0, "TRUE")
    assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=30).ok
    rows = tracker.NamedRanges.getByName("CondTrack_Log").getReferredCells().getDataArray()
    new_values = [r[6] for r in rows[1:]]
    assert new_values == ["", "10", "", "", "20", "30"]
    assert [r[5] for r in rows[1:] if r[6]] == ["", "10", "20"]
    assert verified(tracker) == (0, "TRUE")


def test_cells_below_the_log_range_are_not_overwritten(office, tracker):
    log_sheet = tracker.getSheets().getByName("Log")
    log_sheet.getCellRangeByName("A2").setString("my note")
    log_sheet.getCellRangeByName("C3").setString("another note")
    record(office, tracker, Indicator="IND-13", Year=2018, Actual=45, Evidence="x")
    assert log_sheet.getCellRangeByName("A2").getString() == "my note"
    assert log_sheet.getCellRangeByName("C3").getString() == "another note"


def test_error_values_in_the_tracker_inputs(office, tracker):
    # An actual that is a formula in error: the per-row score shows Err:504
    # (an error inside a range argument), the tranche formulas do not crash,
    # and recording over it replaces the formula.
    indicators = tracker.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("J15").setFormula("=1/0")
    tracker.calculateAll()
    assert indicators.getCellRangeByName("P15").getError() == ERR_PARAMETER_LIST
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert outcome.ok, outcome.message
    tracker.calculateAll()
    assert indicators.getCellRangeByName("P15").getValue() == pytest.approx(0.45)
    assert verified(tracker) == (0, "TRUE")


@pytest.mark.parametrize("actual", ["forty", "1e999", "NaN", "\u0000"], ids=repr)
def test_hostile_actuals_are_refused_and_write_nothing(office, tracker, actual):
    before = document_state(tracker)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=actual)
    assert not outcome.ok and outcome.message
    assert document_state(tracker) == before


def test_hostile_indicator_ids_are_refused(office, tracker):
    before = document_state(tracker)
    for ident in ("", "IND-13 ", "=1+1", "x" * 5000, "IND-\u0000"):
        outcome = record(office, tracker, Indicator=ident, Year=2018, Actual=1)
        assert not outcome.ok, ident
    for year in (0, -1, 1399, 10000):
        outcome = record(office, tracker, Indicator="IND-13", Year=year, Actual=1)
        assert not outcome.ok, year
        assert outcome.message == f"The tracker has no year {year}."
    assert document_state(tracker) == before


@pytest.mark.parametrize("year", [2018.5, 1e12, float("nan"), float("inf")], ids=repr)
def test_year_that_is_not_a_whole_number_in_range_is_refused_cleanly(office, tracker, year):
    before = document_state(tracker)
    outcome = record(office, tracker, Indicator="IND-13", Year=year, Actual=1)
    assert not outcome.ok
    assert "-2147483648" not in outcome.message
    assert document_state(tracker) == before


@pytest.mark.parametrize("actual", [float("nan"), float("inf"), float("-inf")], ids=repr)
def test_non_finite_actual_from_a_script_is_refused(office, tracker, actual):
    before = document_state(tracker)
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=actual)
    assert not outcome.ok
    assert document_state(tracker) == before


@pytest.mark.parametrize("arguments, reason", [
    ({"FirstYear": 1e12}, "FirstYear must be a whole number"),
    ({"FirstYear": -5}, "first year out of range"),
    ({"FirstYear": 9998, "Years": 5}, "first year out of range"),
    ({"Years": 0}, "years must be 1 to 30"),
    ({"Years": 1e12}, "Years must be a whole number"),
    ({"Indicators": -1}, "indicators must be 1 to 5000"),
    ({"Indicators": 1e12}, "Indicators must be a whole number"),
], ids=["first-year-huge", "first-year-negative", "years-past-9999", "no-years",
        "years-huge", "indicators-negative", "indicators-huge"])
def test_new_tracker_with_absurd_sizes_is_refused_and_adds_nothing(office, log, arguments,
                                                                   reason):
    doc = office.new_calc(hidden=False)
    try:
        before = document_state(doc)
        outcome, seconds = timed(CALL_DEADLINE, "NewTracker", dispatch, office, doc,
                                  "vnd.condtrack:NewTracker", **arguments)
        assert not outcome.ok
        assert reason in outcome.message
        assert document_state(doc) == before
        assert f"NewTracker: The command failed: {reason}" in log.new()
    finally:
        doc.close(True)
