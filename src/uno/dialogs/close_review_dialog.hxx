#pragma once

// The Close review dialog: closing fixes a year's assessments, so a person
// confirms the year and may leave notes before anything is written.

#include "text/language.hpp"
#include "tracker/model.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <optional>
#include <string>

namespace condtrack::uno {

struct CloseReviewRequest {
    int year = 0;
    std::string notes;
};

// Asks for the year (preselected: `year`) and notes (prefilled: `notes`);
// nullopt when cancelled.
std::optional<CloseReviewRequest>
askCloseReview(const css::uno::Reference<css::uno::XComponentContext>& context,
               const css::uno::Reference<css::awt::XWindow>& parent, const TrackerModel& model,
               int year, const std::string& notes, Language language);

} // namespace condtrack::uno
