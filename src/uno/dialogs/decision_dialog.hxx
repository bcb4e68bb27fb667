#pragma once

// The Record decision dialog, for a person at the keyboard.

#include "text/language.hpp"
#include "tracker/decision_entry.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>
#include <vector>

namespace condtrack::uno {

// Asks for indicator, year, decision, request and approval dates, approval
// reference and a reason (needed when the year is closed); a field left blank
// (or the decision left "(unchanged)") leaves its cell as it is. nullopt when
// cancelled. `year` preselects a year.
std::optional<DecisionRequest>
askDecision(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::awt::XWindow>& parent, const TrackerModel& model,
            std::optional<int> year, Language language);

// The year list the record dialogs show: "2019", "2018 (closed)"; the position of
// `year` (0 when absent) in `chosen`.
std::vector<std::string> yearItems(const TrackerModel& model, std::optional<int> year,
                                   sal_Int16& chosen, Language language);
// The indicator list the record dialogs show: "IND-13  SIGRH: armed forces…".
std::vector<std::string> indicatorItems(const TrackerModel& model);

} // namespace condtrack::uno
