#!/usr/bin/python3
"""Time the decision-aware tranche functions against native formulas, in rounds.

    cd to the repository root, then
    /usr/bin/python3 bench/decision_benchmark.py [--rows 20000] [--rounds 5]

Each row is one variable tranche of 13 indicators: a ceiling, 13 weights,
13 scores and 13 decisions (blank, A reallocate, B transfer, C reassess).
In one soffice run (the office harness of tests/integration, with the .oxt
installed into a throwaway profile) this times doc.calculateAll() for:

  (a) tranche       =COND.TRANCHE(A2;B2:N2;O2:AA2;AB2:AN2), filled down
  (b) native        the same payout with SUMPRODUCT (the baseline of (a))
  (c) held          =COND.HELD(A2;B2:N2;O2:AA2;AB2:AN2), filled down
  (d) native held   the same with SUMPRODUCT (the baseline of (c))
  (e) bands         =COND.BANDS(AO2;$AR$2:$AR$5;$AS$2:$AS$5), filled down
  (f) native bands  =LOOKUP(AO2+1E-9;...) (the baseline of (e))

The native formulas read the one-letter decisions only; the add-in also
reads the words in three languages, which is what a reviewer pays for.
Every variant's result column is compared with the figure computed here in
Python after each timing, so a variant that fails aborts the run instead of
giving a fake figure.  Each variant has its own document; the variants are
timed in rounds (the first variant rotating), so a change in the machine's
load hits every variant.  Not a test: nothing under tests/ runs it.
"""

import argparse
import math
import os
import statistics
import sys
import time
from pathlib import Path

import uno  # noqa: F401 - makes the com.sun.star imports below work
from com.sun.star.sheet.FillDirection import TO_BOTTOM

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))
sys.path.insert(0, str(ROOT / "bench"))

import office as harness  # noqa: E402
from office import Office  # noqa: E402
from score_benchmark import cpu_seconds, new_document, office_pids, run_rounds  # noqa: E402

harness.CONNECT_TIMEOUT = max(harness.CONNECT_TIMEOUT, 180)

INDICATORS = 13
TOLERANCE = 1e-6  # amounts of about 10^7: compare to a millionth of a unit
BANDS = ((0.0, 0.0), (0.3, 0.4), (0.5, 0.7), (0.8, 1.0))
RESULT = "AP"

W = "B{r}:N{r}"
S = "O{r}:AA{r}"
D = "AB{r}:AN{r}"


# --- inputs and expected figures ----------------------------------------------


def make_row(i):
    """One tranche: varied ceilings, weights, scores and decisions; at least
    one indicator is never reallocated, so every payout is defined."""
    ceiling = 1_000_000.0 * (5 + i % 11)
    weights = [1.0 + (i + k) % 3 for k in range(INDICATORS)]
    scores = [((i * 7 + k * 5) % 11) / 10 if (i + k) % 4 else 1.0 for k in range(INDICATORS)]
    scores = [min(1.0, s) for s in scores]
    decisions = ["" for _ in range(INDICATORS)]
    for k, letter in zip(((i + 3) % 13, (i + 7) % 13, (i + 11) % 13), "ABC"):
        if (i + k) % (2 + "ABC".index(letter)) == 0:
            decisions[k] = letter
    total = sum(w * s for w, s in zip(weights, scores)) / sum(weights)
    return ceiling, weights, scores, decisions, total


def paid(ceiling, weights, scores, decisions):
    kept = sum(w for w, d in zip(weights, decisions) if d != "A")
    num = sum(w * s for w, s, d in zip(weights, scores, decisions) if d not in ("A", "B"))
    return ceiling * num / kept


def held(ceiling, weights, scores, decisions):
    kept = sum(w for w, d in zip(weights, decisions) if d != "A")
    return ceiling * sum(w * (1 - s) for w, s, d in zip(weights, scores, decisions)
                         if d == "C") / kept


def banded(total):
    share = 0.0
    for bound, value in BANDS:
        if total + 1e-9 >= bound:
            share = value
    return share


EXPECTED = {
    "tranche": lambda row: paid(*row[:4]),
    "held": lambda row: held(*row[:4]),
    "bands": lambda row: banded(row[4]),
}


# --- variants ------------------------------------------------------------------


def formula(kind, native):
    w, s, d = W.format(r=2), S.format(r=2), D.format(r=2)
    kept = f"SUMPRODUCT({w};{d}<>\"A\")"
    if kind == "tranche":
        if native:
            return f"=A2*SUMPRODUCT({w};{s};({d}<>\"A\")*({d}<>\"B\"))/{kept}"
        return f"=COND.TRANCHE(A2;{w};{s};{d})"
    if kind == "held":
        if native:
            return f"=A2*SUMPRODUCT({w};1-{s};{d}=\"C\")/{kept}"
        return f"=COND.HELD(A2;{w};{s};{d})"
    if native:
        return "=LOOKUP(AO2+1E-9;$AR$2:$AR$5;$AS$2:$AS$5)"
    return "=COND.BANDS(AO2;$AR$2:$AR$5;$AS$2:$AS$5)"


VARIANTS = [
    ("a", "(a) COND.TRANCHE with decisions", "tranche", False),
    ("b", "(b) native SUMPRODUCT payout", "tranche", True),
    ("c", "(c) COND.HELD", "held", False),
    ("d", "(d) native SUMPRODUCT held", "held", True),
    ("e", "(e) COND.BANDS", "bands", False),
    ("f", "(f) native LOOKUP bands", "bands", True),
]

RATIOS = [
    ("a", "b", "COND.TRANCHE / native"),
    ("c", "d", "COND.HELD / native"),
    ("e", "f", "COND.BANDS / native"),
]


class Variant:
    """One variant's own document, inputs and that variant's formulas only;
    automatic calculation stays off, calculateAll() recalculates regardless."""

    def __init__(self, office, key, label, kind, native, rows):
        self.key, self.label, self.kind, self.rows = key, label, kind, rows
        self.times, self.cpu = [], []
        self.pids = office_pids(office)
        self.doc = new_document(office)
        self.sheet = self.doc.getSheets().getByIndex(0)
        self.doc.enableAutomaticCalculation(False)
        self.write_inputs()
        last = len(rows) + 1
        self.sheet.getCellRangeByName(f"{RESULT}2").setFormula(formula(kind, native))
        if last > 2:
            self.sheet.getCellRangeByName(f"{RESULT}2:{RESULT}{last}").fillAuto(TO_BOTTOM, 1)

    def write_inputs(self):
        data = tuple((c, *w, *s, *d, t) for c, w, s, d, t in self.rows)
        self.sheet.getCellRangeByName(f"A2:AO{len(self.rows) + 1}").setDataArray(data)
        self.sheet.getCellRangeByName("AR2:AS5").setDataArray(BANDS)

    def run(self):
        c0, t0 = cpu_seconds(self.pids), time.perf_counter()
        self.doc.calculateAll()
        self.times.append(time.perf_counter() - t0)
        self.cpu.append(cpu_seconds(self.pids) - c0)
        self.check()

    def check(self):
        last = len(self.rows) + 1
        values = self.sheet.getCellRangeByName(f"{RESULT}2:{RESULT}{last}").getDataArray()
        for i, ((got,), row) in enumerate(zip(values, self.rows)):
            want = EXPECTED[self.kind](row)
            if not isinstance(got, float) or not math.isclose(got, want, rel_tol=1e-12,
                                                              abs_tol=TOLERANCE):
                cell = self.sheet.getCellRangeByName(f"{RESULT}{i + 2}")
                raise RuntimeError(f"{self.label}: {RESULT}{i + 2} = {got!r} (error "
                                   f"{cell.getError()}); expected {want!r}")

    def close(self):
        self.doc.close(True)


def report(variants, rows, rounds):
    fastest = {v.key: min(v.times) for v in variants}
    median = {v.key: statistics.median(v.times) for v in variants}
    cpu = {v.key: min(v.cpu) for v in variants}
    print(f"\ncalculateAll() time in seconds, {rows} tranches of {INDICATORS} indicators, "
          f"{rounds} rounds:")
    for v in variants:
        print(f"  {v.label:<36} fastest {fastest[v.key]:7.3f}  median {median[v.key]:7.3f}"
              f"  cpu {cpu[v.key]:7.3f}")
    print("\nRatios (fastest / fastest, median / median, CPU least / least):")
    for num, den, what in RATIOS:
        if num in fastest and den in fastest:
            cpu_ratio = f"{cpu[num] / cpu[den]:6.2f}" if cpu[den] > 0 else "     -"
            print(f"  ({num})/({den}) {what:<24} {fastest[num] / fastest[den]:6.2f} "
                  f"{median[num] / median[den]:6.2f} {cpu_ratio}")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000, help="tranches (default 20000)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--only", default="abcdef", help="variants to run (default abcdef)")
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"))
    args = parser.parse_args()
    if args.rows < 1 or args.rounds < 1:
        parser.error("--rows and --rounds must be at least 1")
    if not Path(args.oxt).is_file():
        parser.error(f"{args.oxt} not found (cmake --build build, from the repository root)")
    return args


def main():
    args = parse_args()
    rows = [make_row(i) for i in range(args.rows)]
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"condtrack decision benchmark: {args.rows} tranches, {args.rounds} rounds; "
          f"load average {load}", flush=True)
    with Office(oxt=str(args.oxt), lifetime=3600) as office:
        variants = []
        try:
            for key, label, kind, native in VARIANTS:
                if key in args.only:
                    variants.append(Variant(office, key, label, kind, native, rows))
            run_rounds(variants, args.rounds)
        finally:
            for variant in variants:
                variant.close()
    report(variants, args.rows, args.rounds)


if __name__ == "__main__":
    main()
