#pragma once

// Dialogs built in code (no .xdl to keep in step with the code): a model,
// its controls by name, then a UnoControlDialog on a parent window.

#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace condtrack::uno {

class DialogBuilder {
  public:
    explicit DialogBuilder(const css::uno::Reference<css::uno::XComponentContext>& context);

    // Sizes in dialog units (APPFONT).
    void size(const std::string& title, sal_Int32 width, sal_Int32 height);
    // A control of `kind` ("FixedText", "Edit", "ListBox", "Button"...) named `name`.
    void add(const char* kind, const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 w, sal_Int32 h,
             std::initializer_list<std::pair<const char*, css::uno::Any>> values);
    // The default button labelled `ok` and a Cancel button, right-aligned at
    // `right` on the row at `y`.
    void okCancel(const std::string& ok, const std::string& cancel, sal_Int32 right, sal_Int32 y,
                  sal_Int32 okWidth = 50);
    css::uno::Reference<css::awt::XControl>
    create(const css::uno::Reference<css::awt::XWindow>& parent);

  private:
    css::uno::Reference<css::uno::XComponentContext> context_;
    css::uno::Reference<css::uno::XInterface> model_;
};

// Labelled fields one under the other, a caption on the left and its control
// on the right, as the record dialogs lay out what they ask for.
class FormRows {
  public:
    FormRows(DialogBuilder& builder, sal_Int32 top) : builder_(builder), y_(top) {}

    void field(const char* name, const std::string& caption, const char* kind,
               std::initializer_list<std::pair<const char*, css::uno::Any>> values);
    // A drop-down list of `texts` with the item at `position` selected.
    void list(const char* name, const std::string& caption, const std::vector<std::string>& texts,
              sal_Int16 position);
    // The top of the next row.
    sal_Int32 y() const { return y_; }

  private:
    DialogBuilder& builder_;
    sal_Int32 y_;
};

// Disposes of a dialog when it goes out of scope.
struct DialogGuard {
    css::uno::Reference<css::awt::XControl> dialog;
    ~DialogGuard();
};

rtl::OUString textOf(const css::uno::Reference<css::awt::XControlContainer>& dialog,
                     const char* name);
sal_Int16 selected(const css::uno::Reference<css::awt::XControlContainer>& dialog,
                   const char* name);
css::uno::Sequence<rtl::OUString> items(const std::vector<std::string>& texts);

} // namespace condtrack::uno
