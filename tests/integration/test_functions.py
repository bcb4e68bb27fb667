"""Every COND.* function through cell formulas in a real headless Calc.

The expected numbers come from the rulebook (docs/rules.md) and the
function table (docs/functions.md).  Formulas use Calc's English function names with ';'
separators; inline arrays use ';' between columns and '|' between rows.

Run from the repository root: /usr/bin/python3 -m pytest tests/integration/test_functions.py
"""

import calendar
import datetime as dt
import re
import zipfile

import pytest
import uno

from office import cell, first_sheet, put, set_array_formula, set_formula

# Calc error codes (as XCell.getError() reports them).
ERR_ILLEGAL_ARGUMENT = 502  # Err:502
ERR_MISSING_ARGUMENT = 504  # Err:504
ERR_NAME = 525  # #NAME?

# com.sun.star.sheet.FormulaResult
RESULT_VALUE = 1
RESULT_STRING = 2
RESULT_ERROR = 4

OUT = "Z1"  # where single formulas are evaluated

NULL_1899 = dt.date(1899, 12, 30)
NULL_1904 = dt.date(1904, 1, 1)

MALI_CEILING = 14_000_000


# --- helpers -----------------------------------------------------------------


def serial(day, null=NULL_1899):
    return (day - null).days


def date_of(number, null=NULL_1899):
    return null + dt.timedelta(days=int(number))


def DATE(y, m, d):  # noqa: N802 - mirrors the Calc function
    return f"DATE({y};{m};{d})"




def put_column(sheet, column, first_row, values):
    for i, v in enumerate(values):
        put(sheet, f"{column}{first_row + i}", v)


def result_type(sheet, address):
    return cell(sheet, address).getPropertyValue("FormulaResultType2")


def number_at(sheet, address):
    c = cell(sheet, address)
    assert c.getError() == 0, f"{address}: {c.getFormula()} gave error {c.getError()}"
    assert result_type(sheet, address) == RESULT_VALUE, (
        f"{address}: {c.getFormula()} gave text {c.getString()!r}, not a number")
    return c.getValue()


def text_at(sheet, address):
    c = cell(sheet, address)
    assert c.getError() == 0, f"{address}: {c.getFormula()} gave error {c.getError()}"
    assert result_type(sheet, address) == RESULT_STRING, (
        f"{address}: {c.getFormula()} gave the number {c.getValue()}, not text")
    return c.getString()


def num(sheet, formula, at=OUT):
    set_formula(sheet, at, formula)
    return number_at(sheet, at)


def text(sheet, formula, at=OUT):
    set_formula(sheet, at, formula)
    return text_at(sheet, at)


def err(sheet, formula, at=OUT):
    set_formula(sheet, at, formula)
    return cell(sheet, at).getError()


def array_numbers(sheet, address, formula):
    set_array_formula(sheet, address, formula)
    data = cell(sheet, address).getDataArray()
    for row in data:
        for v in row:
            assert isinstance(v, float), f"{formula} over {address} gave {data}"
    return [list(row) for row in data]


def array_range(sheet, address):
    """The range of the array formula that covers the cell at address."""
    cursor = sheet.createCursorByRange(cell(sheet, address))
    cursor.collapseToCurrentArray()
    a = cursor.getRangeAddress()
    return (a.StartColumn, a.StartRow, a.EndColumn, a.EndRow)


def log_text(office):
    path = office.log_path()
    assert path.exists(), f"no condtrack log at {path}"
    return path.read_text(encoding="utf-8", errors="replace")


# --- COND.SCORE ----------------------------------------------------------------


def test_score_eu_example_is_83_8_percent(sheet):
    got = num(sheet, "=COND.SCORE(12980;2505;15000)")
    assert got == pytest.approx(10475 / 12495, abs=1e-12)
    assert round(got * 100, 1) == 83.8


def test_score_formula_is_stored_under_the_service_name(sheet):
    set_formula(sheet, OUT, "=COND.SCORE(12980;2505;15000)")
    assert cell(sheet, OUT).getFormula() == "=ORG.CONDTRACK.FUNCTIONS.SCORE(12980;2505;15000)"


def test_score_linear_is_the_default_method(sheet):
    assert num(sheet, "=COND.SCORE(6;0;10)") == pytest.approx(0.6)
    assert num(sheet, '=COND.SCORE(6;0;10;"linear")') == pytest.approx(0.6)


def test_score_linear_is_capped_at_one(sheet):
    assert num(sheet, "=COND.SCORE(25;0;10)") == 1


def test_score_linear_is_floored_at_zero(sheet):
    assert num(sheet, "=COND.SCORE(-5;0;10)") == 0


def test_score_target_met_exactly_scores_one(sheet):
    assert num(sheet, "=COND.SCORE(15000;2505;15000)") == 1


def test_score_target_met_within_tolerance_is_met(sheet):
    # r = 1 - 3.3e-12: met with the 1e-9 tolerance.
    assert num(sheet, '=COND.SCORE(0.3-1E-12;0;0.3;"binary")') == 1
    assert num(sheet, '=COND.SCORE(0.3-1E-6;0;0.3;"binary")') == 0


def test_score_linear_threshold_zeroes_progress_below_it(sheet):
    assert num(sheet, '=COND.SCORE(4;0;10;"linear";0.5)') == 0
    assert num(sheet, '=COND.SCORE(5;0;10;"linear";0.5)') == pytest.approx(0.5)
    assert num(sheet, '=COND.SCORE(6;0;10;"linear";0.5)') == pytest.approx(0.6)


def test_score_binary_is_all_or_nothing(sheet):
    assert num(sheet, '=COND.SCORE(9.9;0;10;"binary")') == 0
    assert num(sheet, '=COND.SCORE(10;0;10;"binary")') == 1
    assert num(sheet, '=COND.SCORE(12;0;10;"binary")') == 1


def test_score_partial_three_levels_default_threshold(sheet):
    assert num(sheet, '=COND.SCORE(10;0;10;"partial")') == 1
    assert num(sheet, '=COND.SCORE(6;0;10;"partial")') == 0.5
    assert num(sheet, '=COND.SCORE(5;0;10;"partial")') == 0.5
    assert num(sheet, '=COND.SCORE(4;0;10;"partial")') == 0


def test_score_partial_with_threshold(sheet):
    assert num(sheet, '=COND.SCORE(6;0;10;"partial";0.7)') == 0
    assert num(sheet, '=COND.SCORE(7;0;10;"partial";0.7)') == 0.5
    assert num(sheet, '=COND.SCORE(10;0;10;"partial";0.7)') == 1


def test_score_lower_is_better_linear(sheet):
    # B = 100, T = 50: A = 60 gives r = (60-100)/(50-100) = 0.8.
    assert num(sheet, "=COND.SCORE(60;100;50)") == pytest.approx(0.8)
    assert num(sheet, "=COND.SCORE(120;100;50)") == 0
    assert num(sheet, "=COND.SCORE(40;100;50)") == 1


def test_score_lower_is_better_binary_means_actual_at_most_target(sheet):
    assert num(sheet, '=COND.SCORE(50;100;50;"binary")') == 1
    assert num(sheet, '=COND.SCORE(45;100;50;"binary")') == 1
    assert num(sheet, '=COND.SCORE(51;100;50;"binary")') == 0


def test_score_lower_is_better_partial(sheet):
    assert num(sheet, '=COND.SCORE(70;100;50;"partial")') == 0.5
    assert num(sheet, '=COND.SCORE(80;100;50;"partial")') == 0


def test_score_empty_text_actual_is_pending(sheet):
    assert text(sheet, '=COND.SCORE("";0;10)') == ""


def test_score_single_empty_cell_arrives_as_zero(sheet):
    # Documented Calc limitation: a lone empty-cell reference is the number 0.
    assert num(sheet, "=COND.SCORE(A1;0;10)") == 0


def test_score_pending_actual_in_a_range_gives_empty_text(sheet):
    put_column(sheet, "A", 1, [5, None, 10])
    set_array_formula(sheet, "D1:D3", "=COND.SCORE(A1:A3;0;10)")
    assert number_at(sheet, "D1") == 0.5
    assert text_at(sheet, "D2") == ""
    assert number_at(sheet, "D3") == 1


def test_score_one_cell_ranges_keep_a_blank_actual_pending(sheet):
    # A one-cell range reaches the add-in as a range (empty text), a lone
    # reference as the number 0: the tracker's per-row formulas rely on this.
    put(sheet, "B1", 0)
    put(sheet, "C1", 10)
    assert text(sheet, "=COND.SCORE(A1:A1;B1:B1;C1:C1)") == ""
    assert num(sheet, "=COND.SCORE(A1;B1;C1)") == 0
    put(sheet, "A1", 4)
    assert num(sheet, "=COND.SCORE(A1:A1;B1:B1;C1:C1)") == pytest.approx(0.4)


def test_score_optional_arguments_as_ranges_apply_per_row(sheet):
    put_column(sheet, "A", 1, [6, 6, 6])
    put_column(sheet, "B", 1, ["binary", None, "partial"])
    put_column(sheet, "C", 1, [None, 0.5, 0.5])
    got = array_numbers(sheet, "D1:D3", "=COND.SCORE(A1:A3;0;10;B1:B3;C1:C3)")
    assert got == [[0.0], [pytest.approx(0.6)], [0.5]]


def test_score_optional_argument_as_an_inline_array_of_words(sheet):
    got = array_numbers(sheet, "A1:C1", '=COND.SCORE(6;0;10;{"binary";"partial";""})')
    assert got == [[0.0, 0.5, pytest.approx(0.6)]]


def test_score_array_of_single_values_only_is_one_value(sheet):
    assert num(sheet, "=COND.SCORE({5};{0};{10})") == 0.5


def test_score_optional_arguments_left_as_empty_cells(sheet):
    # B1 (method) and C1 (threshold) are empty: linear, no threshold.
    assert num(sheet, "=COND.SCORE(3;0;10;B1;C1)") == pytest.approx(0.3)
    # Partial with an empty threshold cell: the default 0.5.
    assert num(sheet, '=COND.SCORE(6;0;10;"partial";C1)') == 0.5
    assert num(sheet, '=COND.SCORE(4;0;10;"partial";C1)') == 0


def test_score_error_target_equals_baseline(sheet):
    assert err(sheet, "=COND.SCORE(1;5;5)") == ERR_ILLEGAL_ARGUMENT


def test_score_error_target_equals_baseline_even_when_pending(sheet):
    assert err(sheet, '=COND.SCORE("";5;5)') == ERR_ILLEGAL_ARGUMENT


def test_score_error_unknown_method(sheet):
    assert err(sheet, '=COND.SCORE(5;0;10;"quadratic")') == ERR_ILLEGAL_ARGUMENT


def test_score_error_threshold_above_one(sheet):
    assert err(sheet, '=COND.SCORE(5;0;10;"linear";1.5)') == ERR_ILLEGAL_ARGUMENT
    assert err(sheet, '=COND.SCORE(5;0;10;"partial";1.5)') == ERR_ILLEGAL_ARGUMENT


def test_score_error_threshold_below_zero(sheet):
    assert err(sheet, '=COND.SCORE(5;0;10;"linear";-0.1)') == ERR_ILLEGAL_ARGUMENT


def test_score_error_text_actual(sheet):
    assert err(sheet, '=COND.SCORE("abc";0;10)') == ERR_ILLEGAL_ARGUMENT


def test_score_error_missing_required_argument(sheet):
    assert err(sheet, "=COND.SCORE(1;5)") == ERR_MISSING_ARGUMENT


def test_score_array_formula_over_ranges_gives_same_shape(sheet):
    # actual A1:B3, baseline C1:D3, target E1:F3 -> result H1:I3
    actual = [[5, 10], [0, 2.5], [12, 7]]
    baseline = [[0, 0], [0, 0], [2, 10]]
    target = [[10, 10], [10, 10], [12, 0]]
    for r in range(3):
        for c in range(2):
            put(sheet, f"{'AB'[c]}{r + 1}", actual[r][c])
            put(sheet, f"{'CD'[c]}{r + 1}", baseline[r][c])
            put(sheet, f"{'EF'[c]}{r + 1}", target[r][c])
    got = array_numbers(sheet, "H1:I3", "=COND.SCORE(A1:B3;C1:D3;E1:F3)")
    assert got == [[0.5, 1.0], [0.0, 0.25], [1.0, pytest.approx(0.3)]]
    # One formula covers the whole block.
    formula = cell(sheet, "H1:I3").getArrayFormula()
    assert re.fullmatch(r"\{=COND\.SCORE\(A1:B3[,;]C1:D3[,;]E1:F3\)\}", formula), formula
    for address in ("H1", "I2", "I3"):
        assert cell(sheet, address).getArrayFormula() == formula
        assert array_range(sheet, address) == (7, 0, 8, 2)  # H1:I3


def test_score_array_formula_broadcasts_single_values(sheet):
    got = array_numbers(sheet, "A1:B2", '=COND.SCORE({5;10|0;2.5};0;10;"binary")')
    assert got == [[0.0, 1.0], [0.0, 0.0]]


def test_score_array_formula_is_one_call_over_the_whole_range(sheet, office):
    # The reason of an error names the cell's position inside the range: the
    # add-in saw the whole range in one call, not one cell per call.
    put_column(sheet, "A", 1, [1, 2, 3])
    put_column(sheet, "B", 1, [0, 3, 0])
    put_column(sheet, "C", 1, [4, 3, 4])
    set_array_formula(sheet, "D1:D3", "=COND.SCORE(A1:A3;B1:B3;C1:C3)")
    assert [cell(sheet, f"D{r}").getError() for r in (1, 2, 3)] == [ERR_ILLEGAL_ARGUMENT] * 3
    assert "at row 2, column 1: target equals baseline" in log_text(office)


def test_score_error_mismatched_shapes(sheet):
    put_column(sheet, "A", 1, [1, 2, 3])
    put_column(sheet, "B", 1, [0, 0])
    set_array_formula(sheet, "D1:D3", "=COND.SCORE(A1:A3;B1:B2;10)")
    assert cell(sheet, "D1").getError() == ERR_ILLEGAL_ARGUMENT


def test_score_log_holds_the_reason_of_err_502(sheet, office):
    assert err(sheet, "=COND.SCORE(1;77;77)") == ERR_ILLEGAL_ARGUMENT
    log = log_text(office)
    assert re.search(r"COND\.SCORE: target equals baseline", log), log[-2000:]


# --- COND.STATUS ---------------------------------------------------------------


def test_status_met(sheet):
    assert text(sheet, "=COND.STATUS(1)") == "met"


def test_status_met_within_tolerance(sheet):
    assert text(sheet, "=COND.STATUS(1-1E-12)") == "met"


def test_status_partial_by_default_any_score_above_zero(sheet):
    assert text(sheet, "=COND.STATUS(0.5)") == "partial"
    assert text(sheet, "=COND.STATUS(0.01)") == "partial"


def test_status_not_met(sheet):
    assert text(sheet, "=COND.STATUS(0)") == "not met"


def test_status_partial_from(sheet):
    assert text(sheet, "=COND.STATUS(0.3;0.5)") == "not met"
    assert text(sheet, "=COND.STATUS(0.5;0.5)") == "partial"
    assert text(sheet, "=COND.STATUS(0.99;0.5)") == "partial"


def test_status_pending_for_empty_text(sheet):
    assert text(sheet, '=COND.STATUS("")') == "pending"


def test_status_of_a_pending_score(sheet):
    assert text(sheet, '=COND.STATUS(COND.SCORE("";0;10))') == "pending"


def test_status_array_over_scores_with_a_pending_cell(sheet):
    put_column(sheet, "A", 1, [1, 0.5, None, 0])
    set_array_formula(sheet, "B1:B4", "=COND.STATUS(A1:A4)")
    assert [text_at(sheet, f"B{r}") for r in range(1, 5)] == [
        "met", "partial", "pending", "not met"]


def test_status_partial_from_left_as_empty_cell(sheet):
    assert text(sheet, "=COND.STATUS(0.2;B1)") == "partial"


def test_status_error_score_above_one(sheet):
    assert err(sheet, "=COND.STATUS(1.2)") == ERR_ILLEGAL_ARGUMENT


def test_status_error_negative_score(sheet):
    assert err(sheet, "=COND.STATUS(-0.1)") == ERR_ILLEGAL_ARGUMENT


def test_status_error_partial_from_outside_unit_interval(sheet):
    assert err(sheet, "=COND.STATUS(0.5;2)") == ERR_ILLEGAL_ARGUMENT


# --- COND.TRANCHE and COND.TRANSFER on the Mali example ------------------------


@pytest.fixture
def mali(sheet):
    """A1 ceiling, B1:B13 equal weights, C1:C13 scores (8 met, 2 partial,
    3 not met; row 13 is SIGRH), D13 TRUE marks SIGRH waived."""
    put(sheet, "A1", MALI_CEILING)
    scores = [1] * 8 + [0.5] * 2 + [0] * 3
    put_column(sheet, "B", 1, [1] * 13)
    put_column(sheet, "C", 1, scores)
    put(sheet, "D13", "=TRUE()")
    return sheet


def test_tranche_mali_no_waiver(mali):
    got = num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13)")
    assert got == pytest.approx(MALI_CEILING * 9 / 13)
    assert round(got, 2) == 9_692_307.69


def test_tranche_mali_sigrh_waived_reallocated(mali):
    got = num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13)")
    assert got == pytest.approx(10_500_000)
    assert num(mali, '=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13;"reallocate")') == pytest.approx(
        10_500_000)


def test_tranche_mali_sigrh_waived_transferred(mali):
    got = num(mali, '=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13;"transfer")')
    assert round(got, 2) == 9_692_307.69


def test_transfer_mali_sigrh_share_moves_to_next_year(mali):
    got = num(mali, "=COND.TRANSFER(A1;B1:B13;D1:D13)")
    assert got == pytest.approx(MALI_CEILING / 13)
    assert round(got, 2) == 1_076_923.08


def test_transfer_nothing_waived_is_zero(mali):
    assert num(mali, "=COND.TRANSFER(A1;B1:B12;D1:D12)") == 0


def test_tranche_waived_as_number_one(mali):
    put(mali, "D13", 1)
    assert num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13)") == pytest.approx(10_500_000)


def test_tranche_not_eligible_pays_nothing(mali):
    assert num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13;\"reallocate\";FALSE())") == 0
    assert num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;;;FALSE())") == 0


def test_tranche_eligible_true_pays(mali):
    got = num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;;;TRUE())")
    assert round(got, 2) == 9_692_307.69


def test_tranche_ignores_rows_with_blank_weight_and_blank_score(mali):
    got = num(mali, "=COND.TRANCHE(A1;B1:B20;C1:C20)")
    assert round(got, 2) == 9_692_307.69
    got = num(mali, "=COND.TRANCHE(A1;B1:B20;C1:C20;D1:D20)")
    assert got == pytest.approx(10_500_000)


def test_tranche_pending_score_counts_zero(mali):
    cell(mali, "C1").setString("")  # empty text: pending
    cell(mali, "C2").clearContents(0xFFFF)  # empty cell in the range: pending
    got = num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13)")
    assert got == pytest.approx(MALI_CEILING * 7 / 13)


def test_tranche_unequal_weights(sheet):
    put_column(sheet, "A", 1, [2, 1, 1])
    put_column(sheet, "B", 1, [1, 0.5, 0])
    assert num(sheet, "=COND.TRANCHE(1000;A1:A3;B1:B3)") == pytest.approx(1000 * 2.5 / 4)


def test_tranche_scores_from_cond_score_with_pending(sheet):
    # A score column computed by COND.SCORE, with a pending indicator.
    put_column(sheet, "A", 1, [10, 5, None])  # actuals
    put_column(sheet, "B", 1, [1, 1, 1])  # weights
    set_array_formula(sheet, "C1:C3", '=COND.SCORE(A1:A3;0;10;"partial")')
    assert num(sheet, "=COND.TRANCHE(900;B1:B3;C1:C3)") == pytest.approx(900 * 1.5 / 3)


def test_tranche_optional_arguments_left_as_empty_cells(mali):
    # E1 (waived) and E2 (rule) are empty cells: no waiver, reallocate.
    got = num(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1;E2)")
    assert round(got, 2) == 9_692_307.69


def test_tranche_array_over_ceilings_with_eligible_column(mali):
    # F1 empty (inside a range: not given, so eligible), F2 FALSE, F3 TRUE.
    put(mali, "A2", 7_000_000)
    put(mali, "A3", 1_300)
    put(mali, "F2", "=FALSE()")
    put(mali, "F3", "=TRUE()")
    got = array_numbers(mali, "H1:H3", "=COND.TRANCHE(A1:A3;B1:B13;C1:C13;;;F1:F3)")
    assert got == [[pytest.approx(MALI_CEILING * 9 / 13)], [0.0], [pytest.approx(900.0)]]


def test_transfer_array_over_ceilings(mali):
    got = array_numbers(mali, "H1:I1", "=COND.TRANSFER({1300;2600};B1:B13;D1:D13)")
    assert got == [[pytest.approx(100.0), pytest.approx(200.0)]]


def test_tranche_error_negative_weight(mali):
    put(mali, "B5", -1)
    assert err(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_missing_weight_with_a_score(mali):
    cell(mali, "B5").clearContents(0xFFFF)
    assert err(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_score_outside_unit_interval(mali):
    put(mali, "C5", 1.5)
    assert err(mali, "=COND.TRANCHE(A1;B1:B13;C1:C13)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_different_shapes(mali):
    assert err(mali, "=COND.TRANCHE(A1;B1:B13;C1:C12)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_zero_denominator(sheet):
    put_column(sheet, "A", 1, [0, 0])
    put_column(sheet, "B", 1, [1, 1])
    assert err(sheet, "=COND.TRANCHE(1000;A1:A2;B1:B2)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_all_waived_reallocated(sheet):
    put_column(sheet, "A", 1, [1, 1])
    put_column(sheet, "B", 1, [1, 0])
    put_column(sheet, "C", 1, [1, 1])
    assert err(sheet, "=COND.TRANCHE(1000;A1:A2;B1:B2;C1:C2)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_negative_ceiling(mali):
    assert err(mali, "=COND.TRANCHE(-1;B1:B13;C1:C13)") == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_unknown_rule(mali):
    assert err(mali, '=COND.TRANCHE(A1;B1:B13;C1:C13;D1:D13;"share")') == ERR_ILLEGAL_ARGUMENT


def test_tranche_error_missing_required_argument(mali):
    assert err(mali, "=COND.TRANCHE(A1;B1:B13)") == ERR_MISSING_ARGUMENT


def test_transfer_error_negative_weight(mali):
    put(mali, "B2", -1)
    assert err(mali, "=COND.TRANSFER(A1;B1:B13;D1:D13)") == ERR_ILLEGAL_ARGUMENT


# --- decisions A, B, C, held and released, bands: the public example -----------


@pytest.fixture
def decided(mali):
    """The Mali example with a decision column E1:E13 (SIGRH in row 13), a
    re-score column F1:F13 (this year's scores against last year's targets)
    and the example bands in G1:H4."""
    cell(mali, "D13").clearContents(0xFFFF)
    for i, (lower, share) in enumerate([(0, 0), (0.3, 0.4), (0.5, 0.7), (0.8, 1)]):
        put(mali, f"G{i + 1}", lower)
        put(mali, f"H{i + 1}", share)
    return mali


def test_decision_sigrh_transfer_pays_nine_thirteenths_and_transfers_the_rest(decided):
    put(decided, "E13", "transfer")
    assert round(num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13)"), 2) == 9_692_307.69
    assert round(num(decided, "=COND.TRANSFER(A1;B1:B13;E1:E13)"), 2) == 1_076_923.08


def test_decision_sigrh_reassess_pays_nine_thirteenths_and_holds_the_rest(decided):
    put(decided, "E13", "reassess")
    assert round(num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13)"), 2) == 9_692_307.69
    assert round(num(decided, "=COND.HELD(A1;B1:B13;C1:C13;E1:E13)"), 2) == 1_076_923.08
    assert num(decided, "=COND.TRANSFER(A1;B1:B13;E1:E13)") == 0


def test_decision_sigrh_reallocate_pays_nine_twelfths(decided):
    put(decided, "E13", "reallocate")
    assert num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13)") == pytest.approx(10_500_000)


def test_decision_words_in_french_portuguese_and_letters(decided):
    for word in ("B", "transférer", "TRANSFERIR"):
        put(decided, "E13", word)
        assert round(num(decided, "=COND.TRANSFER(A1;B1:B13;E1:E13)"), 2) == 1_076_923.08, word
    for word in ("c", "réévaluer", "réapprécier", "reavaliar"):
        put(decided, "E13", word)
        assert round(num(decided, "=COND.HELD(A1;B1:B13;C1:C13;E1:E13)"), 2) == 1_076_923.08, word


def test_decision_mixed_a_b_c_in_one_call(decided):
    put(decided, "E11", "A")
    put(decided, "E12", "B")
    put(decided, "E13", "C")
    assert num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13)") == pytest.approx(10_500_000)
    assert num(decided, "=COND.TRANSFER(A1;B1:B13;E1:E13)") == pytest.approx(MALI_CEILING / 12)
    assert num(decided, "=COND.HELD(A1;B1:B13;C1:C13;E1:E13)") == pytest.approx(MALI_CEILING / 12)


def test_decision_unknown_word_is_err_502(decided):
    put(decided, "E13", "maybe")
    assert err(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13)") == ERR_ILLEGAL_ARGUMENT


def test_held_not_eligible_holds_nothing(decided):
    put(decided, "E13", "reassess")
    assert num(decided, "=COND.HELD(A1;B1:B13;C1:C13;E1:E13;FALSE())") == 0


def test_released_sigrh_rescoring_one_releases_the_held_share(decided):
    put(decided, "E13", "reassess")
    put(decided, "F13", 1)
    got = num(decided, "=COND.RELEASED(A1;B1:B13;C1:C13;E1:E13;F1:F13)")
    assert round(got, 2) == 1_076_923.08
    put(decided, "F13", 0.5)
    got = num(decided, "=COND.RELEASED(A1;B1:B13;C1:C13;E1:E13;F1:F13)")
    assert round(got, 2) == 538_461.54


def test_released_not_eligible_this_year_releases_nothing(decided):
    put(decided, "E13", "reassess")
    put(decided, "F13", 1)
    assert num(decided, "=COND.RELEASED(A1;B1:B13;C1:C13;E1:E13;F1:F13;FALSE())") == 0


def test_released_over_cond_score_as_a_one_cell_array_formula(decided):
    # How the tracker calls it: the re-scores computed inside the formula by
    # COND.SCORE over this year's actuals against last year's baselines and
    # targets (I, J, K), entered as a one-cell array formula.
    put(decided, "E13", "reassess")
    put_column(decided, "I", 1, [None] * 12 + [50])  # SIGRH's actual, the others pending
    put_column(decided, "J", 1, [0] * 13)
    put_column(decided, "K", 1, [100] * 13)
    set_array_formula(
        decided, OUT,
        '=COND.RELEASED(A1;B1:B13;C1:C13;E1:E13;COND.SCORE(I1:I13;J1:J13;K1:K13;"linear";0))')
    assert round(number_at(decided, OUT), 2) == 538_461.54
    put(decided, "I13", 100)
    assert round(number_at(decided, OUT), 2) == 1_076_923.08


def test_bands_nine_thirteenths_pay_seventy_percent(decided):
    got = num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;;;;G1:H4)")
    assert got == pytest.approx(9_800_000)


def test_bands_blank_argument_is_proportional(decided):
    got = num(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;;;;G10:H13)")
    assert round(got, 2) == 9_692_307.69


def test_bands_with_transfer_is_err_502(decided):
    put(decided, "E13", "transfer")
    assert err(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;E1:E13;;;G1:H4)") == ERR_ILLEGAL_ARGUMENT


def test_bands_bad_bounds_are_err_502_naming_the_row(decided, office):
    put(decided, "G3", 0.2)  # below row 2's 0.3
    assert err(decided, "=COND.TRANCHE(A1;B1:B13;C1:C13;;;;G1:H4)") == ERR_ILLEGAL_ARGUMENT
    assert "bands row 3: lower bounds must be strictly ascending" in log_text(office)


def test_cond_bands_gives_the_share_for_a_total(decided):
    assert num(decided, "=COND.BANDS(9/13;G1:G4;H1:H4)") == pytest.approx(0.7)
    got = array_numbers(decided, "L1:L3", "=COND.BANDS({0.1|0.3|0.95};G1:G4;H1:H4)")
    assert got == [[0.0], [pytest.approx(0.4)], [1.0]]


# --- COND.DLI ------------------------------------------------------------------


def test_dli_pays_unit_value_times_verified(sheet):
    # USD 30 per household, 1000 reported, 900 verified (90 %).
    assert num(sheet, "=COND.DLI(30;1000;900;100000)") == 27000


def test_dli_verified_ratio_below_80_percent_pays_nothing(sheet):
    assert num(sheet, "=COND.DLI(30;1000;799;100000)") == 0


def test_dli_verified_ratio_exactly_80_percent_pays(sheet):
    assert num(sheet, "=COND.DLI(30;1000;800;100000)") == 24000


def test_dli_capped_by_what_is_left_of_the_allocation(sheet):
    assert num(sheet, "=COND.DLI(30;1000;900;100000;90000)") == 10000


def test_dli_allocation_used_up_pays_nothing(sheet):
    assert num(sheet, "=COND.DLI(30;1000;900;100000;120000)") == 0


def test_dli_nothing_reported_pays_nothing(sheet):
    assert num(sheet, "=COND.DLI(30;0;0;100000)") == 0


def test_dli_min_ratio(sheet):
    assert num(sheet, "=COND.DLI(30;1000;900;100000;0;0.95)") == 0
    assert num(sheet, "=COND.DLI(30;1000;700;100000;0;0.7)") == 21000


def test_dli_optional_arguments_left_as_empty_cells(sheet):
    # E1 (paid_to_date) and F1 (min_ratio) empty: nothing paid yet, 80 % rule.
    assert num(sheet, "=COND.DLI(30;1000;900;100000;E1;F1)") == 27000
    assert num(sheet, "=COND.DLI(30;1000;799;100000;E1;F1)") == 0


def test_dli_error_verified_exceeds_reported(sheet):
    assert err(sheet, "=COND.DLI(30;1000;1001;100000)") == ERR_ILLEGAL_ARGUMENT


def test_dli_error_negative_input(sheet):
    assert err(sheet, "=COND.DLI(-30;1000;900;100000)") == ERR_ILLEGAL_ARGUMENT
    assert err(sheet, "=COND.DLI(30;1000;900;-1)") == ERR_ILLEGAL_ARGUMENT
    assert err(sheet, "=COND.DLI(30;1000;900;100000;-5)") == ERR_ILLEGAL_ARGUMENT


def test_dli_array_over_rows(sheet):
    put_column(sheet, "A", 1, [1000, 1000, 1000])  # reported
    put_column(sheet, "B", 1, [900, 700, 1000])  # verified
    got = array_numbers(sheet, "C1:C3", "=COND.DLI(30;A1:A3;B1:B3;100000)")
    assert got == [[27000.0], [0.0], [30000.0]]


# --- COND.NEXTREVIEW -------------------------------------------------------------


def nominal_review(first, months, k):
    """d_k = first + k*months months, month-end kept, day clamped (no drift)."""
    index = first.year * 12 + first.month - 1 + k * months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    end_of_month = first.day == calendar.monthrange(first.year, first.month)[1]
    return dt.date(year, month, last if end_of_month else min(first.day, last))


def roll_following(day):
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def python_next_review(first, months, as_of):
    k = 0
    while True:
        candidate = roll_following(nominal_review(first, months, k))
        if candidate >= as_of:
            return candidate
        k += 1


def test_nextreview_rolls_a_sunday_to_monday(sheet):
    # 2019-03-15 every 6 months; as of 2019-04-01 the next is Sun 2019-09-15 -> Mon 16.
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};6;{DATE(2019, 4, 1)})")
    assert date_of(got) == dt.date(2019, 9, 16)
    assert got == 43724


def test_nextreview_on_a_review_date_returns_it(sheet):
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};6;{DATE(2019, 3, 15)})")
    assert got == 43539


def test_nextreview_before_first_returns_first(sheet):
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};6;{DATE(2018, 1, 1)})")
    assert date_of(got) == dt.date(2019, 3, 15)


def test_nextreview_day_after_a_review_moves_to_the_next(sheet):
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};6;{DATE(2019, 9, 17)})")
    assert date_of(got) == dt.date(2020, 3, 16)  # Sun 2020-03-15 -> Mon


@pytest.mark.parametrize("roll, expected", [
    ('"following"', dt.date(2019, 9, 16)),
    ('"modified"', dt.date(2019, 9, 16)),
    ('"preceding"', dt.date(2019, 9, 13)),
    ('"none"', dt.date(2019, 9, 15)),
    ('""', dt.date(2019, 9, 16)),  # empty means the default, following
])
def test_nextreview_roll_conventions_mid_month(sheet, roll, expected):
    # Nominal review Sun 2019-09-15.
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 9, 15)};12;{DATE(2019, 9, 1)};;{roll})")
    assert date_of(got) == expected


@pytest.mark.parametrize("roll, expected", [
    ('"following"', dt.date(2019, 9, 2)),
    ('"modified"', dt.date(2019, 8, 30)),  # following would leave August
    ('"preceding"', dt.date(2019, 8, 30)),
    ('"none"', dt.date(2019, 8, 31)),
])
def test_nextreview_roll_conventions_at_month_end(sheet, roll, expected):
    # Nominal review Sat 2019-08-31.
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 8, 31)};12;{DATE(2019, 8, 1)};;{roll})")
    assert date_of(got) == expected


def test_nextreview_compares_the_rolled_date_with_as_of(sheet):
    # Sat 2019-08-31 rolls back to Fri 30, before as_of 31: the next one,
    # Mon 2019-09-30 (month-end kept), is due.
    got = num(sheet, f'=COND.NEXTREVIEW({DATE(2019, 8, 31)};1;{DATE(2019, 8, 31)};;"preceding")')
    assert date_of(got) == dt.date(2019, 9, 30)
    got = num(sheet, f'=COND.NEXTREVIEW({DATE(2019, 8, 31)};1;{DATE(2019, 8, 31)};;"none")')
    assert date_of(got) == dt.date(2019, 8, 31)


def test_nextreview_skips_holidays_from_a_range(sheet):
    put(sheet, "H1", f"={DATE(2019, 12, 25)}")
    put(sheet, "H3", f"={DATE(2019, 12, 26)}")  # H2 stays empty: ignored
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2018, 12, 25)};12;{DATE(2019, 12, 1)};H1:H3)")
    assert date_of(got) == dt.date(2019, 12, 27)
    got = num(sheet, f'=COND.NEXTREVIEW({DATE(2018, 12, 25)};12;{DATE(2019, 12, 1)};H1:H3;"preceding")')
    assert date_of(got) == dt.date(2019, 12, 24)


def test_nextreview_holiday_pushes_modified_following_back(sheet):
    # Fri 2019-05-31 is a holiday; following would be Mon 2019-06-03.
    put(sheet, "H1", f"={DATE(2019, 5, 31)}")
    base = f"=COND.NEXTREVIEW({DATE(2019, 1, 31)};1;{DATE(2019, 5, 15)};H1"
    assert date_of(num(sheet, base + ';"following")')) == dt.date(2019, 6, 3)
    assert date_of(num(sheet, base + ';"modified")')) == dt.date(2019, 5, 30)


def test_nextreview_month_end_series_stays_at_month_end(sheet):
    # 2019-04-30 is the last day of April: May's review is the 31st.
    got = num(sheet, f'=COND.NEXTREVIEW({DATE(2019, 4, 30)};1;{DATE(2019, 5, 1)};;"none")')
    assert date_of(got) == dt.date(2019, 5, 31)


def test_nextreview_clamped_day_does_not_drift(sheet):
    # 2019-01-30: February clamps to the 28th, March is back on the 30th.
    feb = num(sheet, f'=COND.NEXTREVIEW({DATE(2019, 1, 30)};1;{DATE(2019, 2, 1)};;"none")')
    mar = num(sheet, f'=COND.NEXTREVIEW({DATE(2019, 1, 30)};1;{DATE(2019, 3, 1)};;"none")')
    assert date_of(feb) == dt.date(2019, 2, 28)
    assert date_of(mar) == dt.date(2019, 3, 30)


def test_nextreview_leap_year_month_end(sheet):
    got = num(sheet, f'=COND.NEXTREVIEW({DATE(2020, 1, 31)};1;{DATE(2020, 2, 1)};;"none")')
    assert date_of(got) == dt.date(2020, 2, 29)
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2020, 1, 31)};1;{DATE(2020, 2, 1)})")
    assert date_of(got) == dt.date(2020, 3, 2)  # Sat 29 Feb -> Mon 2 Mar


def test_nextreview_default_as_of_is_today(sheet):
    expected = python_next_review(dt.date(2019, 3, 15), 1, dt.date.today())
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};1)")
    live = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};1;TODAY())", at="Z2")
    assert date_of(got) == expected
    assert date_of(live) == expected


def test_nextreview_optional_arguments_left_as_empty_cells(sheet):
    # B1 (as_of), C1 (holidays), D1 (roll) empty: today, no holidays, following.
    expected = python_next_review(dt.date(2019, 3, 15), 1, dt.date.today())
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};1;B1;C1;D1)")
    assert date_of(got) == expected


def test_nextreview_array_over_first_dates(sheet):
    # Fri 2019-03-15 and Sat 2019-03-16, monthly, as of 2019-04-01:
    # Mon 2019-04-15 and Tue 2019-04-16.
    got = array_numbers(sheet, "D1:D2", f"=COND.NEXTREVIEW({{43539|43540}};1;{DATE(2019, 4, 1)})")
    assert [date_of(r[0]) for r in got] == [dt.date(2019, 4, 15), dt.date(2019, 4, 16)]


def test_nextreview_error_months_zero(sheet):
    assert err(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};0;{DATE(2019, 4, 1)})") == ERR_ILLEGAL_ARGUMENT


def test_nextreview_error_months_not_whole(sheet):
    assert err(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};1.5;{DATE(2019, 4, 1)})") == ERR_ILLEGAL_ARGUMENT


def test_nextreview_error_months_above_120(sheet):
    assert err(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};121;{DATE(2019, 4, 1)})") == ERR_ILLEGAL_ARGUMENT
    got = num(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};120;{DATE(2019, 4, 1)})")
    assert date_of(got) == dt.date(2029, 3, 15)


def test_nextreview_error_unknown_roll(sheet):
    assert err(sheet, f'=COND.NEXTREVIEW({DATE(2019, 3, 15)};6;{DATE(2019, 4, 1)};;"sideways")') == ERR_ILLEGAL_ARGUMENT


def test_nextreview_error_missing_months(sheet):
    assert err(sheet, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)})") == ERR_MISSING_ARGUMENT


# --- COND.SCHEDULE --------------------------------------------------------------


def test_schedule_is_a_vertical_array_of_rolled_dates(sheet):
    got = array_numbers(sheet, "D1:D3", f"=COND.SCHEDULE({DATE(2019, 3, 15)};6;3)")
    assert got == [[43539.0], [43724.0], [43906.0]]
    assert array_range(sheet, "D2") == (3, 0, 3, 2)


def test_schedule_roll_none_keeps_nominal_dates(sheet):
    got = array_numbers(sheet, "D1:D3", f'=COND.SCHEDULE({DATE(2019, 3, 15)};6;3;;"none")')
    assert [date_of(r[0]) for r in got] == [
        dt.date(2019, 3, 15), dt.date(2019, 9, 15), dt.date(2020, 3, 15)]


def test_schedule_month_end_series(sheet):
    got = array_numbers(sheet, "D1:D4", f'=COND.SCHEDULE({DATE(2019, 1, 31)};1;4;;"none")')
    assert [date_of(r[0]) for r in got] == [
        dt.date(2019, 1, 31), dt.date(2019, 2, 28), dt.date(2019, 3, 31), dt.date(2019, 4, 30)]


def test_schedule_leap_day_series(sheet):
    got = array_numbers(sheet, "D1:D5", f'=COND.SCHEDULE({DATE(2020, 2, 29)};12;5;;"none")')
    assert [date_of(r[0]) for r in got] == [
        dt.date(2020, 2, 29), dt.date(2021, 2, 28), dt.date(2022, 2, 28),
        dt.date(2023, 2, 28), dt.date(2024, 2, 29)]


def test_schedule_with_holidays_and_modified_following(sheet):
    # Quarterly from Fri 2019-03-29: Sat 2019-06-29 would roll to Mon 1 July,
    # outside June, so it rolls back past the holiday Fri 28 to Thu 27;
    # Sun 2019-09-29 -> Mon 30; Sun 2019-12-29 -> Mon 30.
    put(sheet, "H1", f"={DATE(2019, 6, 28)}")
    got = array_numbers(sheet, "D1:D4", f'=COND.SCHEDULE({DATE(2019, 3, 29)};3;4;H1:H2;"modified")')
    assert [date_of(r[0]) for r in got] == [
        dt.date(2019, 3, 29), dt.date(2019, 6, 27), dt.date(2019, 9, 30), dt.date(2019, 12, 30)]


def test_schedule_error_count_zero(sheet):
    set_array_formula(sheet, "D1:D3", f"=COND.SCHEDULE({DATE(2019, 3, 15)};6;0)")
    assert cell(sheet, "D1").getError() == ERR_ILLEGAL_ARGUMENT


def test_schedule_error_count_above_1000(sheet):
    set_array_formula(sheet, "D1:D3", f"=COND.SCHEDULE({DATE(2019, 3, 15)};6;1001)")
    assert cell(sheet, "D1").getError() == ERR_ILLEGAL_ARGUMENT


def test_schedule_error_months_out_of_range(sheet):
    set_array_formula(sheet, "D1:D3", f"=COND.SCHEDULE({DATE(2019, 3, 15)};0;3)")
    assert cell(sheet, "D1").getError() == ERR_ILLEGAL_ARGUMENT


# --- COND.MILESTONE -------------------------------------------------------------

DUE = DATE(2019, 6, 30)


def test_milestone_done_on_time(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};{DATE(2019, 6, 15)};{DATE(2019, 8, 1)})") == "done"


def test_milestone_done_on_the_due_date(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};{DUE};{DATE(2019, 8, 1)})") == "done"


def test_milestone_done_late(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};{DATE(2019, 7, 5)};{DATE(2019, 8, 1)})") == "done late"


def test_milestone_overdue(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 7, 1)})") == "overdue"


def test_milestone_due_soon_within_default_30_days(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 6, 10)})") == "due soon"
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 5, 31)})") == "due soon"  # 30 days
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DUE})") == "due soon"


def test_milestone_on_track(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 5, 30)})") == "on track"  # 31 days


def test_milestone_warn_days(sheet):
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 6, 10)};10)") == "on track"
    assert text(sheet, f"=COND.MILESTONE({DUE};;{DATE(2019, 6, 20)};10)") == "due soon"


def test_milestone_empty_done_cell_means_not_done(sheet):
    put(sheet, "A1", f"={DUE}")
    put(sheet, "C1", f"={DATE(2019, 7, 1)}")
    assert text(sheet, "=COND.MILESTONE(A1;B1;C1)") == "overdue"
    put(sheet, "B1", f"={DATE(2019, 6, 1)}")
    assert text_at(sheet, OUT) == "done"


def test_milestone_array_over_a_column(sheet):
    put_column(sheet, "A", 1, [f"={DUE}"] * 3 + [None])
    put_column(sheet, "B", 1, [f"={DATE(2019, 6, 1)}", None, f"={DATE(2019, 7, 9)}", None])
    set_array_formula(sheet, "C1:C4", f"=COND.MILESTONE(A1:A4;B1:B4;{DATE(2019, 7, 1)})")
    assert [text_at(sheet, f"C{r}") for r in range(1, 5)] == [
        "done", "overdue", "done late", ""]


def test_milestone_default_as_of_is_today(sheet):
    assert text(sheet, f"=COND.MILESTONE({DATE(2000, 1, 1)})") == "overdue"
    assert text(sheet, f"=COND.MILESTONE({DATE(2999, 1, 1)})") == "on track"
    assert text(sheet, "=COND.MILESTONE(TODAY()+10)") == "due soon"


def test_milestone_optional_arguments_left_as_empty_cells(sheet):
    # B1 (done), C1 (as_of), D1 (warn_days) empty: not done, today, 30 days.
    assert text(sheet, f"=COND.MILESTONE({DATE(2000, 1, 1)};B1;C1;D1)") == "overdue"
    assert text(sheet, "=COND.MILESTONE(TODAY()+30;B1;C1;D1)") == "due soon"
    assert text(sheet, "=COND.MILESTONE(TODAY()+31;B1;C1;D1)") == "on track"


def test_milestone_error_blank_due(sheet):
    assert err(sheet, f"=COND.MILESTONE(A1;;{DATE(2019, 7, 1)})") == ERR_ILLEGAL_ARGUMENT


# --- COND.DAYSLATE ----------------------------------------------------------------


def test_dayslate_done_late(sheet):
    assert num(sheet, f"=COND.DAYSLATE({DUE};{DATE(2019, 7, 5)})") == 5


def test_dayslate_done_early_is_zero(sheet):
    assert num(sheet, f"=COND.DAYSLATE({DUE};{DATE(2019, 6, 1)};{DATE(2019, 12, 1)})") == 0


def test_dayslate_not_done_counts_to_as_of(sheet):
    assert num(sheet, f"=COND.DAYSLATE({DUE};;{DATE(2019, 7, 10)})") == 10
    assert num(sheet, f"=COND.DAYSLATE({DUE};;{DATE(2019, 6, 1)})") == 0


def test_dayslate_empty_done_cell_means_not_done(sheet):
    put(sheet, "A1", f"={DUE}")
    assert num(sheet, f"=COND.DAYSLATE(A1;B1;{DATE(2019, 8, 1)})") == 32


def test_dayslate_default_as_of_is_today(sheet):
    assert num(sheet, "=COND.DAYSLATE(TODAY()-7)") == 7
    assert num(sheet, "=COND.DAYSLATE(TODAY()+7)") == 0


def test_dayslate_array_over_a_column(sheet):
    put_column(sheet, "A", 1, [f"={DUE}"] * 3)
    put_column(sheet, "B", 1, [f"={DATE(2019, 7, 5)}", None, f"={DATE(2019, 6, 1)}"])
    got = array_numbers(sheet, "C1:C3", f"=COND.DAYSLATE(A1:A3;B1:B3;{DATE(2019, 7, 10)})")
    assert got == [[5.0], [10.0], [0.0]]


def test_dayslate_error_blank_due(sheet):
    assert err(sheet, f"=COND.DAYSLATE(A1;;{DATE(2019, 7, 1)})") == ERR_ILLEGAL_ARGUMENT


# --- COND.VERSION ----------------------------------------------------------------


def test_version_is_the_package_version(sheet, oxt):
    with zipfile.ZipFile(oxt) as z:
        description = z.read("description.xml").decode("utf-8")
    package_version = re.search(r'<version\s+value="([^"]+)"', description).group(1)
    got = text(sheet, "=COND.VERSION()")
    assert got == package_version
    assert re.fullmatch(r"\d+\.\d+\.\d+", got)


# --- a document whose null date is 1904-01-01 --------------------------------------


@pytest.fixture
def sheet_1904(doc):
    null_date = uno.createUnoStruct("com.sun.star.util.Date")
    null_date.Year, null_date.Month, null_date.Day = 1904, 1, 1
    doc.setPropertyValue("NullDate", null_date)
    sheet = first_sheet(doc)
    # The setting took effect: DATE() now counts from 1904.
    assert num(sheet, f"={DATE(2019, 3, 15)}", at="Y1") == serial(dt.date(2019, 3, 15), NULL_1904)
    return sheet


def test_null_date_1904_schedule(sheet_1904):
    got = array_numbers(sheet_1904, "D1:D3", f"=COND.SCHEDULE({DATE(2019, 3, 15)};6;3)")
    assert [date_of(r[0], NULL_1904) for r in got] == [
        dt.date(2019, 3, 15), dt.date(2019, 9, 16), dt.date(2020, 3, 16)]


def test_null_date_1904_nextreview(sheet_1904):
    got = num(sheet_1904, f"=COND.NEXTREVIEW({DATE(2019, 8, 31)};1;{DATE(2019, 8, 1)})")
    assert got == serial(dt.date(2019, 9, 2), NULL_1904)
    set_formula(sheet_1904, "Z2", '=TEXT(Z1;"YYYY-MM-DD")')
    assert cell(sheet_1904, "Z2").getString() == "2019-09-02"


def test_null_date_1904_month_end_series(sheet_1904):
    got = num(sheet_1904, f'=COND.NEXTREVIEW({DATE(2019, 4, 30)};1;{DATE(2019, 5, 1)};;"none")')
    assert got == serial(dt.date(2019, 5, 31), NULL_1904)


def test_null_date_1904_holidays(sheet_1904):
    put(sheet_1904, "H1", f"={DATE(2019, 12, 25)}")
    got = num(sheet_1904, f"=COND.NEXTREVIEW({DATE(2018, 12, 25)};12;{DATE(2019, 12, 1)};H1)")
    assert got == serial(dt.date(2019, 12, 26), NULL_1904)


def test_null_date_1904_milestone_and_dayslate(sheet_1904):
    put(sheet_1904, "A1", f"={DUE}")
    assert text(sheet_1904, f"=COND.MILESTONE(A1;B1;{DATE(2019, 7, 1)})") == "overdue"
    assert text(sheet_1904, f"=COND.MILESTONE(A1;{DATE(2019, 7, 5)};{DATE(2019, 8, 1)})") == "done late"
    assert num(sheet_1904, f"=COND.DAYSLATE(A1;;{DATE(2019, 7, 10)})") == 10


def test_null_date_1904_default_today(sheet_1904):
    expected = python_next_review(dt.date(2019, 3, 15), 1, dt.date.today())
    got = num(sheet_1904, f"=COND.NEXTREVIEW({DATE(2019, 3, 15)};1)")
    assert date_of(got, NULL_1904) == expected
    assert num(sheet_1904, "=COND.DAYSLATE(TODAY()-3)") == 3
