#pragma once

// The Conditionality deck's panels: Indicators, Tranches and Calendar.

#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/ui/XSidebar.hpp>
#include <com/sun/star/ui/XUIElement.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

namespace condtrack::uno {

enum class PanelKind { Indicators, Tranches, Calendar };

css::uno::Reference<css::ui::XUIElement>
createPanel(PanelKind kind, const rtl::OUString& resourceUrl,
            const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame,
            const css::uno::Reference<css::awt::XWindow>& parentWindow,
            const css::uno::Reference<css::ui::XSidebar>& sidebar);

} // namespace condtrack::uno
