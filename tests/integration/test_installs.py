"""Installs as an admin does them: for all users with `unopkg add --shared`,
an upgrade over an older version, and an uninstall that leaves the profile
clean but for our log."""

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from office import Office, cell, first_sheet, set_formula

EXTENSION_ID = "org.condtrack.extension"
SHARED_FOLDER = Path("/usr/lib/libreoffice/share/uno_packages")


def evaluate(office, formula):
    doc = office.new_calc()
    try:
        sheet = first_sheet(doc)
        set_formula(sheet, "A1", formula)
        c = cell(sheet, "A1")
        return c.getError(), c.getString()
    finally:
        doc.close(True)


def shared_list():
    return subprocess.run(["unopkg", "list", "--shared",
                           "-env:UserInstallation=file:///tmp/condtrack-unopkg-list"],
                          capture_output=True, text=True, timeout=120).stdout


def with_version(oxt, version, target):
    """A copy of the package that says it is another version."""
    with zipfile.ZipFile(oxt) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "description.xml":
                data = re.sub(rb'<version value="[^"]+"/>', f'<version value="{version}"/>'.encode(), data)
            out.writestr(item, data)
    return target


@pytest.mark.skipif(subprocess.run(["id", "-u"], capture_output=True, text=True).stdout.strip() != "0",
                    reason="a shared install needs root, as it does for an admin")
def test_shared_install_serves_a_user_profile_and_is_removed_cleanly(oxt):
    assert EXTENSION_ID not in shared_list(), "a shared condtrack is already installed on this machine"
    office = Office(oxt=str(oxt), shared=True)  # unopkg add --shared, as root
    try:
        assert EXTENSION_ID in shared_list()
        office.start()  # soffice runs as an unprivileged user with a profile of its own
        assert evaluate(office, "=COND.VERSION()") == (0, "0.1.0")
        assert evaluate(office, "=COND.SCORE(12980;2505;15000)")[1].startswith("0.838")
        office.stop()
    finally:
        office.close()  # unopkg remove --shared
    assert EXTENSION_ID not in shared_list()


def test_upgrade_keeps_workbooks_computing(oxt, tmp_path):
    previous = with_version(oxt, "0.0.9", tmp_path / "condtrack-0.0.9.oxt")
    office = Office(oxt=str(previous))
    try:
        office.start()
        doc = office.new_calc()
        sheet = first_sheet(doc)
        sheet.getCellRangeByName("B1").setValue(12980)
        set_formula(sheet, "A1", "=COND.SCORE(B1;2505;15000)")
        saved = office.store(doc, tmp_path / "tracker.ods")
        doc.close(True)
        office.stop()

        office.add_extension(oxt)  # the new version over the old one
        identifiers = office.list_extensions()
        assert identifiers.count(EXTENSION_ID) == 1
        office.start()
        assert evaluate(office, "=COND.VERSION()") == (0, "0.1.0")
        doc = office.load(saved)
        doc.calculateAll()
        sheet = first_sheet(doc)
        assert sheet.getCellRangeByName("A1").getFormula() == "=ORG.CONDTRACK.FUNCTIONS.SCORE(B1;2505;15000)"
        assert sheet.getCellRangeByName("A1").getValue() == pytest.approx(10475 / 12495)
        sheet.getCellRangeByName("B1").setValue(15000)
        assert sheet.getCellRangeByName("A1").getValue() == 1
        doc.close(True)
    finally:
        office.close()


def test_uninstall_leaves_only_our_log_in_the_profile(oxt):
    office = Office(oxt=str(oxt))
    try:
        office.start()
        assert evaluate(office, "=COND.SCORE(1;5;5)")[0] == 502  # writes a line to our log
        office.stop()
        office.remove_extension(EXTENSION_ID)
        assert EXTENSION_ID not in office.list_extensions()
        # LibreOffice deletes a removed extension's unpacked files at its next start.
        office.start()
        assert evaluate(office, "=COND.VERSION()")[0] == 525  # #NAME?
        office.stop()
        leftovers = []
        for path in office.profile_dir.rglob("*"):
            if not path.is_file() or office.log_path().parent in path.parents:
                continue
            try:
                text = path.read_bytes()
            except OSError:
                continue
            if b"condtrack" in text.lower() and b"org.condtrack" in text.lower():
                leftovers.append(str(path.relative_to(office.profile_dir)))
        assert office.log_path().exists()
        assert leftovers == [], leftovers
    finally:
        office.close()
