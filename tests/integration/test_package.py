"""The package itself: `unopkg add` makes the functions work, `unopkg remove`
leaves a profile that still starts and shows #NAME? for them again.

Uses an office of its own (not the shared one): it removes the extension.

Run from the repository root: /usr/bin/python3 -m pytest tests/integration/test_package.py
"""

import pytest

from office import Office, cell, extension_identifier, first_sheet, set_formula

EXTENSION_ID = "org.condtrack.extension"

ERR_NAME = 525  # #NAME?


def evaluate(office, formula):
    doc = office.new_calc()
    try:
        sheet = first_sheet(doc)
        set_formula(sheet, "A1", formula)
        c = cell(sheet, "A1")
        return c.getError(), c.getValue(), c.getString()
    finally:
        doc.close(True)


@pytest.fixture(scope="module")
def own_office(oxt):
    office = Office(oxt=str(oxt))  # installed with unopkg add, not started
    try:
        yield office
    finally:
        office.close()


def test_install_remove_and_start_again(own_office, oxt):
    office = own_office
    assert extension_identifier(oxt) == EXTENSION_ID
    assert EXTENSION_ID in office.list_extensions()

    office.start()
    error, _, version = evaluate(office, "=COND.VERSION()")
    assert error == 0
    assert version and version[0].isdigit()
    error, score, _ = evaluate(office, "=COND.SCORE(12980;2505;15000)")
    assert error == 0 and score == pytest.approx(10475 / 12495)
    office.stop()

    office.remove_extension(EXTENSION_ID)
    assert EXTENSION_ID not in office.list_extensions()

    office.start()  # same profile: must start (start() raises if soffice dies)
    assert evaluate(office, "=1+1") == (0, 2.0, "2")
    error, _, shown = evaluate(office, "=COND.VERSION()")
    assert error == ERR_NAME
    assert shown == "#NAME?"
    error, _, _ = evaluate(office, "=COND.SCORE(12980;2505;15000)")
    assert error == ERR_NAME
    office.stop()
