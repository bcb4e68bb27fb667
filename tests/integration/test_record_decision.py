"""Record decision, through the real command, on a tracker made by New tracker
(layout version 2) and on a version-1 tracker."""

import pathlib

import pytest

from office import dispatch
from tracker_doc import log_rows, undo_title, verify
from v2_cells import condition_cell, indicator_cell, tranche_cell, years

ROOT = pathlib.Path(__file__).resolve().parents[2]
V1_TRACKER = ROOT / "tests" / "data" / "tracker-v1.ods"


def fill_mali(doc):
    """The Mali case: EUR 14 M, 13 equal weights; in the first year 8 met,
    2 partial at 0.5, 3 not met, the last one SIGRH (IND-13); the general
    conditions met."""
    first = years(doc)[0]
    for ident in ("GC-1", "GC-2", "GC-3", "GC-4"):
        condition_cell(doc, ident, first, "verdict").setString("met")
    for i in range(1, 14):
        ident = f"IND-{i:02d}"
        indicator_cell(doc, ident, None, 6).setValue(0)  # baseline
        indicator_cell(doc, ident, first, "target").setValue(100)
        indicator_cell(doc, ident, first, "weight").setValue(1)
        indicator_cell(doc, ident, first, "actual").setValue(100 if i <= 8 else 50 if i <= 10 else 0)
    tranche_cell(doc, first, "variable", "base_ceiling").setValue(14_000_000)
    doc.calculateAll()
    return first


@pytest.fixture
def tracker(office):
    doc = office.new_calc(hidden=False)
    assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
    yield doc
    doc.close(True)


def record(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:RecordDecision", **args)


def computed(doc, year):
    doc.calculateAll()
    return tranche_cell(doc, year, "variable", "computed").getValue()


def test_a_decision_writes_its_four_cells_and_one_log_row_each(office, tracker):
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Decision="A",
                     RequestedOn="2019-04-15", ApprovedOn="2019-05-02",
                     ApprovalRef="Ares(2019)2871")
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("Decision recorded: IND-13 2018, decision — → reallocate")
    assert indicator_cell(tracker, "IND-13", 2018, "decision").getString() == "reallocate"
    requested = indicator_cell(tracker, "IND-13", 2018, "requested_on")
    assert requested.getValue() == 43570  # 2019-04-15
    assert indicator_cell(tracker, "IND-13", 2018, "approved_on").getValue() == 43587
    assert indicator_cell(tracker, "IND-13", 2018, "approval_ref").getString() == "Ares(2019)2871"
    rows = log_rows(tracker)
    assert [(r[2], r[3], r[4], r[5], r[6]) for r in rows] == [
        ("IND-13", 2018.0, "decision", "", "reallocate"),
        ("IND-13", 2018.0, "requested on", "", "2019-04-15"),
        ("IND-13", 2018.0, "approved on", "", "2019-05-02"),
        ("IND-13", 2018.0, "approval ref", "", "Ares(2019)2871")]
    assert verify(tracker) == "TRUE"


def test_one_undo_takes_back_the_decision_and_its_log_rows(office, tracker):
    assert record(office, tracker, Indicator="IND-13", Year=2018, Decision="transférer",
                  RequestedOn="2019-04-15").ok
    assert undo_title(tracker) == "Record decision"
    tracker.getUndoManager().undo()
    assert indicator_cell(tracker, "IND-13", 2018, "decision").getString() == ""
    assert indicator_cell(tracker, "IND-13", 2018, "requested_on").getString() == ""
    assert log_rows(tracker) == []
    tracker.getUndoManager().redo()
    assert indicator_cell(tracker, "IND-13", 2018, "decision").getString() == "transfer"
    assert len(log_rows(tracker)) == 2
    assert verify(tracker) == "TRUE"


def test_a_requested_decision_changes_the_amount_only_once_approved(office, tracker):
    year = fill_mali(tracker)
    before = computed(tracker, year)
    assert before == pytest.approx(14_000_000 * 9 / 13, abs=0.01)  # 9,692,307.69
    assert record(office, tracker, Indicator="IND-13", Year=year, Decision="reallocate",
                  RequestedOn="2019-04-15").ok
    assert computed(tracker, year) == pytest.approx(before, abs=0.01)
    assert record(office, tracker, Indicator="IND-13", Year=year, ApprovedOn="2019-05-02").ok
    assert computed(tracker, year) == pytest.approx(10_500_000, abs=0.01)
    assert verify(tracker) == "TRUE"


def test_a_closed_year_is_refused_without_a_reason(office, tracker):
    assert dispatch(office, tracker, "vnd.condtrack:CloseReview", Year=2018).ok
    rows = len(log_rows(tracker))
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Decision="B")
    assert not outcome.ok
    assert outcome.message == "The review of 2018 is closed: give a reason to reopen it."
    assert indicator_cell(tracker, "IND-13", 2018, "decision").getString() == ""
    assert len(log_rows(tracker)) == rows
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Decision="B",
                     Reason="approval received after the review")
    assert outcome.ok, outcome.message
    assert [r[4] for r in log_rows(tracker)[rows:]] == ["reopen", "decision"]
    assert verify(tracker) == "TRUE"


def test_an_approval_before_the_request_is_refused(office, tracker):
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Decision="A",
                     RequestedOn="2019-05-02", ApprovedOn="2019-04-15")
    assert not outcome.ok
    assert "2019-04-15" in outcome.message and "before the request date" in outcome.message
    assert log_rows(tracker) == []


def test_unknown_words_and_dates_are_refused(office, tracker):
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, Decision="postpone")
    assert not outcome.ok and outcome.message.startswith('Unknown decision "postpone"')
    outcome = record(office, tracker, Indicator="IND-13", Year=2018, RequestedOn="15/04/2019")
    assert not outcome.ok and outcome.message.startswith('"15/04/2019" is not a date')
    outcome = record(office, tracker, Indicator="IND-99", Year=2018, Decision="A")
    assert not outcome.ok and outcome.message == 'No indicator with the ID "IND-99".'
    assert log_rows(tracker) == []


def test_reassessing_a_fully_met_indicator_is_refused_by_name(office, tracker):
    year = fill_mali(tracker)
    outcome = record(office, tracker, Indicator="IND-01", Year=year, Decision="C")
    assert not outcome.ok
    assert outcome.message == "IND-01 scores 1 that year: there is nothing to reassess."


def test_a_version_1_tracker_is_told_to_upgrade_first(office):
    doc = office.load(V1_TRACKER, hidden=False)
    try:
        outcome = record(office, doc, Indicator="IND-13", Year=2018, Decision="A")
        assert not outcome.ok
        assert "Run Upgrade Tracker first" in outcome.message
    finally:
        doc.close(True)
