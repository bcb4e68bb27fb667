"""The main job on the bundled example tracker: the seed case's figures, a PDF."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"


@pytest.fixture(scope="module")
def run(tmp_path_factory, oxt):
    pdf = tmp_path_factory.mktemp("example") / "example.pdf"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "run_example.py"), "--oxt", str(oxt),
         "--pdf", str(pdf)],
        capture_output=True, text=True, timeout=600)
    return result, pdf


def value_of(out, label):
    line = next(l for l in out.splitlines() if l.startswith(label))
    return re.split(r"\s{2,}", line.strip())[1]


def test_example_runs_without_error_cells(run):
    result, _ = run
    assert result.returncode == 0, result.stderr + result.stdout


def test_example_prints_the_mali_tranche(run):
    out = run[0].stdout
    assert value_of(out, "Payable, no waiver") == "9,692,307.69"
    assert value_of(out, "SIGRH waived, reallocated") == "10,500,000.00"
    assert value_of(out, "SIGRH waived, transferred: added") == "1,076,923.08"
    assert value_of(out, "If the general conditions were not met") == "0.00"
    assert value_of(out, "Indicators met / partial / not met") == "8 / 2 / 3"


def test_example_tracker_computes_the_tranche_and_blocks_2019(run):
    out = run[0].stdout
    tranches = [re.split(r"\s{2,}", l.strip()) for l in out.splitlines() if l.startswith(("2018  ", "2019  "))]
    variable_2018 = next(r for r in tranches if r[:2] == ["2018", "variable"])
    assert "9,692,307.69" in variable_2018
    variable_2019 = next(r for r in tranches if r[:2] == ["2019", "variable"])
    assert "M-02, M-03" in variable_2019 and "FALSE" in variable_2019


def test_example_log_is_a_verified_chain_of_the_2018_actuals(run):
    out = run[0].stdout
    assert value_of(out, "Assessment log intact") == "TRUE"
    log_rows = [l for l in out.splitlines() if re.match(r"^\d{4}-\d\d-\d\dT", l)]
    assert len(log_rows) == 14  # 13 actuals and the SIGRH evidence link
    assert all("Programme Officer" in l for l in log_rows)


def test_example_milestones_and_calendar(run):
    out = run[0].stdout
    assert value_of(out, "Next review as of 2019-06-01") == "2019-08-30"
    # Month-end series rolled by modified following: Saturday 31 August 2019 -> Friday 30th.
    assert "2021-02-26" in out
    assert value_of(out, "SIGRH HR module (M-02) status on 2019-06-30") == "overdue"
    assert value_of(out, "SIGRH HR module (M-02) days late on 2019-06-30") == "181"


def test_example_writes_a_pdf_with_the_results(run):
    _, pdf = run
    assert pdf.exists() and pdf.stat().st_size > 1000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "9,692,307.69" in text
    assert "SIGRH" in text
    pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert int(re.search(r"^Pages:\s+(\d+)$", pages, re.M).group(1)) >= 6


def test_example_statuses_in_the_workbook(office):
    doc = office.load(EXAMPLE)
    try:
        doc.calculateAll()
        indicators = doc.getSheets().getByName("Indicators")
        statuses = [indicators.getCellRangeByName(f"M{r}").getString() for r in range(3, 16)]
        assert statuses.count("met") == 8
        assert statuses.count("partial") == 2
        assert statuses.count("not met") == 3
        assert statuses[-1] == "not met"  # SIGRH
        assert {indicators.getCellRangeByName(f"S{r}").getString() for r in range(3, 16)} == {"pending"}
    finally:
        doc.close(True)
