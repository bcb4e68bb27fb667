#pragma once

// The dialogs of Import from IATI: which activity of a file, and the preview
// to confirm before anything is written.

#include "iati/import.hpp"
#include "text/language.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace condtrack::uno {

// The index of the activity chosen; nullopt when cancelled.
std::optional<std::size_t>
chooseActivity(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::awt::XWindow>& parent,
               const std::vector<IatiActivitySummary>& activities, Language language);

// Shows what the import will do (`where`: into which tracker; `activity`: the
// file's activity and the tracker's; `preview`: the count line, then one line
// per change); true to go ahead.
bool confirmImport(const css::uno::Reference<css::uno::XComponentContext>& context,
                   const css::uno::Reference<css::awt::XWindow>& parent, const std::string& where,
                   const std::string& activity, const std::string& preview, Language language);

// The file is of another activity than the tracker (`activity`: both, and
// the warning): true only when the person presses Import anyway; Cancel is
// the default button.
bool confirmOtherActivity(const css::uno::Reference<css::uno::XComponentContext>& context,
                          const css::uno::Reference<css::awt::XWindow>& parent,
                          const std::string& activity, Language language);

} // namespace condtrack::uno
