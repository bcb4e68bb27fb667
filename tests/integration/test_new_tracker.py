"""New tracker: the command that inserts the tracker sheets, as one undo step."""

import datetime

import pytest

from office import Office, dispatch

TRACKER_SHEETS = ["Indicators", "Tranches", "Conditions", "Milestones", "Reviews", "Log",
                  "Programme"]
TRACKER_NAMES = {"CondTrack_Indicators", "CondTrack_Tranches", "CondTrack_Bands",
                 "CondTrack_Conditions", "CondTrack_Milestones", "CondTrack_Reviews",
                 "CondTrack_Years", "CondTrack_Log", "CondTrack_Header"}


def sheet_names(doc):
    sheets = doc.getSheets()
    return [sheets.getByIndex(i).getName() for i in range(sheets.getCount())]


def new_tracker(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:NewTracker", **args)


@pytest.fixture
def visible_doc(office):
    """A document with a view: the only kind where a person can press Undo."""
    document = office.new_calc(hidden=False)
    yield document
    document.close(True)


def test_new_tracker_inserts_sheets_and_named_ranges(office, visible_doc):
    outcome = new_tracker(office, visible_doc, FirstYear=2018)
    assert outcome.ok, outcome.message
    assert outcome.message == "The tracker sheets were added to this workbook."
    assert sheet_names(visible_doc) == ["Sheet1"] + TRACKER_SHEETS
    assert set(visible_doc.NamedRanges.ElementNames) == TRACKER_NAMES
    indicators = visible_doc.getSheets().getByName("Indicators")
    assert indicators.getCellRangeByName("A3").getString() == "IND-01"
    assert indicators.getCellRangeByName("A15").getString() == "IND-13"
    assert indicators.getCellRangeByName("H1").getValue() == 2018
    assert indicators.getCellRangeByName("R1").getValue() == 2019
    # A fresh indicator is not assessed yet: pending, not 0.
    assert indicators.getCellRangeByName("Q3").getString() == "pending"
    assert indicators.getCellRangeByName("P3").getString() == ""
    programme = visible_doc.getSheets().getByName("Programme")
    assert programme.getCellRangeByName("A13").getString() == "Layout version"
    assert programme.getCellRangeByName("B13").getValue() == 2
    area = visible_doc.NamedRanges.getByName("CondTrack_Indicators").getReferredCells()
    assert area.getRangeAddress().EndRow == 14


def test_new_tracker_takes_the_currency_and_the_language_of_the_sheets(office, visible_doc):
    outcome = new_tracker(office, visible_doc, FirstYear=2018, Currency="USD", Language="pt")
    assert outcome.ok, outcome.message
    names = sheet_names(visible_doc)
    assert "Indicadores" in names, names
    programme = visible_doc.getSheets().getByIndex(len(names) - 1)
    assert "USD" in [programme.getCellByPosition(1, r).getString() for r in range(16)]


@pytest.mark.parametrize("arguments", [{"Currency": "US"}, {"Currency": "euro"},
                                       {"Language": "de"}])
def test_new_tracker_refuses_a_currency_or_language_it_cannot_write(office, visible_doc,
                                                                    arguments):
    outcome = new_tracker(office, visible_doc, FirstYear=2018, **arguments)
    assert not outcome.ok
    assert sheet_names(visible_doc) == ["Sheet1"]


def fill_2018(doc, met=8):
    """Baselines 0, 2018 targets 100, the first `met` indicators met, the
    others at 0; a EUR 14 M variable ceiling; the general conditions met."""
    indicators = doc.getSheets().getByName("Indicators")
    for row in range(3, 16):
        indicators.getCellRangeByName(f"G{row}").setValue(0)      # baseline
        indicators.getCellRangeByName(f"H{row}").setValue(100)    # target 2018
        indicators.getCellRangeByName(f"J{row}").setValue(100 if row < 3 + met else 0)
    tranches = doc.getSheets().getByName("Tranches")
    tranches.getCellRangeByName("D2").setValue(36_000_000)  # fixed 2018 base ceiling
    tranches.getCellRangeByName("D3").setValue(14_000_000)  # variable 2018 base ceiling
    conditions = doc.getSheets().getByName("Conditions")
    for row in range(3, 7):
        conditions.getCellRangeByName(f"E{row}").setString("met")


def error_cells(sheet, area):
    cells = sheet.getCellRangeByName(area)
    address = cells.getRangeAddress()
    found = []
    for r in range(address.EndRow - address.StartRow + 1):
        for c in range(address.EndColumn - address.StartColumn + 1):
            cell = cells.getCellByPosition(c, r)
            if cell.getError() != 0:
                found.append((cell.AbsoluteName, cell.getError(), cell.getFormula()[:80]))
    return found


def test_a_new_tracker_evaluates_with_no_error_cell(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    visible_doc.calculateAll()
    sheets = visible_doc.getSheets()
    assert error_cells(sheets.getByName("Tranches"), "A1:T7") == []
    assert error_cells(sheets.getByName("Indicators"), "A1:AK15") == []
    assert error_cells(sheets.getByName("Milestones"), "A1:H21") == []


def test_new_tracker_formulas_compute_once_filled_in(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    fill_2018(visible_doc)
    visible_doc.calculateAll()
    indicators = visible_doc.getSheets().getByName("Indicators")
    tranches = visible_doc.getSheets().getByName("Tranches")
    assert indicators.getCellRangeByName("Q3").getString() == "met"
    assert indicators.getCellRangeByName("Q15").getString() == "not met"
    assert tranches.getCellRangeByName("F3").getValue() == 14e6  # ceiling: nothing carried in
    assert tranches.getCellRangeByName("H3").getValue() == 1  # eligible: conditions met
    assert tranches.getCellRangeByName("H2").getValue() == 1  # the fixed tranche too
    assert tranches.getCellRangeByName("I2").getValue() == 36e6
    assert tranches.getCellRangeByName("I3").getValue() == pytest.approx(14e6 * 8 / 13, abs=0.01)
    assert tranches.getCellRangeByName("M3").getValue() == pytest.approx(14e6 * 8 / 13, abs=0.01)
    assert error_cells(tranches, "A1:T7") == []
    log = visible_doc.getSheets().getByName("Log")
    assert log.getCellRangeByName("L2").getError() == 0


def test_a_general_condition_not_met_closes_both_tranches_of_its_year(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    fill_2018(visible_doc)
    conditions = visible_doc.getSheets().getByName("Conditions")
    conditions.getCellRangeByName("E5").setString("non rempli")
    visible_doc.calculateAll()
    tranches = visible_doc.getSheets().getByName("Tranches")
    assert tranches.getCellRangeByName("H2").getValue() == 0
    assert tranches.getCellRangeByName("H3").getValue() == 0
    assert tranches.getCellRangeByName("I3").getValue() == 0
    conditions.getCellRangeByName("E5").setString("Rempli")  # French, any case
    visible_doc.calculateAll()
    assert tranches.getCellRangeByName("H3").getValue() == 1


def test_a_specific_condition_gates_only_its_tranche(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    fill_2018(visible_doc)
    conditions = visible_doc.getSheets().getByName("Conditions")
    conditions.getCellRangeByName("A7").setString("SC-1")
    conditions.getCellRangeByName("C7").setString("specific")
    conditions.getCellRangeByName("D7").setString("2018 variable")
    conditions.getCellRangeByName("E7").setString("not met")
    visible_doc.calculateAll()
    tranches = visible_doc.getSheets().getByName("Tranches")
    assert tranches.getCellRangeByName("H2").getValue() == 1
    assert tranches.getCellRangeByName("H3").getValue() == 0


def test_a_milestone_of_the_tranche_year_not_done_makes_it_ineligible(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    fill_2018(visible_doc)
    tranches = visible_doc.getSheets().getByName("Tranches")
    milestones = visible_doc.getSheets().getByName("Milestones")
    milestones.getCellRangeByName("A2").setString("M-02")
    milestones.getCellRangeByName("D2").setValue(2018)
    milestones.getCellRangeByName("E2").setFormula("=DATE(2018;12;31)")
    visible_doc.calculateAll()
    assert tranches.getCellRangeByName("H3").getValue() == 0
    milestones.getCellRangeByName("F2").setFormula("=DATE(2019;2;1)")  # done before the deadline
    visible_doc.calculateAll()
    assert tranches.getCellRangeByName("H3").getValue() == 1
    milestones.getCellRangeByName("F2").setFormula("=DATE(2019;4;15)")  # after 31 March 2019
    visible_doc.calculateAll()
    assert tranches.getCellRangeByName("H3").getValue() == 0


def test_a_suspension_on_or_before_the_deadline_makes_the_tranches_ineligible(office, visible_doc):
    assert new_tracker(office, visible_doc, FirstYear=2018).ok
    fill_2018(visible_doc)
    programme = visible_doc.getSheets().getByName("Programme")
    programme.getCellRangeByName("B14").setFormula("=DATE(2019;3;31)")
    visible_doc.calculateAll()
    tranches = visible_doc.getSheets().getByName("Tranches")
    assert tranches.getCellRangeByName("H2").getValue() == 0
    assert tranches.getCellRangeByName("H3").getValue() == 0
    programme.getCellRangeByName("B14").setFormula("=DATE(2019;4;1)")  # after the deadline
    visible_doc.calculateAll()
    assert tranches.getCellRangeByName("H3").getValue() == 1


def test_undo_restores_the_workbook_and_redo_brings_the_tracker_back(office, visible_doc):
    assert new_tracker(office, visible_doc).ok
    undo = visible_doc.getUndoManager()
    assert undo.getCurrentUndoActionTitle() == "New tracker"
    undo.undo()
    assert sheet_names(visible_doc) == ["Sheet1"]
    assert visible_doc.NamedRanges.ElementNames == ()
    undo.redo()
    assert sheet_names(visible_doc) == ["Sheet1"] + TRACKER_SHEETS
    assert set(visible_doc.NamedRanges.ElementNames) == TRACKER_NAMES


def test_second_run_is_refused_and_changes_nothing(office, visible_doc):
    assert new_tracker(office, visible_doc).ok
    titles = visible_doc.getUndoManager().getAllUndoActionTitles()
    outcome = new_tracker(office, visible_doc)
    assert not outcome.ok
    assert "already contains a tracker" in outcome.message or "already has a tracker" in outcome.message
    assert "CondTrack_" in outcome.message
    assert sheet_names(visible_doc) == ["Sheet1"] + TRACKER_SHEETS
    assert visible_doc.getUndoManager().getAllUndoActionTitles() == titles


def test_colliding_sheet_name_is_refused_and_kept(office, visible_doc):
    visible_doc.getSheets().insertNewByName("Tranches", 1)
    visible_doc.getSheets().getByName("Tranches").getCellRangeByName("A1").setString("mine")
    outcome = new_tracker(office, visible_doc)
    assert not outcome.ok
    assert outcome.message == ('A sheet named "Tranches" already exists. Rename it first; '
                               'nothing was changed.')
    assert sheet_names(visible_doc) == ["Sheet1", "Tranches"]
    assert visible_doc.getSheets().getByName("Tranches").getCellRangeByName("A1").getString() == "mine"
    assert visible_doc.NamedRanges.ElementNames == ()


def test_hidden_document_gets_the_tracker_without_an_undo_step(office):
    doc = office.new_calc(hidden=True)
    try:
        assert new_tracker(office, doc).ok
        assert sheet_names(doc) == ["Sheet1"] + TRACKER_SHEETS
        assert not doc.getUndoManager().isUndoPossible()
        assert doc.IsUndoEnabled  # switched back on afterwards
    finally:
        doc.close(True)


def test_tools_menu_entry_is_registered(office):
    provider = office.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    from office import _props
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess",
        _props(nodepath="/org.openoffice.Office.Addons/AddonUI/OfficeMenuBarMerging/"
                        "org.condtrack.extension/ToolsMenu"))
    assert access.MergePoint.startswith(".uno:ToolsMenu")
    items = access.MenuItems.getByName("m1").Submenu
    urls = [items.getByName(n).URL for n in items.ElementNames]
    assert "vnd.condtrack:NewTracker" in urls


def test_french_ui_gets_french_sheets(oxt):
    with Office(oxt=str(oxt), locale="fr-FR") as office:
        doc = office.new_calc(hidden=False)
        outcome = new_tracker(office, doc)
        assert outcome.ok
        assert outcome.message == "Les feuilles du suivi ont été ajoutées à ce classeur."
        names = sheet_names(doc)
        assert names[1:] == ["Indicateurs", "Tranches", "Conditions", "Jalons", "Revues", "Journal",
                             "Programme"]
        indicators = doc.getSheets().getByName("Indicateurs")
        assert indicators.getCellRangeByName("B2").getString() == "Intitulé"
        # The commands speak French too, numbers with a decimal comma.
        this_year = datetime.date.today().year  # New tracker's first year by default
        recorded = dispatch(office, doc, "vnd.condtrack:RecordAssessment", Indicator="IND-13",
                            Year=this_year, Actual=12.5, Evidence="https://example.org/r.pdf")
        assert recorded.ok, recorded.message
        assert recorded.message == (f"Appréciation enregistrée\u202f: IND-13 {this_year}, réalisé — → 12,5, "
                                    "justificatif — → https://example.org/r.pdf.")
        doc.close(True)
