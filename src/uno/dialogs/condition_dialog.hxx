#pragma once

// The Record condition dialog, for a person at the keyboard.

#include "text/language.hpp"
#include "tracker/condition_entry.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>

namespace condtrack::uno {

// Asks for condition, year, verdict, evidence, notes and a reason (needed
// when the year is closed); a field left blank (or the verdict left
// "(unchanged)") leaves its cell as it is. nullopt when cancelled. `year`
// preselects a year.
std::optional<ConditionRequest>
askCondition(const css::uno::Reference<css::uno::XComponentContext>& context,
             const css::uno::Reference<css::awt::XWindow>& parent, const TrackerModel& model,
             std::optional<int> year, Language language);

} // namespace condtrack::uno
