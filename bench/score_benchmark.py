#!/usr/bin/python3
"""Time five ways of computing the linear score in Calc, interleaved in rounds.

    cd to the repository root, then
    /usr/bin/python3 bench/score_benchmark.py [--rows 100000] [--rounds 5] [--only abcde]

The linear score is min(1, max(0, (A - B) / (T - B))).  In one soffice run
(the office harness of tests/integration, with the .oxt installed into a
throwaway profile) this builds N rows of inputs and times doc.calculateAll()
for:

  (a) addin-scalar  N cell formulas =COND.SCORE(A2;B2;C2), filled down
  (b) addin-array   one array formula =COND.SCORE(A2:A..;B2:B..;C2:C..) over E2:E..
  (c) native        N cell formulas =MIN(1;MAX(0;(A2-B2)/(C2-B2))), filled down
  (d) basic         N cell formulas =SCOREBASIC(A2;B2;C2) calling a Basic
                    function stored in the document's Standard library
  (e) native-array  one native array formula over E2:E.., the baseline of (b)

Each variant has its own document, all open at once; the variants are timed
in rounds (one calculateAll() of each variant per round, the first variant
rotating from round to round), so a change in the machine's load hits every
variant rather than the one that happened to run then.  The table gives the
fastest (best-of-rounds) and the median time of each variant and the ratios
(a)/(c), (b)/(e) and (d)/(c).  Every variant's full result column is
compared with the score computed here in Python after each timing, so a
variant that fails (#NAME?, Err:5xx, macros blocked...) aborts the run
instead of giving a fake figure.  Not a test: nothing under tests/ runs it.

Needs /usr/bin/python3 (the interpreter with ``uno``) and the .oxt
(``cmake --build build``).  Run as root, the office runs as nobody.
"""

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

import uno  # noqa: F401 - makes the com.sun.star imports below work
from com.sun.star.beans import PropertyValue
from com.sun.star.sheet.FillDirection import TO_BOTTOM

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

import office as harness  # noqa: E402
from office import Office  # noqa: E402

# A loaded machine (other builds) can take longer than the tests' 30 s to
# start an office; a benchmark would rather wait than fail.
harness.CONNECT_TIMEOUT = max(harness.CONNECT_TIMEOUT, 180)

TOLERANCE = 1e-9  # COND.SCORE counts a ratio within 1e-9 of 1 as met

BASIC_MODULE = "ScoreBench"
BASIC_SOURCE = """\
Option Explicit

' The linear score, as a user would write it without the add-in.
Function SCOREBASIC(a As Double, b As Double, c As Double) As Double
    Dim r As Double
    r = (a - b) / (c - b)
    If r < 0 Then r = 0
    If r > 1 Then r = 1
    SCOREBASIC = r
End Function
"""

# MacroExecutionMode.ALWAYS_EXECUTE_NO_WARN: a document created through the
# API has no origin to distrust, but say so explicitly rather than rely on
# the profile's macro security level.
ALWAYS_EXECUTE_NO_WARN = 4

CLOCK_TICK = 1 / os.sysconf("SC_CLK_TCK")


# --- inputs --------------------------------------------------------------------


def make_inputs(rows):
    """Deterministic (actual, baseline, target) rows.

    Three rows in four are higher-is-better (target above baseline), one in
    four lower-is-better (target below baseline).  Baselines and targets vary
    from row to row, and actuals fall below the baseline (score 0), between
    baseline and target (fractional score) and beyond the target (score 1).
    """
    data = []
    for i in range(rows):
        if i % 4 == 3:  # lower is better
            baseline = 200.0 + (i % 5) * 10
            target = baseline - 100.0 - (i % 3) * 25
            actual = baseline + 20.0 - (i * 53 % 160)
        else:
            baseline = (i % 7) * 10.0
            target = baseline + 100.0 + (i % 3) * 50
            actual = baseline - 20.0 + (i * 37 % 190)
        data.append((actual, baseline, target))
    return data


def expected_score(actual, baseline, target):
    return min(1.0, max(0.0, (actual - baseline) / (target - baseline)))


# --- variants ------------------------------------------------------------------


def fill_down(sheet, rows, formula):
    """One formula in E2, copied to E2:E<rows+1> with fillAuto (relative refs
    adjust like a manual fill).  setFormulaArray is super-linear in the
    number of cells, fillAuto is not."""
    sheet.getCellRangeByName("E2").setFormula(formula)
    if rows > 1:
        sheet.getCellRangeByName(f"E2:E{rows + 1}").fillAuto(TO_BOTTOM, 1)


def setup_addin_scalar(doc, sheet, rows):
    fill_down(sheet, rows, "=COND.SCORE(A2;B2;C2)")


def setup_addin_array(doc, sheet, rows):
    last = rows + 1
    sheet.getCellRangeByName(f"E2:E{last}").setArrayFormula(
        f"=COND.SCORE(A2:A{last};B2:B{last};C2:C{last})")


def setup_native(doc, sheet, rows):
    fill_down(sheet, rows, "=MIN(1;MAX(0;(A2-B2)/(C2-B2)))")


def native_array_formula(rows, clamp):
    """The native array formula over rows 2..rows+1.

    clamp "minmax" is the per-row formula entered as an array formula; MIN and
    MAX reduce a whole array to one number, so every cell gets the same value
    and the check rejects it (kept to show why (e) is written with IF).
    clamp "if" clamps element by element, as COND.SCORE's array form does."""
    last = rows + 1
    ratio = f"(A2:A{last}-B2:B{last})/(C2:C{last}-B2:B{last})"
    if clamp == "minmax":
        return f"=MIN(1;MAX(0;{ratio}))"
    return f"=IF({ratio}<0;0;IF({ratio}>1;1;{ratio}))"


def setup_native_array(doc, sheet, rows, clamp="if"):
    sheet.getCellRangeByName(f"E2:E{rows + 1}").setArrayFormula(
        native_array_formula(rows, clamp))


def setup_basic(doc, sheet, rows):
    libraries = doc.BasicLibraries
    if not libraries.hasByName("Standard"):
        libraries.createLibrary("Standard")
    libraries.loadLibrary("Standard")
    library = libraries.getByName("Standard")
    if library.hasByName(BASIC_MODULE):
        library.removeByName(BASIC_MODULE)
    library.insertByName(BASIC_MODULE, BASIC_SOURCE)
    fill_down(sheet, rows, "=SCOREBASIC(A2;B2;C2)")


VARIANTS = [
    # key, label, setup, whether --basic-rows applies
    ("a", "(a) COND.SCORE, one formula per row", setup_addin_scalar, False),
    ("b", "(b) COND.SCORE, one array formula", setup_addin_array, False),
    ("c", "(c) native MIN/MAX formula per row", setup_native, False),
    ("d", "(d) Basic SCOREBASIC per row", setup_basic, True),
    ("e", "(e) native IF clamp, one array formula", setup_native_array, False),
]

# (numerator, denominator, what the ratio says)
RATIOS = [
    ("a", "c", "per-row add-in / per-row native"),
    ("b", "e", "array add-in / native array"),
    ("d", "c", "per-row Basic / per-row native"),
    ("b", "c", "array add-in / per-row native"),
]


# --- measuring -----------------------------------------------------------------


def new_document(office):
    doc = office.desktop.loadComponentFromURL(
        "private:factory/scalc", "_blank", 0,
        (PropertyValue(Name="Hidden", Value=True),
         PropertyValue(Name="MacroExecutionMode", Value=ALWAYS_EXECUTE_NO_WARN)))
    if doc is None:
        raise RuntimeError("could not create a Calc document")
    return doc


def write_inputs(sheet, data):
    sheet.getCellRangeByName("A1:E1").setDataArray(
        (("actual", "baseline", "target", "", "score"),))
    sheet.getCellRangeByName(f"A2:C{len(data) + 1}").setDataArray(tuple(data))


def check_results(sheet, data, label):
    """Compare every result cell with the expected score; raise if one differs."""
    rows = len(data)
    block = sheet.getCellRangeByName(f"E2:E{rows + 1}")
    values = block.getDataArray()
    for i, ((got,), inputs) in enumerate(zip(values, data)):
        want = expected_score(*inputs)
        if not isinstance(got, float) or not math.isclose(got, want, rel_tol=0,
                                                          abs_tol=TOLERANCE):
            cell = sheet.getCellByPosition(4, i + 1)
            raise RuntimeError(
                f"{label}: E{i + 2} = {got!r} (string {cell.getString()!r}, "
                f"error {cell.getError()}, formula {cell.getFormula()[:80]!r}); "
                f"expected {want!r} for inputs {inputs}")
    kinds = {0.0 if v == 0 else 1.0 if v == 1 else 0.5 for (v,) in values}
    if kinds != {0.0, 0.5, 1.0}:
        raise RuntimeError(f"{label}: inputs do not cover scores 0, 1 and between")
    return len(values)


def office_pids(office):
    """The office's processes (its process group: the launcher and soffice.bin)."""
    pids = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(f"/proc/{entry.name}/stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2:].split()[2]) == office.proc.pid:
                pids.append(entry.name)
    return pids


def cpu_seconds(pids):
    """CPU seconds (user + system, all threads) used so far by these processes."""
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        total += int(fields[11]) + int(fields[12])
    return total * CLOCK_TICK


class Variant:
    """One variant's own document: the inputs and that variant's formulas only.

    calculateAll() recalculates every formula of one document, so a timing
    covers only that variant's formulas.  Automatic calculation is off while
    the formulas are entered (so filling does not already compute them), and
    stays off: calculateAll() recalculates everything regardless."""

    def __init__(self, office, key, label, setup, data):
        self.key, self.label, self.data = key, label, data
        self.times, self.cpu = [], []
        self.pids = office_pids(office)
        self.doc = new_document(office)
        self.sheet = self.doc.getSheets().getByIndex(0)
        self.doc.enableAutomaticCalculation(False)
        write_inputs(self.sheet, data)
        t0 = time.perf_counter()
        setup(self.doc, self.sheet, len(data))
        self.setup_s = time.perf_counter() - t0

    def run(self):
        c0, t0 = cpu_seconds(self.pids), time.perf_counter()
        self.doc.calculateAll()
        self.times.append(time.perf_counter() - t0)
        self.cpu.append(cpu_seconds(self.pids) - c0)
        # Checked after every run: each timing is of a correct result.
        check_results(self.sheet, self.data, self.label)

    def close(self):
        self.doc.close(True)


def run_rounds(variants, rounds):
    """One calculateAll() of every variant per round; round k starts with
    the variant k (mod the count), so no variant always runs first."""
    for k in range(rounds):
        order = variants[k % len(variants):] + variants[:k % len(variants)]
        for variant in order:
            variant.run()
        print(f"  round {k + 1}: " + ", ".join(
            f"{v.key} {v.times[-1]:.3f}" for v in variants) + " s", flush=True)


def calc_settings(office):
    """Settings that change how fast native formulas compute, for the record."""
    provider = office.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)

    def get(node, prop):
        arg = PropertyValue(Name="nodepath", Value=node)
        try:
            access = provider.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationAccess", (arg,))
            return access.getPropertyValue(prop)
        except Exception as e:  # noqa: BLE001 - informative only
            return f"? ({type(e).__name__})"

    return {
        "threaded group calculation": get(
            "/org.openoffice.Office.Calc/Formula/Calculation",
            "UseThreadedCalculationForFormulaGroups"),
        "OpenCL": get("/org.openoffice.Office.Common/Misc", "UseOpenCL"),
    }


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000,
                        help="input rows (default 100000)")
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"),
                        help="the extension to install (default build/condtrack.oxt)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds, each one calculateAll() per variant (default 5)")
    parser.add_argument("--basic-rows", type=int, default=None,
                        help="rows for the Basic variant only (default: --rows); when "
                             "smaller, its time is scaled linearly to --rows and marked so")
    parser.add_argument("--only", default="abcde",
                        help="variants to run, e.g. 'abce' (default abcde; a ratio "
                             "needs both of its variants)")
    parser.add_argument("--native-array-clamp", choices=("if", "minmax"), default="if",
                        help="how (e) clamps: element-wise IF (default) or the per-row "
                             "MIN/MAX formula as an array formula (gives wrong results)")
    args = parser.parse_args()
    if args.rows < 1 or args.rounds < 1:
        parser.error("--rows and --rounds must be at least 1")
    if not Path(args.oxt).is_file():
        parser.error(f"{args.oxt} not found (cmake --build build, from the repository root)")
    return args


def report(variants, rows, rounds):
    """Best-of-rounds and median per variant, and the ratios."""
    fastest, median = {}, {}
    print(f"\ncalculateAll() time in seconds, {rows} rows, {rounds} rounds:")
    print(f"  {'variant':<42} {'fastest':>8} {'median':>8}  runs")
    for v in variants:
        scale = rows / len(v.data)
        fastest[v.key] = min(v.times) * scale
        median[v.key] = statistics.median(v.times) * scale
        note = f"  (measured on {len(v.data)} rows, scaled x{scale:g})" if scale != 1 else ""
        print(f"  {v.label:<42} {fastest[v.key]:8.3f} {median[v.key]:8.3f}  "
              + " ".join(f"{t:.3f}" for t in v.times) + note)
    print("\nOffice CPU seconds (user + system, all threads) per calculateAll():")
    cpu = {}
    for v in variants:
        scale = rows / len(v.data)
        cpu[v.key] = min(v.cpu) * scale
        print(f"  {v.label:<42} {cpu[v.key]:8.3f} {statistics.median(v.cpu) * scale:8.3f}  "
              + " ".join(f"{t:.2f}" for t in v.cpu))
    print("\nRatios (wall: fastest / fastest, median / median; CPU: least / least):")
    for num, den, what in RATIOS:
        if num in fastest and den in fastest:
            cpu_ratio = f"{cpu[num] / cpu[den]:6.2f}" if cpu[den] > 0 else "     -"
            print(f"  ({num})/({den}) {what:<36} {fastest[num] / fastest[den]:6.2f} "
                  f"{median[num] / median[den]:6.2f} {cpu_ratio}")


def main():
    args = parse_args()
    basic_rows = args.rows if args.basic_rows is None else min(args.basic_rows, args.rows)
    started = time.perf_counter()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    data = make_inputs(args.rows)
    print(f"condtrack score benchmark: {args.rows} rows, {args.rounds} rounds, "
          f"extension {args.oxt}; load average {load}", flush=True)
    # Allow the office well over the expected run time; the harness kills it then.
    with Office(oxt=str(args.oxt), lifetime=3600) as office:
        print(f"office started in {time.perf_counter() - started:.1f} s; "
              + ", ".join(f"{k}: {v}" for k, v in calc_settings(office).items()),
              flush=True)
        variants = []
        try:
            for key, label, setup, uses_basic_rows in VARIANTS:
                if key not in args.only:
                    continue
                if key == "e":
                    clamp = args.native_array_clamp
                    setup = lambda d, s, n, clamp=clamp: setup_native_array(d, s, n, clamp)
                    if clamp == "minmax":
                        label = "(e) native MIN/MAX, one array formula"
                rows = basic_rows if uses_basic_rows else args.rows
                variants.append(Variant(office, key, label, setup, data[:rows]))
                print(f"  {label}: {rows} rows, setup {variants[-1].setup_s:.2f} s",
                      flush=True)
            run_rounds(variants, args.rounds)
        finally:
            for variant in variants:
                variant.close()
    report(variants, args.rows, args.rounds)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nTotal run time {time.perf_counter() - started:.0f} s; load average at the "
          f"end {load} on {os.cpu_count()} CPUs (other load makes the short timings noisy).")


if __name__ == "__main__":
    main()
