"""Import from IATI through the real command: a round trip tracker -> IATI ->
new workbook, an update of an open tracker previewed and then undone in one
step, another publisher's file, and broken files that change nothing."""

import re
from pathlib import Path

import pytest

from office import dispatch
from tracker_doc import (edited_export, export_iati, indicator_row, indicators_data, log_rows,
                         open_documents, verify)
from v2_cells import indicator_cell

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "extension" / "examples" / "condtrack-example.ods"
DATA = ROOT / "tests" / "data" / "iati"
OTHER = "XI-IATI-EXAMPLE-BS-001"


@pytest.fixture
def example(office):
    doc = office.load(EXAMPLE, hidden=False)
    yield doc
    doc.close(True)




def import_iati(office, doc, **args):
    return dispatch(office, doc, "vnd.condtrack:ImportIati", **args)


def given(office, path, text=None, name=None):
    """A file the office can read: a copy of path, or text written under name."""
    if text is not None:
        path = office.workdir / "tmp" / name
        path.write_text(text, encoding="utf-8")
    return office._copy_in(path, "docs")




def first_difference(first, second):
    """Where two exports part, for the failure message."""
    a = first.read_text(encoding="utf-8").splitlines()
    b = second.read_text(encoding="utf-8").splitlines()
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"line {i + 1}:\n- {x}\n+ {y}"
    return f"{len(a)} lines against {len(b)}"


def document_at(office, url):
    for doc in open_documents(office):
        if doc.getURL() == url:
            return doc
    raise AssertionError(f"no open document at {url}")










def test_a_tracker_comes_back_the_same_through_iati_and_a_new_workbook(office, example):
    first = export_iati(office, example, "first.xml")
    text = first.read_text(encoding="utf-8")
    # The example is a layout version 2 tracker, and its file says so.
    assert '<condtrack:tracker version="2"' in text
    saved = office.workdir / "out" / "imported.ods"
    outcome = import_iati(office, example, Url=first.as_uri(), Target="new",
                          SaveUrl=saved.as_uri())
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("Imported from IATI into a new workbook (Untitled"), outcome.message
    # A new workbook is a layout version 2 tracker: everything has a place.
    assert ", 0 not imported" in outcome.message, outcome.message
    new = document_at(office, saved.as_uri())
    try:
        new.calculateAll()
        # The new tracker exports the same file, byte for byte: decisions,
        # conditions and their verdicts, carried-in ceilings and all.
        second = export_iati(office, new, "second.xml")
        assert second.read_bytes() == first.read_bytes(), first_difference(first, second)
        # One log row per value written, chained.
        rows = log_rows(new)
        assert len(rows) > 100
        assert all(row[4].startswith("import ") for row in rows)
        assert all(row[7].startswith("IATI import of first.xml, activity XI-IATI-EC_INTPA")
                   for row in rows)
        assert verify(new) == "TRUE"
        assert new.getSheets().getElementNames()[0] == "Indicators"
        # The review dates stay formulas of the file's schedule (roll included).
        years = new.NamedRanges.getByName("CondTrack_Years").getReferredCells()
        rows = years.getRows().getCount()
        assert rows > 1
        for r in range(1, rows):
            assert "NEXTREVIEW(" in years.getCellByPosition(1, r).getFormula()
    finally:
        new.close(True)




def test_bands_a_specific_condition_and_a_suspension_come_back_byte_for_byte(office):
    """The example with the 2019 variable tranche's bands (0/30/80 % -> 0/40/100 %),
    a specific condition SC-1 not met in 2019 and a suspension from 2020-06-30."""
    doc = office.new_calc(hidden=False)
    source = given(office, DATA / "condtrack-v2-bands-suspended.xml")
    saved = office.workdir / "out" / "bands.ods"
    try:
        outcome = import_iati(office, doc, Url=source.as_uri(), Target="new",
                              SaveUrl=saved.as_uri(), Hidden=True)
        assert outcome.ok, outcome.message
        assert ", 0 not imported" in outcome.message, outcome.message
        new = document_at(office, saved.as_uri())
        try:
            new.calculateAll()
            again = export_iati(office, new, "bands-again.xml")
            original = DATA / "condtrack-v2-bands-suspended.xml"
            assert again.read_bytes() == original.read_bytes(), first_difference(original, again)
        finally:
            new.close(True)
    finally:
        doc.close(True)


def test_an_update_is_previewed_then_applied_as_one_undo_step(office, example):
    source = edited_export(office, example, 40)
    before = indicators_data(example)
    rows_before = log_rows(example)
    actual_2018 = indicator_cell(example, "IND-13", 2018, "actual")
    assert actual_2018.getValue() == 0

    preview = import_iati(office, example, Url=source.as_uri(), Preview=True)
    assert preview.ok, preview.message
    assert preview.message.startswith("Import into the tracker of condtrack-example.ods:\n")
    assert "0 values added, 1 overwritten, 0 not imported" in preview.message
    assert "\nIND-13 2018 actual: 0 -> 40\n" in preview.message
    assert indicators_data(example) == before, "the preview changed the tracker"
    assert log_rows(example) == rows_before

    outcome = import_iati(office, example, Url=source.as_uri())
    assert outcome.ok, outcome.message
    assert "1 overwritten" in outcome.message
    assert actual_2018.getValue() == 40
    rows = log_rows(example)
    assert len(rows) == len(rows_before) + 1
    _, _, indicator, year, field, old, new, reason, _, _ = rows[-1]
    assert (indicator, year, field, old, new) == ("IND-13", 2018.0, "import actual", "0", "40")
    assert reason.startswith("IATI import of edited.xml, activity XI-IATI-EC_INTPA")
    assert verify(example) == "TRUE"

    undo = example.getUndoManager()
    assert undo.getCurrentUndoActionTitle() == "Import from IATI"
    undo.undo()
    assert actual_2018.getValue() == 0
    assert log_rows(example) == rows_before
    assert indicators_data(example) == before
    assert verify(example) == "TRUE"


def test_reimporting_the_trackers_own_export_changes_nothing(office, example):
    source = given(office, export_iati(office, example, "same.xml"))
    rows_before = log_rows(example)
    outcome = import_iati(office, example, Url=source.as_uri(), Target="current")
    assert outcome.ok, outcome.message
    assert outcome.message.startswith("The file changes nothing in this tracker.")
    assert log_rows(example) == rows_before


def test_another_publishers_file_asks_for_its_activity_then_makes_a_tracker(office):
    doc = office.new_calc(hidden=False)
    source = given(office, DATA / "other-publisher.xml")
    documents = len(open_documents(office))
    try:
        several = import_iati(office, doc, Url=source.as_uri())
        assert not several.ok
        assert "XI-IATI-EXAMPLE-BS-001" in several.message
        assert "XI-IATI-EXAMPLE-BS-002" in several.message

        preview = import_iati(office, doc, Url=source.as_uri(), Activity=OTHER, Preview=True)
        assert preview.ok, preview.message
        assert preview.message.startswith("Import into a new workbook (")
        assert "add PFM-1 title: Budget execution rate (%)" in preview.message
        assert "add PFM-1 2018 actual: 72.5" in preview.message
        assert len(open_documents(office)) == documents, "the preview left a workbook open"

        saved = office.workdir / "out" / "other.ods"
        outcome = import_iati(office, doc, Url=source.as_uri(), Activity=OTHER,
                              SaveUrl=saved.as_uri())
        assert outcome.ok, outcome.message
        new = document_at(office, saved.as_uri())
        try:
            row = indicator_row(new, "PFM-1")
            indicators = new.getSheets().getByName("Indicators")
            assert indicators.getCellByPosition(1, row).getString() == "Budget execution rate (%)"
            assert indicators.getCellByPosition(8, row).getValue() == 1  # first year's weight
            header = new.NamedRanges.getByName("CondTrack_Header").getReferredCells()
            assert header.getCellByPosition(1, 1).getString() == OTHER
            assert verify(new) == "TRUE"
            # The empty workbook the command ran from is untouched.
            assert doc.getSheets().getElementNames() == ("Sheet1",)
        finally:
            new.close(True)
    finally:
        doc.close(True)


@pytest.mark.parametrize("name, message", [
    ("error-malformed.xml",
     "line 17: the end tag </period> does not match <actual> (opened at line 16)"),
    ("error-not-iati.xml", "line 3: this is not an IATI activity file"),
    ("error-not-xml.csv", "line 1: this is not XML"),
    ("error-period-without-end.xml", "line 13: <period> has no <period-end>"),
    ("error-negative-ceiling.xml",
     "line 6: <value> of <planned-disbursement> is negative (-3000): a tranche's ceiling cannot be"),
    ("error-reversal-exceeds.xml",
     "line 8: <transaction> leaves the 2018 variable tranche with a negative amount disbursed"),
])
def test_a_broken_file_names_its_line_and_changes_nothing(office, example, name, message):
    source = given(office, DATA / name)
    before = indicators_data(example)
    rows_before = log_rows(example)
    documents = len(open_documents(office))
    undo_title = example.getUndoManager().getCurrentUndoActionTitle() \
        if example.getUndoManager().isUndoPossible() else None
    for target in ("current", "new"):
        outcome = import_iati(office, example, Url=source.as_uri(), Target=target)
        assert not outcome.ok
        assert outcome.message.startswith(f"Nothing was imported: {name}: {message}"), \
            outcome.message
    assert indicators_data(example) == before
    assert log_rows(example) == rows_before
    assert len(open_documents(office)) == documents
    undo = example.getUndoManager()
    assert (undo.getCurrentUndoActionTitle() if undo.isUndoPossible() else None) == undo_title


def test_a_missing_file_and_a_bad_target_are_refused(office, example):
    missing = import_iati(office, example, Url=(office.workdir / "nowhere.xml").as_uri())
    assert not missing.ok
    assert missing.message.startswith("Nothing was imported: nowhere.xml: cannot read "), \
        missing.message
    bad = import_iati(office, example, Url=(DATA / "minimal.xml").as_uri(), Target="elsewhere")
    assert not bad.ok
    assert "Target must be new or current" in bad.message


def other_programme(office, doc):
    """The example's export under another activity's identifier, IND-13's 2018 actual made 40:
    the same indicators, so the changes alone would not tell."""
    xml = edited_export(office, doc, 40).read_text(encoding="utf-8")
    ours = re.search(r"<iati-identifier>([^<]+)</iati-identifier>", xml).group(1)
    xml = xml.replace(f"<iati-identifier>{ours}</iati-identifier>",
                      "<iati-identifier>XX-OTHER-PROGRAMME-9</iati-identifier>", 1)
    return ours, given(office, None, text=xml, name="other-programme.xml")


def test_another_activitys_file_is_named_and_refused_unless_allowed(office, example):
    ours, source = other_programme(office, example)
    assert ours.startswith("XI-IATI-EC_INTPA")
    before = indicators_data(example)
    rows_before = log_rows(example)
    actual_2018 = indicator_cell(example, "IND-13", 2018, "actual")

    preview = import_iati(office, example, Url=source.as_uri(), Preview=True)
    assert preview.ok, preview.message
    lines = preview.message.split("\n")
    assert lines[0] == "Import into the tracker of condtrack-example.ods:"
    assert lines[1].startswith("File: XX-OTHER-PROGRAMME-9, "), lines[1]
    assert lines[2].startswith(f"This tracker: {ours}, "), lines[2]
    assert lines[3] == ("Warning: the file is of activity XX-OTHER-PROGRAMME-9, but this tracker "
                        f"is of activity {ours}. Importing writes one activity's values into the "
                        "tracker of another."), lines[3]
    assert "\nIND-13 2018 actual: 0 -> 40\n" in preview.message

    refused = import_iati(office, example, Url=source.as_uri())
    assert not refused.ok
    assert refused.message == (
        f"Nothing was imported: the file is of activity XX-OTHER-PROGRAMME-9, but this tracker "
        f"is of activity {ours}; AllowOtherActivity=True imports it all the same"), refused.message
    assert indicators_data(example) == before
    assert log_rows(example) == rows_before

    allowed = import_iati(office, example, Url=source.as_uri(), AllowOtherActivity=True)
    assert allowed.ok, allowed.message
    assert actual_2018.getValue() == 40
    assert log_rows(example)[-1][7] == "IATI import of other-programme.xml, activity XX-OTHER-PROGRAMME-9"
    example.getUndoManager().undo()
    assert indicators_data(example) == before


def test_the_trackers_own_activity_is_imported_without_asking(office, example):
    source = edited_export(office, example, 40)
    preview = import_iati(office, example, Url=source.as_uri(), Preview=True)
    assert "\nThis tracker: XI-IATI-EC_INTPA" in preview.message
    assert "Warning" not in preview.message
    outcome = import_iati(office, example, Url=source.as_uri())
    assert outcome.ok, outcome.message


def test_a_value_in_another_currency_is_listed_and_never_summed(office):
    """IATI's own example: EUR 3,000 twice in a USD activity is not a 6,000 ceiling."""
    doc = office.new_calc(hidden=False)
    source = given(office, DATA / "two-currencies.xml")
    saved = office.workdir / "out" / "two-currencies.ods"
    try:
        preview = import_iati(office, doc, Url=source.as_uri(), Preview=True)
        assert preview.ok, preview.message
        assert "File: X-CUR-1, USD, 2018" in preview.message, preview.message
        for line, element in ((6, "planned-disbursement"), (7, "planned-disbursement"),
                              (9, "transaction")):
            assert (f"\nnot imported: EUR 3,000 at line {line} (<{element}>): the tracker is "
                    "in USD") in preview.message, preview.message
        assert ", 3 not imported, " in preview.message, preview.message
        assert "add tranche 2018 variable ceiling: 1234567.5" in preview.message, preview.message
        outcome = import_iati(office, doc, Url=source.as_uri(), SaveUrl=saved.as_uri(),
                              Hidden=True)
        assert outcome.ok, outcome.message
        document_at(office, saved.as_uri()).close(True)
    finally:
        doc.close(True)


def test_a_negative_disbursement_is_a_reversal_of_its_tranche(office):
    doc = office.new_calc(hidden=False)
    source = given(office, DATA / "reversal.xml")
    try:
        preview = import_iati(office, doc, Url=source.as_uri(), Preview=True)
        assert preview.ok, preview.message
        assert "add tranche 2018 variable disbursed: 600\n" in preview.message, preview.message
        assert "add tranche 2018 variable disbursed on: 2019-03-01" in preview.message, \
            preview.message
    finally:
        doc.close(True)


def test_activity_index_reaches_the_second_of_two_activities_with_one_identifier(office):
    doc = office.new_calc(hidden=False)
    xml = (DATA / "minimal.xml").read_text(encoding="utf-8")
    start = xml.index("  <iati-activity>")
    second = xml[start:xml.index("</iati-activities>")].replace("Minimal activity", "The second one")
    source = given(office, None, text=xml.replace("</iati-activities>", second + "</iati-activities>"),
                   name="twice.xml")
    try:
        preview = import_iati(office, doc, Url=source.as_uri(), ActivityIndex=2, Preview=True)
        assert preview.ok, preview.message
        assert "\nFile: XI-IATI-EXAMPLE-MIN-1, The second one, " in preview.message, preview.message
        beyond = import_iati(office, doc, Url=source.as_uri(), ActivityIndex=3, Preview=True)
        assert not beyond.ok
        assert "has no activity number 3; it holds 2" in beyond.message, beyond.message
    finally:
        doc.close(True)
