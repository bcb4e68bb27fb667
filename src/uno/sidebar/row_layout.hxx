#pragma once

// A panel's content as a vertical stack of rows, each row controls side by
// side, placed in the panel's window.

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <optional>
#include <vector>

namespace condtrack::uno {

constexpr sal_Int32 kMargin = 6;
constexpr sal_Int32 kLineHeight = 16;
constexpr sal_Int32 kButtonHeight = 24;
constexpr sal_Int32 kListLineHeight = 18;

// A row of the panel's vertical layout: controls side by side.
struct LayoutRow {
    std::vector<css::uno::Reference<css::awt::XControl>> controls;
    sal_Int32 height = kLineHeight;
    std::optional<double> bar; // a bar as wide as this fraction of the panel
};

class RowLayout {
  public:
    void add(LayoutRow row) { rows_.push_back(std::move(row)); }
    void clear() { rows_.clear(); }

    sal_Int32 contentHeight() const;
    // Gives the window the parent's width and at least the content's height,
    // then places every row's controls in it.
    void arrange(const css::uno::Reference<css::awt::XWindow>& window,
                 const css::awt::Rectangle& area) const;

  private:
    std::vector<LayoutRow> rows_;
};

} // namespace condtrack::uno
