"""The main job on the bundled example tracker: the seed case's figures, a PDF."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from v2_cells import indicator_cell

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
    # 14 M, 13 equal weights, 2018: 8 met, 2 partial (half), 3 not met.
    assert value_of(out, "Payable, no decision") == "9,692,307.69 EUR"  # 14 M * 9 / 13
    assert value_of(out, "SIGRH reallocated (option A)") == "10,500,000.00 EUR"  # 14 M * 9 / 12
    assert value_of(out, "SIGRH transferred (option B): paid now") == "9,692,307.69 EUR"
    assert value_of(out, "SIGRH transferred: added to 2019's ceiling") == "1,076,923.08 EUR"  # 14 M / 13
    assert value_of(out, "SIGRH re-assessed: held until 2019") == "1,076,923.08 EUR"
    assert value_of(out, "If the general conditions were not met") == "0.00 EUR"
    assert value_of(out, "Indicators met / partial / not met") == "8 / 2 / 3"


def tranche_rows(out):
    return [re.split(r"\s{2,}", l.strip()) for l in out.splitlines()
            if re.match(r"^20\d\d  (fixed|variable)\b", l)]


def test_example_tracker_carries_sigrh_into_2019_and_releases_the_reassessed_half(run):
    out = run[0].stdout
    rows = tranche_rows(out)
    variable_2018 = next(r for r in rows if r[:2] == ["2018", "variable"])
    # Base ceiling, carried in, ceiling, payout, eligible, computed, transferred,
    # held, released, payable, disbursed, disbursed on, deadline.
    assert variable_2018[2:13] == [
        "14,000,000.00 EUR", "0.00 EUR", "14,000,000.00 EUR", "proportional", "TRUE",
        "9,692,307.69 EUR",   # 14 M * 9 / 13
        "1,076,923.08 EUR",   # SIGRH's share, transferred (approved 2019-03-20)
        "538,461.54 EUR",     # IND-10's unpaid half, re-assessed (approved 2019-03-20)
        "0.00 EUR", "9,692,307.69 EUR", "9,692,307.69 EUR"]
    variable_2019 = next(r for r in rows if r[:2] == ["2019", "variable"])
    # 2019: 8 met, 5 partial -> 10.5 / 13 of 14 M + 1,076,923.08 carried in;
    # IND-10's 2019 actual 55 meets its 2018 target 50: the held half is released.
    computed_2019 = f"{(14_000_000 + 14_000_000 / 13) * 10.5 / 13:,.2f} EUR"
    payable_2019 = f"{(14_000_000 + 14_000_000 / 13) * 10.5 / 13 + 7_000_000 / 13:,.2f} EUR"
    assert variable_2019[2:12] == [
        "14,000,000.00 EUR", "1,076,923.08 EUR", "15,076,923.08 EUR", "proportional", "TRUE",
        computed_2019, "0.00 EUR", "0.00 EUR", "538,461.54 EUR", payable_2019]


def test_example_2019_tranches_are_gated_by_the_late_sigrh_milestones(run):
    out = run[0].stdout
    milestones = {r[0]: r for r in (re.split(r"\s{2,}", l.strip()) for l in out.splitlines()
                                    if re.match(r"^M-0\d  ", l))}
    # M-02 and M-03 gate the 2019 tranches; done late (2019-05-20, 2019-09-30) but
    # before the 2019 request deadline (2020-03-31), so the 2019 tranches are eligible.
    assert milestones["M-02"][3:7] == ["2019", "12/31/2018", "05/20/2019", "done late"]
    assert milestones["M-03"][3:7] == ["2019", "07/15/2019", "09/30/2019", "done late"]
    assert all("2019" not in r[3:4] for k, r in milestones.items() if k not in ("M-02", "M-03"))
    rows = {tuple(r[:2]): r for r in tranche_rows(out)}
    assert rows["2019", "fixed"][-1] == "03/31/2020" and "TRUE" in rows["2019", "fixed"]
    assert "TRUE" in rows["2019", "variable"]
    # No verdict on the general conditions for 2020 yet: the 2020 tranches are not eligible.
    assert "FALSE" in rows["2020", "fixed"] and "FALSE" in rows["2020", "variable"]


def test_example_log_is_a_verified_chain_of_every_recorded_change(run):
    out = run[0].stdout
    assert value_of(out, "Assessment log intact") == "TRUE"
    log_rows = [l for l in out.splitlines() if re.match(r"^\d{4}-\d\d-\d\dT", l)]
    fields = [re.split(r"\s{2,}", l.strip())[4] for l in log_rows]
    # make_example.py: 13 actuals and the SIGRH evidence link for 2018 and for 2019,
    # 2 decisions of 4 fields each, 4 general conditions x 2 years x 3 fields.
    assert len(log_rows) == 2 * (13 + 1) + 2 * 4 + 4 * 2 * 3 == 60
    assert fields.count("actual") == 26 and fields.count("evidence") == 2 + 8
    assert fields.count("decision") == 2 and fields.count("approved on") == 2
    assert fields.count("verdict") == 8
    assert all("Programme Officer" in l for l in log_rows)


def test_example_milestones_and_calendar(run):
    out = run[0].stdout
    assert value_of(out, "Next review as of 2019-06-01") == "2019-08-30"
    # Month-end series rolled by modified following: Saturday 31 August 2019 -> Friday 30th.
    assert "2021-02-26" in out
    # M-02 due 2018-12-31, done 2019-05-20: 31 + 28 + 31 + 30 + 20 days late.
    assert value_of(out, "SIGRH HR module (M-02) status") == "done late"
    assert value_of(out, "SIGRH HR module (M-02) days late") == "140"


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
        ids = [f"IND-{i:02}" for i in range(1, 14)]

        def statuses(year):
            return [indicator_cell(doc, i, year, "status").getString() for i in ids]

        s2018 = statuses(2018)
        assert (s2018.count("met"), s2018.count("partial"), s2018.count("not met")) == (8, 2, 3)
        assert [i for i, s in zip(ids, s2018) if s != "met"] == [
            "IND-09", "IND-10", "IND-11", "IND-12", "IND-13"]
        assert s2018[-1] == "not met"  # SIGRH
        s2019 = statuses(2019)
        assert s2019[-1] == "met"  # SIGRH at 100 in 2019
        assert s2019[9] == "partial"  # IND-10: 55 against its 2019 target 70
        assert set(statuses(2020)) == {"pending"}
        # The decisions on the first review, approved.
        sigrh = [indicator_cell(doc, "IND-13", 2018, f).getString()
                 for f in ("decision", "approved_on")]
        assert sigrh == ["transfer", "03/20/2019"]  # en-US short date
        assert indicator_cell(doc, "IND-10", 2018, "decision").getString() == "reassess"
    finally:
        doc.close(True)
