#!/usr/bin/python3
"""Time four ways of computing the linear score in Calc (issue 2, item 8).

    /usr/bin/python3 bench/score_benchmark.py [--rows 100000] [--oxt build/condtrack.oxt]

The linear score is min(1, max(0, (A - B) / (T - B))).  In one soffice run
(the office harness of tests/integration, with the .oxt installed into a
throwaway profile) this builds N rows of inputs and times doc.calculateAll()
for:

  (a) addin-scalar  N cell formulas =COND.SCORE(A2;B2;C2), filled down
  (b) addin-array   one array formula =COND.SCORE(A2:A..;B2:B..;C2:C..) over E2:E..
  (c) native        N cell formulas =MIN(1;MAX(0;(A2-B2)/(C2-B2))), filled down
  (d) basic         N cell formulas =SCOREBASIC(A2;B2;C2) calling a Basic
                    function stored in the document's Standard library

and prints the median and fastest time of each and their ratio to (c),
measured in the same run.  Every variant's full result column is compared with the score
computed here in Python before its timing is reported, so a variant that
fails (#NAME?, Err:5xx, macros blocked...) aborts the run instead of giving a
fake figure.  Not a test: nothing under tests/ runs it.

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

from office import Office  # noqa: E402

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
    adjust like a manual fill).  setFormulaArray is super-linear, see
    /work/shared/lo-notes.md."""
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
                f"error {cell.getError()}, formula {cell.getFormula()!r}); "
                f"expected {want!r} for inputs {inputs}")
    kinds = {0.0 if v == 0 else 1.0 if v == 1 else 0.5 for (v,) in values}
    return len(values), kinds


def measure(office, data, setup, label, repeats):
    """Time calculateAll() on a document holding the inputs and one variant.

    Each variant gets its own fresh document, closed afterwards:
    calculateAll() recalculates every formula of one document, so the timing
    covers only that variant's formulas, and no variant inherits another's
    caches, formula groups or memory.  Automatic calculation is off while the
    formulas are entered (so filling does not already compute them), and
    stays off: calculateAll() recalculates everything regardless.  Returns
    the list of timings in seconds.
    """
    doc = new_document(office)
    try:
        sheet = doc.getSheets().getByIndex(0)
        doc.enableAutomaticCalculation(False)
        write_inputs(sheet, data)
        t0 = time.perf_counter()
        setup(doc, sheet, len(data))
        setup_s = time.perf_counter() - t0
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            doc.calculateAll()
            times.append(time.perf_counter() - t0)
            # Checked after every run: each timing is of a correct result.
            checked, kinds = check_results(sheet, data, label)
        print(f"  {label}: rows {len(data)}, setup {setup_s:.2f} s, "
              f"calculateAll {', '.join(f'{t:.3f}' for t in times)} s; "
              f"{checked} results checked (0, fractional and 1 present: "
              f"{kinds == {0.0, 0.5, 1.0}})", flush=True)
        if kinds != {0.0, 0.5, 1.0}:
            raise RuntimeError(f"{label}: inputs do not cover scores 0, 1 and between")
        return times
    finally:
        doc.close(True)


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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000,
                        help="input rows (default 100000)")
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"),
                        help="the extension to install (default build/condtrack.oxt)")
    parser.add_argument("--repeats", type=int, default=5,
                        help="calculateAll() runs per variant; the median is reported (default 5)")
    parser.add_argument("--basic-rows", type=int, default=None,
                        help="rows for the Basic variant only (default: --rows); when "
                             "smaller, its time is scaled linearly to --rows and marked so")
    parser.add_argument("--only", default="abcd",
                        help="variants to run, e.g. 'cd' (default abcd; c is needed for ratios)")
    args = parser.parse_args()
    if args.rows < 1 or args.repeats < 1:
        parser.error("--rows and --repeats must be at least 1")
    basic_rows = args.rows if args.basic_rows is None else min(args.basic_rows, args.rows)
    oxt = Path(args.oxt)
    if not oxt.is_file():
        parser.error(f"{oxt} not found (cd {ROOT} && cmake --build build)")

    started = time.perf_counter()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    data = make_inputs(args.rows)
    results = {}
    print(f"condtrack score benchmark: {args.rows} rows, {args.repeats} calculateAll() "
          f"runs per variant, extension {oxt}; load average {load}", flush=True)
    # Allow the office well over the expected run time; the harness kills it then.
    with Office(oxt=str(oxt), lifetime=3600) as office:
        print(f"office started in {time.perf_counter() - started:.1f} s; "
              + ", ".join(f"{k}: {v}" for k, v in calc_settings(office).items()),
              flush=True)
        for key, label, setup, uses_basic_rows in VARIANTS:
            if key not in args.only:
                continue
            rows = basic_rows if uses_basic_rows else args.rows
            times = measure(office, data[:rows], setup, label, args.repeats)
            median = statistics.median(times)
            scaled = rows != args.rows
            if scaled:
                median *= args.rows / rows
            fastest = min(times) * (args.rows / rows if scaled else 1)
            results[key] = (label, median, fastest, rows, scaled)

    total = time.perf_counter() - started
    native = results.get("c")
    print()
    print(f"calculateAll() time in seconds, {args.rows} rows, {args.repeats} runs each; "
          f"ratio = time / time of (c):")
    print(f"  {'variant':<40} {'median':>8} {'ratio':>7} {'fastest':>8} {'ratio':>7}")
    for key, (label, median, fastest, rows, scaled) in results.items():
        if native:
            ratios = (f"{median / native[1]:7.1f}", f"{fastest / native[2]:7.1f}")
        else:
            ratios = (f"{'-':>7}", f"{'-':>7}")
        note = f"  (measured on {rows} rows, scaled x{args.rows / rows:g})" if scaled else ""
        print(f"  {label:<40} {median:8.3f} {ratios[0]} {fastest:8.3f} {ratios[1]}{note}")
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nTotal run time {total:.0f} s; load average at the end {load} "
          f"on {os.cpu_count()} CPUs (other load makes the short timings noisy).")


if __name__ == "__main__":
    main()
