#pragma once

// Reads a document's tracker ranges (tracker/layout.hpp) into the core's tables.

#include "tracker/reader.hpp"

#include <com/sun/star/frame/XModel.hpp>

namespace condtrack::uno {

TrackerTables readTables(const css::uno::Reference<css::frame::XModel>& model);
// One named range's cells, or nullopt when the name is missing or broken.
std::optional<RangeTable> readNamedRange(const css::uno::Reference<css::frame::XModel>& model,
                                         const char* name);
// The document's null date (Tools > Options > Calc > Calculate).
Date documentNullDate(const css::uno::Reference<css::frame::XModel>& model);

} // namespace condtrack::uno
