"""Writes codelists.json, the codes of every codelist mapping.xml names, from
IATI's codelist XML: the embedded ones from IATI/IATI-Codelists (branch
version-2.03), the others from IATI/IATI-Codelists-NonEmbedded. Only the codes
and their status are kept: the tests check membership, not names.

    python3 make_codelists.py EMBEDDED_XML_DIR NON_EMBEDDED_XML_DIR > codelists.json
"""

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def codes(path):
    root = ET.parse(path).getroot()
    items = {}
    for item in root.iter("codelist-item"):
        items[item.findtext("code").strip()] = item.get("status", "active")
    return items


def main(embedded, non_embedded):
    mapping = ET.parse(HERE / "mapping.xml").getroot()
    names = sorted({m.find("codelist").get("ref") for m in mapping.iter("mapping")})
    out = {}
    for name in names:
        for folder in (Path(embedded), Path(non_embedded)):
            if (folder / f"{name}.xml").exists():
                out[name] = codes(folder / f"{name}.xml")
                break
        else:
            sys.exit(f"no codelist {name}")
    json.dump(out, sys.stdout, indent=0, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
