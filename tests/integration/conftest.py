"""Shared fixtures of the integration tests: a real headless soffice with the
condtrack extension installed (one per test module) and a fresh Calc document
per test.

Run from the repository root: /usr/bin/python3 -m pytest tests/integration

CONDTRACK_OXT names the package to test; the default is the build tree's
build/condtrack.oxt.  A missing package fails the tests: build it first with
`cmake --build build`.
"""

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from office import Office, first_sheet  # noqa: E402

REPO_ROOT = HERE.parent.parent
DEFAULT_OXT = REPO_ROOT / "build" / "condtrack.oxt"
EXTENSION_ID = "org.condtrack.extension"


def oxt_path():
    """The .oxt under test; fails the calling test when it does not exist."""
    path = Path(os.environ.get("CONDTRACK_OXT") or DEFAULT_OXT)
    if not path.is_absolute():
        path = (REPO_ROOT / path).resolve()
    if not path.is_file():
        pytest.fail(
            f"condtrack extension package not found: {path}\n"
            f"Build it with `cmake --build build` (target oxt) or point "
            f"CONDTRACK_OXT at an existing .oxt.", pytrace=False)
    return path


@pytest.fixture(scope="session")
def oxt():
    return oxt_path()


@pytest.fixture(scope="module")
def office(oxt):
    """One headless office with the extension, shared by a test module."""
    with Office(oxt=str(oxt)) as o:
        yield o


@pytest.fixture
def doc(office):
    """A new, empty Calc document, closed after the test."""
    document = office.new_calc()
    yield document
    try:
        document.close(True)
    except Exception:
        pass  # the office died: the test has already failed


@pytest.fixture
def sheet(doc):
    return first_sheet(doc)
