#pragma once

// Facts about the running office that commands and panels need.

#include "text/language.hpp"

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace condtrack::uno {

// English, French or Portuguese, by the office's UI language (English for
// any other).
Language uiLanguage(const css::uno::Reference<css::uno::XComponentContext>& context);

// The LibreOffice user's name (Tools > Options > User Data), or the login name.
std::string userName(const css::uno::Reference<css::uno::XComponentContext>& context);

// Shows a message to a person, if a visible window is there to carry it.
void tellUser(const css::uno::Reference<css::awt::XWindow>& parent, const std::string& title,
              const std::string& message, bool isError);

} // namespace condtrack::uno
