#!/usr/bin/python3
"""How condtrack scales against native Calc formulas.

    /usr/bin/python3 bench/scale_benchmark.py [--quick] [--only ab]

Two parts, each run at full size and at 1/10 of it, every figure taken
against a native baseline measured in the same run:

(a) A portfolio tracker: 50 programmes x 13 indicators x 6 years, as ONE
    tracker made by the New tracker command (vnd.condtrack:NewTracker,
    FirstYear 2018, Years 6, Indicators 650), filled with panel_benchmark.py's
    deterministic data; the policy area of each indicator is its programme
    ("Programme 01".."Programme 50"), and a Portfolio sheet computes each
    programme's variable tranche per year (COND.TRANCHE over its 13 rows:
    300 formulas).  Saved as ours.ods; then every COND.SCORE, COND.STATUS,
    COND.TRANCHE and COND.TRANSFER formula is replaced by an equivalent native
    formula (nested IF score, IF status, SUMPRODUCT tranche and transfer), the
    results checked equal cell by cell, and saved as native.ods.  Measured:
      (1) load time of each .ods (loadComponentFromURL, hidden); baseline:
          native.ods;
      (2) doc.calculateAll() of each loaded document; baseline: native;
      (3) sidebar refresh after one edit (the three panels' "panel refresh"
          debug log lines, as in panel_benchmark.py; visible on Xvfb);
          baseline: calculateAll() of the same document (sidebar hidden);
      (3b) the office CPU time of one write (setValue) to a cell outside the
          tracker, deck open; the panels then re-read the tracker, find
          nothing to show anew and log nothing, so (3) cannot see it;
          baseline: the same write with the sidebar hidden;
      (4) Export to IATI (vnd.condtrack:ExportIati, Quiet, fixed
          GeneratedDatetime); baseline: storeToURL of the same document as
          .ods (filter calc8).
    1/10 size: 5 programmes, 65 indicators.

(b) One COND.SCORE array formula over 1,000,000 rows against the native
    element-wise clamp as one array formula, IF(R<0;0;IF(R>1;1;R)) with
    R=(A-B)/(C-B) (MIN/MAX cannot be used in an array formula: they reduce the
    whole array to one number), and, for reference, score_benchmark.py's
    per-row native =MIN(1;MAX(0;(A2-B2)/(C2-B2))) filled down.  Every result
    is checked against Python.  1/10 size: 100,000 rows.

It prints, per measure, the medians, the ratio ours / baseline at both sizes,
and the growth (time at full size / time at 1/10) of ours and of the baseline.
Not a test: nothing under tests/ runs it.

Needs /usr/bin/python3 (the interpreter with ``uno``), Xvfb and the .oxt
(``cmake --build build``).  Run as root, the office runs as nobody.
"""

import argparse
import datetime
import hashlib
import math
import os
import shutil
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import uno  # noqa: F401 - the interpreter with uno: /usr/bin/python3
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.FillDirection import TO_BOTTOM

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "bench"))

from office import Office, dispatch  # noqa: E402
import panel_benchmark as pb  # noqa: E402 - tracker data, deck and log helpers
import score_benchmark as sb  # noqa: E402 - score inputs, checks, Calc settings

# panel_benchmark sets this on import; only part (a)'s office needs it (the
# panels log their refresh times at debug level).
os.environ.pop("CONDTRACK_LOG_LEVEL", None)

INDICATORS_PER_PROGRAMME = 13
YEARS = 6
FIRST_YEAR = pb.FIRST_YEAR
FIRST = pb.HEADER_ROWS + 1          # 1-based first indicator row
GENERATED = "2026-01-31T12:00:00Z"  # fixed generated-datetime of the IATI files
PORTFOLIO_SHEET = "Portfolio"
ROWS_PER_CHUNK = 100_000            # setDataArray of the part (b) inputs, per call
TOL = 1e-9
IATI_NS = "{http://www.w3.org/XML/1998/namespace}"


def props(**kwargs):
    return tuple(PropertyValue(Name=k, Value=v) for k, v in kwargs.items())


def L(col):
    return pb.col_letters(col)


def median_ms(values):
    return statistics.median(values) * 1000


# --- part (a): the portfolio workbook -------------------------------------------


def programme_of(i):
    return f"Programme {i // INDICATORS_PER_PROGRAMME + 1:02d}"


def fill_programme_header(doc, programmes):
    """The Programme sheet (CondTrack_Header) rows the IATI export needs."""
    header = doc.getSheets().getByName("Programme")
    values = {
        2: "XI-IATI-EC_INTPA-BENCH-PORTFOLIO",
        3: "XI-IATI-EC_INTPA",
        5: "European Commission",
        6: f"Budget support portfolio, {programmes} programmes (benchmark)",
        7: f"Portefeuille d'appuis budgétaires, {programmes} programmes (banc d'essai)",
        9: "ML",
    }
    for row, text in values.items():
        header.getCellRangeByName(f"B{row}").setString(text)


def year_cols(k):
    c0 = pb.FIXED_COLS + k * pb.YEAR_COLS
    return {name: L(c0 + off) for name, off in
            (("target", pb.TARGET), ("actual", pb.ACTUAL), ("waived", pb.WAIVED),
             ("score", pb.SCORE), ("status", pb.STATUS))}


def portfolio_rows(programmes):
    """(programme, year index, first row, last row, ceiling) of the Portfolio sheet."""
    rows = []
    for p in range(programmes):
        a = FIRST + p * INDICATORS_PER_PROGRAMME
        for k in range(YEARS):
            rows.append((p, k, a, a + INDICATORS_PER_PROGRAMME - 1,
                         1_000_000.0 + 50_000.0 * (p % 9) + 100_000.0 * k))
    return rows


def cond_portfolio_formula(a, b, k, ceiling_cell):
    c = year_cols(k)
    return (f"=COND.TRANCHE({ceiling_cell};$Indicators.$D${a}:$D${b};"
            f"$Indicators.${c['score']}${a}:${c['score']}${b};"
            f"$Indicators.${c['waived']}${a}:${c['waived']}${b})")


def add_portfolio_sheet(doc, programmes):
    """Each programme's variable tranche per year, from its 13 indicator rows."""
    sheets = doc.getSheets()
    sheets.insertNewByName(PORTFOLIO_SHEET, sheets.getCount())
    sheet = sheets.getByName(PORTFOLIO_SHEET)
    rows = portfolio_rows(programmes)
    data = [("Programme", "Year", "Ceiling", "Computed")]
    data += [(f"Programme {p + 1:02d}", float(FIRST_YEAR + k), ceiling, "")
             for p, k, _, _, ceiling in rows]
    sheet.getCellRangeByName(f"A1:D{len(data)}").setDataArray(tuple(data))
    for n, (p, k, a, b, _) in enumerate(rows):
        r = n + 2
        sheet.getCellRangeByName(f"D{r}").setFormula(cond_portfolio_formula(a, b, k, f"C{r}"))


def build_tracker(office, programmes):
    """New tracker + data + header + Portfolio sheet, in a hidden document.

    Hidden, because once the Conditionality deck has been open (the 1/10
    size's sidebar measurement), every new visible window shows it, and with
    the deck shown each write through the API makes the panels re-read the
    tracker: building the full size took 7.8 s instead of 1.9 s."""
    indicators = programmes * INDICATORS_PER_PROGRAMME
    doc = office.new_calc(hidden=True)
    t0 = time.perf_counter()
    outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=FIRST_YEAR,
                       Years=YEARS, Indicators=indicators)
    if not outcome.ok:
        raise RuntimeError(f"New tracker failed: {outcome.message}")
    t1 = time.perf_counter()
    pb.fill_tracker(doc, indicators, YEARS, staged=True)
    ind = doc.getSheets().getByName("Indicators")
    last = FIRST + indicators - 1
    pb.put_indicator_block(doc, ind, f"C{FIRST}:C{last}",
                           tuple((programme_of(i),) for i in range(indicators)), staged=True)
    if doc.getSheets().hasByName(pb.STAGING_SHEET):
        doc.getSheets().removeByName(pb.STAGING_SHEET)
    fill_programme_header(doc, programmes)
    add_portfolio_sheet(doc, programmes)
    pb.check_formulas_kept(doc, indicators, YEARS)
    t2 = time.perf_counter()
    doc.calculateAll()
    print(f"    New tracker ({indicators} indicators x {YEARS} years) {t1 - t0:.1f} s, "
          f"data, header and Portfolio sheet {t2 - t1:.1f} s", flush=True)
    return doc


# Cells compared between the COND.* and the native workbook (1-based rows).
def compared_ranges(programmes):
    indicators = programmes * INDICATORS_PER_PROGRAMME
    last_col = L(pb.FIXED_COLS + YEARS * pb.YEAR_COLS - 1)
    return [("Indicators", f"A{FIRST}:{last_col}{FIRST + indicators - 1}"),
            ("Tranches", f"A2:L{1 + 2 * YEARS}"),
            (PORTFOLIO_SHEET, f"A2:D{1 + programmes * YEARS}")]


def snapshot(doc, programmes):
    sheets = doc.getSheets()
    return {(s, a): sheets.getByName(s).getCellRangeByName(a).getDataArray()
            for s, a in compared_ranges(programmes)}


def compare_snapshots(want, got, what):
    """Every cell equal (numbers within 1e-9 relative, 1e-6 absolute)."""
    checked = 0
    kinds = set()
    for key, rows in want.items():
        for r, (row_w, row_g) in enumerate(zip(rows, got[key])):
            for c, (w, g) in enumerate(zip(row_w, row_g)):
                checked += 1
                if isinstance(w, float) and isinstance(g, float):
                    if math.isclose(w, g, rel_tol=1e-9, abs_tol=1e-6):
                        continue
                elif w == g:
                    if isinstance(w, str) and w in ("met", "partial", "not met", "pending"):
                        kinds.add(w)
                    continue
                sheet, address = key
                first_row = int("".join(ch for ch in address.split(":")[0] if ch.isdigit()))
                raise RuntimeError(f"{what}: {sheet}.{L(c)}{first_row + r} is {g!r}, "
                                   f"expected {w!r}")
    return checked, kinds


def native_score(r, k):
    """COND.SCORE(actual; baseline; target; method; threshold) of row r, natively.

    Pending (blank actual) gives ""; met (ratio >= 1 - 1e-9) 1; binary 0
    otherwise; partial 0.5 from the threshold (default 0.5) on; linear
    max(0, ratio), or 0 below a threshold when one is given (0 = none)."""
    c = year_cols(k)
    a, t = f"{c['actual']}{r}", f"{c['target']}{r}"
    ratio = f"({a}-$G{r})/({t}-$G{r})"
    return (f'=IF(ISBLANK({a});"";IF({ratio}>=1-1E-9;1;IF($E{r}="binary";0;'
            f'IF($E{r}="partial";IF({ratio}>=IF(N($F{r})>0;$F{r};0.5)-1E-9;0.5;0);'
            f'IF(AND(N($F{r})>0;{ratio}<$F{r}-1E-9);0;MAX(0;{ratio}))))))')


def native_status(r, k):
    s = f"{year_cols(k)['score']}{r}"
    return f'=IF({s}="";"pending";IF({s}>=1-1E-9;"met";IF({s}>0;"partial";"not met")))'


def native_sums(a, b, k):
    """Weights, scores (pending = 0) and waived flags of rows a..b, year k."""
    c = year_cols(k)
    w = f"$Indicators.$D${a}:$D${b}"
    s = f"$Indicators.${c['score']}${a}:${c['score']}${b}"
    wv = f"$Indicators.${c['waived']}${a}:${c['waived']}${b}"
    weighted = f"SUMPRODUCT({w};IF(ISNUMBER({s});{s};0);{wv}<>1)"
    active = f"SUMPRODUCT({w};{wv}<>1)"
    return w, wv, weighted, active


def to_native(doc, programmes):
    """Replace the COND.SCORE/STATUS/TRANCHE/TRANSFER formulas by native ones."""
    indicators = programmes * INDICATORS_PER_PROGRAMME
    last = FIRST + indicators - 1
    sheets = doc.getSheets()
    ind = sheets.getByName("Indicators")
    for k in range(YEARS):
        c = year_cols(k)
        ind.getCellRangeByName(f"{c['score']}{FIRST}").setFormula(native_score(FIRST, k))
        ind.getCellRangeByName(f"{c['status']}{FIRST}").setFormula(native_status(FIRST, k))
        if indicators > 1:  # Score and Status are adjacent: one fill for both
            ind.getCellRangeByName(f"{c['score']}{FIRST}:{c['status']}{last}").fillAuto(
                TO_BOTTOM, 1)
    tranches = sheets.getByName("Tranches")
    replaced = 0
    for k in range(YEARS):
        r = 2 + 2 * k + 1  # the variable tranche of year k
        w, wv, weighted, active = native_sums(FIRST, last, k)
        tranches.getCellRangeByName(f"H{r}").setFormula(
            f'=IF(F{r};C{r}*{weighted}/IF(G{r}="transfer";SUM({w});{active});0)')
        tranches.getCellRangeByName(f"I{r}").setFormula(
            f'=IF(C{r}="";"";IF(G{r}="transfer";C{r}*SUMPRODUCT({w};{wv}=1)/SUM({w});0))')
        replaced += 2
    portfolio = sheets.getByName(PORTFOLIO_SHEET)
    for n, (_, k, a, b, _) in enumerate(portfolio_rows(programmes)):
        row = n + 2
        _, _, weighted, active = native_sums(a, b, k)
        portfolio.getCellRangeByName(f"D{row}").setFormula(f"=C{row}*{weighted}/{active}")
        replaced += 1
    return 2 * indicators * YEARS + replaced


def count_cond_formulas(doc):
    """Formula cells still calling the add-in, per sheet."""
    counts = {}
    sheets = doc.getSheets()
    for i in range(sheets.getCount()):
        sheet = sheets.getByIndex(i)
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress()
        block = sheet.getCellRangeByPosition(0, 0, end.EndColumn, end.EndRow).getFormulaArray()
        n = sum(1 for row in block for f in row if "ORG.CONDTRACK.FUNCTIONS." in f)
        if n:
            counts[sheet.getName()] = n
    return counts


def prepare_workbooks(office, programmes):
    """ours.ods and native.ods of one size; returns their paths and the reference values."""
    doc = build_tracker(office, programmes)
    try:
        reference = snapshot(doc, programmes)
        cond_before = count_cond_formulas(doc)
        ours = office.store(doc, f"ours-{programmes}.ods")
        t0 = time.perf_counter()
        replaced = to_native(doc, programmes)
        doc.calculateAll()
        checked, kinds = compare_snapshots(reference, snapshot(doc, programmes),
                                           "native workbook")
        if kinds != {"met", "partial", "not met", "pending"}:
            raise RuntimeError(f"statuses cover only {sorted(kinds)}")
        cond_after = count_cond_formulas(doc)
        native = office.store(doc, f"native-{programmes}.ods")
        print(f"    {replaced} formulas made native in {time.perf_counter() - t0:.1f} s; "
              f"{checked} cells equal in both workbooks (all four statuses present); "
              f"COND.* formula cells: ours {sum(cond_before.values())}, native "
              f"{sum(cond_after.values())} ({', '.join(f'{s} {n}' for s, n in cond_after.items())}"
              f"; kept in both); files {ours.stat().st_size // 1024} KB and "
              f"{native.stat().st_size // 1024} KB", flush=True)
    finally:
        doc.close(True)
    return ours, native, reference


def config(office, node, prop):
    provider = office.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    try:
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationAccess", props(nodepath=node))
        return access.getPropertyValue(prop)
    except Exception as e:  # noqa: BLE001 - informative only
        return f"? ({type(e).__name__})"


def load_hidden(office, path):
    doc = office.desktop.loadComponentFromURL(path.as_uri(), "_blank", 0, props(Hidden=True))
    if doc is None:
        raise RuntimeError(f"could not load {path}")
    return doc


def time_calc(doc, repeats):
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        doc.calculateAll()
        times.append(time.perf_counter() - t0)
    return times


def measure_load_and_calc(office, files, reference, programmes, repeats, recalcs):
    """(1) and (2): load each file `repeats` times (alternating which goes
    first), each time calculateAll() `recalcs` times, then close."""
    load = {"ours": [], "native": []}
    calc = {"ours": [], "native": []}
    for variant in ("ours", "native"):  # warm-up, not timed: the first load of a
        load_hidden(office, files[variant]).close(True)  # file pays for caches
    for n in range(repeats):
        order = ("ours", "native") if n % 2 == 0 else ("native", "ours")
        for variant in order:
            t0 = time.perf_counter()
            doc = load_hidden(office, files[variant])
            load[variant].append(time.perf_counter() - t0)
            try:
                if n == 0:  # the values as loaded, before any recalculation
                    compare_snapshots(reference, snapshot(doc, programmes),
                                      f"{variant} as loaded")
                calc[variant] += time_calc(doc, recalcs)
                if n == 0:
                    compare_snapshots(reference, snapshot(doc, programmes),
                                      f"{variant} recalculated")
            finally:
                doc.close(True)
    for variant in ("ours", "native"):
        print(f"    {variant}: load " + ", ".join(f"{t:.2f}" for t in load[variant])
              + " s; calculateAll " + ", ".join(f"{t * 1000:.0f}" for t in calc[variant])
              + " ms", flush=True)
    return load, calc


def measure_export(office, path, programmes, repeats):
    """(4): Export to IATI and storeToURL (.ods) of the same loaded document."""
    doc = load_hidden(office, path)
    out = office.workdir / "out"
    export, store = [], []
    try:
        for n in range(repeats):
            target = out / f"iati-{programmes}-{n}.xml"
            t0 = time.perf_counter()
            outcome = dispatch(office, doc, "vnd.condtrack:ExportIati", Url=target.as_uri(),
                               GeneratedDatetime=GENERATED)
            export.append(time.perf_counter() - t0)
            if not outcome.ok:
                raise RuntimeError(f"Export to IATI failed: {outcome.message}")
            copy = out / f"copy-{programmes}-{n}.ods"
            t0 = time.perf_counter()
            doc.storeToURL(copy.as_uri(), props(FilterName="calc8", Overwrite=True))
            store.append(time.perf_counter() - t0)
    finally:
        doc.close(True)
    first = out / f"iati-{programmes}-0.xml"
    root = ET.parse(first).getroot()
    activity = root.find("iati-activity")
    results = activity.findall("result")
    indicators = sum(len(r.findall("indicator")) for r in results)
    if indicators != programmes * INDICATORS_PER_PROGRAMME:
        raise RuntimeError(f"IATI file has {indicators} indicators")
    same = all((out / f"iati-{programmes}-{n}.xml").read_bytes() == first.read_bytes()
               for n in range(repeats))
    print(f"    IATI export " + ", ".join(f"{t:.2f}" for t in export) + " s ("
          f"{first.stat().st_size // 1024} KB, {len(results)} results, {indicators} "
          f"indicators, identical files: {same}); storeToURL .ods "
          + ", ".join(f"{t:.2f}" for t in store) + " s", flush=True)
    return export, store


WRITES = 40               # (3b) writes outside the tracker, one at a time
WRITE_PAUSE = 0.05        # seconds after each: the office goes idle (a refresh would run)
WRITE_CELL = "F2"         # on the Portfolio sheet: in no tracker range, read by no formula
CLOCK_TICK = 1 / os.sysconf("SC_CLK_TCK")


def office_cpu(office):
    """CPU seconds (user + system) used so far by the office's processes
    (its process group: the launcher and soffice.bin)."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        if int(fields[2]) == office.proc.pid:  # process group id
            total += int(fields[11]) + int(fields[12])
    return total * CLOCK_TICK


def cpu_per_write(office, doc):
    """Office CPU seconds per setValue of a cell outside the tracker, each
    followed by a pause in which the office is idle.  The wall time would say
    little: the panels' re-read runs while the script waits."""
    cell = doc.getSheets().getByName(PORTFOLIO_SHEET).getCellRangeByName(WRITE_CELL)
    time.sleep(WRITE_PAUSE)
    before = office_cpu(office)
    for n in range(WRITES):
        cell.setValue(float(n))
        time.sleep(WRITE_PAUSE)
    used = office_cpu(office) - before
    cell.setString("")
    time.sleep(WRITE_PAUSE)
    return used / WRITES


def measure_sidebar(office, path, programmes, recalcs, edits):
    """(3) as panel_benchmark.py, on ours.ods loaded visible; and (3b) the cost
    of a scripted write outside the tracker, sidebar hidden and deck open.

    A new window shows the sidebar as the last one left it (from the second
    size on: the Conditionality deck), so the sidebar is hidden first: the
    baseline calculateAll() and writes run without panels."""
    indicators = programmes * INDICATORS_PER_PROGRAMME
    log = pb.RefreshLog(office.log_path())
    doc = office.desktop.loadComponentFromURL(path.as_uri(), "_blank", 0, props(Hidden=False))
    try:
        doc.getCurrentController().getSidebar().setVisible(False)
        time.sleep(pb.SETTLE)
        recalc = time_calc(doc, recalcs)
        writes_hidden = [cpu_per_write(office, doc) for _ in range(3)]
        time.sleep(pb.SETTLE)
        log.read()
        t0 = time.perf_counter()
        pb.open_deck(office, doc)
        log.wait(pb.PANELS, pb.WAIT_TIMEOUT)
        opened = time.perf_counter() - t0
        time.sleep(pb.SETTLE)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        sanity = pb.sanity_check(doc, window, indicators, YEARS)
        log.read()
        time.sleep(pb.SETTLE)
        log.read()
        print(f"    deck open to first refresh {opened:.1f} s; {sanity[0]}", flush=True)
        measured = pb.time_edits(doc, log, indicators, YEARS, edits)
        log.read()
        writes_open = [cpu_per_write(office, doc) for _ in range(3)]
        time.sleep(pb.SETTLE)
        logged = len(log.read())
        print(f"    {WRITES} writes of {PORTFOLIO_SHEET}.{WRITE_CELL} (outside the tracker, "
              f"{WRITE_PAUSE * 1000:.0f} ms apart), office CPU ms per write: sidebar hidden "
              + ", ".join(f"{t * 1000:.1f}" for t in writes_hidden)
              + "; deck open " + ", ".join(f"{t * 1000:.1f}" for t in writes_open)
              + f"; {logged} refresh lines logged meanwhile", flush=True)
    finally:
        doc.close(True)
    return {"recalc": recalc,
            "span": [e["span"] / 1000 for e in measured],
            "wall": [e["to_logged"] / 1000 for e in measured],
            "writes": (writes_open, writes_hidden)}


def run_part_a(args, sizes, results):
    # The office takes its environment when it starts: the panels log their
    # refresh lines at debug level only.
    os.environ["CONDTRACK_LOG_LEVEL"] = "debug"
    try:
        _run_part_a(args, sizes, results)
    finally:
        os.environ.pop("CONDTRACK_LOG_LEVEL", None)


def _run_part_a(args, sizes, results):
    t0 = time.perf_counter()
    with Office(oxt=str(args.oxt), xvfb=True, lifetime=3600) as office:
        settings = sb.calc_settings(office)
        settings["recalculation on loading ODF (0 always, 1 never, 2 ask)"] = config(
            office, "/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode")
        print(f"  office started on Xvfb {office.display} in {time.perf_counter() - t0:.1f} s; "
              + ", ".join(f"{k}: {v}" for k, v in settings.items()), flush=True)
        for label, programmes in sizes:
            indicators = programmes * INDICATORS_PER_PROGRAMME
            print(f"  [{label}] {programmes} programmes x {INDICATORS_PER_PROGRAMME} indicators "
                  f"x {YEARS} years = {indicators} indicator rows", flush=True)
            ours, native, reference = prepare_workbooks(office, programmes)
            if args.keep:
                for f in (ours, native):
                    shutil.copyfile(f, Path(args.keep) / f.name)
            load, calc = measure_load_and_calc(office, {"ours": ours, "native": native},
                                               reference, programmes, args.repeats,
                                               args.recalcs)
            results[("load", label)] = (load["ours"], load["native"])
            results[("calc", label)] = (calc["ours"], calc["native"])
            export, store = measure_export(office, ours, programmes, args.repeats)
            results[("iati", label)] = (export, store)
            side = measure_sidebar(office, ours, programmes, args.recalcs * 2, args.edits)
            results[("panel", label)] = (side["span"], side["recalc"])
            results[("panel-wall", label)] = (side["wall"], side["recalc"])
            results[("writes", label)] = side["writes"]


# --- part (b): one array formula over a million rows -------------------------------


def new_inputs_doc(office, data):
    doc = sb.new_document(office)
    sheet = doc.getSheets().getByIndex(0)
    doc.enableAutomaticCalculation(False)
    sheet.getCellRangeByName("A1:E1").setDataArray((("actual", "baseline", "target", "",
                                                      "score"),))
    for start in range(0, len(data), ROWS_PER_CHUNK):
        part = data[start:start + ROWS_PER_CHUNK]
        sheet.getCellRangeByName(f"A{start + 2}:C{start + len(part) + 1}").setDataArray(
            tuple(part))
    return doc, sheet


def array_formulas(rows):
    last = rows + 1
    a, b, c = f"A2:A{last}", f"B2:B{last}", f"C2:C{last}"
    ratio = f"({a}-{b})/({c}-{b})"
    return {
        "ours": ("array", f"=COND.SCORE({a};{b};{c})"),
        "native": ("array", f"=IF({ratio}<0;0;IF({ratio}>1;1;{ratio}))"),
        "rows": ("fill", "=MIN(1;MAX(0;(A2-B2)/(C2-B2)))"),
    }


ARRAY_LABELS = {
    "ours": "COND.SCORE, one array formula",
    "native": "native IF clamp, one array formula",
    "rows": "native MIN/MAX per row (fillAuto)",
}


VARIANTS_B = ("ours", "native", "rows")


def measure_arrays(office, data, repeats):
    """The three variants, each in its own document holding the inputs and
    that variant's formulas (so a calculateAll() covers one variant), all
    open at once and timed round-robin (the first variant of a round
    rotates), so that a change in the machine's load hits all three alike.
    Every result is checked against Python afterwards."""
    rows = len(data)
    formulas = array_formulas(rows)
    docs = {}
    times = {v: [] for v in VARIANTS_B}
    try:
        for variant in VARIANTS_B:
            kind, formula = formulas[variant]
            t0 = time.perf_counter()
            doc, sheet = new_inputs_doc(office, data)
            docs[variant] = (doc, sheet)
            t1 = time.perf_counter()
            if kind == "array":
                sheet.getCellRangeByName(f"E2:E{rows + 1}").setArrayFormula(formula)
            else:
                sb.fill_down(sheet, rows, formula)
            print(f"    {ARRAY_LABELS[variant]}: inputs {t1 - t0:.1f} s, formula "
                  f"{time.perf_counter() - t1:.1f} s", flush=True)
        for n in range(repeats):
            for i in range(len(VARIANTS_B)):
                variant = VARIANTS_B[(n + i) % len(VARIANTS_B)]
                times[variant] += time_calc(docs[variant][0], 1)
        for variant in VARIANTS_B:
            t0 = time.perf_counter()
            checked, kinds = sb.check_results(docs[variant][1], data, ARRAY_LABELS[variant])
            if kinds != {0.0, 0.5, 1.0}:
                raise RuntimeError(f"{variant}: inputs do not cover scores 0, 1 and between")
            print(f"    {ARRAY_LABELS[variant]}: calculateAll "
                  + ", ".join(f"{t:.3f}" for t in times[variant])
                  + f" s; {checked} results checked in {time.perf_counter() - t0:.1f} s",
                  flush=True)
    finally:
        for doc, _ in docs.values():
            doc.close(True)
    return times


def run_part_b(args, sizes, results):
    t0 = time.perf_counter()
    with Office(oxt=str(args.oxt), lifetime=3600) as office:
        print(f"  office started (headless) in {time.perf_counter() - t0:.1f} s", flush=True)
        data_full = sb.make_inputs(max(rows for _, rows in sizes))
        for label, rows in sizes:
            print(f"  [{label}] {rows} rows", flush=True)
            times = measure_arrays(office, data_full[:rows], args.array_repeats)
            results[("array", label)] = (times["ours"], times["native"])
            results[("array-rows", label)] = (times["ours"], times["rows"])


# --- report ----------------------------------------------------------------------


MEASURES = [
    ("load", "(1) load .ods", "native .ods"),
    ("calc", "(2) calculateAll()", "native workbook"),
    ("panel", "(3) sidebar refresh span/edit", "calculateAll() same doc"),
    ("panel-wall", "(3) edit -> last refresh line", "calculateAll() same doc"),
    ("writes", "(3b) write outside tracker*", "same, sidebar hidden"),
    ("iati", "(4) Export to IATI", "storeToURL .ods same doc"),
    ("array", "(b) COND.SCORE array formula", "native IF array formula"),
    ("array-rows", "(b) COND.SCORE array formula", "native MIN/MAX per row"),
]


def report(results, size_labels):
    full, small = size_labels
    print()
    print("Medians in ms; ratio = ours / baseline (same run); growth = time at full size / "
          "time at 1/10 size (10 = linear):")
    head = (f"  {'measure':<31} {'baseline':<26} {'ours':>8} {'base':>8} {'ratio':>6}  "
            f"{'ours':>7} {'base':>7} {'ratio':>6}  {'growth':>6} {'growth':>6}")
    sub = (f"  {'':<31} {'':<26} {'full':>8} {'full':>8} {'full':>6}  "
           f"{'1/10':>7} {'1/10':>7} {'1/10':>6}  {'ours':>6} {'base':>6}")
    print(head)
    print(sub)
    for key, label, baseline in MEASURES:
        if (key, full) not in results or (key, small) not in results:
            continue
        of, bf = (median_ms(v) for v in results[(key, full)])
        os_, bs = (median_ms(v) for v in results[(key, small)])
        print(f"  {label:<31} {baseline:<26} {of:8.1f} {bf:8.1f} {of / bf:6.2f}  "
              f"{os_:7.1f} {bs:7.1f} {os_ / bs:6.2f}  {of / os_:6.1f} {bf / bs:6.1f}")


NOTES = """\
  * (3b) is office CPU time per write (user + system of the soffice processes,
    {writes} writes {pause} ms apart), not wall time; the others are wall time."""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--programmes", type=int, default=50,
                        help="programmes of 13 indicators in the tracker (default 50; the "
                             "1/10 size has programmes/10)")
    parser.add_argument("--rows", type=int, default=1_000_000,
                        help="rows of the array formula of part (b) (default 1000000)")
    parser.add_argument("--repeats", type=int, default=7,
                        help="loads and IATI exports per file (default 7)")
    parser.add_argument("--recalcs", type=int, default=2,
                        help="calculateAll() per load (default 2; the sidebar's baseline "
                             "takes twice as many)")
    parser.add_argument("--edits", type=int, default=10,
                        help="edits timed through the panels' refresh (default 10)")
    parser.add_argument("--array-repeats", type=int, default=5,
                        help="calculateAll() runs per array variant (default 5)")
    parser.add_argument("--quick", action="store_true",
                        help="10 programmes, 200000 rows, 2 repeats, 3 edits, 2 array "
                             "repeats (about a minute)")
    parser.add_argument("--only", default="ab", help="parts to run: a, b or ab (default)")
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"),
                        help="the extension to install (default build/condtrack.oxt)")
    parser.add_argument("--keep", metavar="DIR",
                        help="copy the generated ours-N.ods and native-N.ods into DIR")
    args = parser.parse_args()
    if args.quick:
        args.programmes, args.rows = 10, 200_000
        args.repeats, args.edits, args.array_repeats = 2, 3, 2
    if args.programmes < 10 or args.programmes * INDICATORS_PER_PROGRAMME > 5000:
        parser.error("--programmes must be 10 to 384 (1/10 of it at least 1; New tracker "
                     "takes at most 5000 indicators)")
    if args.rows < 10 or args.rows > 1_048_575:
        parser.error("--rows must be 10 to 1048575 (one sheet)")
    if min(args.repeats, args.recalcs, args.edits, args.array_repeats) < 1:
        parser.error("--repeats, --recalcs, --edits and --array-repeats must be at least 1")
    args.oxt = Path(args.oxt)
    if not args.oxt.is_file():
        parser.error(f"{args.oxt} not found (cd {ROOT} && cmake --build build)")
    if args.keep:
        Path(args.keep).mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    built = datetime.datetime.fromtimestamp(args.oxt.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    digest = hashlib.sha256(args.oxt.read_bytes()).hexdigest()[:12]
    small_p = args.programmes // 10
    small_r = args.rows // 10
    print(f"condtrack scale benchmark: (a) {args.programmes} and {small_p} programmes x "
          f"{INDICATORS_PER_PROGRAMME} indicators x {YEARS} years, {args.repeats} loads and "
          f"exports, {args.recalcs} calculateAll() per load, {args.edits} edits; (b) "
          f"{args.rows} and {small_r} rows, {args.array_repeats} runs; extension {args.oxt} ({built}, sha256 {digest}...); "
          f"load average {load} on {os.cpu_count()} CPUs", flush=True)
    results = {}
    full_label = "full"
    small_label = "1/10"
    if "a" in args.only:
        print("(a) portfolio tracker", flush=True)
        # The small size first: the full size then runs in a warmed-up office.
        run_part_a(args, [(small_label, small_p), (full_label, args.programmes)], results)
    if "b" in args.only:
        print("(b) array formula", flush=True)
        run_part_b(args, [(small_label, small_r), (full_label, args.rows)], results)
    report(results, (full_label, small_label))
    if ("writes", full_label) in results:
        print(NOTES.format(writes=WRITES, pause=round(WRITE_PAUSE * 1000)))
    total = time.perf_counter() - started
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nFull size: (a) {args.programmes * INDICATORS_PER_PROGRAMME} indicator rows, (b) "
          f"{args.rows} rows; 1/10: {small_p * INDICATORS_PER_PROGRAMME} and {small_r}.")
    print(f"Total run time {total:.0f} s; load average at the end {load} on "
          f"{os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
