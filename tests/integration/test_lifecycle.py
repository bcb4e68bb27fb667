"""Lifecycle in a real, visible office (Xvfb started by the test): documents
and windows opened, switched and closed with the Conditionality deck open,
the office shut down with the deck open, and the extension removed while a
document uses its functions, then the document reopened without and with it.

Nothing here may hang: every UNO call that could block runs under a deadline
(`within`), every office has a lifetime, and an office that must quit is
waited for with a timeout. Each test ends by checking that the office is
alive and answers a formula, or that it exited with code 0 when asked to.

Run from the repository root: /usr/bin/python3 -m pytest -q -p no:cacheprovider tests/integration/test_lifecycle.py
"""

import threading
import time
from pathlib import Path

import pytest
import unohelper
from com.sun.star.ucb import XCommandEnvironment

from deadline import within
from office import Office, dispatch, first_sheet, set_formula
from test_sidebar import accessible_texts, deck_by_name, indicator_lines, open_deck, wait_for
from v2_cells import indicator_cell

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"
EXTENSION_ID = "org.condtrack.extension"

CALL_DEADLINE = 60  # one UNO call; a healthy office answers in well under this
QUIT_DEADLINE = 60  # from terminate() to the process gone
LIFETIME = 420  # watchdog of the offices this module starts

ERR_NAME = 525  # #NAME?
CRASH_MARKS = ("Fatal exception", "Unspecified Application Error", "Signal 6", "Signal 11")




def soffice_output(office):
    try:
        return office.soffice_log.read_text(errors="replace")
    except OSError:
        return ""


def assert_no_crash_report(office):
    out = soffice_output(office)
    assert not any(mark in out for mark in CRASH_MARKS), out[-3000:]


def assert_office_answers(office):
    """soffice lives and computes a native formula and one of ours."""
    assert office.proc is not None and office.proc.poll() is None, (
        f"soffice exited with {office.proc.returncode if office.proc else None}:\n"
        + soffice_output(office)[-3000:])

    def probe():
        doc = office.new_calc()
        try:
            sheet = first_sheet(doc)
            set_formula(sheet, "A1", "=1+1")
            set_formula(sheet, "A2", "=COND.SCORE(6;0;10)")
            return (sheet.getCellRangeByName("A1").getValue(),
                    sheet.getCellRangeByName("A2").getValue())
        finally:
            doc.close(True)

    assert within(CALL_DEADLINE, "a trivial formula", probe) == (2.0, pytest.approx(0.6))
    assert_no_crash_report(office)


def terminate_and_wait(office):
    """Ask the office to quit (documents left open) and return its exit code;
    fails if it does not go within QUIT_DEADLINE."""
    answer = {}

    def terminate():
        try:
            answer["terminated"] = office.desktop.terminate()
        except Exception as e:  # the bridge may drop while the office quits
            answer["error"] = repr(e)

    worker = threading.Thread(target=terminate, daemon=True)
    worker.start()
    started = time.monotonic()
    worker.join(QUIT_DEADLINE)
    assert not worker.is_alive(), "Desktop.terminate() hung"
    assert answer.get("terminated", True) is not False, "terminate() was vetoed"
    left = max(1.0, QUIT_DEADLINE - (time.monotonic() - started))
    try:
        code = office.proc.wait(timeout=left)
    except Exception:
        pytest.fail(f"soffice still running {QUIT_DEADLINE}s after terminate()")
    return code


def frame_of(doc):
    return doc.getCurrentController().getFrame()


def window_of(doc):
    return frame_of(doc).getContainerWindow()


def controllers(doc):
    enumeration = doc.getControllers()
    found = []
    while enumeration.hasMoreElements():
        found.append(enumeration.nextElement())
    return found


def open_deck_in(office, controller):
    """open_deck for a given window (controller) of a document."""
    frame = controller.getFrame()
    helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
    sidebar = controller.getSidebar()
    sidebar.setVisible(True)
    deadline = time.monotonic() + 45
    helper.executeDispatch(frame, ".uno:SidebarDeck.CondTrackDeck", "", 0, ())
    while (deck := deck_by_name(sidebar)) is None:
        if time.monotonic() > deadline:
            pytest.fail("no CondTrackDeck in " + str(sidebar.getDecks().ElementNames))
        helper.executeDispatch(frame, ".uno:SidebarDeck.CondTrackDeck", "", 0, ())
        time.sleep(0.2)
    deck.activate(True)
    sidebar.showDecks(True)
    return deck


def shows_tracker(texts):
    return len(indicator_lines(texts)) == 13


def ind09_not_met(texts):
    return any(line.startswith("IND-09") and "  not met  " in line
               for line in indicator_lines(texts))


def ind09_not_not_met(texts):
    lines = indicator_lines(texts)
    return len(lines) == 13 and any(line.startswith("IND-09") and "  not met  " not in line
                                    for line in lines)


def load_with_deck(office, path=EXAMPLE):
    doc = within(CALL_DEADLINE, "loading the example", office.load, path, hidden=False)
    within(CALL_DEADLINE, "opening the deck", open_deck, office, doc)
    wait_for(shows_tracker, window_of(doc))
    return doc


def close_quietly(doc):
    try:
        doc.close(True)
    except Exception:
        pass  # already closed, or the office died: the test has failed already


@pytest.fixture(scope="module")
def gui(oxt):
    with Office(oxt=str(oxt), xvfb=True, lifetime=LIFETIME) as office:
        yield office


@pytest.fixture(autouse=True)
def gui_survives(request):
    yield
    if "gui" in request.fixturenames:
        assert_office_answers(request.getfixturevalue("gui"))


# --- closing and shutting down with the deck open --------------------------------------


def test_closing_a_document_and_shutting_down_with_the_deck_open(oxt):
    with Office(oxt=str(oxt), xvfb=True, lifetime=LIFETIME) as office:
        first = load_with_deck(office)
        within(CALL_DEADLINE, "closing a document with the deck open", first.close, True)
        assert_office_answers(office)
        # Shut down with the deck open on two documents, one of them a
        # tracker, neither modified (so nothing asks to save).
        second = load_with_deck(office)
        third = within(CALL_DEADLINE, "a new document", office.new_calc, hidden=False)
        within(CALL_DEADLINE, "opening the deck", open_deck, office, third)
        wait_for(lambda t: any("has no conditionality tracker" in x for x in t), window_of(third))
        for doc in (second, third):
            doc.setModified(False)
        assert terminate_and_wait(office) == 0
        assert_no_crash_report(office)


def test_closing_the_window_through_the_close_command_with_the_deck_open(gui):
    doc = load_with_deck(gui)
    helper = gui.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", gui.ctx)
    doc.setModified(False)
    within(CALL_DEADLINE, ".uno:CloseDoc", helper.executeDispatch,
           frame_of(doc), ".uno:CloseDoc", "", 0, ())
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            if doc.getCurrentController() is None:
                break
        except Exception:
            break  # disposed
        time.sleep(0.2)
    else:
        pytest.fail(".uno:CloseDoc did not close the document")


# --- two windows on one document ----------------------------------------------------------


def test_two_windows_on_one_document_with_the_deck_open_in_both(gui):
    doc = load_with_deck(gui)
    try:
        first_frame = frame_of(doc)
        helper = gui.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", gui.ctx)
        within(CALL_DEADLINE, ".uno:NewWindow", helper.executeDispatch,
               first_frame, ".uno:NewWindow", "", 0, ())
        deadline = time.monotonic() + 15
        while len(controllers(doc)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        windows = controllers(doc)
        assert len(windows) == 2
        second = next(c for c in windows if c.getFrame() != first_frame)
        within(CALL_DEADLINE, "opening the deck in the new window", open_deck_in, gui, second)
        first_window = first_frame.getContainerWindow()
        second_window = second.getFrame().getContainerWindow()
        wait_for(shows_tracker, second_window)

        # An edit shows in both decks.
        ind09_actual = indicator_cell(doc, "IND-09", 2018, "actual")
        ind09_actual.setValue(11)  # IND-09: 46 -> 11, under its baseline 40: not met
        wait_for(ind09_not_met, second_window)
        wait_for(ind09_not_met, first_window)

        # Close the new window: the document and its first window stay.
        within(CALL_DEADLINE, "closing the second window", second.getFrame().close, True)
        deadline = time.monotonic() + 15
        while len(controllers(doc)) > 1 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(controllers(doc)) == 1
        ind09_actual.setValue(46)
        wait_for(ind09_not_not_met, first_window)
        assert_office_answers(gui)

        # Then the last window: the document goes with it.
        doc.setModified(False)
        within(CALL_DEADLINE, "closing the first window", first_frame.close, True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if not controllers(doc):
                    break
            except Exception:
                break  # disposed
            time.sleep(0.2)
        else:
            pytest.fail("the document still has a window")
    finally:
        close_quietly(doc)


def test_closing_the_first_of_two_windows_keeps_the_second_deck_working(gui):
    doc = load_with_deck(gui)
    try:
        first_frame = frame_of(doc)
        helper = gui.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", gui.ctx)
        within(CALL_DEADLINE, ".uno:NewWindow", helper.executeDispatch,
               first_frame, ".uno:NewWindow", "", 0, ())
        deadline = time.monotonic() + 15
        while len(controllers(doc)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        second = next(c for c in controllers(doc) if c.getFrame() != first_frame)
        within(CALL_DEADLINE, "opening the deck in the new window", open_deck_in, gui, second)
        second_window = second.getFrame().getContainerWindow()
        wait_for(shows_tracker, second_window)
        # The window the deck was opened in first goes first.
        within(CALL_DEADLINE, "closing the first window", first_frame.close, True)
        indicator_cell(doc, "IND-09", 2018, "actual").setValue(11)
        wait_for(ind09_not_met, second_window)
        # Record assessment in the remaining window works too.
        outcome = within(CALL_DEADLINE, "RecordAssessment", dispatch, gui, doc,
                         "vnd.condtrack:RecordAssessment", Indicator="IND-09", Year=2018,
                         Actual=46, Reason="restore", Approver="test")
        assert outcome.ok, outcome.message
        wait_for(ind09_not_not_met, second_window)
    finally:
        close_quietly(doc)


# --- switching quickly between documents ---------------------------------------------------


SWITCHES = 30


def test_switching_quickly_between_documents_while_editing(gui):
    trackers = [load_with_deck(gui) for _ in range(2)]
    plain = within(CALL_DEADLINE, "a new document", gui.new_calc, hidden=False)
    docs = trackers + [plain]
    try:
        within(CALL_DEADLINE, "opening the deck", open_deck, gui, plain)

        ind09_actual = {id(doc): indicator_cell(doc, "IND-09", 2018, "actual") for doc in trackers}

        def switch_and_edit():
            started = time.monotonic()
            for k in range(SWITCHES):
                doc = docs[k % len(docs)]
                frame = frame_of(doc)
                frame.getContainerWindow().setFocus()
                frame.activate()
                first_sheet(doc).getCellRangeByName("A40").setValue(k)
                if doc in trackers:
                    # IND-09's actual flips between met-ish and not met.
                    ind09_actual[id(doc)].setValue(11 if k % 2 else 46)
            return time.monotonic() - started

        seconds = within(CALL_DEADLINE * 2, f"{SWITCHES} switches", switch_and_edit)
        print(f"\n{SWITCHES} document switches with edits: {seconds:.2f}s")
        # Each deck shows its own document, with the last edit.
        last = {id(doc): None for doc in trackers}
        for k in range(SWITCHES):
            doc = docs[k % len(docs)]
            if doc in trackers:
                last[id(doc)] = 11 if k % 2 else 46
        for doc in trackers:
            expect = ind09_not_met if last[id(doc)] == 11 else ind09_not_not_met
            wait_for(expect, window_of(doc))
        wait_for(lambda t: any("has no conditionality tracker" in x for x in t), window_of(plain))
        assert not indicator_lines(accessible_texts(window_of(plain)))
    finally:
        for doc in docs:
            close_quietly(doc)


# --- removing the extension while a document uses it ---------------------------------------


class CommandEnvironment(unohelper.Base, XCommandEnvironment):
    """No interaction, no progress. (removeExtension with a null environment
    crashes LibreOffice 7.4 itself, before any extension code runs.)"""

    def getInteractionHandler(self):
        return None

    def getProgressHandler(self):
        return None


def remove_in_running_office(office, identifier):
    """Tools > Extension Manager > Remove, through the API, in the running office."""
    manager = office.ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager")
    environment = CommandEnvironment()
    deployed = manager.getDeployedExtensions("user", None, environment)
    package = next(p for p in deployed if p.getIdentifier().Value == identifier)
    manager.removeExtension(identifier, package.getName(), "user", None, environment)
    return [p.getIdentifier().Value for p in manager.getDeployedExtensions("user", None, environment)]


FORMULAS = {
    "A1": "=COND.SCORE(B1;0;10)",
    "A2": "=COND.STATUS(A1)",
    "A3": "=COND.VERSION()",
    "A4": '=COND.TRANCHE(1000;{1;1};{1;0.5})',
}


def stored_formulas(sheet):
    return {a: sheet.getCellRangeByName(a).getFormula() for a in FORMULAS}


def results(sheet):
    return {a: (sheet.getCellRangeByName(a).getError(), sheet.getCellRangeByName(a).getString())
            for a in FORMULAS}


def test_removing_the_extension_while_a_document_uses_it_then_reopening(oxt):
    with Office(oxt=str(oxt), xvfb=True, lifetime=LIFETIME) as office:
        tracker = load_with_deck(office)
        doc = within(CALL_DEADLINE, "a new document", office.new_calc, hidden=False)
        sheet = first_sheet(doc)
        sheet.getCellRangeByName("B1").setValue(6)
        for address, formula in FORMULAS.items():
            set_formula(sheet, address, formula)
        computed = results(sheet)
        assert computed["A1"] == (0, "0.6") and computed["A2"] == (0, "partial")
        version = computed["A3"][1]
        assert computed["A4"] == (0, "750")
        programmatic = stored_formulas(sheet)
        assert programmatic["A1"] == "=ORG.CONDTRACK.FUNCTIONS.SCORE(B1;0;10)"

        left = within(CALL_DEADLINE, "removeExtension", remove_in_running_office, office,
                      EXTENSION_ID)
        assert EXTENSION_ID not in left

        # The running office keeps the loaded component until it restarts:
        # edits recompute with it (or give #NAME?), nothing crashes.
        sheet.getCellRangeByName("B1").setValue(8)
        within(CALL_DEADLINE, "recalculating", doc.calculateAll)
        after = results(sheet)
        print(f"\nafter removeExtension in the running office: {after}")
        assert after["A1"] in ((0, "0.8"), (ERR_NAME, "#NAME?")), after
        assert stored_formulas(sheet) == programmatic
        indicator_cell(tracker, "IND-09", 2018, "actual").setValue(11)
        within(CALL_DEADLINE, "recalculating the tracker", tracker.calculateAll)
        assert_office_answers_without_extension(office)

        saved = within(CALL_DEADLINE, "storing", office.store, doc, "uses-condtrack.ods")
        for d in (doc, tracker):
            d.setModified(False)
        assert terminate_and_wait(office) == 0
        assert_no_crash_report(office)
        office.stop()

        # Restarted without the extension: the formulas survive as text.
        assert EXTENSION_ID not in office.list_extensions()
        within(CALL_DEADLINE * 2, "restarting", office.start)
        doc = within(CALL_DEADLINE, "reopening", office.load, saved, hidden=False)
        sheet = first_sheet(doc)
        within(CALL_DEADLINE, "recalculating", doc.calculateAll)
        kept = stored_formulas(sheet)
        for address, formula in programmatic.items():
            assert kept[address].upper() == formula.upper(), kept
        assert sheet.getCellRangeByName("A1").getError() == ERR_NAME
        # Saved again without the extension, still nothing is lost.
        resaved = within(CALL_DEADLINE, "storing", office.store, doc, "saved-without.ods")
        doc.setModified(False)
        assert terminate_and_wait(office) == 0
        office.stop()

        # Reinstalled: the same file computes again.
        office.add_extension(oxt)
        within(CALL_DEADLINE * 2, "restarting", office.start)
        doc = within(CALL_DEADLINE, "reopening", office.load, resaved, hidden=False)
        sheet = first_sheet(doc)
        within(CALL_DEADLINE, "recalculating", doc.calculateAll)
        assert stored_formulas(sheet) == programmatic
        assert results(sheet) == {"A1": (0, "0.8"), "A2": (0, "partial"), "A3": (0, version),
                                  "A4": (0, "750")}
        tracker = load_with_deck(office)  # the deck is back too
        assert_office_answers(office)
        for d in (doc, tracker):
            close_quietly(d)


def assert_office_answers_without_extension(office):
    """After the removal: alive, native formulas compute; ours may or may not."""
    assert office.proc.poll() is None, soffice_output(office)[-3000:]

    def probe():
        doc = office.new_calc()
        try:
            sheet = first_sheet(doc)
            set_formula(sheet, "A1", "=1+1")
            set_formula(sheet, "A2", "=COND.SCORE(6;0;10)")
            return (sheet.getCellRangeByName("A1").getValue(),
                    sheet.getCellRangeByName("A2").getError())
        finally:
            doc.close(True)

    native, ours = within(CALL_DEADLINE, "a trivial formula", probe)
    assert native == 2.0 and ours in (0, ERR_NAME)
    assert_no_crash_report(office)
