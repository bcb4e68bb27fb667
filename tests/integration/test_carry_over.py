"""Carry-overs in a new tracker (layout version 2): a decision applies once
approved; a transfer reaches next year's ceiling; a re-assessed indicator's
held amount is released the next year by its new score against the old target.

The public example: EUR 14 M, 13 equal weights, 8 met, 2 partial at 0.5,
3 not met, one of them the armed forces' HR system (SIGRH, IND-13)."""

import pytest

from office import dispatch

CEILING = 14_000_000
SHARE = CEILING / 13  # one indicator's share: 1,076,923.08
PAID = CEILING * 9 / 13  # 8 met + 2 halves: 9,692,307.69


@pytest.fixture
def tracker(office):
    doc = office.new_calc(hidden=True)
    outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018, Years=2)
    assert outcome.ok, outcome.message
    fill(doc)
    yield doc
    doc.close(True)


def fill(doc):
    """2018 as in the example; 2019's targets as 2018's, its actuals pending;
    both years' base ceilings EUR 14 M, the general conditions met."""
    indicators = doc.getSheets().getByName("Indicators")
    for row in range(3, 16):
        actual = 100 if row < 11 else 50 if row < 13 else 0
        indicators.getCellRangeByName(f"G{row}").setValue(0)    # baseline
        indicators.getCellRangeByName(f"H{row}").setValue(100)  # target 2018
        indicators.getCellRangeByName(f"J{row}").setValue(actual)
        indicators.getCellRangeByName(f"R{row}").setValue(100)  # target 2019
    tranches = doc.getSheets().getByName("Tranches")
    tranches.getCellRangeByName("D3").setValue(CEILING)  # 2018 variable
    tranches.getCellRangeByName("D5").setValue(CEILING)  # 2019 variable
    conditions = doc.getSheets().getByName("Conditions")
    for row in range(3, 7):
        conditions.getCellRangeByName(f"E{row}").setString("met")  # 2018
        conditions.getCellRangeByName(f"H{row}").setString("met")  # 2019


def decide(doc, row, decision, requested=True, approved=True):
    """The 2018 decision on the indicator of sheet row `row`."""
    indicators = doc.getSheets().getByName("Indicators")
    indicators.getCellRangeByName(f"L{row}").setString(decision)
    if requested:
        indicators.getCellRangeByName(f"M{row}").setFormula("=DATE(2019;3;1)")
    if approved:
        indicators.getCellRangeByName(f"N{row}").setFormula("=DATE(2019;4;2)")
    doc.calculateAll()


def value(doc, ref):
    cell = doc.getSheets().getByName("Tranches").getCellRangeByName(ref)
    assert cell.getError() == 0, (ref, cell.getFormula())
    return cell.getValue()


def test_without_a_decision_the_example_pays_nine_thirteenths(tracker):
    tracker.calculateAll()
    assert value(tracker, "I3") == pytest.approx(PAID, abs=0.01)
    assert value(tracker, "J3") == 0
    assert value(tracker, "E5") == 0
    assert value(tracker, "F5") == CEILING


def test_a_requested_decision_changes_nothing(tracker):
    decide(tracker, 15, "transfer", approved=False)
    assert value(tracker, "I3") == pytest.approx(PAID, abs=0.01)
    assert value(tracker, "J3") == 0
    assert value(tracker, "E5") == 0


def test_an_approved_transfer_reaches_next_years_carried_in_and_ceiling(tracker):
    decide(tracker, 15, "transfer")
    assert value(tracker, "I3") == pytest.approx(PAID, abs=0.01)  # paid now
    assert value(tracker, "J3") == pytest.approx(SHARE, abs=0.01)
    assert value(tracker, "E5") == pytest.approx(SHARE, abs=0.01)
    assert value(tracker, "F5") == pytest.approx(CEILING + SHARE, abs=0.01)


def test_an_approved_reallocation_pays_the_others_more(tracker):
    decide(tracker, 15, "reallocate")
    assert value(tracker, "I3") == pytest.approx(10_500_000, abs=0.01)
    assert value(tracker, "E5") == 0


def test_a_reassessed_indicators_held_amount_is_released_the_next_year(tracker):
    decide(tracker, 14, "reassess")  # IND-12, not met in 2018
    assert value(tracker, "K3") == pytest.approx(SHARE, abs=0.01)
    assert value(tracker, "L5") == 0  # 2019's actual is pending
    indicators = tracker.getSheets().getByName("Indicators")
    indicators.getCellRangeByName("T14").setValue(100)  # 2019 actual, against 2018's target
    tracker.calculateAll()
    assert value(tracker, "L5") == pytest.approx(SHARE, abs=0.01)
    assert value(tracker, "M5") == pytest.approx(value(tracker, "I5") + SHARE, abs=0.01)
