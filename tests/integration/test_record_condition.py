"""Record condition, through the real command, on a tracker made by New
tracker (layout version 2)."""

import pytest

from office import dispatch
from tracker_doc import log_rows, undo_title, verify
from v2_cells import condition_cell


@pytest.fixture
def tracker(office):
    doc = office.new_calc(hidden=False)
    assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
    yield doc
    doc.close(True)


def record(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:RecordCondition", **args)


def first_condition(doc):
    data = doc.NamedRanges.getByName("CondTrack_Conditions").getReferredCells().getDataArray()
    return next(row[0] for row in data[2:] if row[0])


def test_a_verdict_writes_its_cells_and_one_log_row_each(office, tracker):
    ident = first_condition(tracker)
    outcome = record(office, tracker, Condition=ident, Year=2018, Verdict="Rempli",
                     Evidence="https://example.org/pfm-2018.pdf", Notes="budget law on time")
    assert outcome.ok, outcome.message
    assert outcome.message.startswith(f"Condition recorded: {ident} 2018, verdict — → met")
    assert condition_cell(tracker, ident, 2018, "verdict").getString() == "met"
    assert condition_cell(tracker, ident, 2018, "evidence").getString() == \
        "https://example.org/pfm-2018.pdf"
    assert condition_cell(tracker, ident, 2018, "notes").getString() == "budget law on time"
    rows = log_rows(tracker)
    assert [(r[2], r[3], r[4], r[6]) for r in rows] == [
        (ident, 2018.0, "verdict", "met"),
        (ident, 2018.0, "evidence", "https://example.org/pfm-2018.pdf"),
        (ident, 2018.0, "notes", "budget law on time")]
    assert verify(tracker) == "TRUE"


def test_portuguese_not_met_is_stored_in_english_and_undone_in_one_step(office, tracker):
    ident = first_condition(tracker)
    assert record(office, tracker, Condition=ident, Year=2018, Verdict="não cumprida").ok
    assert condition_cell(tracker, ident, 2018, "verdict").getString() == "not met"
    assert undo_title(tracker) == "Record condition"
    tracker.getUndoManager().undo()
    assert condition_cell(tracker, ident, 2018, "verdict").getString() == ""
    assert log_rows(tracker) == []
    assert verify(tracker) == "TRUE"


def test_a_closed_year_is_refused_without_a_reason(office, tracker):
    ident = first_condition(tracker)
    assert dispatch(office, tracker, "vnd.condtrack:CloseReview", Year=2018).ok
    rows = len(log_rows(tracker))
    outcome = record(office, tracker, Condition=ident, Year=2018, Verdict="met")
    assert not outcome.ok
    assert outcome.message == "The review of 2018 is closed: give a reason to reopen it."
    assert condition_cell(tracker, ident, 2018, "verdict").getString() == ""
    outcome = record(office, tracker, Condition=ident, Year=2018, Verdict="met",
                     Reason="verdict received late")
    assert outcome.ok, outcome.message
    assert [r[4] for r in log_rows(tracker)[rows:]] == ["reopen", "verdict"]
    assert verify(tracker) == "TRUE"


def test_unknown_conditions_and_verdicts_are_refused(office, tracker):
    ident = first_condition(tracker)
    outcome = record(office, tracker, Condition="GC-99", Year=2018, Verdict="met")
    assert not outcome.ok and outcome.message == 'No condition with the ID "GC-99".'
    outcome = record(office, tracker, Condition=ident, Year=2018, Verdict="partly")
    assert not outcome.ok and outcome.message.startswith('Unknown verdict "partly"')
    assert log_rows(tracker) == []
