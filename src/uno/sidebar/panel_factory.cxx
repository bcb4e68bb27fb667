// Creates the deck's panels for private:resource/toolpanel/CondTrackPanelFactory/NAME.

#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "sidebar/sidebar_panel.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace condtrack::uno {

namespace uno = css::uno;

using rtl::OUString;

namespace {

class PanelFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo> {
  public:
    explicit PanelFactory(const uno::Reference<uno::XComponentContext>& context)
        : context_(context) {}

    uno::Reference<css::ui::XUIElement> SAL_CALL createUIElement(
        const OUString& url, const uno::Sequence<css::beans::PropertyValue>& arguments) override {
        uno::Reference<css::frame::XFrame> frame;
        uno::Reference<css::awt::XWindow> parent;
        uno::Reference<css::ui::XSidebar> sidebar;
        for (const auto& argument : arguments) {
            if (argument.Name == "Frame")
                argument.Value >>= frame;
            else if (argument.Name == "ParentWindow")
                argument.Value >>= parent;
            else if (argument.Name == "Sidebar")
                argument.Value >>= sidebar;
        }
        if (!frame.is() || !parent.is())
            throw css::lang::IllegalArgumentException(
                "condtrack panels need Frame and ParentWindow",
                static_cast<cppu::OWeakObject*>(this), 1);
        const OUString name = url.copy(url.lastIndexOf('/') + 1);
        PanelKind kind;
        if (name == "Indicators")
            kind = PanelKind::Indicators;
        else if (name == "Tranches")
            kind = PanelKind::Tranches;
        else if (name == "Calendar")
            kind = PanelKind::Calendar;
        else
            throw css::container::NoSuchElementException(url,
                                                         static_cast<cppu::OWeakObject*>(this));
        log().debug("creating panel {}", toUtf8(name));
        return createPanel(kind, url, context_, frame, parent, sidebar);
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
