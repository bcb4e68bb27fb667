"""The main job on the bundled example tracker: the seed case's figures, a PDF."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def run(tmp_path_factory, oxt):
    pdf = tmp_path_factory.mktemp("example") / "example.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_example.py"), "--oxt", str(oxt),
         "--pdf", str(pdf)],
        capture_output=True, text=True, timeout=600)
    return result, pdf


def test_example_runs_without_error_cells(run):
    result, _ = run
    assert result.returncode == 0, result.stderr + result.stdout


def test_example_prints_the_mali_tranche(run):
    out = run[0].stdout
    assert "Payable, no waiver" in out
    line = next(l for l in out.splitlines() if l.startswith("Payable, no waiver"))
    assert line.split()[-1] == "9,692,307.69"
    realloc = next(l for l in out.splitlines() if l.startswith("SIGRH waived, reallocated"))
    assert realloc.split()[-1] == "10,500,000.00"
    transfer = next(l for l in out.splitlines() if l.startswith("SIGRH waived, transferred: added"))
    assert transfer.split()[-1] == "1,076,923.08"


def test_example_shows_sigrh_not_met_and_2019_pending(run):
    sigrh = next(l for l in run[0].stdout.splitlines() if l.startswith("IND-13"))
    assert "not met" in sigrh
    assert "pending" in sigrh
    rows = [re.split(r"\s{2,}", l) for l in run[0].stdout.splitlines() if l.startswith("IND-")]
    assert len(rows) == 13
    statuses_2018 = [row[10] for row in rows]
    assert statuses_2018.count("met") == 8
    assert statuses_2018.count("partial") == 2
    assert statuses_2018.count("not met") == 3


def test_example_milestones_and_calendar(run):
    out = run[0].stdout
    assert "done late" in out and "overdue" in out and "due soon" in out and "on track" in out
    assert "Next review as of that date    2019-08-30" in out
    # Saturday 31 August 2019 rolls back (modified following) to Friday the 30th.
    assert "2019-08-30" in out and "2021-02-26" in out


def test_example_writes_a_pdf_with_the_results(run):
    _, pdf = run
    assert pdf.exists() and pdf.stat().st_size > 1000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "9,692,307.69" in text
    assert "SIGRH" in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+4$", pages, re.M), pages
