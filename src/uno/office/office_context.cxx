#include "office/office_context.hxx"

#include "office/any_conversion.hxx"
#include "office/log.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxType.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindow2.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>

namespace condtrack::uno {

namespace uno = css::uno;

using rtl::OUString;

namespace {

OUString configValue(const uno::Reference<uno::XComponentContext>& context, const char* node,
                     const char* property) {
    try {
        const auto provider = css::configuration::theDefaultProvider::get(context);
        css::beans::PropertyValue path;
        path.Name = "nodepath";
        path.Value <<= OUString::createFromAscii(node);
        uno::Sequence<uno::Any> args(1);
        args.getArray()[0] <<= path;
        const uno::Reference<css::container::XNameAccess> access(
            provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                  args),
            uno::UNO_QUERY_THROW);
        OUString value;
        access->getByName(OUString::createFromAscii(property)) >>= value;
        return value;
    } catch (const uno::Exception& e) {
        log().debug("configuration {}/{} not read: {}", node, property, toUtf8(e.Message));
        return {};
    }
}

} // namespace

Language uiLanguage(const uno::Reference<uno::XComponentContext>& context) {
    OUString locale = configValue(context, "/org.openoffice.Office.Linguistic/General", "UILocale");
    if (locale.isEmpty()) locale = configValue(context, "/org.openoffice.Setup/L10N", "ooLocale");
    return languageOf(toUtf8(locale));
}

std::string userName(const uno::Reference<uno::XComponentContext>& context) {
    const std::string given =
        toUtf8(configValue(context, "/org.openoffice.UserProfile/Data", "givenname"));
    const std::string family =
        toUtf8(configValue(context, "/org.openoffice.UserProfile/Data", "sn"));
    std::string name = given + (given.empty() || family.empty() ? "" : " ") + family;
    if (!name.empty()) return name;
    const char* login = std::getenv("USER");
    if (login == nullptr || *login == '\0') login = std::getenv("LOGNAME");
    return login != nullptr ? login : "unknown";
}

void tellUser(const uno::Reference<css::awt::XWindow>& parent, const std::string& title,
              const std::string& message, bool isError) {
    try {
        const uno::Reference<css::awt::XWindow2> window(parent, uno::UNO_QUERY);
        if (!window.is() || !window->isVisible()) return; // headless or hidden: the caller logs
        const uno::Reference<css::awt::XWindowPeer> peer(parent, uno::UNO_QUERY_THROW);
        const uno::Reference<css::awt::XMessageBoxFactory> factory(peer->getToolkit(),
                                                                   uno::UNO_QUERY_THROW);
        const auto box = factory->createMessageBox(
            peer, isError ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX,
            css::awt::MessageBoxButtons::BUTTONS_OK, fromUtf8(title), fromUtf8(message));
        box->execute();
    } catch (const uno::Exception& e) {
        log().warn("could not show a message: {}", toUtf8(e.Message));
    }
}

} // namespace condtrack::uno
