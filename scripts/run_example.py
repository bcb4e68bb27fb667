#!/usr/bin/python3
"""The main job: installs the built .oxt into a throwaway profile, opens the
bundled example tracker headless, recalculates it, prints every sheet as a
table and writes a PDF of the workbook.

    /usr/bin/python3 scripts/run_example.py [--oxt build/condtrack.oxt]
        [--example extension/examples/condtrack-example.ods] [--pdf build/example/condtrack-example.pdf]
"""

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from office import Office  # noqa: E402


def used_area(sheet):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    address = cursor.getRangeAddress()
    return address.EndRow + 1, address.EndColumn + 1


def sheet_rows(sheet):
    """Each row of the used area as the texts Calc shows (formatted)."""
    rows, cols = used_area(sheet)
    table = []
    for r in range(rows):
        table.append([sheet.getCellByPosition(c, r).getString() for c in range(cols)])
    return table


def print_table(title, table, out=sys.stdout, max_width=48):
    rows = [[text if len(text) <= max_width else text[: max_width - 1] + "…" for text in row]
            for row in table if any(row)]
    if not rows:
        return
    cols = max(len(row) for row in rows)
    widths = [max(len(row[c]) if c < len(row) else 0 for row in rows) for c in range(cols)]
    keep = [c for c in range(cols) if widths[c] > 0]
    print(f"\n== {title} ==", file=out)
    for row in rows:
        cells = []
        for c in keep:
            text = row[c] if c < len(row) else ""
            numeric = text.replace(",", "").replace(".", "").replace("%", "").replace("-", "").isdigit()
            cells.append(text.rjust(widths[c]) if numeric else text.ljust(widths[c]))
        print("  ".join(cells).rstrip(), file=out)


def errors_in(table):
    return [(r, c, text) for r, row in enumerate(table) for c, text in enumerate(row)
            if text.startswith(("Err:", "#NAME?", "#VALUE!", "#N/A"))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"))
    parser.add_argument("--example", default=str(ROOT / "extension" / "examples" / "condtrack-example.ods"))
    parser.add_argument("--pdf", default=str(ROOT / "build" / "example" / "condtrack-example.pdf"))
    args = parser.parse_args()

    problems = []
    with Office(oxt=args.oxt) as office:
        doc = office.load(args.example)
        doc.calculateAll()
        sheets = doc.getSheets()
        for i in range(sheets.getCount()):
            sheet = sheets.getByIndex(i)
            table = sheet_rows(sheet)
            print_table(sheet.getName(), table)
            problems += [f"{sheet.getName()} row {r + 1} column {c + 1}: {text}"
                         for r, c, text in errors_in(table)]
        pdf = office.store(doc, Path(args.pdf).resolve(), "calc_pdf_Export")
        doc.close(True)
    print(f"\nPDF written to {pdf}")
    if problems:
        print("Cells showing errors:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
