#!/usr/bin/python3
"""Time the sidebar panels' refresh against the workbook's recalculation.

    /usr/bin/python3 bench/panel_benchmark.py [--indicators 1000] [--years 5] [--repeats 10]

In one soffice run (the office harness of tests/integration, visible on a
private Xvfb display, the .oxt installed into a throwaway profile) this

  1. creates a tracker with the New tracker command (vnd.condtrack:NewTracker,
     FirstYear 2018) in a visible document and fills it with deterministic
     data: per indicator a title, policy area, weight, method, baseline and per
     year a target and an actual (the last year's actuals left blank,
     pending), evidence links, some waived years; tranche ceilings, general
     conditions, gating milestones, disbursements; milestones; the first years
     closed.  Whole blocks go in with setDataArray (the indicator blocks
     through a scratch sheet and one copyRange each, see put_indicator_block);
     the formula columns (Score, Status, Eligible, Computed...) are left as
     New tracker made them;
  2. times doc.calculateAll() --recalcs times (the baseline: the workbook's own
     hard recalculation, deck still closed);
  3. opens the Conditionality deck and checks through the accessibility tree
     that the Indicators panel lists every indicator with the statuses the
     sheet shows, and that the Tranches panel shows the sheet's amount;
  4. edits one actual cell --repeats times; each edit makes the three panels
     refresh once, after the office is idle.  The panels log every refresh
     (CONDTRACK_LOG_LEVEL=debug, "panel refresh: indicators 12.345 ms"); the
     script waits for the three new lines after each edit, and also takes the
     wall time from the edit to the last refresh line.

It prints the medians and their ratio to the calculateAll() median.  Not a
test: nothing under tests/ runs it.

Needs /usr/bin/python3 (the interpreter with ``uno``), Xvfb and the .oxt
(``cmake --build build``).  Run as root, the office runs as nobody.
"""

import argparse
import datetime
import os
import re
import statistics
import sys
import time
from pathlib import Path

# The office inherits the environment when it starts: the panels log their
# refresh times at debug level only.
os.environ["CONDTRACK_LOG_LEVEL"] = "debug"

import uno  # noqa: E402 - the interpreter with uno: /usr/bin/python3

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from office import Office, dispatch  # noqa: E402

PANELS = ("indicators", "tranches", "calendar")
DECK = "CondTrackDeck"
FIRST_YEAR = 2018
FILLED_MILESTONES = 16
WAIT_TIMEOUT = 120    # seconds for the refresh lines of one edit
SETTLE = 1.0          # quiet seconds after an edit's lines, to catch extra refreshes

# Positions of docs/tracker-layout.md (0-based columns, as in tracker_template.hpp).
FIXED_COLS = 7        # ID, Title, Policy area, Weight, Method, Threshold, Baseline
YEAR_COLS = 6         # Target, Actual, Evidence, Waived, Score, Status
TARGET, ACTUAL, EVIDENCE, WAIVED, SCORE, STATUS = range(6)
HEADER_ROWS = 2
SCORE_FORMULA = "=ORG.CONDTRACK.FUNCTIONS.SCORE("    # COND.SCORE as getFormula shows it
STATUS_FORMULA = "=ORG.CONDTRACK.FUNCTIONS.STATUS("
YEARS_HEADER_ROW = 3  # CondTrack_Years' header row on the Reviews sheet

AREAS = ("Public financial management", "HR reform", "Procurement", "Revenue",
         "Health", "Education", "Social protection")
MILESTONE_TITLES = ("SIGRH payroll module live", "Civil service census published",
                    "Procurement portal launched", "Budget law adopted",
                    "Treasury single account operational", "Audit of arrears completed",
                    "HR records digitised", "Tax ID reform enacted")

LOG_LINE = re.compile(
    r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\] \[condtrack\] \[debug\] "
    r"panel refresh: (\w+) ([0-9.]+) ms")


def col_letters(col):
    letters = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def serial(day):
    """Date serial number (the document's null date is 1899-12-30)."""
    return float((day - datetime.date(1899, 12, 30)).days)


# --- data ----------------------------------------------------------------------


def closed_years(years):
    """Close the first years (at most two, never the last two): the deck
    shows the earliest open year, which then has actuals."""
    return min(2, max(0, years - 2))


def indicator_rows(indicators, years):
    """Per indicator: (fixed B:G values, per year (target, actual, evidence, waived)).

    Methods cycle linear, linear, binary, partial (threshold 0.5); one in five
    is lower-is-better; actuals give scores of 0, in between and 1; the last
    year's actuals are blank (pending), and one indicator in 50 has none at
    all; some years are waived and one in three actuals has an evidence link.
    """
    rows = []
    for i in range(indicators):
        ident = indicator_id(i)
        method = ("linear", "linear", "binary", "partial")[i % 4]
        threshold = 0.5 if method == "partial" else ""
        lower_is_better = i % 5 == 4
        baseline = 100.0 + (i % 6) * 10 if lower_is_better else 10.0 + (i % 7) * 5
        fixed = (f"{AREAS[i % len(AREAS)]} measure {i + 1}", AREAS[i % len(AREAS)],
                 1.0 + (i % 4) * 0.5, method, threshold, baseline)
        blocks = []
        for k in range(years):
            step = (k + 1) * (5 + i % 3 if lower_is_better else 8 + i % 4)
            target = baseline - step if lower_is_better else baseline + step
            if k == years - 1 or i % 50 == 49:
                actual, evidence = "", ""
            else:
                progress = ((i * 37 + k * 53) % 140) / 100.0 - 0.2  # -0.2 .. 1.19
                actual = round(baseline + progress * (target - baseline), 2)
                evidence = f"https://evidence.example.org/{ident}/{FIRST_YEAR + k}" if i % 3 == 0 else ""
            waived = 1.0 if (i % 40 == 7 and k == 1) or i % 97 == 11 else ""
            blocks.append((target, actual, evidence, waived))
        rows.append((ident, fixed, blocks))
    return rows


def indicator_id(i):
    """New tracker's ID of the i-th (0-based) indicator: IND-01 .. IND-09, IND-10 .."""
    return "IND-" + ("0" if i + 1 < 10 else "") + str(i + 1)


def milestone_id(j):
    return f"MS-{j % FILLED_MILESTONES + 1:02d}"


def milestone_rows(indicators, years):
    """MS-01.. with due dates from 2018 on; two in three done (some late),
    the others open (overdue, the last two due in 2031)."""
    rows = []
    for j in range(FILLED_MILESTONES):
        due_year = 2031 if j >= FILLED_MILESTONES - 2 else FIRST_YEAR + j // 3
        due = datetime.date(due_year, 1 + (j * 5) % 12, 15)
        done = due + datetime.timedelta(days=(j % 5 - 1) * 20) \
            if j % 3 != 2 and due_year < 2031 else None
        rows.append((milestone_id(j), MILESTONE_TITLES[j % len(MILESTONE_TITLES)],
                     indicator_id(j * 7 % indicators) if j % 2 == 0 else "",
                     float(FIRST_YEAR + j % years) if j % 4 == 1 else "",
                     serial(due), serial(done) if done else ""))
    return rows


STAGING_SHEET = "BenchStaging"


def put_indicator_block(doc, sheet, address, data, staged):
    """setDataArray of one block of the Indicators sheet.

    Direct, Calc takes about 6 ms per cell that the Score formulas read
    through their one-cell ranges (I3:I3, $G3:$G3...): 1,000 baselines take
    some 25 s, a whole tracker of 1,000 x 5 about 90 s.  Staged, the block is
    written with setDataArray into the same address of a scratch sheet (no
    listeners: milliseconds) and copied into place with one copyRange (which
    notifies the formulas in bulk, as a paste does: well under a second).
    """
    if not staged:
        sheet.getCellRangeByName(address).setDataArray(data)
        return
    sheets = doc.getSheets()
    if not sheets.hasByName(STAGING_SHEET):
        sheets.insertNewByName(STAGING_SHEET, sheets.getCount())
    source = sheets.getByName(STAGING_SHEET).getCellRangeByName(address)
    source.setDataArray(data)
    target = sheet.getCellRangeByName(address.split(":")[0]).getCellAddress()
    sheet.copyRange(target, source.getRangeAddress())


def fill_tracker(doc, indicators, years, staged=True):
    """Write the data block by block with setDataArray (no formula columns)."""
    sheets = doc.getSheets()
    ind = sheets.getByName("Indicators")
    first, last = HEADER_ROWS + 1, HEADER_ROWS + indicators  # 1-based rows
    rows = indicator_rows(indicators, years)
    put_indicator_block(doc, ind, f"B{first}:G{last}", tuple(r[1] for r in rows), staged)
    for k in range(years):
        c0 = FIXED_COLS + k * YEAR_COLS
        block = f"{col_letters(c0 + TARGET)}{first}:{col_letters(c0 + WAIVED)}{last}"
        put_indicator_block(doc, ind, block, tuple(r[2][k] for r in rows), staged)
    if sheets.hasByName(STAGING_SHEET):
        sheets.removeByName(STAGING_SHEET)

    tranches = sheets.getByName("Tranches")
    inputs, rules, paid = [], [], []
    for k in range(years):
        for variable in (False, True):
            ceiling = (14_000_000.0 + k * 500_000) if variable else (10_000_000.0 + k * 1_000_000)
            general = 1.0 if k < years - 1 else ""  # blank: not assessed yet
            # Milestone j is done when j % 3 != 2 (see milestone_rows): the
            # variable tranches wait on done ones, the fixed tranches of odd
            # years also on one that is not (blocked).
            if variable:
                gating = milestone_id(3 * k + 1)
            elif k % 2:
                gating = f"{milestone_id(3 * k)}, {milestone_id(3 * k + 2)}"
            else:
                gating = milestone_id(3 * k)
            inputs.append((ceiling, general, gating))
            rules.append(("transfer" if k % 2 else "reallocate") if variable else "")
            if k < closed_years(years):
                paid.append((round(ceiling * (1.0 if not variable else 0.8)),
                             serial(datetime.date(FIRST_YEAR + k + 1, 6, 30))))
            else:
                paid.append(("", ""))
    n = 2 * years
    tranches.getCellRangeByName(f"C2:E{n + 1}").setDataArray(tuple(inputs))
    tranches.getCellRangeByName(f"G2:G{n + 1}").setDataArray(tuple((r,) for r in rules))
    tranches.getCellRangeByName(f"J2:K{n + 1}").setDataArray(tuple(paid))

    milestones = sheets.getByName("Milestones")
    ms = milestone_rows(indicators, years)
    milestones.getCellRangeByName(f"A2:F{len(ms) + 1}").setDataArray(tuple(ms))

    reviews = sheets.getByName("Reviews")
    states = []
    for k in range(years):
        if k < closed_years(years):
            states.append(("closed", serial(datetime.date(FIRST_YEAR + k + 1, 4, 30))))
        else:
            states.append(("open", ""))
    top = YEARS_HEADER_ROW + 2  # 1-based first data row
    reviews.getCellRangeByName(f"C{top}:D{top + years - 1}").setDataArray(tuple(states))
    return rows


def check_formulas_kept(doc, indicators, years):
    """The Score and Status cells still hold New tracker's formulas."""
    ind = doc.getSheets().getByName("Indicators")
    last = HEADER_ROWS + indicators
    for k in range(years):
        c0 = FIXED_COLS + k * YEAR_COLS
        block = ind.getCellRangeByName(
            f"{col_letters(c0 + SCORE)}{HEADER_ROWS + 1}:{col_letters(c0 + STATUS)}{last}")
        formulas = block.getFormulaArray()
        # The API shows add-in functions by their programmatic names.
        bad = [i for i, (s, t) in enumerate(formulas)
               if not s.startswith(SCORE_FORMULA) or not t.startswith(STATUS_FORMULA)]
        if bad:
            raise RuntimeError(f"year block {FIRST_YEAR + k}: Score/Status formulas missing in "
                               f"{len(bad)} rows, first row {HEADER_ROWS + 1 + bad[0]}")


# --- the deck and its log ------------------------------------------------------


class RefreshLog:
    """Follows the add-in's log file and picks out the panel refresh lines."""

    def __init__(self, path):
        self.path = Path(path)
        self.offset = 0
        self.pending = ""
        self.rotations = 0

    def read(self):
        """New refresh lines since the last call: (timestamp, panel, ms)."""
        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return []
        if size < self.offset:  # rotated (1 MB): start over on the new file
            self.offset, self.pending = 0, ""
            self.rotations += 1
        if size == self.offset:
            return []
        with open(self.path, "rb") as f:
            f.seek(self.offset)
            chunk = f.read(size - self.offset)
        self.offset += len(chunk)
        text = self.pending + chunk.decode("utf-8", "replace")
        lines = text.split("\n")
        self.pending = lines.pop()  # an incomplete last line waits for the rest
        found = []
        for line in lines:
            match = LOG_LINE.match(line)
            if match:
                stamp = datetime.datetime.strptime(match[1], "%Y-%m-%d %H:%M:%S.%f").timestamp()
                found.append((stamp, match[2], float(match[3])))
        return found

    def wait(self, panels, timeout, poll=0.002):
        """Wait until one new line per panel arrived; returns (lines, time seen)."""
        lines = []
        deadline = time.monotonic() + timeout
        while True:
            lines += self.read()
            if set(panels) <= {p for _, p, _ in lines}:
                return lines, time.time()
            if time.monotonic() > deadline:
                raise RuntimeError(f"only {lines} after {timeout} s (waiting for {panels})")
            time.sleep(poll)


def open_deck(office, doc):
    """Open the Conditionality deck as tests/integration/test_sidebar.py does."""
    controller = doc.getCurrentController()
    helper = office.smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", office.ctx)
    helper.executeDispatch(controller.getFrame(), f".uno:SidebarDeck.{DECK}", "", 0, ())
    sidebar = controller.getSidebar()
    sidebar.setVisible(True)
    deadline = time.monotonic() + 15
    while not sidebar.getDecks().hasByName(DECK):
        helper.executeDispatch(controller.getFrame(), f".uno:SidebarDeck.{DECK}", "", 0, ())
        if time.monotonic() > deadline:
            raise RuntimeError("no CondTrackDeck in " + str(sidebar.getDecks().ElementNames))
        time.sleep(0.2)
    deck = sidebar.getDecks().getByName(DECK)
    deck.activate(True)
    sidebar.showDecks(True)
    return deck


def accessible_texts(window):
    """Every accessible name under a window, depth first.  Lists are read to
    the end (the Indicators list has one child per indicator); other
    contexts to their first 500 children, as in tests/integration (a sheet's
    grid reports every cell of the sheet as a child)."""
    list_role = uno.getConstantByName("com.sun.star.accessibility.AccessibleRole.LIST")
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
            if context.getAccessibleRole() != list_role:
                count = min(count, 500)
            for i in reversed(range(count)):
                child = context.getAccessibleChild(i)
                stack.append(child.getAccessibleContext() if child else None)
        except Exception:  # noqa: BLE001 - a child can vanish while we walk
            continue
    return names


def sanity_check(doc, window, indicators, years):
    """What the panels show against the sheet; returns lines for the report."""
    shown_year = FIRST_YEAR + closed_years(years)
    k = shown_year - FIRST_YEAR
    doc.calculateAll()
    sheet = doc.getSheets().getByName("Indicators")
    c0 = FIXED_COLS + k * YEAR_COLS
    first, last = HEADER_ROWS + 1, HEADER_ROWS + indicators
    ids = [r[0] for r in sheet.getCellRangeByName(f"A{first}:A{last}").getDataArray()]
    waived = [r[0] for r in sheet.getCellRangeByName(
        f"{col_letters(c0 + WAIVED)}{first}:{col_letters(c0 + WAIVED)}{last}").getDataArray()]
    status = [r[0] for r in sheet.getCellRangeByName(
        f"{col_letters(c0 + STATUS)}{first}:{col_letters(c0 + STATUS)}{last}").getDataArray()]
    expected = {i: ("waived" if w == 1 else s) for i, w, s in zip(ids, waived, status)}

    started = time.perf_counter()
    texts = accessible_texts(window)
    walk = time.perf_counter() - started
    lines = {}
    for text in texts:
        if text.startswith("IND-") and "(Weight" in text:
            lines[text.split("  ", 1)[0]] = text
    problems = []
    if len(lines) != indicators:
        problems.append(f"{len(lines)} indicator lines in the panel, {indicators} in the sheet")
    wrong = [i for i, want in expected.items()
             if i in lines and f"  {want}  (Weight" not in lines[i]]
    if wrong:
        problems.append(f"{len(wrong)} lines whose status differs from the sheet, e.g. "
                        f"{lines[wrong[0]]!r} (sheet: {expected[wrong[0]]})")
    counts = {w: sum(1 for s in expected.values() if s == w)
              for w in ("met", "partial", "not met", "pending", "waived")}
    summary = (f"{counts['met']} met · {counts['partial']} partial · "
               f"{counts['not met']} not met · {counts['pending']} pending")
    if summary not in texts:
        problems.append(f"no summary line {summary!r} in the Indicators panel")

    tranches = doc.getSheets().getByName("Tranches")
    row = 2 + 2 * k + 1  # 1-based: the variable tranche of the shown year
    computed = f"{round(tranches.getCellRangeByName(f'H{row}').getValue()):,}"
    ceiling = f"{round(tranches.getCellRangeByName(f'C{row}').getValue()):,}"
    if not any(f"Ceiling: {ceiling}" in t and f"Computed: {computed}" in t for t in texts):
        problems.append(f"Tranches panel lacks 'Ceiling: {ceiling} ... Computed: {computed}'")
    if not any(t.startswith("MS-") for t in texts):
        problems.append("no milestone in the Calendar panel")
    if problems:
        raise RuntimeError("the panels do not show the tracker:\n  " + "\n  ".join(problems))
    return [f"year shown {shown_year}: {len(lines)} indicator lines read through the "
            f"accessibility tree ({len(texts)} accessible names, walk {walk:.1f} s), every "
            f"status as in the sheet ({', '.join(f'{v} {w}' for w, v in counts.items())}); "
            f"summary line present",
            f"Tranches panel: variable tranche {shown_year} Ceiling {ceiling}, "
            f"Computed {computed} as in Tranches.H{row}; Calendar panel lists milestones"]


# --- measuring -----------------------------------------------------------------


def time_recalc(doc, repeats):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - started)
    return times


def time_edits(doc, log, indicators, years, repeats):
    """Edit one actual of the year shown; per edit the three refresh times,
    the wall time to the last refresh line (log timestamps) and to the moment
    the script saw all three lines."""
    shown = closed_years(years)
    sheet = doc.getSheets().getByName("Indicators")
    row = HEADER_ROWS + indicators // 2  # 0-based row of an indicator in the middle
    c0 = FIXED_COLS + shown * YEAR_COLS
    baseline = sheet.getCellByPosition(FIXED_COLS - 1, row).getValue()
    target = sheet.getCellByPosition(c0 + TARGET, row).getValue()
    cell = sheet.getCellByPosition(c0 + ACTUAL, row)
    edits = []
    for n in range(repeats):
        # Alternate partial and met, so every edit changes the value.
        new = round(baseline + (0.4 if n % 2 == 0 else 1.1) * (target - baseline), 2)
        log.read()  # drop anything older
        before = time.time()
        cell.setValue(new)
        lines, seen = log.wait(PANELS, WAIT_TIMEOUT)
        time.sleep(SETTLE)
        lines += log.read()
        firsts = {}  # panel -> (end time, ms) of its first refresh after the edit
        for stamp, panel, ms in lines:
            firsts.setdefault(panel, (stamp, ms))
        spans = {p: (end - ms / 1000, end) for p, (end, ms) in firsts.items()}
        first_start = min(start for start, _ in spans.values())
        last_logged = max(end for _, end in spans.values())
        # A refresh can run nested inside another one (the office runs its
        # event loop during a panel's refresh), so the three times can
        # overlap: the span from the first start to the last end counts each
        # millisecond once.  Log times have millisecond resolution.
        nested = sorted(f"{inner} in {outer}" for outer, (a, b) in spans.items()
                        for inner, (c, d) in spans.items()
                        if inner != outer and a < c and d <= b + 0.0015)
        edits.append({
            "panels": {p: firsts[p][1] for p in PANELS},
            "extra": len(lines) - len(firsts),
            "span": (last_logged - first_start) * 1000,
            "nested": nested,
            "to_logged": (last_logged - before) * 1000,
            "to_seen": (seen - before) * 1000,
        })
        extra = edits[-1]["extra"]
        print(f"  edit {n + 1}: {col_letters(c0 + ACTUAL)}{row + 1} = {new:g}; refresh "
              + ", ".join(f"{p} {edits[-1]['panels'][p]:.1f}" for p in PANELS)
              + f" ms (span {edits[-1]['span']:.0f} ms); last line logged {edits[-1]['to_logged']:.0f} ms, seen "
              f"{edits[-1]['to_seen']:.0f} ms after the edit"
              + (f"; nested: {', '.join(nested)}" if nested else "")
              + (f"; {extra} extra refresh lines" if extra else ""), flush=True)
    return edits


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--indicators", type=int, default=1000,
                        help="indicator rows of the tracker (default 1000)")
    parser.add_argument("--years", type=int, default=5,
                        help="assessment years, from 2018 (default 5)")
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"),
                        help="the extension to install (default build/condtrack.oxt)")
    parser.add_argument("--repeats", type=int, default=10,
                        help="edits, each timed through the three panels' refresh (default 10)")
    parser.add_argument("--fill", choices=("staged", "direct"), default="staged",
                        help="indicator data: setDataArray on a scratch sheet and copyRange "
                             "into place (default), or setDataArray on the tracker itself "
                             "(slow: about 90 s for 1000 x 5)")
    parser.add_argument("--recalcs", type=int, default=5,
                        help="calculateAll() runs for the baseline (default 5)")
    args = parser.parse_args()
    if args.indicators < 1 or args.indicators > 5000:
        parser.error("--indicators must be 1 to 5000 (New tracker's limit)")
    if args.years < 1 or args.years > 30:
        parser.error("--years must be 1 to 30 (New tracker's limit)")
    if args.repeats < 1 or args.recalcs < 1:
        parser.error("--repeats and --recalcs must be at least 1")
    oxt = Path(args.oxt)
    if not oxt.is_file():
        parser.error(f"{oxt} not found (cd {ROOT} && cmake --build build)")

    started = time.perf_counter()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"condtrack panel benchmark: {args.indicators} indicators x {args.years} years, "
          f"{args.recalcs} calculateAll() runs, {args.repeats} edits; extension {oxt}; "
          f"load average {load}", flush=True)
    with Office(oxt=str(oxt), xvfb=True, lifetime=3600) as office:
        print(f"office started on Xvfb {office.display} in "
              f"{time.perf_counter() - started:.1f} s", flush=True)
        log = RefreshLog(office.log_path())
        doc = office.new_calc(hidden=False)
        t0 = time.perf_counter()
        outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=FIRST_YEAR,
                           Years=args.years, Indicators=args.indicators)
        if not outcome.ok:
            raise RuntimeError(f"New tracker failed: {outcome.message}")
        t1 = time.perf_counter()
        fill_tracker(doc, args.indicators, args.years, staged=args.fill == "staged")
        t2 = time.perf_counter()
        check_formulas_kept(doc, args.indicators, args.years)
        print(f"  New tracker {t1 - t0:.2f} s, data filled in {t2 - t1:.2f} s "
              f"(setDataArray, {args.fill}), Score/Status formulas intact", flush=True)

        recalc = time_recalc(doc, args.recalcs)
        print("  calculateAll(): " + ", ".join(f"{t * 1000:.0f}" for t in recalc) + " ms",
              flush=True)

        log.read()
        t0 = time.perf_counter()
        open_deck(office, doc)
        first, _ = log.wait(PANELS, WAIT_TIMEOUT)
        time.sleep(SETTLE)
        first += log.read()
        print(f"  deck opened; first refresh: "
              + ", ".join(f"{p} {ms:.1f} ms" for _, p, ms in first)
              + f" (deck open to all three logged {time.perf_counter() - t0 - SETTLE:.1f} s)",
              flush=True)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        sanity = sanity_check(doc, window, args.indicators, args.years)
        for line in sanity:
            print("  " + line, flush=True)
        log.read()  # the sanity check's calculateAll() may have refreshed the panels
        time.sleep(SETTLE)
        log.read()

        edits = time_edits(doc, log, args.indicators, args.years, args.repeats)
        doc.close(True)

    total = time.perf_counter() - started
    base = statistics.median(recalc) * 1000
    rows = [("calculateAll() (workbook recalculation)", [t * 1000 for t in recalc])]
    for p in PANELS:
        rows.append((f"{p} panel refresh", [e["panels"][p] for e in edits]))
    rows.append(("three panels, span per edit (log)", [e["span"] for e in edits]))
    rows.append(("three panels, sum of the three", [sum(e["panels"].values()) for e in edits]))
    rows.append(("edit -> last refresh line (log time)", [e["to_logged"] for e in edits]))
    rows.append(("edit -> three lines seen (polled)", [e["to_seen"] for e in edits]))
    print()
    print(f"Milliseconds, {args.indicators} indicators x {args.years} years; calculateAll() "
          f"{args.recalcs} runs, refresh {args.repeats} edits; ratio = median / median of "
          f"calculateAll():")
    print(f"  {'measure':<40} {'median':>9} {'ratio':>7} {'min':>9} {'max':>9}")
    for label, values in rows:
        median = statistics.median(values)
        print(f"  {label:<40} {median:9.1f} {median / base:7.3f} {min(values):9.1f} "
              f"{max(values):9.1f}")
    extra = sum(e["extra"] for e in edits)
    nested = [n for e in edits for n in e["nested"]]
    if nested:
        kinds = sorted(set(nested))
        print(f"\nIn {sum(1 for e in edits if e['nested'])} of {len(edits)} edits one refresh ran "
              f"inside another ({', '.join(kinds)}): the outer panel's time includes the inner "
              f"one's, so the sum counts it twice; the span counts it once.")
    print(f"\nSanity: {sanity[0]}.\n        {sanity[1]}.")
    print(f"        {len(edits)} edits gave {3 * len(edits) + extra} refresh lines "
          f"({'one per panel and edit' if extra == 0 else f'{extra} more than one per panel and edit'}).")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nTotal run time {total:.0f} s; load average at the end {load} on "
          f"{os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
