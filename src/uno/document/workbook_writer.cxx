#include "document/workbook_writer.hxx"

#include "document/undo_step.hxx"
#include "office/any_conversion.hxx"
#include "tracker/layout.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/document/XUndoAction.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/i18n/NumberFormatIndex.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeMovement.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XHeaderFooterContent.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XPrintAreas.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/CellHoriJustify.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XColumnRowRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextContent.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

namespace condtrack::uno {

namespace uno = css::uno;

using rtl::OUString;

namespace {

uno::Reference<css::sheet::XNamedRanges>
namedRanges(const uno::Reference<css::frame::XModel>& model) {
    uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    return uno::Reference<css::sheet::XNamedRanges>(props->getPropertyValue("NamedRanges"),
                                                    uno::UNO_QUERY_THROW);
}

// Number format keys by style, created in the document on first use. They are
// formats of the system locale (an empty Locale): Calc shows them in the
// user's locale setting, whatever locale made the document, and ODS stores
// them without a language, so that they follow the reader's locale on reload.
// Their codes come from the formatter itself, in the current locale's syntax.
class Formats {
  public:
    Formats(const uno::Reference<css::frame::XModel>& model, std::string currency)
        : formats_(uno::Reference<css::util::XNumberFormatsSupplier>(model, uno::UNO_QUERY_THROW)
                       ->getNumberFormats()),
          currency_(std::move(currency)) {}

    std::optional<sal_Int32> key(CellStyle style) {
        if (style != CellStyle::Date && style != CellStyle::Money && style != CellStyle::Percent)
            return std::nullopt;
        const auto found = keys_.find(style);
        if (found != keys_.end()) return found->second;
        const sal_Int32 key = create(style);
        keys_[style] = key;
        return key;
    }

  private:
    sal_Int32 create(CellStyle style) {
        namespace Index = css::i18n::NumberFormatIndex;
        const css::lang::Locale system;
        const uno::Reference<css::util::XNumberFormatTypes> types(formats_, uno::UNO_QUERY_THROW);
        if (style == CellStyle::Date)
            return types->getFormatIndex(Index::DATE_SYS_DDMMYYYY, system);
        if (style == CellStyle::Percent)
            return keyOf(formats_->generateFormat(types->getFormatIndex(Index::PERCENT_INT, system),
                                                  system, false, false, 1, 1));
        OUString code = formats_->generateFormat(
            types->getFormatIndex(Index::NUMBER_1000DEC2, system), system, true, false, 2, 1);
        if (isCurrencyCode(currency_)) code += " [$" + fromUtf8(currency_) + "]";
        return keyOf(code);
    }

    sal_Int32 keyOf(const OUString& code) {
        const css::lang::Locale system;
        const sal_Int32 key = formats_->queryKey(code, system, false);
        return key != -1 ? key : formats_->addNew(code, system);
    }

    // Three capital letters, as ISO 4217: nothing else goes into a format code.
    static bool isCurrencyCode(const std::string& code) {
        return code.size() == 3 &&
               std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    }

    uno::Reference<css::util::XNumberFormats> formats_;
    std::string currency_;
    std::map<CellStyle, sal_Int32> keys_;
};

// The panels' status colours, lightened for a cell background.
std::optional<sal_Int32> backgroundOf(CellStyle style) {
    switch (style) {
    case CellStyle::Good: return 0xC8E6C9;
    case CellStyle::Warning: return 0xFFE082;
    case CellStyle::Bad: return 0xFFCDD2;
    case CellStyle::Muted: return 0xE0E0E0;
    default: return std::nullopt;
    }
}

void addChart(const uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int16 sheetIndex,
              const PlannedChart& chart) {
    const uno::Reference<css::beans::XPropertySet> anchor(
        sheet->getCellByPosition(chart.anchorCol, chart.anchorRow), uno::UNO_QUERY_THROW);
    css::awt::Point position;
    anchor->getPropertyValue("Position") >>= position;
    const css::awt::Rectangle area(position.X, position.Y, chart.widthMm * 100,
                                   chart.heightMm * 100);
    uno::Sequence<css::table::CellRangeAddress> ranges(1);
    ranges.getArray()[0] = css::table::CellRangeAddress(sheetIndex, chart.firstCol, chart.firstRow,
                                                        chart.lastCol, chart.lastRow);
    const auto charts =
        uno::Reference<css::table::XTableChartsSupplier>(sheet, uno::UNO_QUERY_THROW)->getCharts();
    charts->addNewByName(fromUtf8(chart.name), area, ranges, true, true);
    const uno::Reference<css::document::XEmbeddedObjectSupplier> embedded(
        charts->getByName(fromUtf8(chart.name)), uno::UNO_QUERY_THROW);
    const uno::Reference<css::chart::XChartDocument> document(embedded->getEmbeddedObject(),
                                                              uno::UNO_QUERY_THROW);
    uno::Reference<css::beans::XPropertySet>(document, uno::UNO_QUERY_THROW)
        ->setPropertyValue("HasMainTitle", uno::Any(true));
    uno::Reference<css::beans::XPropertySet>(document->getTitle(), uno::UNO_QUERY_THROW)
        ->setPropertyValue("String", uno::Any(fromUtf8(chart.title)));
}

void writeCell(const uno::Reference<css::table::XCell>& cell, const PlannedCell& planned,
               Formats& formats) {
    uno::Reference<css::beans::XPropertySet> props(cell, uno::UNO_QUERY_THROW);
    if (const auto key = formats.key(planned.style))
        props->setPropertyValue("NumberFormat", uno::Any(*key));
    if (const auto colour = backgroundOf(planned.style))
        props->setPropertyValue("CellBackColor", uno::Any(*colour));
    if (planned.style == CellStyle::Header || planned.style == CellStyle::Title) {
        props->setPropertyValue("CharWeight", uno::Any(float(150)));
        if (planned.style == CellStyle::Header)
            props->setPropertyValue("CellBackColor", uno::Any(sal_Int32(0xDCE6F1)));
        else
            props->setPropertyValue("CharHeight", uno::Any(float(13)));
    }
    if (planned.align == Align::Right)
        props->setPropertyValue("HoriJustify", uno::Any(css::table::CellHoriJustify_RIGHT));
    switch (planned.kind) {
    case PlannedCell::Kind::Text:
        uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)
            ->setString(fromUtf8(planned.text));
        break;
    case PlannedCell::Kind::Number: cell->setValue(planned.number); break;
    case PlannedCell::Kind::Formula: cell->setFormula(fromUtf8(planned.text)); break;
    case PlannedCell::Kind::ArrayFormula:
        uno::Reference<css::sheet::XArrayFormulaRange>(cell, uno::UNO_QUERY_THROW)
            ->setArrayFormula(fromUtf8(planned.text));
        break;
    case PlannedCell::Kind::Empty: break;
    }
}

bool spills(const PlannedCell& cell) {
    return cell.spills || cell.style == CellStyle::Title;
}

// Each used column as wide as its content; one wider than the plan allows
// is narrowed to it and wraps its text, the rows growing to fit.
void sizeColumns(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                 const PlannedSheet& planned) {
    const uno::Reference<css::table::XColumnRowRange> ranges(sheet, uno::UNO_QUERY_THROW);
    const uno::Reference<css::container::XIndexAccess> columns(ranges->getColumns(),
                                                               uno::UNO_QUERY_THROW);
    bool wrapped = false;
    for (int col = 0; col < planned.usedColumns; ++col) {
        const uno::Reference<css::beans::XPropertySet> column(columns->getByIndex(col),
                                                              uno::UNO_QUERY_THROW);
        column->setPropertyValue("OptimalWidth", uno::Any(true));
        sal_Int32 width = 0;
        column->getPropertyValue("Width") >>= width;
        const auto limit = static_cast<std::size_t>(col) < planned.maxColumnWidthMm.size()
                               ? planned.maxColumnWidthMm[static_cast<std::size_t>(col)]
                               : 0;
        const sal_Int32 widest = limit * 100;
        if (widest <= 0 || width <= widest) continue;
        column->setPropertyValue("Width", uno::Any(widest));
        column->setPropertyValue("IsTextWrapped", uno::Any(true));
        wrapped = true;
    }
    if (!wrapped) return;
    int lastRow = 0;
    for (const auto& cell : planned.cells)
        lastRow = std::max(lastRow, cell.row);
    uno::Reference<css::beans::XPropertySet>(
        uno::Reference<css::table::XColumnRowRange>(sheet->getCellRangeByPosition(0, 0, 0, lastRow),
                                                    uno::UNO_QUERY_THROW)
            ->getRows(),
        uno::UNO_QUERY_THROW)
        ->setPropertyValue("OptimalHeight", uno::Any(true));
}

// Cells, then column widths from them, then the cells that spill over their
// neighbours (titles, notes): a title does not widen its column.
void writeSheet(const uno::Reference<css::sheet::XSpreadsheet>& sheet, const PlannedSheet& planned,
                Formats& formats) {
    for (const auto& cell : planned.cells)
        if (!spills(cell)) writeCell(sheet->getCellByPosition(cell.col, cell.row), cell, formats);
    sizeColumns(sheet, planned);
    for (const auto& cell : planned.cells)
        if (spills(cell)) {
            writeCell(sheet->getCellByPosition(cell.col, cell.row), cell, formats);
            uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(cell.col, cell.row),
                                                     uno::UNO_QUERY_THROW)
                ->setPropertyValue("IsTextWrapped", uno::Any(false));
        }
}

sal_Int16 sheetIndexOf(const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    return uno::Reference<css::sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
        ->getRangeAddress()
        .Sheet;
}

css::awt::Point positionOf(const uno::Reference<css::sheet::XSpreadsheet>& sheet, int col,
                           int row) {
    css::awt::Point position;
    uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(col, row),
                                             uno::UNO_QUERY_THROW)
        ->getPropertyValue("Position") >>= position;
    return position;
}

// The cells and the charts drawn over them (which may reach below and right
// of the last cell): what prints.
css::table::CellRangeAddress printedArea(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                         const PlannedSheet& planned,
                                         const std::vector<const PlannedChart*>& charts) {
    int lastRow = 0;
    for (const auto& cell : planned.cells)
        lastRow = std::max(lastRow, cell.row);
    int lastCol = std::max(planned.usedColumns - 1, 0);
    sal_Int32 bottom = 0, right = 0;
    for (const PlannedChart* chart : charts) {
        const css::awt::Point anchor = positionOf(sheet, chart->anchorCol, chart->anchorRow);
        bottom = std::max(bottom, anchor.Y + chart->heightMm * 100);
        right = std::max(right, anchor.X + chart->widthMm * 100);
    }
    while (positionOf(sheet, 0, lastRow + 1).Y < bottom)
        ++lastRow;
    while (positionOf(sheet, lastCol + 1, 0).X < right)
        ++lastCol;
    return css::table::CellRangeAddress(sheetIndexOf(sheet), 0, 0, lastCol, lastRow);
}

// "Page N of M" with the page number and count fields the office fills in.
void pageNumbers(const uno::Reference<css::frame::XModel>& model,
                 const uno::Reference<css::text::XText>& text, const PageSetup& page) {
    const uno::Reference<css::lang::XMultiServiceFactory> factory(model, uno::UNO_QUERY_THROW);
    text->setString(OUString());
    const uno::Reference<css::text::XTextRange> cursor(text->createTextCursor(),
                                                       uno::UNO_QUERY_THROW);
    const auto field = [&](const char* service) {
        text->insertTextContent(
            cursor,
            uno::Reference<css::text::XTextContent>(
                factory->createInstance(OUString::createFromAscii(service)), uno::UNO_QUERY_THROW),
            false);
    };
    text->insertString(cursor, fromUtf8(page.beforePage), false);
    field("com.sun.star.text.TextField.PageNumber");
    text->insertString(cursor, fromUtf8(page.betweenPages), false);
    field("com.sun.star.text.TextField.PageCount");
    text->insertString(cursor, fromUtf8(page.afterPages), false);
}

void headerAndFooter(const uno::Reference<css::frame::XModel>& model,
                     const uno::Reference<css::beans::XPropertySet>& style, const PageSetup& page) {
    style->setPropertyValue("HeaderIsOn", uno::Any(true));
    style->setPropertyValue("FooterIsOn", uno::Any(true));
    const uno::Reference<css::sheet::XHeaderFooterContent> header(
        style->getPropertyValue("RightPageHeaderContent"), uno::UNO_QUERY_THROW);
    header->getLeftText()->setString(fromUtf8(page.headerLeft));
    header->getCenterText()->setString(fromUtf8(page.headerCentre));
    header->getRightText()->setString(fromUtf8(page.headerRight));
    style->setPropertyValue("RightPageHeaderContent", uno::Any(header));
    style->setPropertyValue("LeftPageHeaderContent", uno::Any(header));
    const uno::Reference<css::sheet::XHeaderFooterContent> footer(
        style->getPropertyValue("RightPageFooterContent"), uno::UNO_QUERY_THROW);
    footer->getLeftText()->setString(OUString());
    footer->getRightText()->setString(OUString());
    pageNumbers(model, footer->getCenterText(), page);
    style->setPropertyValue("RightPageFooterContent", uno::Any(footer));
    style->setPropertyValue("LeftPageFooterContent", uno::Any(footer));
}

// The sheet's own page style (named after it): A4, fitted to the page width,
// the page header and footer, the title rows repeated, charts included.
void setUpPages(const uno::Reference<css::frame::XModel>& model,
                const uno::Reference<css::sheet::XSpreadsheet>& sheet, const PlannedSheet& planned,
                const std::vector<const PlannedChart*>& charts) {
    const PageSetup& page = *planned.page;
    const OUString name = fromUtf8("condtrack " + planned.name);
    const uno::Reference<css::container::XNameContainer> styles(
        uno::Reference<css::style::XStyleFamiliesSupplier>(model, uno::UNO_QUERY_THROW)
            ->getStyleFamilies()
            ->getByName("PageStyles"),
        uno::UNO_QUERY_THROW);
    if (!styles->hasByName(name))
        styles->insertByName(name, uno::Any(uno::Reference<css::lang::XMultiServiceFactory>(
                                                model, uno::UNO_QUERY_THROW)
                                                ->createInstance("com.sun.star.style.PageStyle")));
    const uno::Reference<css::beans::XPropertySet> style(styles->getByName(name),
                                                         uno::UNO_QUERY_THROW);
    style->setPropertyValue("IsLandscape", uno::Any(page.landscape));
    style->setPropertyValue("Width", uno::Any(sal_Int32(page.landscape ? 29700 : 21000)));
    style->setPropertyValue("Height", uno::Any(sal_Int32(page.landscape ? 21000 : 29700)));
    for (const char* margin : {"LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        style->setPropertyValue(OUString::createFromAscii(margin), uno::Any(sal_Int32(1000)));
    style->setPropertyValue("ScaleToPagesX", uno::Any(sal_Int16(page.pagesWide)));
    style->setPropertyValue("ScaleToPagesY", uno::Any(sal_Int16(0)));
    headerAndFooter(model, style, page);
    uno::Reference<css::beans::XPropertySet>(sheet, uno::UNO_QUERY_THROW)
        ->setPropertyValue("PageStyle", uno::Any(name));
    const uno::Reference<css::sheet::XPrintAreas> areas(sheet, uno::UNO_QUERY_THROW);
    const uno::Reference<css::container::XIndexAccess> rows(
        uno::Reference<css::table::XColumnRowRange>(sheet, uno::UNO_QUERY_THROW)->getRows(),
        uno::UNO_QUERY_THROW);
    for (const int row : page.newPageAt)
        uno::Reference<css::beans::XPropertySet>(rows->getByIndex(row), uno::UNO_QUERY_THROW)
            ->setPropertyValue("IsStartOfNewPage", uno::Any(true));
    const css::table::CellRangeAddress printed = printedArea(sheet, planned, charts);
    areas->setPrintAreas(uno::Sequence<css::table::CellRangeAddress>(&printed, 1));
    if (page.repeatedRows > 0) {
        areas->setTitleRows(
            css::table::CellRangeAddress(sheetIndexOf(sheet), 0, 0, 0, page.repeatedRows - 1));
        areas->setPrintTitleRows(true);
    }
}

OUString rangeContent(const std::string& sheet, const PlannedName& name) {
    return fromUtf8(sheetRangeRef(sheet, name.firstRow, name.firstCol, name.lastRow, name.lastCol));
}

} // namespace

std::optional<Collision> collision(const uno::Reference<css::frame::XModel>& model,
                                   const WorkbookPlan& plan,
                                   const std::vector<std::string>& reservedNames) {
    const auto names = namedRanges(model);
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    return findCollision(
        plan, reservedNames,
        [&](const std::string& name) { return names->hasByName(fromUtf8(name)); },
        [&](const std::string& name) { return sheets->hasByName(fromUtf8(name)); });
}

void applyPlan(const uno::Reference<css::frame::XModel>& model, const WorkbookPlan& plan,
               const OUString& undoTitle) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    const uno::Reference<css::container::XIndexAccess> byIndex(sheets, uno::UNO_QUERY_THROW);
    Formats formats(model, plan.currency);
    UndoStep step(model, undoTitle);
    model->lockControllers();
    struct Unlock {
        const uno::Reference<css::frame::XModel>& model;
        ~Unlock() { model->unlockControllers(); }
    } unlock{model};

    // Sheets first, then names, then cells: formulas refer to other sheets and names.
    std::vector<sal_Int16> sheetIndex;
    for (const auto& planned : plan.sheets) {
        const auto position = static_cast<sal_Int16>(byIndex->getCount());
        sheets->insertNewByName(fromUtf8(planned.name), position);
        sheetIndex.push_back(position);
    }
    const auto names = namedRanges(model);
    for (const auto& name : plan.names) {
        const auto index = static_cast<std::size_t>(name.sheet);
        names->addNewByName(
            fromUtf8(name.name), rangeContent(plan.sheets.at(index).name, name),
            css::table::CellAddress(sheetIndex.at(index), name.firstCol, name.firstRow), 0);
    }
    for (std::size_t i = 0; i < plan.sheets.size(); ++i)
        writeSheet(uno::Reference<css::sheet::XSpreadsheet>(byIndex->getByIndex(sheetIndex[i]),
                                                            uno::UNO_QUERY_THROW),
                   plan.sheets[i], formats);
    for (const auto& chart : plan.charts) {
        const auto index = static_cast<std::size_t>(chart.sheet);
        addChart(uno::Reference<css::sheet::XSpreadsheet>(byIndex->getByIndex(sheetIndex.at(index)),
                                                          uno::UNO_QUERY_THROW),
                 sheetIndex.at(index), chart);
    }
    for (std::size_t i = 0; i < plan.sheets.size(); ++i) {
        if (!plan.sheets[i].page) continue;
        std::vector<const PlannedChart*> charts;
        for (const auto& chart : plan.charts)
            if (static_cast<std::size_t>(chart.sheet) == i) charts.push_back(&chart);
        setUpPages(model,
                   uno::Reference<css::sheet::XSpreadsheet>(byIndex->getByIndex(sheetIndex[i]),
                                                            uno::UNO_QUERY_THROW),
                   plan.sheets[i], charts);
    }
    step.commit();
}

void applyChanges(const uno::Reference<css::frame::XModel>& model,
                  const std::vector<CellWrite>& writes, const RangeTable& log, int logLastRow,
                  const OUString& undoTitle) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    UndoStep step(model, undoTitle);
    for (const auto& write : writes) {
        const uno::Reference<css::sheet::XSpreadsheet> sheet(
            sheets->getByName(fromUtf8(write.sheet)), uno::UNO_QUERY_THROW);
        const auto cell = sheet->getCellByPosition(write.col, write.row);
        if (const auto* number = std::get_if<double>(&write.value))
            cell->setValue(*number);
        else if (const auto* text = std::get_if<std::string>(&write.value))
            uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)
                ->setString(fromUtf8(*text));
        else
            cell->setFormula(OUString());
    }
    const int lastRow = log.firstRow + static_cast<int>(log.cells.shape().rows) - 1;
    if (logLastRow > lastRow) {
        const uno::Reference<css::sheet::XNamedRange> range(
            namedRanges(model)->getByName(fromUtf8(log.name)), uno::UNO_QUERY_THROW);
        range->setContent(fromUtf8(sheetRangeRef(log.sheet, log.firstRow, log.firstCol, logLastRow,
                                                 log.firstCol + layout::kLogColumns - 1)));
    }
    step.commit();
}

namespace {

uno::Reference<css::sheet::XSpreadsheet>
sheetNamed(const uno::Reference<css::sheet::XSpreadsheets>& sheets, const std::string& name) {
    return uno::Reference<css::sheet::XSpreadsheet>(sheets->getByName(fromUtf8(name)),
                                                    uno::UNO_QUERY_THROW);
}

sal_Int16 indexOf(const uno::Reference<css::sheet::XSpreadsheet>& sheet) {
    return uno::Reference<css::sheet::XCellRangeAddressable>(sheet, uno::UNO_QUERY_THROW)
        ->getRangeAddress()
        .Sheet;
}

// Moved, not copied: Calc makes the references to the cells follow them.
void moveCells(const uno::Reference<css::sheet::XSpreadsheets>& sheets, const CellMove& move) {
    const auto sheet = sheetNamed(sheets, move.sheet);
    const sal_Int16 index = indexOf(sheet);
    uno::Reference<css::sheet::XCellRangeMovement>(sheet, uno::UNO_QUERY_THROW)
        ->moveRange(css::table::CellAddress(index, move.toCol, move.firstRow),
                    css::table::CellRangeAddress(index, move.fromCol, move.firstRow, move.fromCol,
                                                 move.lastRow));
}

void columnStep(const uno::Reference<css::sheet::XSpreadsheets>& sheets, const ColumnStep& step) {
    const auto columns = uno::Reference<css::table::XColumnRowRange>(sheetNamed(sheets, step.sheet),
                                                                     uno::UNO_QUERY_THROW)
                             ->getColumns();
    if (step.kind == ColumnStep::Kind::Insert)
        columns->insertByIndex(step.col, step.count);
    else
        columns->removeByIndex(step.col, step.count);
}

void defineRange(const uno::Reference<css::sheet::XNamedRanges>& names,
                 const uno::Reference<css::sheet::XSpreadsheets>& sheets,
                 const RangeDefinition& range) {
    const OUString content = fromUtf8(
        sheetRangeRef(range.sheet, range.firstRow, range.firstCol, range.lastRow, range.lastCol));
    const css::table::CellAddress position(indexOf(sheetNamed(sheets, range.sheet)), range.firstCol,
                                           range.firstRow);
    const OUString name = fromUtf8(range.name);
    if (!names->hasByName(name)) {
        names->addNewByName(name, content, position, 0);
        return;
    }
    const uno::Reference<css::sheet::XNamedRange> existing(names->getByName(name),
                                                           uno::UNO_QUERY_THROW);
    existing->setReferencePosition(position);
    existing->setContent(content);
}

// The formulas of the sheets the upgrade leaves in place (a scenarios sheet),
// before and after. Calc makes references follow moved cells, but its undo
// of a move does not move them back: they would end on deleted columns.
struct FormulaSnapshot {
    struct Entry {
        uno::Reference<css::table::XCell> cell;
        OUString before, after;
    };
    std::vector<Entry> entries;

    css::uno::WeakReference<css::document::XUndoManager> manager;

    // Calc would record the changes as new undo actions, in the middle of an undo.
    void restore(bool before) const {
        const uno::Reference<css::document::XUndoManager> undo(manager);
        if (undo.is()) undo->lock();
        struct Unlock {
            const uno::Reference<css::document::XUndoManager>& undo;
            ~Unlock() {
                if (undo.is()) undo->unlock();
            }
        } unlock{undo};
        for (const auto& entry : entries) {
            const OUString& formula = before ? entry.before : entry.after;
            if (entry.cell->getFormula() != formula) entry.cell->setFormula(formula);
        }
    }
};

// One end of the upgrade's undo step: the first action (undone last) puts the
// formulas back as they were, the last one (redone last) as the upgrade left them.
class FormulaRestore : public cppu::WeakImplHelper1<css::document::XUndoAction> {
  public:
    FormulaRestore(std::shared_ptr<FormulaSnapshot> snapshot, bool first, OUString title)
        : snapshot_(std::move(snapshot)), first_(first), title_(std::move(title)) {}
    OUString SAL_CALL getTitle() override { return title_; }
    void SAL_CALL undo() override {
        if (first_) snapshot_->restore(true);
    }
    void SAL_CALL redo() override {
        if (!first_) snapshot_->restore(false);
    }

  private:
    std::shared_ptr<FormulaSnapshot> snapshot_;
    bool first_;
    OUString title_;
};

// Every plain formula cell of the sheets no column step touches (array
// formulas are left out: they cannot be set one cell at a time).
std::shared_ptr<FormulaSnapshot>
snapshotFormulas(const uno::Reference<css::sheet::XSpreadsheets>& sheets, const UpgradePlan& plan) {
    std::set<std::string> changed;
    for (const auto& step : plan.columns)
        changed.insert(step.sheet);
    auto snapshot = std::make_shared<FormulaSnapshot>();
    for (const auto& name : sheets->getElementNames()) {
        if (changed.count(toUtf8(name))) continue;
        const uno::Reference<css::sheet::XCellRangesQuery> query(sheets->getByName(name),
                                                                 uno::UNO_QUERY_THROW);
        const auto cells = uno::Reference<css::container::XEnumerationAccess>(
                               query->queryContentCells(css::sheet::CellFlags::FORMULA)->getCells(),
                               uno::UNO_QUERY_THROW)
                               ->createEnumeration();
        while (cells->hasMoreElements()) {
            const uno::Reference<css::table::XCell> cell(cells->nextElement(),
                                                         uno::UNO_QUERY_THROW);
            const uno::Reference<css::sheet::XArrayFormulaRange> array(cell, uno::UNO_QUERY);
            if (array.is() && !array->getArrayFormula().isEmpty()) continue;
            snapshot->entries.push_back({cell, cell->getFormula(), OUString()});
        }
    }
    return snapshot;
}

} // namespace

void applyUpgrade(const uno::Reference<css::frame::XModel>& model, const UpgradePlan& plan,
                  const LogAppend& logAppend, const RangeTable& log, const OUString& undoTitle) {
    const auto sheets =
        uno::Reference<css::sheet::XSpreadsheetDocument>(model, uno::UNO_QUERY_THROW)->getSheets();
    Formats formats(model, {});
    const auto snapshot = snapshotFormulas(sheets, plan);
    const bool recording = !UndoStep::isHidden(model);
    const auto undo =
        uno::Reference<css::document::XUndoManagerSupplier>(model, uno::UNO_QUERY_THROW)
            ->getUndoManager();
    UndoStep step(model, undoTitle);
    snapshot->manager = undo;
    if (recording) undo->addUndoAction(new FormulaRestore(snapshot, true, undoTitle));
    model->lockControllers();
    struct Unlock {
        const uno::Reference<css::frame::XModel>& model;
        ~Unlock() { model->unlockControllers(); }
    } unlock{model};

    for (const auto& move : plan.movesBefore)
        moveCells(sheets, move);
    for (const auto& columns : plan.columns)
        columnStep(sheets, columns);
    for (const auto& move : plan.movesAfter)
        moveCells(sheets, move);
    sheets->insertNewByName(
        fromUtf8(plan.newSheet),
        static_cast<sal_Int16>(indexOf(sheetNamed(sheets, plan.newSheetAfter)) + 1));
    // Names before cells: formulas refer to them.
    const auto names = namedRanges(model);
    for (const auto& range : plan.ranges)
        defineRange(names, sheets, range);
    for (const auto& planned : plan.cells)
        writeCell(sheetNamed(sheets, planned.sheet)
                      ->getCellByPosition(planned.cell.col, planned.cell.row),
                  planned.cell, formats);
    for (const auto& write : logAppend.writes) {
        const auto cell = sheetNamed(sheets, write.sheet)->getCellByPosition(write.col, write.row);
        if (const auto* number = std::get_if<double>(&write.value))
            cell->setValue(*number);
        else if (const auto* text = std::get_if<std::string>(&write.value))
            uno::Reference<css::text::XText>(cell, uno::UNO_QUERY_THROW)
                ->setString(fromUtf8(*text));
    }
    const int lastRow = log.firstRow + static_cast<int>(log.cells.shape().rows) - 1;
    if (logAppend.newLastRow > lastRow)
        defineRange(names, sheets,
                    {log.name, log.sheet, log.firstRow, log.firstCol, logAppend.newLastRow,
                     log.firstCol + layout::kLogColumns - 1});
    for (auto& entry : snapshot->entries)
        entry.after = entry.cell->getFormula();
    if (recording) undo->addUndoAction(new FormulaRestore(snapshot, false, undoTitle));
    step.commit();
}

} // namespace condtrack::uno
