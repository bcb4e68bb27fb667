#!/usr/bin/python3
"""Builds extension/examples/condtrack-example.ods, the bundled example tracker.

The case is the Mali State Building Contract's first review (early 2019): a
EUR 14 M variable tranche tied to 13 performance indicators, one of them the
armed forces' HR management information system (SIGRH) with no progress.
Needs the built .oxt: formulas are entered with the add-in installed, so that
they are stored as add-in calls.

    /usr/bin/python3 scripts/make_example.py [--oxt build/condtrack.oxt] [--out FILE]
"""

import argparse
import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from office import Office, cell  # noqa: E402

HEADER_STYLE = {"CharWeight": 150.0, "CellBackColor": 0xDCE6F1}
DATE = "YYYY-MM-DD"
MONEY = "#,##0.00"
PERCENT = "0.0%"

# id, title, policy area, weight, method, threshold, baseline, target 2018,
# actual 2018, target 2019 (actual 2019 not yet assessed)
INDICATORS = [
    ("IND-01", "Health budget execution rate (%)", "Public finance", 1, "partial", 0.5, 78, 85, 86, 90),
    ("IND-02", "Transfers to local authorities (% of revenue)", "Decentralisation", 1, "partial", 0.5, 15, 20, 21, 25),
    ("IND-03", "Quarterly budget execution reports published", "Budget transparency", 1, "partial", 0.5, 2, 4, 4, 4),
    ("IND-04", "Tax revenue (% of GDP)", "Domestic revenue", 1, "partial", 0.5, 14.6, 15.5, 15.6, 16.2),
    ("IND-05", "Procurement by open tender (%)", "Public finance", 1, "partial", 0.5, 75, 85, 87, 88),
    ("IND-06", "Supreme Audit Office reports published", "Accountability", 1, "partial", 0.5, 0, 3, 3, 4),
    ("IND-07", "Average payment delay to suppliers (days; lower is better)", "Public finance", 1, "partial", 0.5, 90, 60, 55, 45),
    ("IND-08", "Girls' enrolment in lower secondary (%)", "Education", 1, "partial", 0.5, 40, 44, 44.5, 46),
    ("IND-09", "Births assisted by skilled staff (%)", "Health", 1, "partial", 0.5, 40, 50, 46, 55),
    ("IND-10", "Asset declarations verified (%)", "Anti-corruption", 1, "partial", 0.5, 0, 50, 30, 70),
    ("IND-11", "Court cases decided within 12 months (%)", "Justice", 1, "partial", 0.5, 50, 60, 52, 65),
    ("IND-12", "Births registered in the civil registry (%)", "Civil registry", 1, "partial", 0.5, 60, 70, 61, 75),
    ("IND-13", "SIGRH: armed forces personnel recorded in the HR information system (%)", "Security sector HR", 1, "partial", 0.5, 0, 100, 0, 100),
]

MILESTONES = [
    ("M-01", "SIGRH: census of armed forces personnel", "2018-06-30", "2018-09-15"),
    ("M-02", "SIGRH: HR module installed at the Ministry of Defence", "2018-12-31", None),
    ("M-03", "SIGRH: payroll reconciled with the Treasury", "2019-07-15", None),
    ("M-04", "Career framework decree adopted", "2019-12-31", None),
    ("M-05", "Q1 2019 budget execution report published", "2019-04-30", "2019-04-25"),
]

HOLIDAYS = ["2019-01-01", "2019-01-20", "2019-03-26", "2019-05-01", "2019-05-25", "2019-09-22",
            "2019-12-25", "2020-01-01", "2020-01-20", "2020-03-26", "2020-05-01", "2020-05-25",
            "2020-09-22", "2020-12-25"]


def date_value(iso):
    """The date's serial number under Calc's default null date, 1899-12-30."""
    return (datetime.date.fromisoformat(iso) - datetime.date(1899, 12, 30)).days


class SheetWriter:
    def __init__(self, doc, sheet):
        self.doc = doc
        self.sheet = sheet
        self.formats = doc.getNumberFormats()
        self.locale = doc.getPropertyValue("CharLocale")

    def fmt(self, address, code):
        key = self.formats.queryKey(code, self.locale, False)
        if key == -1:
            key = self.formats.addNew(code, self.locale)
        cell(self.sheet, address).NumberFormat = key

    def put(self, address, value, code=None):
        target = cell(self.sheet, address)
        if code:
            self.fmt(address, code)
        if isinstance(value, str) and value.startswith("="):
            target.setFormula(value)
        elif isinstance(value, str):
            target.setString(value)
        elif value is not None:
            target.setValue(value)

    def header(self, address, labels):
        col = ord(address[0]) - ord("A")
        row = int(address[1:])
        for i, label in enumerate(labels):
            self.put(f"{chr(ord('A') + col + i)}{row}", label)
        end = f"{chr(ord('A') + col + len(labels) - 1)}{row}"
        target = cell(self.sheet, f"{address}:{end}")
        for key, value in HEADER_STYLE.items():
            setattr(target, key, value)

    def fit_columns(self, count):
        columns = self.sheet.getColumns()
        for i in range(count):
            columns.getByIndex(i).OptimalWidth = True


def indicators_sheet(w):
    w.header("A1", ["ID", "Indicator", "Policy area", "Weight", "Method", "Threshold", "Baseline",
                    "Target 2018", "Actual 2018", "Score 2018", "Status 2018",
                    "Target 2019", "Actual 2019", "Score 2019", "Status 2019",
                    "Waived (scenario)"])
    for i, (ident, title, area, weight, method, threshold, base, t18, a18, t19) in enumerate(INDICATORS):
        r = i + 2
        for col, value in zip("ABCDEFGHIL", (ident, title, area, weight, method, threshold, base, t18, a18, t19)):
            w.put(f"{col}{r}", value)
        w.put(f"P{r}", 1 if ident == "IND-13" else None)
    last = len(INDICATORS) + 1
    rows = f"2:{last}"
    # Array forms: a blank actual inside a range reads as pending.
    w.fmt(f"J2:J{last}", PERCENT)
    w.fmt(f"N2:N{last}", PERCENT)
    cell(w.sheet, f"J2:J{last}").setArrayFormula(
        f"=COND.SCORE(I2:I{last};G2:G{last};H2:H{last};E2:E{last};F2:F{last})")
    cell(w.sheet, f"K2:K{last}").setArrayFormula(f"=COND.STATUS(J2:J{last})")
    cell(w.sheet, f"N2:N{last}").setArrayFormula(
        f"=COND.SCORE(M2:M{last};G2:G{last};L2:L{last};E2:E{last};F2:F{last})")
    cell(w.sheet, f"O2:O{last}").setArrayFormula(f"=COND.STATUS(N2:N{last})")
    w.fit_columns(16)
    return rows


def tranche_sheet(w, last):
    weights = f"$Indicators.$D$2:$D${last}"
    scores = f"$Indicators.$J$2:$J${last}"
    no_waiver = f"$Indicators.$Q$2:$Q${last}"  # an empty column: nothing waived
    scenario = f"$Indicators.$P$2:$P${last}"
    w.header("A1", ["Variable tranche 2018 (first review, early 2019)", "Value"])
    rows = [
        ("Ceiling (EUR)", 14_000_000, MONEY),
        ("General conditions met", "=TRUE()", None),
        ("Payable, no waiver", f"=COND.TRANCHE(B2;{weights};{scores};{no_waiver};\"reallocate\";B3)", MONEY),
        ("Share of the ceiling", "=B4/B2", PERCENT),
        ("SIGRH waived, reallocated (option A)", f"=COND.TRANCHE(B2;{weights};{scores};{scenario};\"reallocate\";B3)", MONEY),
        ("SIGRH waived, transferred (option B): paid now", f"=COND.TRANCHE(B2;{weights};{scores};{scenario};\"transfer\";B3)", MONEY),
        ("SIGRH waived, transferred: added to next year's ceiling", f"=COND.TRANSFER(B2;{weights};{scenario})", MONEY),
        ("If the general conditions were not met", f"=COND.TRANCHE(B2;{weights};{scores};{no_waiver};\"reallocate\";FALSE())", MONEY),
        ("Request deadline", date_value("2019-03-31"), DATE),
        ("Fixed tranche 2018 (EUR), paid April 2019", 36_000_000, MONEY),
    ]
    for i, (label, value, code) in enumerate(rows):
        w.put(f"A{i + 2}", label)
        w.put(f"B{i + 2}", value, code)
    w.header("A14", ["World Bank DLI (scalable)", "Unit value", "Reported", "Verified",
                     "Allocation", "Paid to date", "Payment"])
    dlis = [("Households reached (USD 30 each)", 30, 12000, 10500, 500000, 100000),
            ("Households reached, low verification", 30, 12000, 9000, 500000, 100000),
            ("Health centres certified (USD 5,000 each)", 5000, 40, 38, 150000, 0)]
    for i, row in enumerate(dlis):
        r = 15 + i
        for col, value in zip("ABCDEF", row):
            w.put(f"{col}{r}", value)
    w.fmt("G15:G17", MONEY)
    cell(w.sheet, "G15:G17").setArrayFormula("=COND.DLI(B15:B17;C15:C17;D15:D17;E15:E17;F15:F17)")
    w.fit_columns(7)


def calendar_sheet(w):
    w.header("A1", ["Review calendar", "Value"])
    w.put("A2", "First review (month end)")
    w.put("B2", date_value("2019-02-28"), DATE)
    w.put("A3", "Months between reviews")
    w.put("B3", 6)
    w.put("A4", "Roll convention")
    w.put("B4", "modified")
    w.put("A5", "As of")
    w.put("B5", date_value("2019-06-01"), DATE)
    w.put("A6", "Next review as of that date")
    w.put("B6", "=COND.NEXTREVIEW(B2;B3;B5;$D$2:$D$15;B4)", DATE)
    w.put("A7", "Next review from today (live)")
    w.put("B7", "=COND.NEXTREVIEW(B2;B3;TODAY();$D$2:$D$15;B4)", DATE)
    w.put("A9", "Reviews (COND.SCHEDULE)")
    w.fmt("B9:B14", DATE)
    cell(w.sheet, "B9:B14").setArrayFormula("=COND.SCHEDULE(B2;B3;6;$D$2:$D$15;B4)")
    w.put("D1", "Public holidays")
    for i, day in enumerate(HOLIDAYS):
        w.put(f"D{i + 2}", date_value(day), DATE)
    w.fit_columns(4)


def milestones_sheet(w):
    w.put("A1", "As of")
    w.put("B1", date_value("2019-06-30"), DATE)
    w.header("A3", ["ID", "Milestone", "Due", "Done", "Status", "Days late"])
    for i, (ident, title, due, done) in enumerate(MILESTONES):
        r = 4 + i
        w.put(f"A{r}", ident)
        w.put(f"B{r}", title)
        w.put(f"C{r}", date_value(due), DATE)
        if done:
            w.put(f"D{r}", date_value(done), DATE)
        else:
            w.fmt(f"D{r}", DATE)
    last = 3 + len(MILESTONES)
    cell(w.sheet, f"E4:E{last}").setArrayFormula(f"=COND.MILESTONE(C4:C{last};D4:D{last};$B$1)")
    cell(w.sheet, f"F4:F{last}").setArrayFormula(f"=COND.DAYSLATE(C4:C{last};D4:D{last};$B$1)")
    w.put(f"A{last + 2}", "condtrack version")
    w.put(f"B{last + 2}", "=COND.VERSION()")
    w.fit_columns(6)


def fit_pages(doc):
    """Landscape, one page wide per sheet: the example prints (and exports to PDF) readably."""
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Default")
    if not style.IsLandscape:
        style.IsLandscape = True
        style.Width, style.Height = style.Height, style.Width
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 1


def build(office, out):
    doc = office.new_calc()
    sheets = doc.getSheets()
    names = ["Indicators", "Tranche", "Calendar", "Milestones"]
    sheets.getByIndex(0).setName(names[0])
    for i, name in enumerate(names[1:], start=1):
        sheets.insertNewByName(name, i)
    last = len(INDICATORS) + 1
    indicators_sheet(SheetWriter(doc, sheets.getByName("Indicators")))
    tranche_sheet(SheetWriter(doc, sheets.getByName("Tranche")), last)
    calendar_sheet(SheetWriter(doc, sheets.getByName("Calendar")))
    milestones_sheet(SheetWriter(doc, sheets.getByName("Milestones")))
    fit_pages(doc)
    doc.calculateAll()
    office.store(doc, out, "calc8")
    doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"))
    parser.add_argument("--out", default=str(ROOT / "extension" / "examples" / "condtrack-example.ods"))
    args = parser.parse_args()
    with Office(oxt=args.oxt) as office:
        build(office, Path(args.out).resolve())
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
