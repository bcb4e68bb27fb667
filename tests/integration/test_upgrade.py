"""Upgrade tracker in a real soffice: the version-1 copy of the bundled example
(tests/data/tracker-v1.ods: EUR 14 M, 13 equal weights, 8 met, 2 partial, 3
not met, SIGRH among them) turned into layout version 2 in place.

Run from the repository root: /usr/bin/python3 -m pytest -q tests/integration/test_upgrade.py
"""

from pathlib import Path

import pytest

from office import dispatch
from tracker_doc import log_rows, undo_title, verify

DATA = Path(__file__).resolve().parents[1] / "data" / "tracker-v1.ods"

# Version 1's columns and where version 2 keeps them (src/core/tracker/layout.hpp).
V1_FIXED = {"id": 0, "title": 1, "area": 2, "method": 4, "threshold": 5, "baseline": 6}
V2_FIXED = {"id": 0, "title": 1, "area": 2, "method": 4, "threshold": 5, "baseline": 6}
V1_BLOCK = {"target": 0, "actual": 1, "evidence": 2, "score": 4, "status": 5}
V2_BLOCK = {"target": 0, "actual": 2, "evidence": 3, "score": 8, "status": 9}
V1_WEIGHT, V1_WAIVED, V2_WEIGHT, V2_DECISION = 3, 3, 1, 4
V1_TRANCHE = {"year": 0, "type": 1, "ceiling": 2, "computed": 7, "disbursed": 9,
              "disbursed_on": 10, "deadline": 11}
V2_TRANCHE = {"year": 0, "type": 1, "ceiling": 3, "computed": 8, "disbursed": 13,
              "disbursed_on": 14, "deadline": 15}


def block(version, year_index):
    return 7 + year_index * (6 if version == 1 else 10)


def data(doc, name):
    return doc.NamedRanges.getByName(name).getReferredCells().getDataArray()


def variable_2018(doc, computed_col):
    row = next(r for r in data(doc, "CondTrack_Tranches")[1:] if r[0] == 2018 and r[1] == "variable")
    return row[computed_col]


def upgrade(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:UpgradeTracker", **args)


@pytest.fixture
def tracker(office):
    doc = office.load(DATA, hidden=False)  # a view: undo is recorded
    doc.calculateAll()
    yield doc
    doc.close(True)


def test_upgrade_writes_layout_version_2_in_the_programme_header(office, tracker):
    assert upgrade(office, tracker).ok
    header = data(tracker, "CondTrack_Header")
    version = [row[1] for row in header if "layout version" in str(row[0]).lower()]
    assert version in ([2.0], ["2"])


def test_every_version_1_value_is_at_its_version_2_place(office, tracker):
    indicators, tranches = data(tracker, "CondTrack_Indicators"), data(tracker, "CondTrack_Tranches")
    milestones = data(tracker, "CondTrack_Milestones")
    outcome = upgrade(office, tracker)
    assert outcome.ok, outcome.message
    tracker.calculateAll()
    after = data(tracker, "CondTrack_Indicators")
    for old, new in zip(indicators[2:], after[2:]):
        for field, col in V1_FIXED.items():
            assert new[V2_FIXED[field]] == old[col], field
        for y in range(2):
            for field, col in V1_BLOCK.items():
                assert new[block(2, y) + V2_BLOCK[field]] == old[block(1, y) + col], (field, y)
            # The indicator's weight is every year's; nothing was waived.
            assert new[block(2, y) + V2_WEIGHT] == old[V1_WEIGHT]
            assert new[block(2, y) + V2_DECISION] == ""
    after_tranches = data(tracker, "CondTrack_Tranches")
    assert len(after_tranches[0]) == 16
    for old, new in zip(tranches[1:], after_tranches[1:]):
        for field, col in V1_TRANCHE.items():
            if field != "computed":
                assert new[V2_TRANCHE[field]] == old[col], field
    assert data(tracker, "CondTrack_Milestones") == milestones  # tranche years were set


def test_the_2018_variable_tranche_pays_the_same_to_the_cent(office, tracker):
    before = variable_2018(tracker, V1_TRANCHE["computed"])
    assert round(before, 2) == 9692307.69
    assert upgrade(office, tracker).ok
    tracker.calculateAll()
    assert round(variable_2018(tracker, V2_TRANCHE["computed"]), 2) == round(before, 2)


def test_general_conditions_of_2018_are_met_on_the_conditions_sheet(office, tracker):
    assert upgrade(office, tracker).ok
    conditions = data(tracker, "CondTrack_Conditions")
    general = [row for row in conditions[2:] if row[2] == "general"]
    assert len(general) == 4
    assert {row[4] for row in general} == {"met"}  # the 2018 block's verdict


def test_the_scenarios_sheet_still_computes_after_the_upgrade(office, tracker):
    scenarios = tracker.getSheets().getByName("Scenarios")
    before = [scenarios.getCellRangeByName(a).getValue() for a in ("B2", "B4", "B6")]
    assert upgrade(office, tracker).ok
    tracker.calculateAll()
    assert [scenarios.getCellRangeByName(a).getValue() for a in ("B2", "B4", "B6")] == before
    assert scenarios.getCellRangeByName("B3").getString() == "TRUE"


def test_the_log_gains_one_chained_row(office, tracker):
    rows = log_rows(tracker)
    assert verify(tracker) == "TRUE"
    outcome = upgrade(office, tracker, Reason="Financing agreement addendum 2")
    assert outcome.ok
    after = log_rows(tracker)
    assert after[:-1] == rows and len(after) == len(rows) + 1
    assert after[-1][4:7] == ("layout", "1", "2")
    # Version 2 gates 2019's fixed tranche by 2019's milestones too: said in the reason and the message.
    notice = "the 2019 fixed tranche is now also gated by M-02, M-03 (its tranche year)"
    assert after[-1][7] == "Financing agreement addendum 2; " + notice
    assert notice in outcome.message
    assert verify(tracker) == "TRUE"


def test_undo_restores_version_1_in_one_step(office, tracker):
    indicators, tranches = data(tracker, "CondTrack_Indicators"), data(tracker, "CondTrack_Tranches")
    rows = log_rows(tracker)
    assert upgrade(office, tracker).ok
    assert undo_title(tracker) == "Upgrade tracker"
    tracker.getUndoManager().undo()
    tracker.calculateAll()
    assert data(tracker, "CondTrack_Indicators") == indicators
    assert data(tracker, "CondTrack_Tranches") == tranches
    assert not tracker.getSheets().hasByName("Conditions")
    assert log_rows(tracker) == rows
    assert verify(tracker) == "TRUE"


def test_running_it_twice_refuses_the_second_time(office, tracker):
    assert upgrade(office, tracker).ok
    second = upgrade(office, tracker)
    assert not second.ok
    assert "already has layout version 2" in second.message


def test_a_workbook_without_a_tracker_is_refused(office, doc):
    outcome = upgrade(office, doc)
    assert not outcome.ok
    assert "no tracker" in outcome.message
