"""Record assessment, Close review and the audit log, through the real commands."""

import re

import pytest

from office import dispatch

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


@pytest.fixture
def tracker(office):
    doc = office.new_calc(hidden=False)
    assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
    indicators = doc.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("B15").setString("SIGRH: personnel recorded (%)")
    indicators.getCellRangeByName("G15").setValue(0)
    indicators.getCellRangeByName("H15").setValue(100)
    yield doc
    doc.close(True)


def record(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:RecordAssessment", **args)


def log_rows(doc):
    data = doc.NamedRanges.getByName("CondTrack_Log").getReferredCells().getDataArray()
    return [row for row in data[1:] if any(str(v) for v in row)]


def verify(doc):
    log = doc.getSheets().getByName("Log")
    doc.calculateAll()
    return log.getCellRangeByName("L2").getString()


def test_recording_writes_the_value_and_chains_log_rows(office, tracker):
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45,
                     Evidence="https://example.org/sigrh-report.pdf", Comment="first review",
                     Approver="Head of cooperation")
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("Assessment recorded: IND-13 2018, actual — → 45")
    indicators = tracker.getSheets().getByName("Indicators")
    assert indicators.getCellRangeByName("J15").getValue() == 45
    assert indicators.getCellRangeByName("K15").getString() == "https://example.org/sigrh-report.pdf"
    tracker.calculateAll()
    assert indicators.getCellRangeByName("P15").getValue() == pytest.approx(0.45)
    assert indicators.getCellRangeByName("Q15").getString() == "partial"
    rows = log_rows(tracker)
    assert len(rows) == 2
    timestamp, user, indicator, year, field, old, new, reason, approver, digest = rows[0]
    assert ISO_UTC.match(timestamp)
    assert user
    assert (indicator, year, field, old, new, reason, approver) == (
        "IND-13", 2018.0, "actual", "", "45", "first review", "Head of cooperation")
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert rows[1][4] == "evidence"
    assert verify(tracker) == "TRUE"


def test_one_undo_takes_back_the_value_and_the_log_rows(office, tracker):
    assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=45, Evidence="x").ok
    undo = tracker.getUndoManager()
    assert undo.getCurrentUndoActionTitle() == "Record assessment"
    undo.undo()
    indicators = tracker.getSheets().getByName("Indicators")
    assert indicators.getCellRangeByName("J15").getString() == ""
    assert indicators.getCellRangeByName("K15").getString() == ""
    assert log_rows(tracker) == []
    undo.redo()
    assert indicators.getCellRangeByName("J15").getValue() == 45
    assert len(log_rows(tracker)) == 2
    assert verify(tracker) == "TRUE"


def test_log_grows_with_each_recording_and_stays_verified(office, tracker):
    for value in (10, 20, 30):
        assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=value).ok
    rows = log_rows(tracker)
    assert [r[6] for r in rows] == ["10", "20", "30"]
    assert [r[5] for r in rows] == ["", "10", "20"]
    assert verify(tracker) == "TRUE"


def test_editing_a_log_row_is_caught(office, tracker):
    for value in (10, 20, 30):
        assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=value).ok
    log = tracker.getSheets().getByName("Log")
    log.getCellRangeByName("G3").setString("25")  # second entry's new value
    assert verify(tracker) == "2"


def test_unchanged_values_record_nothing(office, tracker):
    assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=45).ok
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual=45)
    assert not outcome.ok
    assert "unchanged" in outcome.message
    assert len(log_rows(tracker)) == 1


def test_unknown_indicator_and_year_are_refused(office, tracker):
    outcome = record(office, tracker, Indicator="IND-99", Year=2018, Actual=1)
    assert not outcome.ok and outcome.message == 'No indicator with the ID "IND-99".'
    outcome = record(office, tracker, Indicator="IND-13", Year=2030, Actual=1)
    assert not outcome.ok and outcome.message == "The tracker has no year 2030."
    assert log_rows(tracker) == []


def test_text_that_is_not_a_number_is_refused(office, tracker):
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Actual="forty")
    assert not outcome.ok
    assert '"forty" is not a number' in outcome.message
    assert tracker.getSheets().getByName("Indicators").getCellRangeByName("J15").getString() == ""


def test_empty_actual_makes_the_indicator_pending_again(office, tracker):
    assert record(office, tracker, Indicator="IND-13", Year=2018, Actual=45).ok
    assert record(office, tracker, Indicator="IND-13", Year=2018, Actual="").ok
    tracker.calculateAll()
    indicators = tracker.getSheets().getByName("Indicators")
    assert indicators.getCellRangeByName("Q15").getString() == "pending"
    assert log_rows(tracker)[-1][5:7] == ("45", "")


def test_close_review_then_recording_needs_a_reason_and_logs_the_reopening(office, tracker):
    closed = dispatch(office, tracker, "vnd.condtrack:CloseReview", Year=2018, Notes="review done")
    assert closed.ok and closed.message == "The review of 2018 is closed."
    reviews = tracker.getSheets().getByName("Reviews")
    assert reviews.getCellRangeByName("C5").getString() == "closed"
    assert reviews.getCellRangeByName("D5").getValue() > 0
    again = dispatch(office, tracker, "vnd.condtrack:CloseReview", Year=2018)
    assert not again.ok and again.message == "The review of 2018 was already closed."

    refused = record(office, tracker, Indicator="IND-13", Year=2018, Actual=50)
    assert not refused.ok
    assert refused.message == "The review of 2018 is closed: give a reason to reopen it."
    assert tracker.getSheets().getByName("Indicators").getCellRangeByName("J15").getString() == ""

    reopened = record(office, tracker, Indicator="IND-13", Year=2018, Actual=50,
                      Reason="audit correction", Approver="Head of section")
    assert reopened.ok, reopened.message
    fields = [row[4] for row in log_rows(tracker)]
    assert fields == ["close", "reopen", "actual"]
    reopen_row = log_rows(tracker)[1]
    assert reopen_row[5:9] == ("closed", "open", "audit correction", "Head of section")
    assert reviews.getCellRangeByName("C5").getString() == "open"
    assert verify(tracker) == "TRUE"


def test_commands_on_a_workbook_without_tracker_say_so(office):
    doc = office.new_calc()
    try:
        outcome = record(office, doc, Indicator="IND-01", Year=2018, Actual=1)
        assert not outcome.ok
        assert outcome.message == "This workbook has no tracker. Use New Tracker first."
    finally:
        doc.close(True)
