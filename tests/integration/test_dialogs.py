"""The modal dialogs a person sees, driven through a real, visible office
(Xvfb started by the test): Record assessment (src/uno/assessment_dialog.cxx)
and Import from IATI, its activity chooser and its preview
(src/uno/import_dialog.cxx), each followed by the message box the command
shows when it ends (tellUser).

The commands run with Quiet=False and without the arguments that would skip
the dialogs; dialogs.py finds each dialog among the toolkit's top windows and
works it through the accessibility API.  Every test leaves its ``with
command(...)`` block with the command ended: whatever is still open gets
Cancel, so a failure cannot leave the office waiting on a modal dialog.
"""

import re
from pathlib import Path

import pytest

from dialogs import command, message_box, screen_box
from office import Office, dispatch
from tracker_doc import (edited_export, export_iati, indicator_row, indicators_data, log_rows,
                         open_documents, undo_title, verify)
from v2_cells import indicator_cell

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"
OTHER_PUBLISHER = ROOT / "tests" / "data" / "iati" / "other-publisher.xml"

RECORD = "vnd.condtrack:RecordAssessment"
IMPORT = "vnd.condtrack:ImportIati"
RECORD_TITLE = "Record assessment"
PREVIEW_TITLE = "Import from IATI"
CHOOSER_TITLE = "Import from IATI: activity"
SIGRH = "SIGRH: personnel recorded (%)"


@pytest.fixture(scope="module")
def gui(oxt):
    with Office(oxt=str(oxt), xvfb=True) as office:
        yield office


def close(doc):
    try:
        doc.close(True)
    except Exception:
        pass  # the office died: the test has already failed


@pytest.fixture
def tracker(gui):
    """A visible workbook with a new tracker (2018-2020); IND-13 has a title."""
    doc = gui.new_calc(hidden=False)
    assert dispatch(gui, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
    indicators = doc.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("B15").setString(SIGRH)
    indicators.getCellRangeByName("G15").setValue(0)
    indicators.getCellRangeByName("H15").setValue(100)
    yield doc
    close(doc)


@pytest.fixture
def example(gui):
    doc = gui.load(EXAMPLE, hidden=False)
    yield doc
    close(doc)


def cell(doc, address):
    return doc.getSheets().getByName("Indicators").getCellRangeByName(address)


# --- Record assessment ------------------------------------------------------------------

RECORD_LABELS = ["Indicator", "Year", "Actual value", "Evidence link", "Comment", "Approver",
                 "Reason to reopen"]
RECORD_EDITS = RECORD_LABELS[2:]


def test_record_dialog_shows_the_trackers_indicators_and_years_and_cancel_changes_nothing(
        gui, tracker):
    before = indicators_data(tracker)
    undo_before = undo_title(tracker)
    with command(gui, tracker, RECORD, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        labels = dialog.labels()
        # The context line sits under the year: nothing filled in yet for IND-01.
        assert labels == RECORD_LABELS[:2] + ["Baseline —, target —, current value —"] + \
            RECORD_LABELS[2:]
        assert dialog.buttons() == ["Record", "Cancel"]
        indicators = dialog.items("Indicator")
        assert [i.split("  ")[0] for i in indicators] == [f"IND-{n:02d}" for n in range(1, 14)]
        assert indicators[12] == "IND-13  " + SIGRH
        assert dialog.selected("Indicator") == [0]
        assert dialog.items("Year") == ["2018", "2019", "2020"]
        assert dialog.selected("Year") == [0]
        assert all(dialog.text(name) == "" for name in RECORD_EDITS)
        assert dialog.layout_problems() == []

        # A person fills everything in, then changes their mind.
        dialog.select("Indicator", 12)
        dialog.select("Year", 1)
        for name, text in zip(RECORD_EDITS, ("45", "https://example.org/x.pdf", "c", "a", "r")):
            dialog.set_text(name, text)
        dialog.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "", outcome
    assert boxes == []
    assert indicators_data(tracker) == before
    assert log_rows(tracker) == []
    assert undo_title(tracker) == undo_before


def test_a_dialog_opens_centred_on_its_document_window(gui, tracker):
    window = tracker.getCurrentController().getFrame().getContainerWindow()
    wx, wy, ww, wh = screen_box(window.getAccessibleContext())
    with command(gui, tracker, RECORD, Quiet=False) as run:
        dx, dy, dw, dh = run.dialog(RECORD_TITLE).screen_box()
        run.dialog(RECORD_TITLE).press("Cancel")
        run.finish()
    assert 0 < dw < ww and 0 < dh < wh, ((wx, wy, ww, wh), (dx, dy, dw, dh))
    # Within a few pixels: the dialog's border is outside its accessible box.
    assert abs((dx + dw / 2) - (wx + ww / 2)) <= 8, ((wx, wy, ww, wh), (dx, dy, dw, dh))
    assert abs((dy + dh / 2) - (wy + wh / 2)) <= 16, ((wx, wy, ww, wh), (dx, dy, dw, dh))


def test_record_dialog_opens_on_the_indicator_of_the_cell_cursor_and_shows_its_values(
        gui, tracker):
    controller = tracker.getCurrentController()
    controller.select(tracker.getSheets().getByName("Indicators").getCellRangeByName("C7"))
    with command(gui, tracker, RECORD, Quiet=False, Year=2019) as run:
        dialog = run.dialog(RECORD_TITLE)
        assert dialog.items("Indicator")[dialog.selected("Indicator")[0]].startswith("IND-05")
        assert dialog.selected("Year") == [1]
        dialog.select("Indicator", 12)
        assert "Baseline 0, target —, current value —" in dialog.labels()
        dialog.select("Year", 0)  # the fixture gives IND-13 a 2018 target only
        assert "Baseline 0, target 100, current value —" in dialog.labels()
        dialog.press("Cancel")
        run.finish()


def test_cancelling_the_record_dialog_shows_no_message_box(gui, tracker):
    with command(gui, tracker, RECORD, Quiet=False) as run:
        run.dialog(RECORD_TITLE).press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == ""
    assert boxes == []


def test_recording_through_the_dialog_writes_the_cell_and_chained_log_rows(gui, tracker):
    url = "https://example.org/sigrh-report.pdf"
    with command(gui, tracker, RECORD, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        dialog.select("Indicator", 12)
        dialog.select("Year", 0)
        dialog.set_text("Actual value", "45")
        dialog.set_text("Evidence link", url)
        dialog.set_text("Comment", "first review")
        dialog.set_text("Approver", "Head of cooperation")
        dialog.press("Record")
        outcome, boxes = run.finish()
    assert outcome.ok, outcome.message
    expected = f"Assessment recorded: IND-13 2018, actual — → 45, evidence — → {url}."
    assert outcome.message == expected
    assert boxes == [expected]  # the person reads the same in the message box
    assert cell(tracker, "J15").getValue() == 45
    assert cell(tracker, "K15").getString() == url
    tracker.calculateAll()
    assert cell(tracker, "Q15").getString() == "partial"
    rows = log_rows(tracker)
    assert [r[2:9] for r in rows] == [
        ("IND-13", 2018.0, "actual", "", "45", "first review", "Head of cooperation"),
        ("IND-13", 2018.0, "evidence", "", url, "first review", "Head of cooperation"),
    ]
    assert verify(tracker) == "TRUE"
    assert undo_title(tracker) == "Record assessment"


def test_the_year_argument_is_preselected_and_a_closed_review_needs_a_reason(gui, tracker):
    closed = dispatch(gui, tracker, "vnd.condtrack:CloseReview", Year=2018, Notes="done")
    assert closed.ok, closed.message
    with command(gui, tracker, RECORD, Year=2019, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        assert dialog.items("Year") == ["2018 (closed)", "2019", "2020"]
        assert dialog.selected("Year") == [1]
        dialog.select("Indicator", 12)
        dialog.select("Year", 0)
        dialog.set_text("Actual value", "50")
        dialog.press("Record")
        refused, boxes = run.finish()
    message = "The review of 2018 is closed: give a reason to reopen it."
    assert not refused.ok and refused.message == message
    assert boxes == [message]
    assert cell(tracker, "J15").getString() == ""
    assert [r[4] for r in log_rows(tracker)] == ["close"]

    with command(gui, tracker, RECORD, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        dialog.select("Indicator", 12)
        dialog.set_text("Actual value", "50")
        dialog.set_text("Approver", "Head of section")
        dialog.set_text("Reason to reopen", "audit correction")
        dialog.press("Record")
        reopened, boxes = run.finish()
    assert reopened.ok, reopened.message
    assert boxes == [reopened.message]
    assert cell(tracker, "J15").getValue() == 50
    rows = log_rows(tracker)
    assert [r[4] for r in rows] == ["close", "reopen", "actual"]
    assert rows[1][5:9] == ("closed", "open", "audit correction", "Head of section")
    assert verify(tracker) == "TRUE"


def record_actual(office, doc, text):
    with command(office, doc, RECORD, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        dialog.select("Indicator", 12)
        dialog.set_text("Actual value", text)
        dialog.press("Record")
        return run.finish()


def test_a_decimal_comma_is_read(gui, tracker):
    outcome, boxes = record_actual(gui, tracker, "12,5")
    assert outcome.ok, outcome.message
    assert boxes == ["Assessment recorded: IND-13 2018, actual — → 12.5."]
    assert cell(tracker, "J15").getValue() == 12.5


@pytest.mark.parametrize("typed", ["forty", "nan", "inf", "0x10"])
def test_text_that_is_not_a_number_is_named_and_the_dialog_comes_back_as_typed(
        gui, tracker, typed):
    with command(gui, tracker, RECORD, Quiet=False) as run:
        dialog = run.dialog(RECORD_TITLE)
        dialog.select("Indicator", 12)
        dialog.set_text("Actual value", typed)
        dialog.set_text("Comment", "kept")
        dialog.press("Record")
        box = message_box(gui)
        assert box is not None, "no message for a value that is not a number"
        assert box.text == f'"{typed}" is not a number.'
        box.close()
        again = run.dialog(RECORD_TITLE)
        assert again.text("Actual value") == typed
        assert again.text("Comment") == "kept"
        again.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == ""
    assert boxes == []
    assert cell(tracker, "J15").getString() == ""
    assert log_rows(tracker) == []


def test_long_accented_titles_are_cut_between_characters(gui, tracker):
    cell(tracker, "B15").setString("a" * 49 + "é and more")
    with command(gui, tracker, RECORD, Quiet=False) as run:
        item = run.dialog(RECORD_TITLE).items("Indicator")[12]
    assert "\ufffd" not in item, ascii(item)
    assert item.startswith("IND-13  " + "a" * 49 + "é"), ascii(item)


# --- Close review ----------------------------------------------------------------------

CLOSE = "vnd.condtrack:CloseReview"
CLOSE_TITLE = "Close review"


def review_row(doc, year):
    """(state, notes) of a year on the Reviews sheet: 2018 is row 5."""
    reviews = doc.getSheets().getByName("Reviews")
    row = 5 + year - 2018
    return (reviews.getCellRangeByName(f"C{row}").getString(),
            reviews.getCellRangeByName(f"E{row}").getString())


def test_close_review_from_the_deck_asks_to_confirm_and_cancel_changes_nothing(gui, tracker):
    with command(gui, tracker, CLOSE, Quiet=False, Year=2019) as run:
        dialog = run.dialog(CLOSE_TITLE)
        assert dialog.items("Year") == ["2018", "2019", "2020"]
        assert dialog.selected("Year") == [1]
        assert dialog.text("Notes") == ""
        assert dialog.buttons() == ["Close review", "Cancel"]
        assert dialog.layout_problems() == []
        dialog.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "" and boxes == []
    assert review_row(tracker, 2019) == ("open", "")
    assert log_rows(tracker) == []


def test_close_review_confirmed_in_the_dialog_closes_the_year_with_its_notes(gui, tracker):
    with command(gui, tracker, CLOSE, Quiet=False, Year=2019) as run:
        dialog = run.dialog(CLOSE_TITLE)
        dialog.set_text("Notes", "Joint review, 12 March")
        dialog.press("Close review")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "The review of 2019 is closed.", outcome
    assert boxes == ["The review of 2019 is closed."]
    assert review_row(tracker, 2019)[0] == "closed"
    # The notes go with the log row that closes the year.
    assert [row[4:8] for row in log_rows(tracker)] == [
        ("close", "open", "closed", "Joint review, 12 March")]
    assert undo_title(tracker) == "Close review"


def test_close_review_without_a_year_closes_the_review_under_way(gui, tracker):
    assert dispatch(gui, tracker, CLOSE, Year=2018).ok
    closed = dispatch(gui, tracker, CLOSE)
    assert closed.ok and closed.message == "The review of 2019 is closed.", closed
    assert review_row(tracker, 2019)[0] == "closed"
    assert review_row(tracker, 2020)[0] == "open"


# --- New tracker -------------------------------------------------------------------------

NEW = "vnd.condtrack:NewTracker"
NEW_LABELS = ["First year assessed", "Number of years", "Number of indicators",
              "Currency (ISO code)", "Language of the sheets"]


def test_new_tracker_asks_its_options_and_opens_on_the_first_title(gui):
    doc = gui.new_calc(hidden=False)
    try:
        with command(gui, doc, NEW, Quiet=False) as run:
            dialog = run.dialog("New tracker")
            assert dialog.labels() == NEW_LABELS
            assert dialog.text("Currency (ISO code)") == "EUR"
            assert dialog.items("Language of the sheets") == ["English", "Français", "Português"]
            assert dialog.layout_problems() == []
            for name, text in zip(NEW_LABELS, ("2019", "2", "5", "usd")):
                dialog.set_text(name, text)
            dialog.select("Language of the sheets", 1)
            dialog.press("Create")
            outcome, boxes = run.finish()
        assert outcome.ok, outcome
        names = doc.getSheets().getElementNames()
        assert "Indicateurs" in names, names
        indicators = doc.getSheets().getByName("Indicateurs")
        assert indicators.getCellRangeByName("H1").getValue() == 2019
        assert indicators.getCellRangeByName("A7").getString() == "IND-05"
        assert indicators.getCellRangeByName("A8").getString() == ""
        header = doc.getSheets().getByName(names[-1])
        assert "USD" in [header.getCellByPosition(1, r).getString() for r in range(20)]
        controller = doc.getCurrentController()
        assert controller.getActiveSheet().getName() == "Indicateurs"
        assert controller.getSelection().getCellAddress().Row == 2
        assert controller.getSelection().getCellAddress().Column == 1
    finally:
        close(doc)


def test_new_tracker_says_what_is_wrong_and_comes_back_as_typed(gui):
    doc = gui.new_calc(hidden=False)
    try:
        with command(gui, doc, NEW, Quiet=False) as run:
            dialog = run.dialog("New tracker")
            dialog.set_text("Number of years", "40")
            dialog.press("Create")
            box = message_box(gui)
            assert "1 to 30 years" in box.text, box.text
            box.close()
            dialog = run.dialog("New tracker")
            assert dialog.text("Number of years") == "40"
            dialog.press("Cancel")
            outcome, boxes = run.finish()
        assert outcome.ok and outcome.message == ""
        assert doc.getSheets().getCount() == 1
    finally:
        close(doc)


# --- Import from IATI: the preview ------------------------------------------------






def preview_parts(office, doc, source):
    """(where, counts, detail lines) as the Preview argument reports them; the
    activity lines (the file's, the tracker's) between where and counts are
    kept in ACTIVITY_LINES[source]."""
    preview = dispatch(office, doc, IMPORT, Url=source.as_uri(), Preview=True)
    assert preview.ok, preview.message
    lines = preview.message.split("\n")
    at = next(i for i, line in enumerate(lines) if re.match(r"^\d+ values? added", line))
    ACTIVITY_LINES[source] = lines[1:at]
    return lines[0], lines[at], lines[at + 1:]


ACTIVITY_LINES = {}


def check_preview(dialog, where, counts, details, source):
    assert dialog.labels() == [where, counts]
    assert dialog.buttons() == ["Import", "Cancel"]
    # The dialog's text starts with the file's activity and the tracker's.
    assert dialog.copy_text(counts).splitlines() == ACTIVITY_LINES[source] + [""] + details
    assert dialog.layout_problems() == []


def test_import_preview_shows_the_change_and_cancel_changes_nothing(gui, example):
    source = edited_export(gui, example, 40)
    where, counts, details = preview_parts(gui, example, source)
    assert where == "Import into the tracker of condtrack-example.ods:"
    assert counts.startswith("0 values added, 1 overwritten, 0 not imported")
    assert "IND-13 2018 actual: 0 -> 40" in details
    before, rows_before, undo_before = indicators_data(example), log_rows(example), \
        undo_title(example)

    with command(gui, example, IMPORT, Url=source.as_uri(), Quiet=False) as run:
        dialog = run.dialog(PREVIEW_TITLE)
        check_preview(dialog, where, counts, details, source)
        dialog.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "", outcome
    assert boxes == []
    assert indicators_data(example) == before
    assert log_rows(example) == rows_before
    assert undo_title(example) == undo_before


def test_import_button_writes_the_change_as_one_undo_step(gui, example):
    source = edited_export(gui, example, 40)
    where, counts, details = preview_parts(gui, example, source)
    rows_before = log_rows(example)
    actual_2018 = indicator_cell(example, "IND-13", 2018, "actual")
    assert actual_2018.getValue() == 0

    with command(gui, example, IMPORT, Url=source.as_uri(), Quiet=False) as run:
        dialog = run.dialog(PREVIEW_TITLE)
        assert "IND-13 2018 actual: 0 -> 40" in dialog.copy_text(counts).splitlines()
        dialog.press("Import")
        outcome, boxes = run.finish()
    assert outcome.ok, outcome.message
    expected = "Imported from IATI into the tracker of condtrack-example.ods: " + counts
    assert outcome.message == expected
    assert boxes == [expected]
    assert actual_2018.getValue() == 40
    rows = log_rows(example)
    assert len(rows) == len(rows_before) + 1
    assert rows[-1][2:7] == ("IND-13", 2018.0, "import actual", "0", "40")
    assert rows[-1][7].startswith("IATI import of edited.xml, activity XI-IATI-EC_INTPA")
    assert verify(example) == "TRUE"
    assert undo_title(example) == "Import from IATI"


# --- Import from IATI: the activity chooser -------------------------------------------

CHOOSER_LABEL = "The file holds several activities. Import:"


@pytest.fixture
def empty(gui):
    doc = gui.new_calc(hidden=False)
    yield doc
    close(doc)


def other_publisher(office):
    return office._copy_in(OTHER_PUBLISHER, "docs")


def check_chooser(dialog):
    assert dialog.labels() == [CHOOSER_LABEL]
    assert dialog.buttons() == ["Next", "Cancel"]
    items = dialog.items(CHOOSER_LABEL)
    assert len(items) == 2, items
    assert items[0] == ("XI-IATI-EXAMPLE-BS-001  Budget support to the Republic of Mali"
                        "  (4 indicators)")
    assert items[1] == ("XI-IATI-EXAMPLE-BS-002  Sector budget support to education"
                        "  (1 indicator)"), items[1]
    assert dialog.selected(CHOOSER_LABEL) == [0]
    assert dialog.layout_problems() == []


def test_cancelling_the_activity_chooser_changes_nothing(gui, empty):
    source = other_publisher(gui)
    documents = len(open_documents(gui))
    with command(gui, empty, IMPORT, Url=source.as_uri(), Quiet=False) as run:
        dialog = run.dialog(CHOOSER_TITLE)
        check_chooser(dialog)
        dialog.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "", outcome
    assert all(text == "" for text in boxes), boxes
    assert len(open_documents(gui)) == documents
    assert empty.getSheets().getElementNames() == ("Sheet1",)


def test_the_chosen_activity_is_previewed_in_a_new_workbook_that_cancel_closes(gui, empty):
    source = other_publisher(gui)
    documents = len(open_documents(gui))
    with command(gui, empty, IMPORT, Url=source.as_uri(), Quiet=False) as run:
        chooser = run.dialog(CHOOSER_TITLE)
        check_chooser(chooser)
        chooser.select(CHOOSER_LABEL, 1)  # a person hesitates, then takes the first
        chooser.select(CHOOSER_LABEL, 0)
        chooser.press("Next")
        preview = run.dialog(PREVIEW_TITLE)
        # The new workbook the import would fill is open behind the preview.
        assert len(open_documents(gui)) == documents + 1
        where, counts = preview.labels()
        assert re.fullmatch(r"Import into a new workbook \(Untitled \d+\):", where), where
        assert re.fullmatch(r"\d+ values? added, \d+ overwritten, 0 not imported, "
                            r"\d+ left alone\.", counts), counts
        details = preview.copy_text(counts).splitlines()
        assert "add PFM-1 title: Budget execution rate (%)" in details
        assert "add PFM-1 2018 actual: 72.5" in details
        assert not any("EDU-1" in line for line in details)  # the other activity's
        assert preview.buttons() == ["Import", "Cancel"]
        assert preview.layout_problems() == []
        preview.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "", outcome
    assert all(text == "" for text in boxes), boxes
    assert len(open_documents(gui)) == documents, "the cancelled import left a workbook open"
    assert empty.getSheets().getElementNames() == ("Sheet1",)


def test_the_second_activity_imports_into_a_new_workbook(gui, empty):
    source = other_publisher(gui)
    titles_before = {d.getTitle() for d in open_documents(gui)}
    with command(gui, empty, IMPORT, Url=source.as_uri(), Quiet=False) as run:
        chooser = run.dialog(CHOOSER_TITLE)
        chooser.select(CHOOSER_LABEL, 1)
        chooser.press("Next")
        preview = run.dialog(PREVIEW_TITLE)
        details = preview.copy_text(preview.labels()[1]).splitlines()
        assert any(line.startswith("add EDU-1 title: ") for line in details), details
        assert "add EDU-1 2019 target: 52" in details
        assert not any("PFM-1" in line for line in details)
        preview.press("Import")
        outcome, boxes = run.finish()
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("Imported from IATI into a new workbook (Untitled ")
    assert boxes == [outcome.message]
    new = [d for d in open_documents(gui) if d.getTitle() not in titles_before]
    assert len(new) == 1, [d.getTitle() for d in open_documents(gui)]
    try:
        workbook = new[0]
        header = workbook.NamedRanges.getByName("CondTrack_Header").getReferredCells()
        assert header.getCellByPosition(1, 1).getString() == "XI-IATI-EXAMPLE-BS-002"
        row = indicator_row(workbook, "EDU-1")
        assert workbook.getSheets().getByName("Indicators").getCellByPosition(0, row) \
            .getString() == "EDU-1"
        assert verify(workbook) == "TRUE"
        assert empty.getSheets().getElementNames() == ("Sheet1",)
    finally:
        close(new[0])


# --- Record decision and Record condition ---------------------------------------------

DECISION = "vnd.condtrack:RecordDecision"
CONDITION = "vnd.condtrack:RecordCondition"
DECISION_TITLE = "Record decision"
CONDITION_TITLE = "Record condition"
DECISION_LABELS = ["Indicator", "Year", "Decision", "Requested on", "Approved on",
                   "Approval reference", "Reason to reopen", "Dates as 2019-05-02.",
                   "A blank field leaves its cell as it is."]
CONDITION_LABELS = ["Condition", "Year", "Verdict", "Evidence link", "Notes", "Reason to reopen",
                    "A blank field leaves its cell as it is."]


def test_decision_dialog_offers_the_decisions_and_cancel_changes_nothing(gui, tracker):
    before = indicators_data(tracker)
    with command(gui, tracker, DECISION, Year=2019, Quiet=False) as run:
        dialog = run.dialog(DECISION_TITLE)
        assert dialog.labels() == DECISION_LABELS
        assert dialog.buttons() == ["Record", "Cancel"]
        assert dialog.items("Indicator")[12] == "IND-13  " + SIGRH
        assert dialog.selected("Year") == [1]
        assert dialog.items("Decision") == ["(unchanged)", "none", "reallocate (A)",
                                            "transfer (B)", "reassess (C)"]
        assert dialog.selected("Decision") == [0]
        assert dialog.layout_problems() == []
        dialog.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "" and boxes == []
    assert indicators_data(tracker) == before
    assert log_rows(tracker) == []


def test_recording_a_decision_through_the_dialog_writes_what_was_filled_in(gui, tracker):
    with command(gui, tracker, DECISION, Quiet=False) as run:
        dialog = run.dialog(DECISION_TITLE)
        dialog.select("Indicator", 12)
        dialog.select("Decision", 2)
        dialog.set_text("Requested on", "2019-04-15")
        dialog.press("Record")
        outcome, boxes = run.finish()
    assert outcome.ok, outcome.message
    assert boxes == [outcome.message]
    assert [(r[2], r[4], r[6]) for r in log_rows(tracker)] == [
        ("IND-13", "decision", "reallocate"), ("IND-13", "requested on", "2019-04-15")]
    assert undo_title(tracker) == "Record decision"
    assert verify(tracker) == "TRUE"


def test_a_date_that_is_not_one_is_named_and_the_decision_dialog_comes_back(gui, tracker):
    with command(gui, tracker, DECISION, Quiet=False) as run:
        dialog = run.dialog(DECISION_TITLE)
        dialog.select("Indicator", 12)
        dialog.set_text("Approved on", "2 May 2019")
        dialog.set_text("Approval reference", "kept")
        dialog.press("Record")
        box = message_box(gui)
        assert box is not None, "no message for a date that is not one"
        assert box.text == '"2 May 2019" is not a date: write it as 2019-05-02.'
        box.close()
        again = run.dialog(DECISION_TITLE)
        assert again.text("Approved on") == "2 May 2019"
        assert again.text("Approval reference") == "kept"
        again.press("Cancel")
        outcome, boxes = run.finish()
    assert outcome.ok and outcome.message == "" and boxes == []
    assert log_rows(tracker) == []


def test_condition_dialog_records_a_verdict(gui, tracker):
    with command(gui, tracker, CONDITION, Quiet=False) as run:
        dialog = run.dialog(CONDITION_TITLE)
        assert dialog.labels() == CONDITION_LABELS
        assert dialog.items("Verdict") == ["(unchanged)", "not assessed", "met", "not met"]
        assert dialog.layout_problems() == []
        dialog.select("Verdict", 3)
        dialog.set_text("Notes", "budget law late")
        dialog.press("Record")
        outcome, boxes = run.finish()
    assert outcome.ok, outcome.message
    assert boxes == [outcome.message]
    assert [(r[4], r[6]) for r in log_rows(tracker)] == [("verdict", "not met"),
                                                         ("notes", "budget law late")]
    assert undo_title(tracker) == "Record condition"
    assert verify(tracker) == "TRUE"


def test_a_version_1_tracker_gets_the_upgrade_message_instead_of_the_dialogs(gui):
    doc = gui.load(ROOT / "tests" / "data" / "tracker-v1.ods", hidden=False)
    try:
        for url in (DECISION, CONDITION):
            with command(gui, doc, url, Quiet=False) as run:
                outcome, boxes = run.finish()
            assert not outcome.ok
            assert "Run Upgrade Tracker first" in outcome.message
            assert boxes == [outcome.message]
    finally:
        close(doc)
