#pragma once

// The Record assessment dialog, for a person at the keyboard.

#include "text/language.hpp"
#include "tracker/assessment.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <cstddef>
#include <optional>

namespace condtrack::uno {

// Asks for indicator, year, actual, evidence, comment, approver (and a reason
// when the year is closed), showing the chosen indicator's baseline, target
// and current value; nullopt when cancelled. `year` preselects a year and
// `indicator` an indicator (its position in the model).
std::optional<AssessmentRequest>
askAssessment(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::awt::XWindow>& parent, const TrackerModel& model,
              std::optional<int> year, std::optional<std::size_t> indicator, Language language);

} // namespace condtrack::uno
