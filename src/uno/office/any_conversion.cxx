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
    case uno::TypeClass_STRING: return toUtf8(value.get<rtl::OUString>());
    case uno::TypeClass_BOOLEAN: return value.get<bool>() ? 1.0 : 0.0;
    case uno::TypeClass_BYTE:
    case uno::TypeClass_SHORT:
    case uno::TypeClass_UNSIGNED_SHORT:
    case uno::TypeClass_LONG:
    case uno::TypeClass_UNSIGNED_LONG:
    case uno::TypeClass_HYPER:
    case uno::TypeClass_FLOAT:
    case uno::TypeClass_DOUBLE: return value.get<double>();
    default: throw InvalidArgument("unsupported value of type " + toUtf8(value.getValueTypeName()));
    }
}

template <typename T> CellGrid gridOf(const uno::Sequence<uno::Sequence<T>>& rows) {
    std::size_t cols = 0;
    for (const auto& row : rows)
        cols = std::max<std::size_t>(cols, row.getLength());
    if (rows.getLength() == 0 || cols == 0) throw InvalidArgument("empty range");
    CellGrid grid(Shape{static_cast<std::size_t>(rows.getLength()), cols}, Cell{Blank{}});
    for (sal_Int32 r = 0; r < rows.getLength(); ++r) {
        const auto& row = rows[r];
        for (sal_Int32 c = 0; c < row.getLength(); ++c) {
            if constexpr (std::is_same_v<T, uno::Any>)
                grid[r * cols + c] = toCell(row[c]);
            else if constexpr (std::is_same_v<T, rtl::OUString>)
                grid[r * cols + c] = toUtf8(row[c]);
            else
                grid[r * cols + c] = static_cast<double>(row[c]);
        }
    }
    return grid;
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
    if (!value.hasValue()) return std::nullopt;
    AnyGrid rows;
    if (value >>= rows) return gridOf(rows);
    uno::Sequence<uno::Sequence<double>> numbers;
    if (value >>= numbers) return gridOf(numbers);
    uno::Sequence<uno::Sequence<rtl::OUString>> texts;
    if (value >>= texts) return gridOf(texts);
    return CellGrid::single(toCell(value));
}

uno::Any toAny(const CellGrid& result) {
    const auto element = [](const Cell& cell) -> uno::Any {
        if (const auto* number = std::get_if<double>(&cell)) return uno::Any(*number);
        if (const auto* text = std::get_if<std::string>(&cell)) return uno::Any(fromUtf8(*text));
        return uno::Any(rtl::OUString()); // pending or blank shows as empty text
    };
    if (result.isSingle()) return element(result[0]);
    const Shape shape = result.shape();
    AnyGrid rows(static_cast<sal_Int32>(shape.rows));
    auto* rowArray = rows.getArray();
    for (std::size_t r = 0; r < shape.rows; ++r) {
        uno::Sequence<uno::Any> row(static_cast<sal_Int32>(shape.cols));
        auto* cells = row.getArray();
        for (std::size_t c = 0; c < shape.cols; ++c)
            cells[c] = element(result.at(r, c));
        rowArray[r] = std::move(row);
    }
    return uno::Any(rows);
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
