"""Drive the extension's modal dialogs in a visible office (Xvfb), as a person
would: find the dialog among the toolkit's top windows, read and fill its
controls through the accessibility API, press its buttons, and close the
message box the command shows afterwards.

A command that opens a modal dialog does not return before the dialog is
closed, so it runs on a thread of its own while the test works the dialog:

    with command(office, doc, "vnd.condtrack:RecordAssessment", Quiet=False) as run:
        dialog = run.dialog("Record assessment")
        dialog.select("Indicator", 12)
        dialog.set_text("Actual value", "45")
        dialog.press("Record")
        outcome, boxes = run.finish()   # boxes: texts of the message boxes closed

Leaving the ``with`` block always unblocks the office: whatever dialog or
message box is still open gets Cancel (or OK), and the thread is joined with a
timeout, so a failing test cannot leave the office waiting on a modal dialog.

What is reachable, found out on LibreOffice 7.4 (VCL "gen" plugin, Xvfb):
- Dialog windows are ``toolkit.getTopWindow(i)``; their accessible context has
  the dialog's title as name and role DIALOG (message boxes: ALERT).
- Labels (LABEL), single-line edits (TEXT, named after their label, with
  XAccessibleEditableText), list boxes (a LIST descendant with
  XAccessibleSelection) and buttons (PUSH_BUTTON, XAccessibleAction
  ``doAccessibleAction(0)``) are direct children of the dialog.
- A read-only multi-line edit shows as a SCROLL_PANE whose text is neither in
  the accessibility tree nor in its window peer (which is a plain VCLXWindow
  there), so ``copy_text`` reads it like a person would copy it: click into
  it, Ctrl+Home, Ctrl+Shift+End, Ctrl+C (com.sun.star.awt.XToolkitRobot), and
  read the office's clipboard.
"""

import threading
import time

import uno
import unohelper
from com.sun.star.accessibility.AccessibleRole import (
    ALERT, DIALOG, LABEL, LIST, PANEL, PUSH_BUTTON, SCROLL_PANE, STATIC, TEXT)
from com.sun.star.accessibility.AccessibleStateType import FOCUSED, SHOWING
from com.sun.star.awt.Key import C as KEY_C, END as KEY_END, HOME as KEY_HOME
from com.sun.star.awt.KeyModifier import MOD1, SHIFT
from com.sun.star.awt.MouseButton import LEFT
from com.sun.star.datatransfer import XTransferable

from office import dispatch

TIMEOUT = 20  # seconds to wait for a dialog, a message box, or the command's end
POLL = 0.1
MESSAGE_TITLE = "condtrack"  # the title tellUser gives its message boxes
DISMISS_LABELS = ("Cancel", "Annuler", "OK")  # what the clean-up presses, in order


def _type(name):
    return uno.getTypeByName("com.sun.star." + name)


def _as(context, interface):
    """context seen through an accessibility interface (e.g. 'XAccessibleAction')."""
    found = context.queryInterface(_type("accessibility." + interface))
    if found is None:
        raise AssertionError(f"{context.getAccessibleName()!r} has no {interface}")
    return found


def screen_box(context):
    """(x, y, width, height) on the screen of an accessible object, in pixels."""
    component = _as(context, "XAccessibleComponent")
    where, size = component.getLocationOnScreen(), component.getSize()
    return where.X, where.Y, size.Width, size.Height


def children(context):
    out = []
    for i in range(context.getAccessibleChildCount()):
        child = context.getAccessibleChild(i)
        if child is not None:
            out.append(child.getAccessibleContext())
    return out


def _states(context):
    states = context.getAccessibleStateSet()
    if isinstance(states, int):
        # LibreOffice 7.5 and later: a bit set; the state constants are its bits.
        return {1 << bit for bit in range(64) if states & (1 << bit)}
    return set(states.getStates())


def toolkit(office):
    return office.smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", office.ctx)


def _visible_top_windows(office, roles):
    """(window, accessible context) of every visible top window with one of roles."""
    tk = toolkit(office)
    found = []
    for i in range(tk.getTopWindowCount()):
        window = tk.getTopWindow(i)
        try:
            if window is None or not window.isVisible():
                continue
            context = window.getAccessibleContext()
            if context.getAccessibleRole() in roles:
                found.append((window, context))
        except Exception:
            continue  # a window closing under our feet
    return found


def open_dialog_titles(office):
    return [c.getAccessibleName() for _, c in _visible_top_windows(office, (DIALOG, ALERT))]


def _press_button(context, label):
    for child in children(context):
        if child.getAccessibleRole() == PUSH_BUTTON and child.getAccessibleName() == label:
            _as(child, "XAccessibleAction").doAccessibleAction(0)
            return True
    return False


def _wait_hidden(window, timeout=5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if not window.isVisible():
                return
        except Exception:
            return  # disposed
        time.sleep(POLL)


class MessageBox:
    """A message box (XMessageBoxFactory) the command shows when it ends."""

    def __init__(self, window, context):
        self.window = window
        self.context = context
        self.title = context.getAccessibleName()
        parts = [c.getAccessibleName() for c in children(context)
                 if c.getAccessibleRole() == STATIC]
        self.text = "\n".join(parts)

    def close(self):
        if not _press_button(self.context, "OK"):
            raise AssertionError(f"message box {self.title!r} has no OK button")
        _wait_hidden(self.window)


def message_box(office, timeout=TIMEOUT):
    """The visible message box titled 'condtrack', or None after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        for window, context in _visible_top_windows(office, (ALERT,)):
            if context.getAccessibleName() == MESSAGE_TITLE:
                return MessageBox(window, context)
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL)


class _Text(unohelper.Base, XTransferable):
    """Plain text for the clipboard (a marker, to tell a fresh copy from an old one)."""

    def __init__(self, text):
        self.text = text

    def getTransferData(self, flavor):
        return self.text

    def getTransferDataFlavors(self):
        return (_text_flavor(),)

    def isDataFlavorSupported(self, flavor):
        return flavor.MimeType.startswith("text/plain")


def _text_flavor():
    flavor = uno.createUnoStruct("com.sun.star.datatransfer.DataFlavor")
    flavor.MimeType = "text/plain;charset=utf-16"
    flavor.HumanPresentableName = "Unicode-Text"
    flavor.DataType = uno.getTypeByName("string")
    return flavor


def _clipboard_text(clipboard):
    contents = clipboard.getContents()
    if contents is None:
        return None
    for flavor in contents.getTransferDataFlavors():
        if flavor.MimeType.startswith("text/plain;charset=utf-16"):
            return contents.getTransferData(flavor)
    return None


class Dialog:
    """A modal dialog (UnoControlDialog) found among the top windows."""

    def __init__(self, office, window, context):
        self.office = office
        self.window = window
        self.context = context
        self.title = context.getAccessibleName()

    # -- reading

    def controls(self):
        """(name, role) of the dialog's direct children, in tab order."""
        return [(c.getAccessibleName(), c.getAccessibleRole()) for c in children(self.context)]

    def _control(self, name, roles, what):
        for child in children(self.context):
            if child.getAccessibleName() == name and child.getAccessibleRole() in roles:
                return child
        raise AssertionError(f"no {what} {name!r} in dialog {self.title!r}: {self.controls()}")

    def labels(self):
        return [c.getAccessibleName() for c in children(self.context)
                if c.getAccessibleRole() == LABEL]

    def screen_box(self):
        """(x, y, width, height) of the dialog on the screen, in pixels."""
        return screen_box(self.context)

    def buttons(self):
        return [c.getAccessibleName() for c in children(self.context)
                if c.getAccessibleRole() == PUSH_BUTTON]

    def text(self, name):
        """The text of the single-line edit labelled name."""
        return _as(self._control(name, (TEXT,), "edit"), "XAccessibleText").getText()

    def _list(self, name):
        """The LIST inside the list box called name (a drop-down or a plain one)."""
        for child in children(self.context):
            if child.getAccessibleName() != name or child.getAccessibleRole() == LABEL:
                continue
            stack = [child]
            while stack:
                context = stack.pop()
                if context.getAccessibleRole() == LIST:
                    return context
                stack.extend(children(context))
        raise AssertionError(f"no list box {name!r} in dialog {self.title!r}: {self.controls()}")

    def items(self, name):
        return [c.getAccessibleName() for c in children(self._list(name))]

    def selected(self, name):
        """Positions of the selected entries of list box name."""
        listing = _as(self._list(name), "XAccessibleSelection")
        return [i for i in range(len(self.items(name))) if listing.isAccessibleChildSelected(i)]

    def copy_text(self, name, attempts=3):
        """The whole text of the multi-line edit labelled name: read through
        accessibility where the office exposes it (25.2), else copied through
        the clipboard (7.4 shows only a scroll pane around an unnamed panel)."""
        for child in children(self.context):
            if child.getAccessibleName() != name or child.getAccessibleRole() in (LABEL,
                                                                                 SCROLL_PANE):
                continue
            text = child.queryInterface(_type("accessibility.XAccessibleText"))
            if text is not None and text.getText():
                return text.getText()
        pane = self._control(name, (SCROLL_PANE,), "multi-line edit")
        area = next((c for c in children(pane) if c.getAccessibleRole() == PANEL), None)
        if area is None:
            raise AssertionError(f"no text area in {name!r}: {[c.getAccessibleName() for c in children(pane)]}")
        tk = toolkit(self.office)
        clipboard = self.office.smgr.createInstanceWithContext(
            "com.sun.star.datatransfer.clipboard.SystemClipboard", self.office.ctx)
        for attempt in range(attempts):
            marker = f"condtrack-test-marker-{time.monotonic_ns()}"
            clipboard.setContents(_Text(marker), None)
            self._click(tk, area)
            self._wait_state(area, FOCUSED, 5)
            self._key(tk, KEY_HOME, MOD1)
            self._key(tk, KEY_END, MOD1 | SHIFT)
            self._key(tk, KEY_C, MOD1, "c")
            deadline = time.monotonic() + 5
            while time.monotonic() < deadline:
                text = _clipboard_text(clipboard)
                if text is not None and text != marker:
                    return text
                time.sleep(POLL)
        raise AssertionError(f"could not copy the text of {name!r} in {attempts} attempts")

    def _click(self, tk, area):
        origin = self.context.getLocationOnScreen()
        at = area.getLocationOnScreen()
        event = uno.createUnoStruct("com.sun.star.awt.MouseEvent")
        event.Source = self.window
        event.Buttons = LEFT
        event.ClickCount = 1
        event.X = at.X - origin.X + 10
        event.Y = at.Y - origin.Y + 5
        tk.mouseMove(event)
        tk.mousePress(event)
        tk.mouseRelease(event)

    def _key(self, tk, code, modifiers, char="\0"):
        event = uno.createUnoStruct("com.sun.star.awt.KeyEvent")
        event.Source = self.window
        event.KeyCode = code
        event.Modifiers = modifiers
        event.KeyChar = uno.Char(char)
        tk.keyPress(event)
        tk.keyRelease(event)

    @staticmethod
    def _wait_state(context, state, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if state in _states(context):
                return True
            time.sleep(POLL)
        return False

    def layout_problems(self):
        """Controls outside the dialog, overlapping each other, or labels cut.

        Returns a list of readable problems (empty when the layout is sound).
        """
        problems = []
        size = self.context.getSize()
        boxes = []
        for child in children(self.context):
            if SHOWING not in _states(child):
                continue
            b = child.getBounds()
            name = f"{child.getAccessibleName()!r} (role {child.getAccessibleRole()})"
            if b.X < 0 or b.Y < 0 or b.X + b.Width > size.Width or b.Y + b.Height > size.Height:
                problems.append(f"{name} at {b.X},{b.Y} {b.Width}x{b.Height} leaves the "
                                f"{size.Width}x{size.Height} dialog")
            if b.Width <= 0 or b.Height <= 0:
                problems.append(f"{name} has no size")
            boxes.append((name, b))
        for i, (a_name, a) in enumerate(boxes):
            for b_name, b in boxes[i + 1:]:
                if a.X < b.X + b.Width and b.X < a.X + a.Width and \
                        a.Y < b.Y + b.Height and b.Y < a.Y + a.Height:
                    problems.append(f"{a_name} overlaps {b_name}")
        # A label narrower than its text is cut off on screen.
        for peer in self.window.getWindows():
            if peer.queryInterface(_type("awt.XFixedText")) is None or not peer.isVisible():
                continue
            want = peer.getPreferredSize().Width
            have = peer.getPosSize().Width
            if want > have:
                problems.append(f"label {peer.getProperty('Text')!r} needs {want} px, has {have}")
        return problems

    # -- acting

    def set_text(self, name, text):
        edit = self._control(name, (TEXT,), "edit")
        _as(edit, "XAccessibleEditableText").setText(text)
        assert _as(edit, "XAccessibleText").getText() == text

    def select(self, name, position):
        listing = _as(self._list(name), "XAccessibleSelection")
        listing.selectAccessibleChild(position)
        assert self.selected(name) == [position], self.selected(name)

    def press(self, label):
        if not _press_button(self.context, label):
            raise AssertionError(f"no button {label!r} in dialog {self.title!r}: {self.buttons()}")
        _wait_hidden(self.window)


def find_dialog(office, title, timeout=TIMEOUT, running=None):
    """The visible dialog with this title; fails after timeout (or when the
    command ends without showing it)."""
    deadline = time.monotonic() + timeout
    while True:
        for window, context in _visible_top_windows(office, (DIALOG,)):
            if context.getAccessibleName() == title:
                return Dialog(office, window, context)
        if running is not None and not running.thread.is_alive():
            running.raise_error()
            raise AssertionError(f"{running.command} ended without showing {title!r}: "
                                 f"{running.outcome}")
        if time.monotonic() >= deadline:
            raise AssertionError(f"no dialog {title!r} after {timeout}s; open: "
                                 f"{open_dialog_titles(office)}")
        time.sleep(POLL)


class Running:
    """A command dispatched on a thread of its own (it blocks while its dialogs run)."""

    def __init__(self, office, doc, name, arguments):
        self.office = office
        self.command = name
        self.outcome = None
        self.error = None
        self.thread = threading.Thread(
            target=self._run, args=(doc, arguments), name=name, daemon=True)

    def _run(self, doc, arguments):
        try:
            self.outcome = dispatch(self.office, doc, self.command, **arguments)
        except BaseException as e:  # handed to the test thread by finish()
            self.error = e

    def raise_error(self):
        if self.error is not None:
            raise self.error

    def dialog(self, title, timeout=TIMEOUT):
        return find_dialog(self.office, title, timeout, running=self)

    def finish(self, timeout=TIMEOUT):
        """Wait for the command to end, closing the message boxes it shows.

        Returns (DispatchOutcome, texts of the message boxes closed).  Fails if
        the command is still running after timeout (a dialog left open).
        """
        deadline = time.monotonic() + timeout
        boxes = []
        while self.thread.is_alive():
            box = message_box(self.office, timeout=0)
            if box is not None:
                boxes.append(box.text)
                box.close()
                continue
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.command} still running after {timeout}s; "
                                     f"open dialogs: {open_dialog_titles(self.office)}")
            self.thread.join(POLL)
        self.raise_error()
        return self.outcome, boxes

    def unblock(self, timeout=TIMEOUT):
        """Cancel (or OK) every dialog until the command ends; True if it did."""
        deadline = time.monotonic() + timeout
        while self.thread.is_alive() and time.monotonic() < deadline:
            for _, context in _visible_top_windows(self.office, (DIALOG, ALERT)):
                try:
                    any(_press_button(context, label) for label in DISMISS_LABELS)
                except Exception:
                    pass  # closed meanwhile
            self.thread.join(0.3)
        return not self.thread.is_alive()


class command:
    """Context manager: dispatch a command on a thread; on exit, unblock it."""

    def __init__(self, office, doc, name, **arguments):
        self.running = Running(office, doc, name, arguments)

    def __enter__(self):
        self.running.thread.start()
        return self.running

    def __exit__(self, exc_type, exc, tb):
        ended = self.running.unblock()
        if not ended and exc_type is None:
            raise AssertionError(f"{self.running.command} did not end; open dialogs: "
                                 f"{open_dialog_titles(self.running.office)}")
        return False
