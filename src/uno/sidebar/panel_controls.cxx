#include "sidebar/panel_controls.hxx"

#include "office/any_conversion.hxx"

#include <com/sun/star/awt/FontDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XItemList.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

using rtl::OUString;

namespace {

constexpr char kIconFolder[] = "vnd.sun.star.extension://org.condtrack.extension/icons/";

void dispose(const uno::Reference<awt::XControl>& control) {
    try {
        if (uno::Reference<css::lang::XComponent> c{control, uno::UNO_QUERY}; c.is()) c->dispose();
    } catch (const uno::Exception&) {
    }
}

} // namespace

void PanelControls::attach(const uno::Reference<uno::XComponentContext>& context,
                           const uno::Reference<awt::XToolkit2>& toolkit,
                           const uno::Reference<awt::XWindow>& window) {
    context_ = context;
    toolkit_ = toolkit;
    window_ = window;
}

uno::Reference<awt::XControl>
PanelControls::add(const char* kind,
                   std::initializer_list<std::pair<const char*, uno::Any>> properties) {
    const auto factory = context_->getServiceManager();
    const OUString base =
        OUString::createFromAscii("com.sun.star.awt.UnoControl") + OUString::createFromAscii(kind);
    const uno::Reference<awt::XControlModel> model(
        factory->createInstanceWithContext(base + "Model", context_), uno::UNO_QUERY_THROW);
    const uno::Reference<css::beans::XPropertySet> props(model, uno::UNO_QUERY_THROW);
    for (const auto& [name, value] : properties)
        props->setPropertyValue(OUString::createFromAscii(name), value);
    const uno::Reference<awt::XControl> control(factory->createInstanceWithContext(base, context_),
                                                uno::UNO_QUERY_THROW);
    control->setModel(model);
    control->createPeer(uno::Reference<awt::XToolkit>(toolkit_, uno::UNO_QUERY_THROW),
                        uno::Reference<awt::XWindowPeer>(window_, uno::UNO_QUERY_THROW));
    controls_.push_back(control);
    return control;
}

uno::Reference<awt::XControl> PanelControls::label(const std::string& text, sal_Int32 colour,
                                                   bool bold) {
    auto control =
        add("FixedText", {{"Label", uno::Any(fromUtf8(text))}, {"MultiLine", uno::Any(false)}});
    const uno::Reference<css::beans::XPropertySet> props(control->getModel(), uno::UNO_QUERY_THROW);
    if (colour >= 0) props->setPropertyValue("TextColor", uno::Any(colour));
    if (bold) {
        css::awt::FontDescriptor font;
        font.Weight = 150.0f;
        props->setPropertyValue("FontDescriptor", uno::Any(font));
    }
    return control;
}

uno::Reference<awt::XControl>
PanelControls::button(const std::string& text, const char* command,
                      const uno::Reference<awt::XActionListener>& listener) {
    auto control = add("Button", {{"Label", uno::Any(fromUtf8(text))}});
    const uno::Reference<awt::XButton> b(control, uno::UNO_QUERY_THROW);
    b->setActionCommand(OUString::createFromAscii(command));
    b->addActionListener(listener);
    return control;
}

uno::Reference<awt::XControl>
PanelControls::statusList(const StatusLines& lines,
                          const uno::Reference<awt::XItemListener>& listener) {
    uno::Reference<awt::XControl> control;
    if (kept_.is() && keptLines_.size() == lines.size()) {
        control = kept_;
        kept_.clear();
        controls_.push_back(control);
        const uno::Reference<awt::XItemList> items(control->getModel(), uno::UNO_QUERY_THROW);
        for (std::size_t i = 0; i < lines.size(); ++i)
            if (lines[i] != keptLines_[i])
                items->setItemTextAndImage(static_cast<sal_Int32>(i), fromUtf8(lines[i].first),
                                           fromUtf8(kIconFolder + lines[i].second));
    } else {
        control =
            add("ListBox", {{"Dropdown", uno::Any(false)}, {"Border", uno::Any(sal_Int16(1))}});
        const uno::Reference<awt::XItemList> items(control->getModel(), uno::UNO_QUERY_THROW);
        sal_Int32 position = 0;
        for (const auto& [text, icon] : lines)
            items->insertItem(position++, fromUtf8(text), fromUtf8(kIconFolder + icon));
        uno::Reference<awt::XListBox>(control, uno::UNO_QUERY_THROW)->addItemListener(listener);
    }
    keptLines_ = lines;
    return control;
}

void PanelControls::clear() {
    for (auto& control : controls_)
        if (control != kept_) dispose(control);
    controls_.clear();
}

void PanelControls::dropKept() {
    if (kept_.is()) dispose(kept_); // not reused: a tracker of another size
    kept_.clear();
}

} // namespace condtrack::uno
