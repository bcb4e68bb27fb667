"""The Conditionality deck in a real, visible office (Xvfb started by the test):
what its panels show, read through the accessibility tree, against the sheet."""

import shutil
import subprocess
import time
from pathlib import Path

import pytest

from office import Office, dispatch
from v2_cells import condition_cell, indicator_cell, tranche_cell

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"
ARTIFACTS = ROOT / "tests" / "integration" / "artifacts"


def accessible_texts(window):
    """Every accessible name under a window, depth first."""
    names = []
    stack = [window.getAccessibleContext()]
    while stack:
        context = stack.pop()
        if context is None:
            continue
        try:
            name = context.getAccessibleName()
            if name:
                names.append(name)
            count = context.getAccessibleChildCount()
            for i in reversed(range(min(count, 500))):
                child = context.getAccessibleChild(i)
                stack.append(child.getAccessibleContext() if child else None)
        except Exception:
            continue
    return names


def deck_by_name(sidebar):
    """The deck, or None while the sidebar does not list it.  LibreOffice's
    getByName checks the deck against the sidebar's current context again, and
    that context can change between hasByName and getByName on a loaded
    machine, so a NoSuchElementException only means "not yet"."""
    decks = sidebar.getDecks()
    if not decks.hasByName("CondTrackDeck"):
        return None
    try:
        return decks.getByName("CondTrackDeck")
    except Exception as error:  # NoSuchElementException through the bridge
        if "NoSuchElement" not in type(error).__name__:
            raise
        return None


def open_deck(office, doc):
    controller = doc.getCurrentController()
    helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
    helper.executeDispatch(controller.getFrame(), ".uno:SidebarDeck.CondTrackDeck", "", 0, ())
    sidebar = controller.getSidebar()
    sidebar.setVisible(True)
    # A freshly loaded window fills its deck list a moment later.
    deadline = time.monotonic() + 45
    deck = None
    while deck is None:
        deck = deck_by_name(sidebar)
        if deck is not None:
            break
        helper.executeDispatch(controller.getFrame(), ".uno:SidebarDeck.CondTrackDeck", "", 0, ())
        if time.monotonic() > deadline:
            pytest.fail("no CondTrackDeck in " + str(sidebar.getDecks().ElementNames))
        time.sleep(0.2)
    deck.activate(True)
    sidebar.showDecks(True)
    return deck


def wait_for(predicate, window, timeout=45):
    deadline = time.monotonic() + timeout
    texts = []
    while time.monotonic() < deadline:
        texts = accessible_texts(window)
        if predicate(texts):
            return texts
        time.sleep(0.3)
    pytest.fail("the panels did not show what was expected; accessible texts:\n" + "\n".join(texts[:200]))


def indicator_lines(texts):
    return sorted({t for t in texts if t.startswith("IND-") and "(Weight" in t})


@pytest.fixture(scope="module")
def gui(oxt):
    with Office(oxt=str(oxt), xvfb=True) as office:
        yield office


@pytest.fixture
def example(gui):
    doc = gui.load(EXAMPLE, hidden=False)
    yield doc
    try:
        doc.close(True)
    except Exception:
        pass


def screenshot(office, name):
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    if shutil.which("import"):
        subprocess.run(["import", "-display", office.display, "-window", "root", str(target)],
                       check=True, timeout=30)
    return target


def test_deck_lists_every_indicator_with_the_sheets_status_or_its_decision(gui, example):
    """The deck shows the review under way (2018, the earliest open year): each
    indicator with its 2018 Status cell, except an indicator whose share an
    approved decision takes out of the payout (SIGRH, transferred to 2019),
    which the deck marks transferred, its decision and approval beside."""
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    texts = wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    lines = indicator_lines(texts)
    sheet = example.getSheets().getByName("Indicators")
    example.calculateAll()
    for row in range(3, 16):
        ident = sheet.getCellRangeByName(f"A{row}").getString()
        status = indicator_cell(example, ident, 2018, "status").getString()
        decision = indicator_cell(example, ident, 2018, "decision").getString()
        approved = indicator_cell(example, ident, 2018, "approved_on").getString()
        if decision in ("transfer", "reallocate") and approved:
            status = {"transfer": "transferred", "reallocate": "reallocated"}[decision]
        line = next(l for l in lines if l.startswith(ident + "  "))
        beside = " · " if decision else "  (Weight"
        assert f"  {status}{beside}" in line, (line, status)
    assert indicator_cell(example, "IND-13", 2018, "status").getString() == "not met"
    assert any(l.startswith("IND-13") and "  transferred · transfer approved 20 Mar 2019" in l
               for l in lines)
    assert not any("waived" in l for l in lines)
    assert any(l.startswith("IND-11") and "  not met  " in l for l in lines)
    shot = screenshot(gui, "sidebar.png")
    assert not shutil.which("import") or shot.stat().st_size > 10_000


def test_deck_offers_the_trackers_commands(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    actions = ("Record assessment", "Close review", "Review report", "Export to IATI",
               "Import from IATI")
    wait_for(lambda t: all(a in t for a in actions), window)


def test_deck_offers_a_new_tracker_or_an_import_where_there_is_none(gui):
    doc = gui.new_calc(hidden=False)
    try:
        open_deck(gui, doc)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        wait_for(lambda t: "New tracker" in t and "Import from IATI" in t, window)
    finally:
        doc.close(True)


def test_tranches_panel_shows_the_sheets_amount_and_the_blocking_milestones(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    computed = tranche_cell(example, 2018, "variable", "computed").getValue()
    expected = f"{round(computed):,}"
    texts = wait_for(lambda t: any(f"Computed: {expected}" in x for x in t), window)
    assert any("Ceiling: 14,000,000" in x and f"Computed: {expected}" in x for x in texts)
    assert expected == "9,692,308"


def test_panels_refresh_after_an_edit(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    indicator_cell(example, "IND-09", 2018, "actual").setValue(11)  # 46 -> 11, under its baseline 40
    texts = wait_for(lambda t: any(l.startswith("IND-09") and "  not met  " in l
                                   for l in indicator_lines(t)), window)
    assert any(l.startswith("IND-09") for l in indicator_lines(texts))


def test_panels_follow_the_document_of_their_window(gui, example):
    open_deck(gui, example)
    first = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, first)
    other = gui.new_calc(hidden=False)
    try:
        open_deck(gui, other)
        second = other.getCurrentController().getFrame().getContainerWindow()
        texts = wait_for(lambda t: any("has no conditionality tracker" in x for x in t), second)
        assert not indicator_lines(texts)
        assert dispatch(gui, other, "vnd.condtrack:NewTracker", FirstYear=2020).ok
        texts = wait_for(lambda t: len(indicator_lines(t)) == 13 and
                         all("pending" in l for l in indicator_lines(t)), second)
        # The first window still shows its own tracker.
        assert any("not met" in l for l in indicator_lines(accessible_texts(first)))
    finally:
        other.close(True)


def test_closing_the_document_with_the_deck_open_keeps_the_office_alive(gui):
    doc = gui.load(EXAMPLE, hidden=False)
    open_deck(gui, doc)
    wait_for(lambda t: len(indicator_lines(t)) == 13,
             doc.getCurrentController().getFrame().getContainerWindow())
    doc.close(True)
    time.sleep(1)
    assert gui.proc.poll() is None
    fresh = gui.new_calc()
    fresh.getSheets().getByIndex(0).getCellRangeByName("A1").setFormula("=COND.VERSION()")
    assert fresh.getSheets().getByIndex(0).getCellRangeByName("A1").getString() != ""
    fresh.close(True)


def test_malformed_tracker_shows_what_is_wrong_and_where(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    weight = indicator_cell(example, "IND-03", 2018, "weight")  # typed in the first year
    weight.setString("heavy")
    where = "Indicators." + weight.AbsoluteName.split(".")[-1].replace("$", "")
    assert where == "Indicators.I5"
    texts = wait_for(lambda t: "The tracker cannot be read:" in t, window)
    problem = next(t for t in texts if t.startswith(where))
    assert "weight" in problem
    assert not indicator_lines(texts)
    weight.setValue(1)
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)


def find_list_with(window, prefix):
    """The accessible context of the list whose items start with prefix."""
    stack = [window.getAccessibleContext()]
    while stack:
        context = stack.pop()
        try:
            count = context.getAccessibleChildCount()
            if count and context.getAccessibleChild(0).getAccessibleContext() \
                    .getAccessibleName().startswith(prefix):
                return context
            for i in range(min(count, 500)):
                stack.append(context.getAccessibleChild(i).getAccessibleContext())
        except Exception:
            continue
    return None


def test_selecting_an_indicator_moves_the_cell_cursor_to_its_row(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    listing = find_list_with(window, "IND-01")
    assert listing is not None
    listing.selectAccessibleChild(12)  # IND-13, SIGRH
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        selection = example.getCurrentController().getSelection()
        address = selection.getCellAddress() if hasattr(selection, "getCellAddress") else None
        if address is not None and address.Row == 14:
            break
        time.sleep(0.2)
    assert address is not None and (address.Row, address.Column) == (14, 0)
    assert example.getCurrentController().getActiveSheet().getName() == "Indicators"


def test_french_office_shows_french_panels(oxt):
    with Office(oxt=str(oxt), xvfb=True, locale="fr-FR") as office:
        doc = office.load(EXAMPLE, hidden=False)
        open_deck(office, doc)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        texts = wait_for(lambda t: sum(x.startswith("IND-") for x in t) >= 13, window)
        lines = [x for x in texts if x.startswith("IND-")]
        assert any("  atteint  (Poids" in x for x in lines)
        assert any("  non atteint  (Poids" in x for x in lines)
        assert any(x.startswith("Plafond : 14 000 000") or "14\u00a0000\u00a0000" in x for x in texts)
        doc.close(True)


def test_deck_offers_the_upgrade_on_a_version_1_tracker(gui):
    doc = gui.load(ROOT / "tests" / "data" / "tracker-v1.ods", hidden=False)
    try:
        open_deck(gui, doc)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        texts = wait_for(lambda t: "Upgrade tracker" in t, window)
        assert "Record decision" not in texts and "Record condition" not in texts
    finally:
        doc.close(True)


def test_deck_offers_decisions_and_conditions_on_a_version_2_tracker(gui):
    doc = gui.new_calc(hidden=False)
    try:
        assert dispatch(gui, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
        open_deck(gui, doc)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        texts = wait_for(lambda t: "Record decision" in t and "Record condition" in t, window)
        assert "Upgrade tracker" not in texts
    finally:
        doc.close(True)


def test_each_decision_shows_its_state_and_a_request_changes_nothing(gui, example):
    """SIGRH's transfer and IND-10's re-assessment were requested on 15 February
    and approved on 20 March 2019. Without its approval date the transfer is a
    request: SIGRH is not met again, the request beside it."""
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    texts = wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    lines = indicator_lines(texts)
    letter = "(Commission letter 2019-0311)"
    assert any(l.startswith("IND-13") and
               f"  0.0%  transferred · transfer approved 20 Mar 2019 {letter}  (Weight 1)" in l
               for l in lines), lines
    assert any(l.startswith("IND-10") and
               f"  partial · re-assessment approved 20 Mar 2019 {letter}  (Weight 1)" in l
               for l in lines), lines
    indicator_cell(example, "IND-13", 2018, "approved_on").setString("")
    texts = wait_for(lambda t: any(l.startswith("IND-13") and
                                   "  not met · transfer requested 15 Feb 2019  (Weight" in l
                                   for l in indicator_lines(t)), window)
    assert any("3 not met" in t for t in texts)


def test_calendar_lists_the_conditions_of_the_year_not_yet_assessed(gui, example):
    """The example assesses GC-1 to GC-4 for 2018; blanking GC-2's verdict puts
    it back on the Calendar panel's list for the year under review."""
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: "Every condition of 2018 is assessed." in t, window)
    condition_cell(example, "GC-2", 2018, "verdict").setString("")
    texts = wait_for(lambda t: "Conditions not assessed for 2018:" in t, window)
    listed = [t.strip() for t in texts if t.strip().startswith(("GC-", "SC-"))]
    assert len(listed) == 1 and listed[0].startswith("GC-2  "), listed


def test_money_carried_beyond_the_last_year_is_a_notice_in_euros(gui, example):
    """A transfer out of 2020, the tracker's last year, reaches no tranche: the
    Tranches panel says so in red under its totals, in the programme's currency,
    with the cell."""
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    cell = tranche_cell(example, 2020, "variable", "transferred")
    where = "Tranches." + cell.AbsoluteName.split(".")[-1].replace("$", "")
    cell.setValue(1076923.08)
    expected = (f"EUR 1,076,923 transferred out of 2020, the tracker's last year: "
                f"no tranche receives it ({where})")
    texts = wait_for(lambda t: expected in t, window)
    assert "To check:" in texts
    assert indicator_lines(texts), "a notice does not stop the deck"


def deck_picture(office, name):
    """The right-hand part of the screen, where the deck is."""
    shot = screenshot(office, name)
    if shutil.which("convert") and shot.exists():
        subprocess.run(["convert", str(shot), "-gravity", "East", "-crop", "420x1024+0+0",
                        "+repage", str(shot)], check=True, timeout=30)
    return shot


def calendar_alone(office, doc):
    """Folds the Indicators and Tranches panels, where the sidebar lets a deck
    name its panels, so that the Calendar panel shows whole."""
    panels = open_deck(office, doc).getPanels()
    names = [n for n in panels.getElementNames() if "Calendar" in n]
    if names:
        panels.getByName(names[0]).expand(True)
        time.sleep(2)
    return bool(names)


def test_deck_pictures_of_a_version_2_tracker_in_english(gui, example):
    open_deck(gui, example)
    window = example.getCurrentController().getFrame().getContainerWindow()
    wait_for(lambda t: len(indicator_lines(t)) == 13, window)
    condition_cell(example, "GC-2", 2018, "verdict").setString("")
    tranche_cell(example, 2020, "variable", "transferred").setValue(1076923.08)
    texts = wait_for(lambda t: "To check:" in t and "Conditions not assessed for 2018:" in t,
                     window)
    assert "Decisions for 2018:" in texts
    assert ("IND-13  transferred · transfer approved 20 Mar 2019 "
            "(Commission letter 2019-0311)") in texts
    shot = deck_picture(gui, "deck-v2-en.png")
    assert not shutil.which("import") or shot.stat().st_size > 10_000
    # The Calendar panel alone, the others folded.
    calendar_alone(gui, example)
    shot = deck_picture(gui, "deck-v2-calendar-en.png")
    assert not shutil.which("import") or shot.stat().st_size > 10_000


def test_deck_pictures_of_a_version_2_tracker_in_french(oxt):
    with Office(oxt=str(oxt), xvfb=True, locale="fr-FR") as office:
        doc = office.load(EXAMPLE, hidden=False)
        try:
            open_deck(office, doc)
            window = doc.getCurrentController().getFrame().getContainerWindow()
            texts = wait_for(lambda t: sum(x.startswith("IND-") for x in t) >= 13, window)
            lines = [x for x in texts if x.startswith("IND-13")]
            assert any("  transféré · transfert approuvé le 20 mars 2019" in x for x in lines), lines
            condition_cell(doc, "GC-2", 2018, "verdict").setString("")
            tranche_cell(doc, 2020, "variable", "transferred").setValue(1076923.08)
            texts = wait_for(lambda t: "À vérifier\u202f:" in t, window)
            assert "Conditions pas encore appréciées pour 2018\u202f:" in texts
            assert any(x.startswith("1\u00a0076\u00a0923\u00a0EUR transféré hors de 2020")
                       for x in texts)
            shot = deck_picture(office, "deck-v2-fr.png")
            assert not shutil.which("import") or shot.stat().st_size > 10_000
            calendar_alone(office, doc)
            shot = deck_picture(office, "deck-v2-calendar-fr.png")
            assert not shutil.which("import") or shot.stat().st_size > 10_000
        finally:
            doc.close(True)
