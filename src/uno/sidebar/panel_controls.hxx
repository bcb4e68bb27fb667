#pragma once

// The controls a panel shows, made as children of its window, and the status
// list that may outlive a refresh to be updated line by line.

#include <com/sun/star/awt/XActionListener.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace condtrack::uno {

// Text and bar colours.
constexpr sal_Int32 kRed = 0xC62828;
constexpr sal_Int32 kGreen = 0x2E7D32;

// A status list's lines: the text and the file name of its status icon.
using StatusLines = std::vector<std::pair<std::string, std::string>>;

class PanelControls {
  public:
    // Where new controls go; before this, none can be made.
    void attach(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::awt::XToolkit2>& toolkit,
                const css::uno::Reference<css::awt::XWindow>& window);

    // A UnoControl<kind> with these model properties.
    css::uno::Reference<css::awt::XControl>
    add(const char* kind, std::initializer_list<std::pair<const char*, css::uno::Any>> properties);
    css::uno::Reference<css::awt::XControl> label(const std::string& text, sal_Int32 colour = -1,
                                                  bool bold = false);
    css::uno::Reference<css::awt::XControl>
    button(const std::string& text, const char* command,
           const css::uno::Reference<css::awt::XActionListener>& listener);

    // A list whose lines carry a coloured status square. The list kept from the
    // last refresh is reused when it has as many lines: only changed lines are
    // set again. Listens for selections once, when it is made.
    css::uno::Reference<css::awt::XControl>
    statusList(const StatusLines& lines,
               const css::uno::Reference<css::awt::XItemListener>& listener);

    // Spares this list from the next clear(), for statusList() to reuse.
    void keep(const css::uno::Reference<css::awt::XControl>& list) { kept_ = list; }
    // Disposes every control but the kept list.
    void clear();
    // Disposes the kept list when no statusList() reused it.
    void dropKept();

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::awt::XToolkit2> toolkit_;
    css::uno::Reference<css::awt::XWindow> window_;
    std::vector<css::uno::Reference<css::awt::XControl>> controls_;
    css::uno::Reference<css::awt::XControl> kept_; // the last list, while a refresh may reuse it
    StatusLines keptLines_;
};

} // namespace condtrack::uno
