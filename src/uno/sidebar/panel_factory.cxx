// Creates the deck's panels for private:resource/toolpanel/CondTrackPanelFactory/NAME.

#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "sidebar/calendar_panel.hxx"
#include "sidebar/indicators_panel.hxx"
#include "sidebar/tranches_panel.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <rtl/ref.hxx>

namespace condtrack::uno {

namespace uno = css::uno;

using rtl::OUString;

namespace {

// The panel named by the last part of its resource URL; empty for an unknown name.
rtl::Reference<SidebarPanel> makePanel(const OUString& name, const PanelArguments& arguments) {
    if (name == "Indicators") return new IndicatorsPanel(arguments);
    if (name == "Tranches") return new TranchesPanel(arguments);
    if (name == "Calendar") return new CalendarPanel(arguments);
    return {};
}

PanelArguments panelArguments(const OUString& url,
                              const uno::Reference<uno::XComponentContext>& context,
                              const uno::Sequence<css::beans::PropertyValue>& arguments) {
    PanelArguments panel{url, context, {}, {}, {}};
    for (const auto& argument : arguments) {
        if (argument.Name == "Frame")
            argument.Value >>= panel.frame;
        else if (argument.Name == "ParentWindow")
            argument.Value >>= panel.parentWindow;
        else if (argument.Name == "Sidebar")
            argument.Value >>= panel.sidebar;
    }
    return panel;
}

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
  public:
    explicit PanelFactory(const uno::Reference<uno::XComponentContext>& context)
        : context_(context) {}

    uno::Reference<css::ui::XUIElement> SAL_CALL createUIElement(
        const OUString& url, const uno::Sequence<css::beans::PropertyValue>& arguments) override {
        const PanelArguments panelArgs = panelArguments(url, context_, arguments);
        if (!panelArgs.frame.is() || !panelArgs.parentWindow.is())
            throw css::lang::IllegalArgumentException(
                "condtrack panels need Frame and ParentWindow",
                static_cast<cppu::OWeakObject*>(this), 1);
        const OUString name = url.copy(url.lastIndexOf('/') + 1);
        const rtl::Reference<SidebarPanel> panel = makePanel(name, panelArgs);
        if (!panel.is())
            throw css::container::NoSuchElementException(url,
                                                         static_cast<cppu::OWeakObject*>(this));
        log().debug("creating panel {}", toUtf8(name));
        panel->start();
        return uno::Reference<css::ui::XUIElement>(panel.get());
    }

    OUString SAL_CALL getImplementationName() override { return "org.condtrack.PanelFactoryImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        uno::Sequence<OUString> names(1);
        names.getArray()[0] = "com.sun.star.ui.UIElementFactory";
        return names;
    }

  private:
    uno::Reference<uno::XComponentContext> context_;
};

} // namespace

} // namespace condtrack::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_condtrack_PanelFactoryImpl_get_implementation(css::uno::XComponentContext* context,
                                                  const css::uno::Sequence<css::uno::Any>&) {
    return cppu::acquire(new condtrack::uno::PanelFactory(context));
}
