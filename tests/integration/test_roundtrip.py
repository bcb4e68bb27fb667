"""A sheet of COND.* formulas survives saving as ODS and XLSX: after closing
and reloading, the formulas are still there, recompute to the same values and
follow changed inputs.

Run from the repository root: /usr/bin/python3 -m pytest tests/integration/test_roundtrip.py
"""

import datetime as dt
import zipfile

import pytest

from office import calc_all, cell, first_sheet, set_array_formula, set_formula

NULL_1899 = dt.date(1899, 12, 30)

# com.sun.star.table.CellContentType
FORMULA = "FORMULA"

# address -> formula (entered with setFormula); array formulas separately.
FORMULAS = {
    "D1": "=COND.SCORE(A1;B1;C1)",
    "E1": "=COND.STATUS(D1)",
    "K1": "=COND.TRANCHE(G1;H1:H13;I1:I13)",
    "K2": '=COND.TRANCHE(G1;H1:H13;I1:I13;J1:J13;"transfer")',
    "K3": "=COND.TRANCHE(G1;H1:H13;I1:I13;J1:J13)",
    "K4": "=COND.TRANSFER(G1;H1:H13;J1:J13)",
    "N1": "=COND.NEXTREVIEW(L1;6;DATE(2019;4;1))",
    "O1": "=COND.MILESTONE(DATE(2019;6;30);P1;DATE(2019;7;1))",
    "O2": "=COND.DAYSLATE(DATE(2019;6;30);P1;DATE(2019;7;10))",
    "O3": "=COND.DLI(30;S1;S2;100000)",
    "O4": "=COND.VERSION()",
}
ARRAY_FORMULAS = {
    "M1:M3": "=COND.SCHEDULE(L1;6;3)",
    "R1:R3": "=COND.SCORE(Q1:Q3;0;10)",
}
RESULT_CELLS = list(FORMULAS) + ["M1", "M2", "M3", "R1", "R2", "R3"]

FILTERS = {
    "ods": "calc8",
    "xlsx": "Calc MS Excel 2007 XML",
}


def serial(day):
    return float((day - NULL_1899).days)


def build(sheet):
    # One indicator (the EU example) and its status.
    for address, v in (("A1", 12980), ("B1", 2505), ("C1", 15000)):
        cell(sheet, address).setValue(v)
    # The Mali tranche: 13 equal weights, 8 met, 2 partial, 3 not met (row 13
    # is SIGRH, waived in J13).
    cell(sheet, "G1").setValue(14_000_000)
    for row in range(1, 14):
        cell(sheet, f"H{row}").setValue(1)
        cell(sheet, f"I{row}").setValue(1 if row <= 8 else 0.5 if row <= 10 else 0)
    set_formula(sheet, "J13", "=TRUE()")
    # Dates: first review, milestone done date P1 left empty (not done).
    set_formula(sheet, "L1", "=DATE(2019;3;15)")
    # DLI reported / verified.
    cell(sheet, "S1").setValue(1000)
    cell(sheet, "S2").setValue(900)
    # A column of actuals with a pending (empty) one.
    cell(sheet, "Q1").setValue(5)
    cell(sheet, "Q3").setValue(10)
    for address, formula in FORMULAS.items():
        set_formula(sheet, address, formula)
    for address, formula in ARRAY_FORMULAS.items():
        set_array_formula(sheet, address, formula)


def snapshot(sheet):
    out = {}
    for address in RESULT_CELLS:
        c = cell(sheet, address)
        out[address] = (c.getError(), c.getValue(), c.getString())
    return out


def check_expected(results):
    """The values the formulas must give for the inputs of build()."""
    def number(address):
        err, v, _ = results[address]
        assert err == 0, f"{address} shows error {err}"
        return v

    def text(address):
        err, _, s = results[address]
        assert err == 0, f"{address} shows error {err}"
        return s

    assert number("D1") == pytest.approx(10475 / 12495)
    assert text("E1") == "partial"
    assert round(number("K1"), 2) == 9_692_307.69
    assert round(number("K2"), 2) == 9_692_307.69
    assert number("K3") == pytest.approx(10_500_000)
    assert round(number("K4"), 2) == 1_076_923.08
    assert [number(a) for a in ("M1", "M2", "M3")] == [43539, 43724, 43906]
    assert number("N1") == 43724
    assert text("O1") == "overdue"
    assert number("O2") == 10
    assert number("O3") == 27000
    assert text("O4") != "" and text("O4")[0].isdigit()
    assert number("R1") == 0.5
    assert text("R2") == ""
    assert number("R3") == 1


def formulas_of(sheet):
    out = {a: cell(sheet, a).getFormula() for a in FORMULAS}
    out.update({a: cell(sheet, a).getArrayFormula() for a in ARRAY_FORMULAS})
    return out


@pytest.fixture(scope="module")
def original(office):
    """The document built in this office, its formulas and results."""
    doc = office.new_calc()
    sheet = first_sheet(doc)
    build(sheet)
    calc_all(doc)
    results = snapshot(sheet)
    check_expected(results)
    yield doc, formulas_of(sheet), results
    doc.close(True)


@pytest.fixture(params=sorted(FILTERS))
def reloaded(request, office, original):
    doc, formulas, results = original
    ext = request.param
    path = office.store(doc, f"roundtrip.{ext}", FILTERS[ext])
    assert path.is_file() and path.stat().st_size > 0
    copy = office.load(path)
    yield ext, path, copy, formulas, results
    copy.close(True)


def test_file_holds_the_formulas(reloaded):
    ext, path, _, _, _ = reloaded
    with zipfile.ZipFile(path) as z:
        names = ["content.xml"] if ext == "ods" else [
            n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        xml = "".join(z.read(n).decode("utf-8") for n in names)
    for method in ("SCORE", "STATUS", "TRANCHE", "TRANSFER", "NEXTREVIEW", "SCHEDULE",
                   "MILESTONE", "DAYSLATE", "DLI", "VERSION"):
        assert f"ORG.CONDTRACK.FUNCTIONS.{method}(" in xml, f"{method} not stored in {ext}"


def test_reloaded_formulas_are_unchanged(reloaded):
    _, _, doc, formulas, _ = reloaded
    sheet = first_sheet(doc)
    for address in FORMULAS:
        assert cell(sheet, address).getType().value == FORMULA, address
    assert formulas_of(sheet) == formulas


def test_reloaded_formulas_recompute_to_the_same_values(reloaded):
    _, _, doc, _, results = reloaded
    calc_all(doc)
    after = snapshot(first_sheet(doc))
    check_expected(after)
    for address in RESULT_CELLS:
        err, v, s = after[address]
        assert err == results[address][0], address
        assert v == pytest.approx(results[address][1]), address
        assert s == results[address][2], address


def test_reloaded_formulas_follow_changed_inputs(reloaded):
    _, _, doc, _, _ = reloaded
    sheet = first_sheet(doc)
    cell(sheet, "A1").setValue(15000)  # target met
    cell(sheet, "I13").setValue(1)  # SIGRH met after all
    set_formula(sheet, "L1", "=DATE(2019;1;31)")  # month-end series
    set_formula(sheet, "P1", "=DATE(2019;6;1)")  # milestone done
    cell(sheet, "S2").setValue(700)  # below the 80 % rule
    cell(sheet, "Q2").setValue(2.5)  # pending indicator assessed
    calc_all(doc)

    def number(address):
        assert cell(sheet, address).getError() == 0, address
        return cell(sheet, address).getValue()

    assert number("D1") == 1
    assert cell(sheet, "E1").getString() == "met"
    assert number("K1") == pytest.approx(14_000_000 * 10 / 13)
    assert number("K3") == pytest.approx(14_000_000 * 9 / 12)  # SIGRH still waived
    # 2019-01-31 every 6 months: Thu 31 Jan, Wed 31 Jul, Fri 31 Jan 2020.
    assert [number(a) for a in ("M1", "M2", "M3")] == [
        serial(dt.date(2019, 1, 31)), serial(dt.date(2019, 7, 31)), serial(dt.date(2020, 1, 31))]
    assert number("N1") == serial(dt.date(2019, 7, 31))
    assert cell(sheet, "O1").getString() == "done"
    assert number("O2") == 0
    assert number("O3") == 0
    assert number("R2") == 0.25
