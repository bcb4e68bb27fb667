"""Numbers in the user's conventions: every number format condtrack writes
follows the locale setting (Tools > Options > Language Settings), even in a
workbook made under another one. The example was made under en-US; a French
or Portuguese user sees their own figures in it and in the review report,
amounts with the programme's currency."""

import pytest

from conftest import oxt_path
from office import Office, dispatch

from test_review_report import EXAMPLE, texts_of

# Calc separates thousands with a (narrow) no-break space in French.
SPACES = {"\u00a0": " ", "\u202f": " "}


def plain(text):
    for space, normal in SPACES.items():
        text = text.replace(space, normal)
    return text


# locale: report sheet, score of a met and of a partial indicator, the variable
# tranche's computed amount, SIGRH's approval date (2019-03-20).
EXPECTED = {
    "en-US": ("Review 2018", "100.0%", "50.0%", "9,692,307.69 EUR", "03/20/2019"),
    "fr-FR": ("Revue 2018", "100,0 %", "50,0 %", "9 692 307,69 EUR", "20/03/2019"),
    "pt-PT": ("Revisão 2018", "100,0%", "50,0%", "9 692 307,69 EUR", "20-03-2019"),
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def localised(request):
    with Office(oxt=str(oxt_path()), locale=request.param) as office:
        yield request.param, office


def report_rows(office, doc, year=2018):
    outcome = dispatch(office, doc, "vnd.condtrack:ReviewReport", Year=year)
    assert outcome.ok, outcome.message
    return doc.getCurrentController().getActiveSheet()


def test_report_shows_scores_amounts_and_dates_in_the_users_locale(localised):
    locale, office = localised
    name, met, partial, amount, approved = EXPECTED[locale]
    doc = office.load(EXAMPLE, hidden=False)
    try:
        sheet = report_rows(office, doc)
        assert sheet.getName() == name
        rows = [[plain(text) for text in row] for row in texts_of(sheet)]
        ind01 = next(row for row in rows if row[0] == "IND-01")
        ind09 = next(row for row in rows if row[0] == "IND-09")
        sigrh = next(row for row in rows if row[0] == "IND-13")
        assert (ind01[6], ind09[6]) == (met, partial)
        assert sigrh[9] == approved
        assert any(amount in row for row in rows)
    finally:
        doc.close(True)


# The example's scores and amounts: the file stores the structure of the
# "0.0%" it was made with under en-US (no space before the sign), in the
# reader's separators.
EXAMPLE_FIGURES = {"en-US": ("100.0%", "50.0%", "36,000,000.00 EUR"),
                   "fr-FR": ("100,0%", "50,0%", "36 000 000,00 EUR"),
                   "pt-PT": ("100,0%", "50,0%", "36 000 000,00 EUR")}


def test_the_examples_tracker_figures_follow_the_locale(localised):
    # Made under en-US: its computed scores and amounts read as the user writes them.
    locale, office = localised
    met, partial, amount = EXAMPLE_FIGURES[locale]
    doc = office.load(EXAMPLE, hidden=True)
    try:
        indicators = [plain(text) for row in texts_of(doc.getSheets().getByName("Indicators"))
                      for text in row]
        assert met in indicators and partial in indicators
        tranches = [plain(text) for row in texts_of(doc.getSheets().getByName("Tranches"))
                    for text in row]
        assert amount in tranches
    finally:
        doc.close(True)


def formatted_cells(doc, sheet, kind):
    """The cells of a sheet whose number format is of a kind (NumberFormat constants)."""
    formats = doc.getNumberFormats()
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    end = cursor.getRangeAddress()
    for row in range(end.EndRow + 1):
        for col in range(end.EndColumn + 1):
            cell = sheet.getCellByPosition(col, row)
            if formats.getByKey(cell.NumberFormat).Type & kind:
                yield cell


# A score of 1 and an amount of 36 M on the sheets of a tracker made in the locale.
TYPED = {"en-US": ("100.0%", "36,000,000.00"), "fr-FR": ("100,0 %", "36 000 000,00"),
         "pt-PT": ("100,0%", "36 000 000,00")}


def test_a_tracker_made_in_the_locale_shows_its_own_figures(localised):
    from com.sun.star.util.NumberFormat import CURRENCY, NUMBER, PERCENT
    locale, office = localised
    score_text, amount_text = TYPED[locale]
    doc = office.new_calc(hidden=False)
    try:
        assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018, Years=1).ok
        score = next(formatted_cells(doc, doc.getSheets().getByName(
            next(n for n in doc.getSheets().ElementNames if n.startswith("Indic"))), PERCENT))
        score.setValue(1.0)
        assert plain(score.getString()) == score_text
        tranches = doc.getSheets().getByIndex(2)
        # The tracker's amounts carry the programme's currency (EUR by default).
        amounts = [cell for cell in formatted_cells(doc, tranches, NUMBER | CURRENCY)
                   if cell.NumberFormat != 0]
        assert amounts, "no amount column on " + tranches.getName()
        amounts[0].setValue(36_000_000)
        assert plain(amounts[0].getString()) == amount_text + " EUR"
    finally:
        doc.close(True)


def test_a_report_made_in_english_reads_in_french_after_saving(oxt, tmp_path):
    # ODS stores the formats' structure without a language: the reader's
    # locale decides the separators; the currency stays the programme's.
    with Office(oxt=str(oxt), locale="en-US") as office:
        doc = office.load(EXAMPLE, hidden=False)
        try:
            assert dispatch(office, doc, "vnd.condtrack:ReviewReport", Year=2018).ok
            saved = office.store(doc, tmp_path / "report.ods")
        finally:
            doc.close(True)
    with Office(oxt=str(oxt), locale="fr-FR") as office:
        doc = office.load(saved, hidden=True)
        try:
            rows = [[plain(text) for text in row]
                    for row in texts_of(doc.getSheets().getByName("Review 2018"))]
            assert any("9 692 307,69 EUR" in row for row in rows)
            sigrh = next(row for row in rows if row[0] == "IND-13")
            assert sigrh[9] == "20/03/2019"
            ind09 = next(row for row in rows if row[0] == "IND-09")
            assert ind09[6] == "50,0%"  # the en-US structure has no space before the sign
        finally:
            doc.close(True)
