"""Export to IATI through the real command: the example tracker's file
validates against the IATI 2.03 schema and carries its figures."""

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from office import dispatch

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"
SCHEMA = ROOT / "tests" / "data" / "iati-2.03" / "iati-activities-schema.xsd"


@pytest.fixture
def example(office):
    doc = office.load(EXAMPLE, hidden=False)
    yield doc
    doc.close(True)


def export(office, doc, name="export.xml", **args):
    target = office.workdir / "out" / name
    outcome = dispatch(office, doc, "vnd.condtrack:ExportIati", Url=target.as_uri(),
                       GeneratedDatetime="2019-03-31T12:00:00Z", **args)
    return outcome, target


def test_export_validates_against_the_iati_schema(office, example):
    assert SCHEMA.exists(), f"the IATI 2.03 schema is missing: {SCHEMA} (see tests/data/iati-2.03/README.md)"
    assert shutil.which("xmllint"), "xmllint is missing (Debian package libxml2-utils)"
    outcome, target = export(office, example)
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("The tracker was exported as IATI 2.03 to file://")
    result = subprocess.run(["xmllint", "--noout", "--schema", str(SCHEMA), str(target)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_export_carries_the_tracker(office, example):
    _, target = export(office, example)
    root = ET.parse(target).getroot()
    activity = root.find("iati-activity")
    assert activity.findtext("iati-identifier") == "XI-IATI-EC_INTPA-ML-SBC-2018"
    assert activity.find("default-aid-type").get("code") == "A01"
    titles = {n.get("{http://www.w3.org/XML/1998/namespace}lang"): n.text
              for n in activity.find("title").findall("narrative")}
    assert titles["fr"].startswith("Contrat d'appui")
    indicators = [i for r in activity.findall("result") for i in r.findall("indicator")]
    assert len(indicators) == 13
    sigrh = next(i for i in indicators if "SIGRH" in i.find("title/narrative").text)
    period_2018 = next(p for p in sigrh.findall("period")
                       if p.find("period-start").get("iso-date").startswith("2018"))
    assert period_2018.find("actual").get("value") == "0"
    assert period_2018.find("target").get("value") == "100"
    disbursements = [t for t in activity.findall("transaction")
                     if t.find("transaction-type").get("code") == "3"]
    # The 2018 fixed tranche and the 2018 variable one (its payable amount, 14 M * 9 / 13).
    assert [float(t.find("value").text) for t in disbursements] == \
        [36_000_000, pytest.approx(14_000_000 * 9 / 13)]
    assert [t.find("transaction-date").get("iso-date") for t in disbursements] == \
        ["2019-04-15", "2019-05-20"]


EXT = "{https://condtrack.org/ns/iati-ext/1}"


def test_export_carries_what_layout_version_2_adds(office, example):
    _, target = export(office, example, "v2.xml")
    activity = ET.parse(target).getroot().find("iati-activity")
    tracker = activity.find(f"{EXT}tracker")
    assert tracker.get("version") == "2"
    # 2019's variable ceiling: 14 M planned, revised by SIGRH's share carried in (option B).
    planned = [(p.get("type"), p.get(f"{EXT}tranche-year"), p.get(f"{EXT}tranche-type"),
                float(p.find("value").text)) for p in activity.findall("planned-disbursement")]
    assert ("1", "2019", "variable", 14_000_000) in planned
    revised = [p for p in planned if p[0] == "2"]
    assert [p[:3] for p in revised] == [("2", "2019", "variable")]
    assert revised[0][3] == pytest.approx(14_000_000 + 14_000_000 / 13)
    # The four general conditions, met in 2018 and 2019, as policy conditions.
    conditions = activity.find("conditions")
    assert conditions.get("attached") == "1"
    assert [c.get("type") for c in conditions.findall("condition")] == ["1"] * 4
    gc1 = next(c for c in tracker.findall(f"{EXT}condition") if c.get("id") == "GC-1")
    assert [(v.get("year"), v.get("verdict")) for v in gc1.findall(f"{EXT}verdict")] == \
        [("2018", "met"), ("2019", "met")]
    # The Commission's decisions of March 2019, with their dates and reference.
    decisions = {}
    for x in activity.iter(f"{EXT}indicator"):
        for a in x.findall(f"{EXT}assessment"):
            if a.get("decision"):
                decisions[(x.get("id"), a.get("year"))] = (
                    a.get("decision"), a.get("requested-on"), a.get("approved-on"),
                    a.get("approval-ref"))
    assert decisions == {
        ("IND-13", "2018"): ("transfer", "2019-02-15", "2019-03-20", "Commission letter 2019-0311"),
        ("IND-10", "2018"): ("reassess", "2019-02-15", "2019-03-20", "Commission letter 2019-0311"),
    }


def test_export_is_deterministic(office, example):
    _, first = export(office, example, "one.xml")
    _, second = export(office, example, "two.xml")
    assert first.read_bytes() == second.read_bytes()


def test_export_without_a_header_is_refused(office):
    doc = office.new_calc(hidden=False)
    try:
        assert dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018).ok
        outcome, target = export(office, doc, "no-header.xml")
        assert not outcome.ok
        assert "identifier is blank" in outcome.message
        assert not target.exists()
    finally:
        doc.close(True)
