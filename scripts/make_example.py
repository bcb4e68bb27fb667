#!/usr/bin/python3
"""Builds extension/examples/condtrack-example.ods, the bundled example tracker.

The case is the Mali State Building Contract, 2018 to 2020: a EUR 14 M
variable tranche tied to 13 performance indicators, one of them the armed
forces' HR management information system (SIGRH), with no progress at the
first review (early 2019). Its share is transferred to 2019 (option B), and a
partly met indicator is re-assessed in 2019 against its 2018 target (option C).
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

import uno  # noqa: E402

HEADER_STYLE = {"CharWeight": 150.0, "CellBackColor": 0xDCE6F1}
# Format codes in the system locale (an empty Locale): the file stores their
# structure without a language, so a French reader sees French separators.
# The office that builds the example runs in en-US, whose syntax these are.
DATE = "YYYY-MM-DD"
MONEY = "#,##0.00 [$EUR]"
PERCENT = "0.0%"

# id, title, policy area, weight, method, threshold, baseline, then per year
# (2018, 2019, 2020) the target, and the actuals of 2018 and 2019 (2020 is not
# yet assessed).
INDICATORS = [
    ("IND-01", "Health budget execution rate (%)", "Public finance", 1, "partial", 0.5, 78, (85, 90, 92), (86, 91)),
    ("IND-02", "Transfers to local authorities (% of revenue)", "Decentralisation", 1, "partial", 0.5, 15, (20, 25, 28), (21, 24)),
    ("IND-03", "Quarterly budget execution reports published", "Budget transparency", 1, "partial", 0.5, 2, (4, 4, 4), (4, 4)),
    ("IND-04", "Tax revenue (% of GDP)", "Domestic revenue", 1, "partial", 0.5, 14.6, (15.5, 16.2, 16.8), (15.6, 16.3)),
    ("IND-05", "Procurement by open tender (%)", "Public finance", 1, "partial", 0.5, 75, (85, 88, 90), (87, 89)),
    ("IND-06", "Supreme Audit Office reports published", "Accountability", 1, "partial", 0.5, 0, (3, 4, 5), (3, 4)),
    ("IND-07", "Average payment delay to suppliers (days; lower is better)", "Public finance", 1, "partial", 0.5, 90, (60, 45, 40), (55, 50)),
    ("IND-08", "Girls' enrolment in lower secondary (%)", "Education", 1, "partial", 0.5, 40, (44, 46, 48), (44.5, 46.5)),
    ("IND-09", "Births assisted by skilled staff (%)", "Health", 1, "partial", 0.5, 40, (50, 55, 60), (46, 56)),
    ("IND-10", "Asset declarations verified (%)", "Anti-corruption", 1, "partial", 0.5, 0, (50, 70, 85), (30, 55)),
    ("IND-11", "Court cases decided within 12 months (%)", "Justice", 1, "partial", 0.5, 50, (60, 65, 70), (52, 61)),
    ("IND-12", "Births registered in the civil registry (%)", "Civil registry", 1, "partial", 0.5, 60, (70, 75, 80), (61, 72)),
    ("IND-13", "SIGRH: armed forces personnel recorded in the HR information system (%)", "Security sector HR", 1, "partial", 0.5, 0, (100, 100, 100), (0, 100)),
]
YEARS = (2018, 2019, 2020)

# The Commission's decisions on the first review: SIGRH's share moves to the
# 2019 ceiling (option B); asset declarations, partly met, are re-assessed in
# 2019 against their 2018 target (option C).
DECISIONS = [
    ("IND-13", 2018, "transfer", "2019-02-15", "2019-03-20", "Commission letter 2019-0311"),
    ("IND-10", 2018, "reassess", "2019-02-15", "2019-03-20", "Commission letter 2019-0311"),
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
        self.locale = uno.createUnoStruct("com.sun.star.lang.Locale")

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


def letters(col):
    """Column letters of a 0-based column: 0 -> A, 26 -> AA."""
    text = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


# Layout version 2: the indicators' fixed columns, then a block of ten columns
# per year (docs/tracker-layout.md).
FIXED = 7
BLOCK = 10
TARGET, WEIGHT, ACTUAL, EVIDENCE, DECISION, REQUESTED, APPROVED, REF, SCORE, STATUS = range(BLOCK)


def year_col(year, field):
    return letters(FIXED + (year - YEARS[0]) * BLOCK + field)


def record(office, doc, command, **arguments):
    outcome = dispatch(office, doc, command, **arguments)
    if not outcome.ok:
        raise SystemExit(f"{command} {arguments}: {outcome.message}")


def fill_indicators(office, doc):
    """Targets and first-year weights are typed; the actuals go through Record
    assessment, so that the example's log is a real, verifiable chain."""
    ind = SheetWriter(doc, doc.getSheets().getByName("Indicators"))
    for i, (ident, title, area, weight, method, threshold, base, targets, _actuals) in enumerate(INDICATORS):
        r = i + 3
        for col, value in zip("ABCEFG", (ident, title, area, method, threshold, base)):
            ind.put(f"{col}{r}", value)
        ind.put(f"{year_col(YEARS[0], WEIGHT)}{r}", weight)
        for year, target in zip(YEARS, targets):
            ind.put(f"{year_col(year, TARGET)}{r}", target)
    for year, review in ((2018, "First review, March 2019"), (2019, "Second review, March 2020")):
        for ident, *rest in INDICATORS:
            actual = rest[-1][YEARS.index(year)]
            evidence = ({"Evidence": f"https://example.org/reviews/{year + 1}/sigrh-status.pdf"}
                        if ident == "IND-13" else {})
            record(office, doc, "vnd.condtrack:RecordAssessment", Indicator=ident, Year=year,
                   Actual=actual, Comment=review, Approver="Head of cooperation", **evidence)


def fill_decisions_and_conditions(office, doc):
    for ident, year, decision, requested, approved, ref in DECISIONS:
        record(office, doc, "vnd.condtrack:RecordDecision", Indicator=ident, Year=year,
               Decision=decision, RequestedOn=requested, ApprovedOn=approved,
               ApprovalRef=ref, Reason="Request of the Ministry of Finance, February 2019")
    for year in (2018, 2019):
        for ident in ("GC-1", "GC-2", "GC-3", "GC-4"):
            record(office, doc, "vnd.condtrack:RecordCondition", Condition=ident, Year=year,
                   Verdict="met", Evidence=f"https://example.org/reviews/{year + 1}/general-conditions.pdf",
                   Notes=f"Review mission, March {year + 1}")


def fill_tranches(doc):
    tr = SheetWriter(doc, doc.getSheets().getByName("Tranches"))
    # Rows 2-3: 2018 fixed and variable; rows 4-5: 2019; rows 6-7: 2020.
    # Columns: D base ceiling, N disbursed amount, O disbursed on.
    for row, ceiling in ((2, 36_000_000), (3, 14_000_000), (4, 36_000_000), (5, 14_000_000),
                         (6, 30_000_000), (7, 16_000_000)):
        tr.put(f"D{row}", ceiling)
    tr.put("N2", 36_000_000)
    tr.put("O2", date_value("2019-04-15"))
    tr.put("N3", "=M3")
    tr.put("O3", date_value("2019-05-20"))


def fill_milestones(doc):
    ms = SheetWriter(doc, doc.getSheets().getByName("Milestones"))
    done_late = {"M-02": "2019-05-20", "M-03": "2019-09-30"}
    for i, (ident, title, due, done) in enumerate(MILESTONES):
        r = i + 2
        ms.put(f"A{r}", ident)
        ms.put(f"B{r}", title)
        ms.put(f"C{r}", "IND-13" if "SIGRH" in title else None)
        # The 2019 tranches wait for the SIGRH module and the payroll reconciliation.
        ms.put(f"D{r}", 2019 if ident in ("M-02", "M-03") else None)
        ms.put(f"E{r}", date_value(due))
        if done or ident in done_late:
            ms.put(f"F{r}", date_value(done or done_late[ident]))


def fill_header_and_reviews(doc):
    sheets = doc.getSheets()
    header = SheetWriter(doc, sheets.getByName("Programme"))
    for row, value in enumerate(["XI-IATI-EC_INTPA-ML-SBC-2018", "XI-IATI-EC_INTPA", "15",
                                 "European Commission", "State Building Contract, Mali",
                                 "Contrat d'appui à la consolidation de l'État, Mali", "A01", "ML",
                                 "EUR", "en", "1"], start=2):
        header.put(f"B{row}", value)
    rv = SheetWriter(doc, sheets.getByName("Reviews"))
    rv.put("A2", date_value("2019-02-28"))
    rv.put("C2", "modified")


def fill_tracker(office, doc):
    """The Mali case in the tracker layout, 2018 to 2020."""
    fill_indicators(office, doc)
    fill_tranches(doc)
    fill_milestones(doc)
    fill_header_and_reviews(doc)
    fill_decisions_and_conditions(office, doc)


def scenario_rows(weights, scores, none, scenario, bands):
    call = f"COND.TRANCHE(B2;{weights};{scores};"
    return [
        ("Ceiling (EUR)", "=$Tranches.D3", MONEY),
        ("Tranche eligible (general conditions met)", "=$Tranches.H3", None),
        ("Payable, no decision", f"={call}{none};;B3)", MONEY),
        ("Share of the ceiling", "=B4/B2", PERCENT),
        ("SIGRH reallocated (option A)", f"={call}{scenario}(\"A\");;B3)", MONEY),
        ("SIGRH transferred (option B): paid now", f"={call}{scenario}(\"B\");;B3)", MONEY),
        ("SIGRH transferred: added to 2019's ceiling", f"=COND.TRANSFER(B2;{weights};{scenario}(\"B\"))", MONEY),
        ("SIGRH re-assessed (option C): paid now", f"={call}{scenario}(\"C\");;B3)", MONEY),
        ("SIGRH re-assessed: held until 2019", f"=COND.HELD(B2;{weights};{scores};{scenario}(\"C\");B3)", MONEY),
        ("Paid by bands (0/30/50/80 % -> 0/40/70/100 %)", f"={call}{none};;B3;{bands})", MONEY),
        ("If the general conditions were not met", f"={call}{none};;FALSE())", MONEY),
    ]


def scenarios_sheet(w, last):
    """The decision options and the bands case on the tracker's 2018 data, a
    World Bank DLI and the calendar functions."""
    weights = f"$Indicators.${year_col(2018, WEIGHT)}$3:${year_col(2018, WEIGHT)}${last}"
    scores = f"$Indicators.${year_col(2018, SCORE)}$3:${year_col(2018, SCORE)}${last}"
    none = f"$Scenarios.$D$3:$D${last}"
    w.header("A1", ["Variable tranche 2018 (first review, early 2019)", "Value", "",
                    "No decision", "A", "B", "C"])
    for r in range(3, last + 1):
        for col, word in zip("EFG", ("A", "B", "C")):
            w.put(f"{col}{r}", word if r == last else None)
    columns = {"A": "E", "B": "F", "C": "G"}

    def scenario(option):
        col = columns[option.strip('"')]
        return f"$Scenarios.${col}$3:${col}${last}"

    bands = "$Scenarios.$I$3:$J$6"
    w.header("I1", ["Score from", "Share paid"])
    for i, (lower, share) in enumerate(((0, 0), (0.3, 0.4), (0.5, 0.7), (0.8, 1))):
        w.put(f"I{i + 3}", lower, PERCENT)
        w.put(f"J{i + 3}", share, PERCENT)
    for i, (label, value, code) in enumerate(scenario_rows(weights, scores, none, "@", bands)):
        for option in ("A", "B", "C"):
            value = value.replace(f'@("{option}")', scenario(option))
        w.put(f"A{i + 2}", label)
        w.put(f"B{i + 2}", value, code)
    status = f"$Indicators.${year_col(2018, STATUS)}$3:${year_col(2018, STATUS)}${last}"
    w.put("A13", "Indicators met / partial / not met (2018)")
    w.put("B13", f"=COUNTIF({status};\"met\")&\" / \"&COUNTIF({status};\"partial\")&\" / \"&COUNTIF({status};\"not met\")")
    dli_and_calendar(w)
    w.fit_columns(10)


def dli_and_calendar(w):
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
    w.put("A37", "SIGRH HR module (M-02) days late")
    w.put("B37", "=COND.DAYSLATE($Milestones.E3;$Milestones.F3:$Milestones.F3)")
    w.put("A38", "SIGRH HR module (M-02) status")
    w.put("B38", "=COND.MILESTONE($Milestones.E3;$Milestones.F3:$Milestones.F3)")
    w.put("A39", "Assessment log intact")
    w.put("B39", "=COND.VERIFYLOG(CondTrack_Log)")
    w.put("A40", "condtrack version")
    w.put("B40", "=COND.VERSION()")


def landscape(style, pages_wide):
    if not style.IsLandscape:
        style.IsLandscape = True
        style.Width, style.Height = style.Height, style.Width
    style.ScaleToPagesX = pages_wide
    style.ScaleToPagesY = 0  # as many pages down as the rows need


def fit_pages(doc):
    """Landscape, one page wide per sheet: the example prints (and exports to
    PDF) readably. The indicators, three year blocks wide, print on three pages
    across, each with the indicators' ID and title repeated on its left."""
    styles = doc.getStyleFamilies().getByName("PageStyles")
    landscape(styles.getByName("Default"), 1)
    wide = doc.createInstance("com.sun.star.style.PageStyle")
    styles.insertByName("Indicators", wide)
    landscape(wide, 3)
    sheet = doc.getSheets().getByName("Indicators")
    sheet.PageStyle = "Indicators"
    titles = sheet.getCellRangeByName("A1:B1").getRangeAddress()
    sheet.setTitleColumns(titles)
    sheet.setPrintTitleColumns(True)


def build(office, out):
    doc = office.new_calc(hidden=False)
    outcome = dispatch(office, doc, "vnd.condtrack:NewTracker", FirstYear=2018, Years=3)
    if not outcome.ok:
        raise SystemExit(outcome.message)
    fill_tracker(office, doc)
    sheets = doc.getSheets()
    sheets.removeByName(sheets.getByIndex(0).getName())  # the empty first sheet
    sheets.insertNewByName("Scenarios", sheets.getCount())
    scenarios_sheet(SheetWriter(doc, sheets.getByName("Scenarios")), len(INDICATORS) + 2)
    for name in ("Indicators", "Tranches", "Conditions", "Milestones", "Reviews", "Log", "Programme"):
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
