"""Reading a tracker workbook in tests, and IATI files made from it: what
several integration suites check the same way."""

from office import dispatch

WHEN = "2019-03-31T12:00:00Z"  # the generated-datetime of every test export


def log_rows(doc):
    """The log's rows under its header, blank rows left out."""
    data = doc.NamedRanges.getByName("CondTrack_Log").getReferredCells().getDataArray()
    return [row for row in data[1:] if any(str(v) for v in row)]


def verify(doc):
    """COND.VERIFYLOG's result on the Log sheet after a recalculation."""
    doc.calculateAll()
    return doc.getSheets().getByName("Log").getCellRangeByName("L2").getString()


def indicators_data(doc):
    return doc.NamedRanges.getByName("CondTrack_Indicators").getReferredCells().getDataArray()


def indicator_row(doc, indicator_id):
    """The sheet row (0-based) of an indicator; the range starts at A1."""
    for r, row in enumerate(indicators_data(doc)):
        if row[0] == indicator_id:
            return r
    raise AssertionError(f"no indicator {indicator_id}")


def undo_title(doc):
    undo = doc.getUndoManager()
    return undo.getCurrentUndoActionTitle() if undo.isUndoPossible() else None


def open_documents(office):
    components = office.desktop.getComponents().createEnumeration()
    docs = []
    while components.hasMoreElements():
        docs.append(components.nextElement())
    return docs


def export_iati(office, doc, name):
    """The tracker exported by the real command into the workdir's out/."""
    target = office.workdir / "out" / name
    outcome = dispatch(office, doc, "vnd.condtrack:ExportIati", Url=target.as_uri(),
                       GeneratedDatetime=WHEN)
    assert outcome.ok, outcome.message
    return target


def edited_export(office, doc, actual):
    """The example's export with IND-13's 2018 actual (0) changed, where the office can read it."""
    xml = export_iati(office, doc, "original.xml").read_text(encoding="utf-8")
    at = xml.index('<reference vocabulary="99" code="IND-13"/>')
    old = '<actual value="0"'
    where = xml.index(old, at)
    path = office.workdir / "tmp" / "edited.xml"
    path.write_text(xml[:where] + f'<actual value="{actual}"' + xml[where + len(old):],
                    encoding="utf-8")
    return office._copy_in(path, "docs")
