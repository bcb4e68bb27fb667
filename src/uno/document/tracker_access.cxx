#include "document/tracker_access.hxx"

#include "office/any_conversion.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/util/Date.hpp>

namespace condtrack::uno {

namespace uno = css::uno;

namespace {

// nullopt when the name is missing or no longer refers to cells (#REF!).
std::optional<RangeTable> readRange(const uno::Reference<css::sheet::XNamedRanges>& names,
                                    const uno::Reference<css::container::XIndexAccess>& sheets,
                                    const char* name) {
    const rtl::OUString key = rtl::OUString::createFromAscii(name);
    if (!names->hasByName(key)) return std::nullopt;
    const uno::Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(key),
                                                                  uno::UNO_QUERY);
    if (!referrer.is()) return std::nullopt;
    const auto cells = referrer->getReferredCells();
    if (!cells.is()) return std::nullopt;
    const auto address =
        uno::Reference<css::sheet::XCellRangeAddressable>(cells, uno::UNO_QUERY_THROW)
            ->getRangeAddress();
    const auto data =
        uno::Reference<css::sheet::XCellRangeData>(cells, uno::UNO_QUERY_THROW)->getDataArray();
    RangeTable table;
    table.name = name;
    table.sheet = toUtf8(uno::Reference<css::container::XNamed>(sheets->getByIndex(address.Sheet),
                                                                uno::UNO_QUERY_THROW)
                             ->getName());
    table.firstRow = address.StartRow;
    table.firstCol = address.StartColumn;
    table.cells = toGrid(data);
    return table;
}

} // namespace

TrackerTables readTables(const uno::Reference<css::frame::XModel>& model) {
    TrackerTables tables;
    const uno::Reference<css::sheet::XSpreadsheetDocument> document(model, uno::UNO_QUERY);
    if (!document.is()) return tables;
    const uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    const uno::Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                                         uno::UNO_QUERY_THROW);
    const uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                              uno::UNO_QUERY_THROW);
    tables.years = readRange(names, sheets, layout::kYears);
    tables.reviews = readRange(names, sheets, layout::kReviews);
    tables.indicators = readRange(names, sheets, layout::kIndicators);
    tables.tranches = readRange(names, sheets, layout::kTranches);
    tables.milestones = readRange(names, sheets, layout::kMilestones);
    tables.log = readRange(names, sheets, layout::kLog);
    tables.header = readRange(names, sheets, layout::kHeader);
    tables.conditions = readRange(names, sheets, layout::v2::kConditions);
    tables.bands = readRange(names, sheets, layout::v2::kBands);
    return tables;
}

std::optional<RangeTable> readNamedRange(const uno::Reference<css::frame::XModel>& model,
                                         const char* name) {
    const uno::Reference<css::sheet::XSpreadsheetDocument> document(model, uno::UNO_QUERY);
    if (!document.is()) return std::nullopt;
    const uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    const uno::Reference<css::sheet::XNamedRanges> names(props->getPropertyValue("NamedRanges"),
                                                         uno::UNO_QUERY_THROW);
    const uno::Reference<css::container::XIndexAccess> sheets(document->getSheets(),
                                                              uno::UNO_QUERY_THROW);
    return readRange(names, sheets, name);
}

Date documentNullDate(const uno::Reference<css::frame::XModel>& model) {
    css::util::Date nullDate;
    try {
        const uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
        if (props->getPropertyValue("NullDate") >>= nullDate)
            return Date(nullDate.Year, nullDate.Month, nullDate.Day);
    } catch (const std::exception&) {
    } catch (const uno::Exception&) {
    }
    return Date(1899, 12, 30);
}

} // namespace condtrack::uno
