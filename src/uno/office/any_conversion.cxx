#include "office/any_conversion.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <com/sun/star/util/Date.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>

namespace condtrack::uno {

namespace uno = css::uno;

namespace {

Cell toCell(const uno::Any& value) {
    switch (value.getValueTypeClass()) {
    case uno::TypeClass_VOID: return Blank{};
    // Read in place: numbers are what ranges mostly hold, and get<double>()
    // would go through the generic conversion.
    case uno::TypeClass_DOUBLE: return *static_cast<const double*>(value.getValue());
    case uno::TypeClass_STRING: {
        const auto& text = *static_cast<const rtl::OUString*>(value.getValue());
        // An empty cell inside a range arrives as empty text.
        return text.isEmpty() ? std::string() : toUtf8(text);
    }
    case uno::TypeClass_BOOLEAN: return *static_cast<const sal_Bool*>(value.getValue()) ? 1.0 : 0.0;
    case uno::TypeClass_BYTE:
    case uno::TypeClass_SHORT:
    case uno::TypeClass_UNSIGNED_SHORT:
    case uno::TypeClass_LONG:
    case uno::TypeClass_UNSIGNED_LONG:
    case uno::TypeClass_HYPER:
    case uno::TypeClass_FLOAT: return value.get<double>();
    default: throw InvalidArgument("unsupported value of type " + toUtf8(value.getValueTypeName()));
    }
}

Cell cellOf(const uno::Any& value) {
    return toCell(value);
}
Cell cellOf(double value) {
    return value;
}
Cell cellOf(const rtl::OUString& value) {
    return value.isEmpty() ? std::string() : toUtf8(value);
}

// Calc sends rectangular arrays; a ragged inline array is padded with blanks.
template <typename T> CellGrid gridOf(const uno::Sequence<uno::Sequence<T>>& rows) {
    const sal_Int32 rowCount = rows.getLength();
    if (rowCount == 1 && rows[0].getLength() == 1) return CellGrid::single(cellOf(rows[0][0]));
    std::size_t cols = 0;
    for (const auto& row : rows)
        cols = std::max<std::size_t>(cols, row.getLength());
    if (rowCount == 0 || cols == 0) throw InvalidArgument("empty range");
    std::vector<Cell> cells;
    cells.reserve(static_cast<std::size_t>(rowCount) * cols);
    for (const auto& row : rows) {
        for (const auto& value : row)
            cells.push_back(cellOf(value));
        cells.resize(cells.size() + cols - static_cast<std::size_t>(row.getLength()), Blank{});
    }
    return CellGrid(Shape{static_cast<std::size_t>(rowCount), cols}, std::move(cells));
}

} // namespace

std::string toUtf8(const rtl::OUString& text) {
    const rtl::OString utf8 = rtl::OUStringToOString(text, RTL_TEXTENCODING_UTF8);
    return std::string(utf8.getStr(), static_cast<std::size_t>(utf8.getLength()));
}

rtl::OUString fromUtf8(std::string_view text) {
    return rtl::OUString(text.data(), static_cast<sal_Int32>(text.size()), RTL_TEXTENCODING_UTF8);
}

CellGrid toGrid(const AnyGrid& rows) {
    return gridOf(rows);
}

Argument toArgument(const uno::Any& value) {
    if (value.getValueTypeClass() != uno::TypeClass_SEQUENCE) {
        if (!value.hasValue()) return std::nullopt;
        return CellGrid::single(toCell(value));
    }
    AnyGrid rows;
    if (value >>= rows) return gridOf(rows);
    uno::Sequence<uno::Sequence<double>> numbers;
    if (value >>= numbers) return gridOf(numbers);
    uno::Sequence<uno::Sequence<rtl::OUString>> texts;
    if (value >>= texts) return gridOf(texts);
    return CellGrid::single(toCell(value));
}

namespace {

bool allNumbers(const CellGrid& result) {
    return std::all_of(result.cells().begin(), result.cells().end(),
                       [](const Cell& cell) { return std::holds_alternative<double>(cell); });
}

// Rows of one element type: Calc turns an array of doubles into its matrix
// directly, without inspecting each element as it must for an array of any.
template <typename T, typename Element>
uno::Sequence<uno::Sequence<T>> rowsOf(const CellGrid& result, Element element) {
    const Shape shape = result.shape();
    uno::Sequence<uno::Sequence<T>> rows(static_cast<sal_Int32>(shape.rows));
    auto* rowArray = rows.getArray();
    for (std::size_t r = 0; r < shape.rows; ++r) {
        uno::Sequence<T> row(static_cast<sal_Int32>(shape.cols));
        auto* cells = row.getArray();
        for (std::size_t c = 0; c < shape.cols; ++c)
            cells[c] = element(result.at(r, c));
        rowArray[r] = std::move(row);
    }
    return rows;
}

} // namespace

uno::Any toAny(const CellGrid& result) {
    const auto element = [](const Cell& cell) -> uno::Any {
        if (const auto* number = std::get_if<double>(&cell)) return uno::Any(*number);
        if (const auto* text = std::get_if<std::string>(&cell)) return uno::Any(fromUtf8(*text));
        return uno::Any(rtl::OUString()); // pending or blank shows as empty text
    };
    if (result.isSingle()) return element(result[0]);
    if (allNumbers(result))
        return uno::Any(
            rowsOf<double>(result, [](const Cell& cell) { return std::get<double>(cell); }));
    return uno::Any(rowsOf<uno::Any>(result, element));
}

DateContext dateContext(const uno::Reference<css::beans::XPropertySet>& options) {
    DateContext context;
    context.today = boost::gregorian::day_clock::local_day();
    css::util::Date nullDate;
    try {
        if (options.is() && (options->getPropertyValue("NullDate") >>= nullDate))
            context.nullDate = Date(nullDate.Year, nullDate.Month, nullDate.Day);
    } catch (const std::exception&) {
        // A document without a readable NullDate uses Calc's default.
    } catch (const uno::Exception&) {
    }
    return context;
}

} // namespace condtrack::uno
