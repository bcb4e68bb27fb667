#pragma once

// Between UNO values as Calc passes them and the core's plain grids.

#include "functions/arguments.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

namespace condtrack::uno {

using AnyGrid = css::uno::Sequence<css::uno::Sequence<css::uno::Any>>;

CellGrid toGrid(const AnyGrid& rows);
// A void any is an argument left out of the formula.
Argument toArgument(const css::uno::Any& value);
// 1x1 results become a single value, larger ones an array.
css::uno::Any toAny(const CellGrid& result);
// The document's null date (from the hidden caller argument) and today.
DateContext dateContext(const css::uno::Reference<css::beans::XPropertySet>& options);

std::string toUtf8(const rtl::OUString& text);
rtl::OUString fromUtf8(std::string_view text);

} // namespace condtrack::uno
