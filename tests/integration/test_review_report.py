"""The review report: a sheet with the year's indicators, tranches, late
milestones, next review and two charts, exported to PDF on request."""

import re
import subprocess
from pathlib import Path

import pytest

from office import dispatch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"


@pytest.fixture
def example(office):
    doc = office.load(EXAMPLE, hidden=False)
    yield doc
    doc.close(True)


def texts_of(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    return [[sheet.getCellByPosition(c, r).getString() for c in range(end.EndColumn + 1)]
            for r in range(end.EndRow + 1)]


def test_report_sheet_holds_the_years_figures_and_two_charts(office, example):
    outcome = dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018)
    assert outcome.ok, outcome.message
    assert outcome.message == 'The review report is on the sheet "Review 2018".'
    sheet = example.getSheets().getByName("Review 2018")
    rows = texts_of(sheet)
    flat = [cell for row in rows for cell in row]
    assert "Review report, assessment year 2018" in flat
    # SIGRH (0 against 100) is not met, but its 2018 share is transferred to 2019
    # by an approved decision: the report marks it waived, not not met, and
    # shows the decision with its approval date.
    sigrh = next(row for row in rows if row[0] == "IND-13")
    assert sigrh[7] == "waived"
    assert sigrh[8] == "transfer (B)" and sigrh[9] == "03/20/2019"
    indicator_table = rows[:next(i for i, row in enumerate(rows) if row[0] == "Tranches")]
    statuses = [row[7] for row in indicator_table if row[0].startswith("IND-")]
    assert len(statuses) == 13
    assert (statuses.count("met"), statuses.count("partial"), statuses.count("not met")) == (8, 2, 2)
    # The tranches across, their layout 2 figures down, in the programme's currency.
    # 13 equal weights of a EUR 14 M ceiling: 8 met + IND-09 and IND-10 at 0.5 = 9 shares
    # computed; SIGRH's share (14 M / 13) transferred, IND-10's unpaid half held.
    tranches = next(i for i, row in enumerate(rows) if row[0] == "Tranches")
    header = rows[tranches + 1]
    variable = header.index("Variable tranche")
    figures = {row[0]: row[variable] for row in rows[tranches + 2:tranches + 14]}
    assert figures["Base ceiling"] == "14,000,000.00 EUR"
    assert figures["Carried in"] == "0.00 EUR"
    assert figures["Computed amount"] == "9,692,307.69 EUR"
    assert figures["Transferred"] == "1,076,923.08 EUR"
    assert figures["Held"] == "538,461.54 EUR"
    assert figures["Released"] == "0.00 EUR"
    assert figures["Payable"] == "9,692,307.69 EUR"
    # The conditions with their 2018 verdicts.
    assert any(row[0].startswith("GC-") and row[3] in ("met", "not met", "not assessed")
               for row in rows)
    # Overdue milestones: M-04 (due 2019-12-31) is not done; M-02, done late in
    # 2019, is no longer overdue.
    assert any("M-04" == row[0] for row in rows)
    assert not any("M-02" == row[0] for row in rows)
    charts = sheet.getCharts()
    assert sorted(charts.ElementNames) == ["CeilingVsPaid Review 2018", "StatusesPerYear Review 2018"]
    title = charts.getByName("CeilingVsPaid Review 2018").getEmbeddedObject().getTitle().String
    assert title == "Ceiling and paid per year"


def test_the_command_opens_the_report_sheet(office, example):
    assert dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018).ok
    assert example.getCurrentController().getActiveSheet().getName() == "Review 2018"


def test_numbers_sit_right_under_right_aligned_headers(office, example):
    from com.sun.star.table.CellHoriJustify import RIGHT, STANDARD
    assert dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018).ok
    sheet = example.getSheets().getByName("Review 2018")
    rows = texts_of(sheet)
    header = next(i for i, row in enumerate(rows) if row[:2] == ["ID", "Indicator"])
    score = rows[header].index("Score")
    assert sheet.getCellByPosition(score, header).HoriJustify == RIGHT
    assert sheet.getCellByPosition(1, header).HoriJustify == STANDARD
    # Column A is as wide as its IDs and labels, not as the section titles
    # ("Review report, assessment year 2018" in 13 pt bold is over 8 cm).
    assert sheet.getColumns().getByIndex(0).Width < 50 * 100


def test_report_is_one_undo_step_and_a_second_report_gets_its_own_sheet(office, example):
    assert dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018).ok
    assert example.getUndoManager().getCurrentUndoActionTitle() == "Review report"
    second = dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018)
    assert second.message == 'The review report is on the sheet "Review 2018 (2)".'
    example.getUndoManager().undo()
    assert not example.getSheets().hasByName("Review 2018 (2)")
    assert example.getSheets().hasByName("Review 2018")


def pdf_text(pdf, *options):
    return subprocess.run(["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def smallest_word_height(pdf):
    """The height of the smallest word box pdftotext finds, in points."""
    boxes = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">',
                       pdf_text(pdf, "-bbox"))
    return min(float(y1) - float(y0) for y0, y1 in boxes)


def test_report_exports_to_pdf_worth_sending(office, example, tmp_path):
    pdf_inside = office.workdir / "out" / "review-2018.pdf"
    outcome = dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018,
                       PdfUrl=pdf_inside.as_uri())
    assert outcome.ok, outcome.message
    assert pdf_inside.exists()
    text = pdf_text(pdf_inside, "-layout")
    assert "Review report, assessment year 2018" in text
    assert "9,692,307.69 EUR" in text and "14,000,000.00 EUR" in text
    assert "IND-13" in text and "SIGRH" in text
    # Both charts are on the pages: their titles are.
    assert "Ceiling and paid per year" in text
    assert "Indicator statuses per year" in text
    # The page header names the programme, the year and the currency; the footer counts pages.
    info = subprocess.run(["pdfinfo", str(pdf_inside)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))
    assert 1 <= pages <= 4  # the report sheet only, not the whole workbook
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert (round(float(size.group(1))), round(float(size.group(2)))) == (842, 595)  # A4 landscape
    assert text.count("State Building Contract, Mali") == pages
    assert text.count("Amounts in EUR") == pages
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    # No text under 8 pt: pdftotext's word box is 1.3 times the font size of the
    # office's default font (text set at 6.7 pt gives 8.7 pt boxes).
    assert smallest_word_height(pdf_inside) >= 8 * 1.3


def test_report_for_an_unknown_year_is_refused(office, example):
    outcome = dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2030)
    assert not outcome.ok and outcome.message == "The tracker has no year 2030."


def test_a_report_that_fails_half_way_leaves_nothing_behind(office, example):
    # A chart that already has the name the report's chart needs makes its
    # insertion fail after the sheet and its cells were written.
    import uno
    scenarios = example.getSheets().getByName("Scenarios")
    rect = uno.createUnoStruct("com.sun.star.awt.Rectangle", 0, 0, 5000, 5000)
    area = uno.createUnoStruct("com.sun.star.table.CellRangeAddress", 5, 0, 18, 6, 21)
    scenarios.getCharts().addNewByName("CeilingVsPaid Review 2018", rect, (area,), True, True)
    titles = example.getUndoManager().getAllUndoActionTitles()
    outcome = dispatch(office, example, "vnd.condtrack:ReviewReport", Year=2018)
    assert not outcome.ok
    assert outcome.message.startswith("The command failed:")
    assert not example.getSheets().hasByName("Review 2018")
    assert example.getUndoManager().getAllUndoActionTitles() == titles
    assert not example.getUndoManager().isRedoPossible()
