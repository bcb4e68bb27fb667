"""The package itself: what condtrack.oxt carries and what its library needs."""

import re
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import pytest

DESC = "{http://openoffice.org/extensions/description/2006}"
XLINK = "{http://www.w3.org/1999/xlink}"

# What a user's machine with Debian's libreoffice-calc has: LibreOffice's own
# UNO libraries and the C/C++ runtime. spdlog, fmt and Boost must be compiled in.
ALLOWED_NEEDED = {
    "libuno_cppuhelpergcc3.so.3", "libuno_cppu.so.3", "libuno_sal.so.3",
    "libstdc++.so.6", "libm.so.6", "libgcc_s.so.1", "libc.so.6", "ld-linux-x86-64.so.2",
}


@pytest.fixture(scope="module")
def package(oxt):
    with zipfile.ZipFile(oxt) as z:
        yield z


def test_package_holds_every_part(package):
    names = set(package.namelist())
    for required in ("META-INF/manifest.xml", "description.xml", "condtrack.components",
                     "condtrack.rdb", "lib/libcondtrack.so", "icons/condtrack.png",
                     "description/description-en.txt", "description/description-fr.txt",
                     "description/description-pt.txt",
                     "registration/license.txt", "examples/condtrack-example.ods"):
        assert required in names, required


def test_description_names_identifier_version_platform_and_languages(package):
    root = ET.fromstring(package.read("description.xml"))
    assert root.find(f"{DESC}identifier").get("value") == "org.condtrack.extension"
    assert re.fullmatch(r"\d+\.\d+\.\d+", root.find(f"{DESC}version").get("value"))
    assert root.find(f"{DESC}platform").get("value") == "linux_x86_64"
    minimal = root.find(f"{DESC}dependencies/{{http://libreoffice.org/extensions/description/2011}}"
                        "LibreOffice-minimal-version")
    assert minimal.get("value") == "7.4"
    names = {n.get("lang"): n.text for n in root.findall(f"{DESC}display-name/{DESC}name")}
    assert set(names) == {"en", "fr", "pt"}
    assert "Mozilla Public License" in package.read("registration/license.txt").decode()


def test_manifest_registers_the_type_library_and_components(package):
    manifest = package.read("META-INF/manifest.xml").decode()
    assert 'full-path="condtrack.rdb"' in manifest
    assert "uno-typelibrary;type=RDB" in manifest
    assert "uno-components;platform=Linux_x86_64" in manifest


def test_library_needs_only_libreoffice_and_the_c_runtime(package, tmp_path):
    library = tmp_path / "libcondtrack.so"
    library.write_bytes(package.read("lib/libcondtrack.so"))
    dynamic = subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True,
                             check=True).stdout
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    assert needed, dynamic
    assert needed <= ALLOWED_NEEDED, needed - ALLOWED_NEEDED


def test_library_exports_only_the_component_constructor(package, tmp_path):
    library = tmp_path / "libcondtrack.so"
    library.write_bytes(package.read("lib/libcondtrack.so"))
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True,
                             text=True, check=True).stdout
    exported = {line.split()[-1] for line in symbols.splitlines() if " T " in line}
    assert "org_condtrack_FunctionsImpl_get_implementation" in exported
    assert not any("spdlog" in s or "fmt" in s for s in exported), exported
