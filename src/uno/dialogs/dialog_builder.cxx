#include "dialogs/dialog_builder.hxx"

#include "office/any_conversion.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <algorithm>

namespace condtrack::uno {

namespace uno = css::uno;

namespace awt = css::awt;
using rtl::OUString;

namespace {

uno::Reference<css::beans::XPropertySet> props(const uno::Reference<uno::XInterface>& x) {
    return uno::Reference<css::beans::XPropertySet>(x, uno::UNO_QUERY_THROW);
}

// A dialog model always carries a position, so VCL never centres it itself
// and it would open at the screen's top-left corner. A dialog's position is
// relative to its parent frame, so centring needs only the two sizes.
void centreOn(const uno::Reference<awt::XWindow>& parent,
              const uno::Reference<awt::XControl>& dialog) {
    const uno::Reference<awt::XWindow> window(dialog, uno::UNO_QUERY);
    if (!parent.is() || !window.is()) return;
    const awt::Rectangle outer = parent->getPosSize();
    const awt::Rectangle inner = window->getPosSize();
    window->setPosSize(std::max<sal_Int32>(0, (outer.Width - inner.Width) / 2),
                       std::max<sal_Int32>(0, (outer.Height - inner.Height) / 2), 0, 0,
                       awt::PosSize::POS);
}

} // namespace

DialogBuilder::DialogBuilder(const uno::Reference<uno::XComponentContext>& context)
    : context_(context) {
    model_.set(context->getServiceManager()->createInstanceWithContext(
                   "com.sun.star.awt.UnoControlDialogModel", context),
               uno::UNO_QUERY_THROW);
}

void DialogBuilder::size(const std::string& title, sal_Int32 width, sal_Int32 height) {
    props(model_)->setPropertyValue("Title", uno::Any(fromUtf8(title)));
    props(model_)->setPropertyValue("Width", uno::Any(width));
    props(model_)->setPropertyValue("Height", uno::Any(height));
}

void DialogBuilder::add(const char* kind, const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 w,
                        sal_Int32 h,
                        std::initializer_list<std::pair<const char*, uno::Any>> values) {
    const uno::Reference<css::lang::XMultiServiceFactory> factory(model_, uno::UNO_QUERY_THROW);
    const auto control =
        factory->createInstance(OUString::createFromAscii("com.sun.star.awt.UnoControl") +
                                OUString::createFromAscii(kind) + "Model");
    const auto p = props(control);
    p->setPropertyValue("PositionX", uno::Any(x));
    p->setPropertyValue("PositionY", uno::Any(y));
    p->setPropertyValue("Width", uno::Any(w));
    p->setPropertyValue("Height", uno::Any(h));
    for (const auto& [key, value] : values)
        p->setPropertyValue(OUString::createFromAscii(key), value);
    uno::Reference<css::container::XNameContainer>(model_, uno::UNO_QUERY_THROW)
        ->insertByName(OUString::createFromAscii(name), uno::Any(control));
}

void DialogBuilder::okCancel(const std::string& ok, const std::string& cancel, sal_Int32 right,
                             sal_Int32 y, sal_Int32 okWidth) {
    add("Button", "OK", right - 56 - okWidth, y, okWidth, 14,
        {{"Label", uno::Any(fromUtf8(ok))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
         {"DefaultButton", uno::Any(true)}});
    add("Button", "Cancel", right - 50, y, 50, 14,
        {{"Label", uno::Any(fromUtf8(cancel))},
         {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
}

uno::Reference<awt::XControl> DialogBuilder::create(const uno::Reference<awt::XWindow>& parent) {
    const uno::Reference<awt::XControl> dialog(
        context_->getServiceManager()->createInstanceWithContext(
            "com.sun.star.awt.UnoControlDialog", context_),
        uno::UNO_QUERY_THROW);
    dialog->setModel(uno::Reference<awt::XControlModel>(model_, uno::UNO_QUERY_THROW));
    dialog->createPeer(
        uno::Reference<awt::XToolkit>(awt::Toolkit::create(context_), uno::UNO_QUERY_THROW),
        uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY));
    centreOn(parent, dialog);
    return dialog;
}

DialogGuard::~DialogGuard() {
    try {
        if (uno::Reference<css::lang::XComponent> c{dialog, uno::UNO_QUERY}; c.is()) c->dispose();
    } catch (...) {
        // Disposing can only fail when the office is going away.
    }
}

OUString textOf(const uno::Reference<awt::XControlContainer>& dialog, const char* name) {
    return uno::Reference<awt::XTextComponent>(dialog->getControl(OUString::createFromAscii(name)),
                                               uno::UNO_QUERY_THROW)
        ->getText();
}

sal_Int16 selected(const uno::Reference<awt::XControlContainer>& dialog, const char* name) {
    return uno::Reference<awt::XListBox>(dialog->getControl(OUString::createFromAscii(name)),
                                         uno::UNO_QUERY_THROW)
        ->getSelectedItemPos();
}

void FormRows::field(const char* name, const std::string& caption, const char* kind,
                     std::initializer_list<std::pair<const char*, uno::Any>> values) {
    builder_.add("FixedText", (std::string(name) + "Label").c_str(), 6, y_ + 2, 80, 10,
                 {{"Label", uno::Any(fromUtf8(caption))}});
    builder_.add(kind, name, 90, y_, 144, 12, values);
    y_ += 16;
}

void FormRows::list(const char* name, const std::string& caption,
                    const std::vector<std::string>& texts, sal_Int16 position) {
    field(name, caption, "ListBox",
          {{"Dropdown", uno::Any(true)},
           {"StringItemList", uno::Any(items(texts))},
           {"SelectedItems", uno::Any(uno::Sequence<sal_Int16>(&position, 1))}});
}

uno::Sequence<OUString> items(const std::vector<std::string>& texts) {
    uno::Sequence<OUString> out(static_cast<sal_Int32>(texts.size()));
    for (std::size_t i = 0; i < texts.size(); ++i)
        out.getArray()[i] = fromUtf8(texts[i]);
    return out;
}

} // namespace condtrack::uno
