"""Cells of a layout-version-2 tracker found through its named ranges, as
Record decision and Record condition write them (src/core/tracker/layout.hpp,
namespace layout::v2): a year block of the indicators or conditions range,
the variable tranche of a year."""

INDICATOR_FIXED = 7
INDICATOR_BLOCK = 10
INDICATOR_FIELDS = ("target", "weight", "actual", "evidence", "decision", "requested_on",
                    "approved_on", "approval_ref", "score", "status")
CONDITION_FIXED = 4
CONDITION_BLOCK = 3
CONDITION_FIELDS = ("verdict", "evidence", "notes")
TRANCHE_FIELDS = ("year", "type", "component", "base_ceiling", "carried_in", "ceiling", "payout",
                  "eligible", "computed", "transferred", "held", "released", "payable",
                  "disbursed", "disbursed_on", "deadline")


def _range(doc, name):
    return doc.NamedRanges.getByName(name).getReferredCells()


def years(doc):
    """The tracker's years, in the order of their blocks."""
    data = _range(doc, "CondTrack_Years").getDataArray()
    return [int(row[0]) for row in data[1:] if row[0] not in ("", None)]


def _cell(doc, name, row, col):
    area = _range(doc, name)
    address = area.getRangeAddress()
    sheet = doc.getSheets().getByIndex(address.Sheet)
    return sheet.getCellByPosition(address.StartColumn + col, address.StartRow + row)


def _row_of(doc, name, ident):
    for r, row in enumerate(_range(doc, name).getDataArray()):
        if row[0] == ident:
            return r
    raise AssertionError(f"no {ident} in {name}")


def indicator_cell(doc, indicator, year, field):
    """The cell of `field` (INDICATOR_FIELDS) of an indicator's year block,
    or of a fixed column when year is None (field then a column number)."""
    row = _row_of(doc, "CondTrack_Indicators", indicator)
    if year is None:
        return _cell(doc, "CondTrack_Indicators", row, field)
    col = (INDICATOR_FIXED + years(doc).index(year) * INDICATOR_BLOCK
           + INDICATOR_FIELDS.index(field))
    return _cell(doc, "CondTrack_Indicators", row, col)


def condition_cell(doc, condition, year, field):
    row = _row_of(doc, "CondTrack_Conditions", condition)
    col = (CONDITION_FIXED + years(doc).index(year) * CONDITION_BLOCK
           + CONDITION_FIELDS.index(field))
    return _cell(doc, "CondTrack_Conditions", row, col)


def tranche_cell(doc, year, kind, field):
    data = _range(doc, "CondTrack_Tranches").getDataArray()
    for r, row in enumerate(data):
        if row[0] == year and str(row[1]).lower() == kind:
            return _cell(doc, "CondTrack_Tranches", r, TRANCHE_FIELDS.index(field))
    raise AssertionError(f"no {kind} tranche for {year}")
