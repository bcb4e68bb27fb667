#pragma once

// The New tracker dialog: what a new tracker needs to know before its sheets
// are written (first year, years, indicators, currency, language of the sheets).

#include "tracker/template.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>

namespace condtrack::uno {

// Asks for the options, prefilled from `defaults`; a field that is not a
// whole number is said and the dialog comes back as typed. nullopt when
// cancelled.
std::optional<TrackerOptions>
askNewTracker(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::awt::XWindow>& parent, const TrackerOptions& defaults,
              Language language);

} // namespace condtrack::uno
