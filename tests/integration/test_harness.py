"""Tests of the office harness itself (no condtrack extension involved).

Run from the repository root: /usr/bin/python3 -m pytest -q tests/integration/test_harness.py
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import uno

sys.path.insert(0, str(Path(__file__).resolve().parent))

from office import (  # noqa: E402
    Office, OfficeError, calc_all, error, first_sheet, set_array_formula,
    set_formula, string, value)

DUMMY_ID = "org.condtrack.test.harness-dummy"
DUMMY_STYLE = "condtrack-harness-test"

# A configuration-only extension: installing it changes a harmless setting,
# which the running office shows only if the registration really took effect.
DESCRIPTION_XML = f"""<?xml version="1.0" encoding="UTF-8"?>
<description xmlns="http://openoffice.org/extensions/description/2006">
  <identifier value="{DUMMY_ID}"/>
  <version value="0.0.1"/>
</description>
"""
MANIFEST_XML = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="http://openoffice.org/2001/manifest">
  <manifest:file-entry manifest:full-path="help.xcu"
    manifest:media-type="application/vnd.sun.star.configuration-data"/>
</manifest:manifest>
"""
HELP_XCU = f"""<?xml version="1.0" encoding="UTF-8"?>
<oor:component-data xmlns:oor="http://openoffice.org/2001/registry"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    oor:name="Common" oor:package="org.openoffice.Office">
  <node oor:name="Help">
    <prop oor:name="HelpStyleSheet" oor:op="fuse"><value>{DUMMY_STYLE}</value></prop>
  </node>
</oor:component-data>
"""


@pytest.fixture(scope="module")
def office():
    with Office() as o:
        yield o


@pytest.fixture
def sheet(office):
    doc = office.new_calc()
    yield first_sheet(doc)
    doc.close(True)


@pytest.fixture
def dummy_oxt(tmp_path):
    path = tmp_path / "dummy.oxt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("description.xml", DESCRIPTION_XML)
        z.writestr("META-INF/manifest.xml", MANIFEST_XML)
        z.writestr("help.xcu", HELP_XCU)
    return path


def config_value(office, node, prop):
    provider = office.smgr.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", office.ctx)
    arg = uno.createUnoStruct("com.sun.star.beans.PropertyValue")
    arg.Name, arg.Value = "nodepath", node
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationAccess", (arg,))
    return access.getPropertyValue(prop)


def test_simple_formula(sheet):
    set_formula(sheet, "A1", "=1+1")
    assert value(sheet, "A1") == 2
    assert error(sheet, "A1") == 0


def test_division_by_zero_is_error_532(sheet):
    set_formula(sheet, "A1", "=1/0")
    assert error(sheet, "A1") == 532
    assert string(sheet, "A1") == "#DIV/0!"


def test_array_formula(sheet):
    set_array_formula(sheet, "B1:B3", "=ROW(A1:A3)*2")
    assert [value(sheet, a) for a in ("B1", "B2", "B3")] == [2, 4, 6]


def test_store_ods_and_reload(office, tmp_path):
    doc = office.new_calc()
    sheet = first_sheet(doc)
    sheet.getCellRangeByName("A1").setValue(20)
    set_formula(sheet, "A2", "=A1*2+1")
    target = office.store(doc, tmp_path / "roundtrip.ods", "calc8")
    doc.close(True)
    assert target == tmp_path / "roundtrip.ods"
    with zipfile.ZipFile(target) as z:  # a real ODS, copied out of the office dir
        assert z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"

    reloaded = office.load(target)
    calc_all(reloaded)
    sheet = first_sheet(reloaded)
    assert value(sheet, "A2") == 41
    assert sheet.getCellRangeByName("A2").getFormula() == "=A1*2+1"
    reloaded.close(True)


def test_store_other_filters(office):
    doc = office.new_calc()
    set_formula(first_sheet(doc), "A1", "=1+1")
    xlsx = office.store(doc, "out.xlsx", "Calc MS Excel 2007 XML")
    pdf = office.store(doc, "out.pdf", "calc_pdf_Export")
    doc.close(True)
    assert zipfile.is_zipfile(xlsx)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_runs_as_nobody_in_private_dir(office):
    soffice = office.proc.pid
    assert office.workdir.stat().st_uid == 65534
    assert office.profile_dir.stat().st_uid == 65534
    assert office.log_path() == office.profile_dir / "user/condtrack/condtrack.log"
    # The launcher's session holds soffice.bin, which must run as nobody.
    out = subprocess.run(["ps", "-o", "uid=,comm=", "--sid", str(soffice)],
                         capture_output=True, text=True, timeout=10).stdout
    assert any(line.split() == ["65534", "soffice.bin"] for line in out.splitlines()), out


def test_close_leaves_nothing_behind():
    office = Office()
    office.start()
    proc, workdir = office.proc, office.workdir
    office.close()
    assert proc.poll() is not None
    assert not workdir.exists()
    ps = subprocess.run(["ps", "-o", "pid=", "--sid", str(proc.pid)],
                        capture_output=True, text=True, timeout=10)
    assert ps.stdout.strip() == ""


def test_exception_inside_with_stops_office():
    with pytest.raises(ZeroDivisionError):
        with Office() as office:
            proc, workdir = office.proc, office.workdir
            1 / 0
    assert proc.poll() is not None
    assert not workdir.exists()


def test_restart_keeps_profile():
    with Office() as office:
        office.stop()
        office.start()
        doc = office.new_calc()
        set_formula(first_sheet(doc), "A1", "=2*3")
        assert value(first_sheet(doc), "A1") == 6


def test_extension_add_list_remove(dummy_oxt):
    with Office(oxt=dummy_oxt) as office:
        assert config_value(office, "/org.openoffice.Office.Common/Help",
                            "HelpStyleSheet") == DUMMY_STYLE
        with pytest.raises(OfficeError):
            office.list_extensions()  # unopkg would hang on a running office
        office.stop()
        assert DUMMY_ID in office.list_extensions()
        office.remove_extension(DUMMY_ID)
        assert DUMMY_ID not in office.list_extensions()


def test_shared_extension_is_removed_on_close(dummy_oxt):
    assert os.geteuid() == 0, "unopkg --shared needs root (CI runs as root)"
    with Office(oxt=dummy_oxt, shared=True) as office:
        assert config_value(office, "/org.openoffice.Office.Common/Help",
                            "HelpStyleSheet") == DUMMY_STYLE
        office.stop()
        assert DUMMY_ID in office.list_extensions()
    with Office(shared=True) as office:
        office.stop()
        assert DUMMY_ID not in office.list_extensions()


def test_french_locale():
    with Office(locale="fr-FR") as office:
        doc = office.new_calc()
        sheet = first_sheet(doc)
        assert sheet.getName() == "Feuille1"
        # Function names shown in the UI are localized; formulas set through
        # the API stay English.
        descriptions = office.smgr.createInstanceWithContext(
            "com.sun.star.sheet.FunctionDescriptions", office.ctx)
        names = {dict((p.Name, p.Value) for p in descriptions.getByIndex(i))["Name"]
                 for i in range(descriptions.getCount())}
        assert "SOMME" in names and "SUM" not in names
        set_formula(sheet, "A1", "=SUM(1.5;1)")
        assert value(sheet, "A1") == 2.5
        assert string(sheet, "A1") == "2,5"  # French decimal comma


def test_xvfb_visible_office():
    with Office(xvfb=True) as office:
        assert office.display and office.display.startswith(":")
        doc = office.new_calc(hidden=False)
        window = doc.getCurrentController().getFrame().getContainerWindow()
        assert window.isVisible()
        set_formula(first_sheet(doc), "A1", "=1+1")
        assert value(first_sheet(doc), "A1") == 2
        # Xvfb's lock file names its pid; it must be gone after the office.
        xvfb_pid = int(Path(f"/tmp/.X{office.display[1:]}-lock").read_text())
        os.kill(xvfb_pid, 0)
    with pytest.raises(ProcessLookupError):
        os.kill(xvfb_pid, 0)
