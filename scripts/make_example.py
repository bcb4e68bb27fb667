#!/usr/bin/python3
"""Builds extension/examples/condtrack-example.ods, the bundled example tracker.

The case is the Mali State Building Contract's first review (early 2019): a
EUR 14 M variable tranche tied to 13 performance indicators, one of them the
armed forces' HR management information system (SIGRH) with no progress.
Needs the built .oxt: the tracker is made by the New tracker command, the
2018 actuals are entered with Record assessment (so the log is a real chain),
and formulas are stored as add-in calls.

    /usr/bin/python3 scripts/make_example.py [--oxt build/condtrack.oxt] [--out FILE]
"""

import argparse
import datetime
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "integration"))

from office import Office, cell, dispatch  # noqa: E402

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


def fill_tracker(office, doc):
    """The Mali case in the tracker layout; the 2018 actuals go through Record
    assessment, so the example's log is a real, verifiable chain."""
    sheets = doc.getSheets()
    ind = SheetWriter(doc, sheets.getByName("Indicators"))
    for i, (ident, title, area, weight, method, threshold, base, t18, a18, t19) in enumerate(INDICATORS):
        r = i + 3
        for col, value in zip("ABCDEFGH", (ident, title, area, weight, method, threshold, base, t18)):
            ind.put(f"{col}{r}", value)
        ind.put(f"N{r}", t19)  # target 2019; its actual is not assessed yet
    for i, (ident, *_rest) in enumerate(INDICATORS):
        a18 = INDICATORS[i][8]
        outcome = dispatch(office, doc, "vnd.condtrack:RecordAssessment", Indicator=ident, Year=2018,
                           Actual=a18, Comment="First review, March 2019",
                           Approver="Head of cooperation",
                           **({"Evidence": "https://example.org/reviews/2019/sigrh-status.pdf"}
                              if ident == "IND-13" else {}))
        if not outcome.ok:
            raise SystemExit(f"recording {ident}: {outcome.message}")

    tr = SheetWriter(doc, sheets.getByName("Tranches"))
    # Rows 2-3: 2018 fixed and variable; rows 4-5: 2019.
    tr.put("C2", 36_000_000)
    tr.put("D2", "=TRUE()")
    tr.put("J2", 36_000_000)
    tr.put("K2", date_value("2019-04-15"))
    tr.put("C3", 14_000_000)
    tr.put("D3", "=TRUE()")
    tr.put("C4", 36_000_000)
    tr.put("D4", "=TRUE()")
    tr.put("C5", 14_000_000)
    tr.put("D5", "=TRUE()")
    tr.put("E5", "M-02, M-03")  # the 2019 variable tranche waits for SIGRH milestones

    ms = SheetWriter(doc, sheets.getByName("Milestones"))
    for i, (ident, title, due, done) in enumerate(MILESTONES):
        r = i + 2
        ms.put(f"A{r}", ident)
        ms.put(f"B{r}", title)
        ms.put(f"C{r}", "IND-13" if ident.startswith("M-0") and "SIGRH" in title else None)
        ms.put(f"D{r}", 2019 if ident in ("M-02", "M-03") else None)
        ms.put(f"E{r}", date_value(due))
        if done:
            ms.put(f"F{r}", date_value(done))

    header = SheetWriter(doc, sheets.getByName("Programme"))
    for row, value in enumerate(["XI-IATI-EC_INTPA-ML-SBC-2018", "XI-IATI-EC_INTPA", "15",
                                 "European Commission", "State Building Contract, Mali",
                                 "Contrat d'appui à la consolidation de l'État, Mali", "A01", "ML",
                                 "EUR", "en", "1"], start=2):
        header.put(f"B{row}", value)

    rv = SheetWriter(doc, sheets.getByName("Reviews"))
    rv.put("A2", date_value("2019-02-28"))
    rv.put("C2", "modified")


def scenarios_sheet(w, last):
    """Waiver scenarios, a World Bank DLI and the calendar functions, on the tracker's data."""
    weights = f"$Indicators.$D$3:$D${last}"
    scores = f"$Indicators.$L$3:$L${last}"
    no_waiver = f"$Indicators.$K$3:$K${last}"  # the tracker's Waived 2018 column: nothing waived
    scenario = f"$Scenarios.$D$3:$D${last}"
    w.header("A1", ["Variable tranche 2018 (first review, early 2019)", "Value", "", "SIGRH waived (scenario)"])
    for r in range(3, last + 1):
        w.put(f"D{r}", 1 if r == last else None)
    rows = [
        ("Ceiling (EUR)", "=$Tranches.C3", MONEY),
        ("General conditions met", "=$Tranches.D3", None),
        ("Payable, no waiver", f"=COND.TRANCHE(B2;{weights};{scores};{no_waiver};\"reallocate\";B3)", MONEY),
        ("Share of the ceiling", "=B4/B2", PERCENT),
        ("SIGRH waived, reallocated (option A)", f"=COND.TRANCHE(B2;{weights};{scores};{scenario};\"reallocate\";B3)", MONEY),
        ("SIGRH waived, transferred (option B): paid now", f"=COND.TRANCHE(B2;{weights};{scores};{scenario};\"transfer\";B3)", MONEY),
        ("SIGRH waived, transferred: added to next year's ceiling", f"=COND.TRANSFER(B2;{weights};{scenario})", MONEY),
        ("If the general conditions were not met", f"=COND.TRANCHE(B2;{weights};{scores};{no_waiver};\"reallocate\";FALSE())", MONEY),
        ("Indicators met / partial / not met",
         f"=COUNTIF($Indicators.$M$3:$M${last};\"met\")&\" / \"&COUNTIF($Indicators.$M$3:$M${last};\"partial\")&\" / \"&COUNTIF($Indicators.$M$3:$M${last};\"not met\")", None),
    ]
    for i, (label, value, code) in enumerate(rows):
        w.put(f"A{i + 2}", label)
        w.put(f"B{i + 2}", value, code)

    w.header("A18", ["World Bank DLI (scalable)", "Unit value", "Reported", "Verified",
                     "Allocation", "Paid to date", "Payment"])
    dlis = [("Households reached (USD 30 each)", 30, 12000, 10500, 500000, 100000),
            ("Households reached, low verification", 30, 12000, 9000, 500000, 100000),
            ("Health centres certified (USD 5,000 each)", 5000, 40, 38, 150000, 0)]
    for i, row in enumerate(dlis):
        r = 19 + i
        for col, value in zip("ABCDEF", row):
            w.put(f"{col}{r}", value)
    w.fmt("G19:G21", MONEY)
    cell(w.sheet, "G19:G21").setArrayFormula("=COND.DLI(B19:B21;C19:C21;D19:D21;E19:E21;F19:F21)")

    w.header("A24", ["Review calendar", "Value"])
    w.put("A25", "First review (month end)")
    w.put("B25", "=$Reviews.A2", DATE)
    w.put("A26", "Months between reviews (scenario)")
    w.put("B26", 6)
    w.put("A27", "Roll convention")
    w.put("B27", "=$Reviews.C2")
    w.put("A28", "Next review as of 2019-06-01")
    w.put("B28", f"=COND.NEXTREVIEW(B25;B26;{date_value('2019-06-01')};$Scenarios.$D$25:$D$38;B27)", DATE)
    w.put("A30", "Six-monthly reviews (COND.SCHEDULE)")
    w.fmt("B30:B35", DATE)
    cell(w.sheet, "B30:B35").setArrayFormula("=COND.SCHEDULE(B25;B26;6;$Scenarios.$D$25:$D$38;B27)")
    w.put("D24", "Public holidays")
    for i, day in enumerate(HOLIDAYS):
        w.put(f"D{i + 25}", date_value(day), DATE)
    w.put("A37", "SIGRH HR module (M-02) days late on 2019-06-30")
    w.put("B37", f"=COND.DAYSLATE($Milestones.E3;$Milestones.F3:$Milestones.F3;{date_value('2019-06-30')})")
    w.put("A38", "SIGRH HR module (M-02) status on 2019-06-30")
    w.put("B38", f"=COND.MILESTONE($Milestones.E3;$Milestones.F3:$Milestones.F3;{date_value('2019-06-30')})")
    w.put("A39", "Assessment log intact")
    w.put("B39", "=COND.VERIFYLOG(CondTrack_Log)")
    w.put("A40", "condtrack version")
    w.put("B40", "=COND.VERSION()")
    w.fit_columns(7)


def fit_pages(doc):
    """Landscape, one page wide per sheet: the example prints (and exports to PDF) readably."""
    style = doc.getStyleFamilies().getByName("PageStyles").getByName("Default")
    if not style.IsLandscape:
        style.IsLandscape = True
        style.Width, style.Height = style.Height, style.Width
    style.ScaleToPagesX = 1
    style.ScaleToPagesY = 1


def build(office, out):
    doc = office.new_calc(hidden=False)
    outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018, Years=2)
    if not outcome.ok:
        raise SystemExit(outcome.message)
    fill_tracker(office, doc)
    sheets = doc.getSheets()
    sheets.removeByName(sheets.getByIndex(0).getName())  # the empty first sheet
    sheets.insertNewByName("Scenarios", sheets.getCount())
    scenarios_sheet(SheetWriter(doc, sheets.getByName("Scenarios")), len(INDICATORS) + 2)
    for name in ("Indicators", "Tranches", "Milestones", "Reviews", "Log", "Programme"):
        SheetWriter(doc, sheets.getByName(name)).fit_columns(26)
    fit_pages(doc)
    doc.calculateAll()
    office.store(doc, out, "calc8")
    doc.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--oxt", default=str(ROOT / "build" / "condtrack.oxt"))
    parser.add_argument("--out", default=str(ROOT / "extension" / "examples" / "condtrack-example.ods"))
    args = parser.parse_args()
    office = Office(oxt=args.oxt)
    try:
        # The name Record assessment writes into the log (Tools > Options > User Data).
        office.set_config("/org.openoffice.UserProfile/Data", "givenname", "Programme")
        office.set_config("/org.openoffice.UserProfile/Data", "sn", "Officer")
        office.start()
        build(office, Path(args.out).resolve())
    finally:
        office.close()
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
