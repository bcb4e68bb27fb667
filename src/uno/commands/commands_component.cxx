// The extension's commands (vnd.condtrack:NAME), dispatched from the Tools
// menu, the sidebar or a script: a ProtocolHandler that maps each URL to a
// function, reports the outcome to a dispatch listener and, where a person is
// acting, in a message box.

#include "commands/command_context.hxx"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "office/office_context.hxx"
#include "text/messages.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

namespace condtrack::uno {

namespace uno = css::uno;

namespace frame = css::frame;
using rtl::OUString;

namespace {

constexpr char kProtocol[] = "vnd.condtrack:";

class Commands : public cppu::WeakImplHelper4<frame::XDispatchProvider, frame::XNotifyingDispatch,
                                              css::lang::XInitialization, css::lang::XServiceInfo> {
  public:
    explicit Commands(const uno::Reference<uno::XComponentContext>& context) : context_(context) {}

    // XInitialization: the frame this handler serves.
    void SAL_CALL initialize(const uno::Sequence<uno::Any>& arguments) override {
        for (const auto& argument : arguments)
            if (uno::Reference<frame::XFrame> f; argument >>= f) frame_ = f;
    }

    // XDispatchProvider
    uno::Reference<frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                            const OUString&, sal_Int32) override {
        if (url.Protocol == kProtocol && findCommand(toUtf8(url.Path)) != nullptr) return this;
        return {};
    }
    uno::Sequence<uno::Reference<frame::XDispatch>> SAL_CALL
    queryDispatches(const uno::Sequence<frame::DispatchDescriptor>& requests) override {
        uno::Sequence<uno::Reference<frame::XDispatch>> result(requests.getLength());
        for (sal_Int32 i = 0; i < requests.getLength(); ++i)
            result.getArray()[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                                 requests[i].SearchFlags);
        return result;
    }

    // XDispatch
    void SAL_CALL dispatch(const css::util::URL& url,
                           const uno::Sequence<css::beans::PropertyValue>& arguments) override {
        run(url, arguments);
    }
    void SAL_CALL addStatusListener(const uno::Reference<frame::XStatusListener>&,
                                    const css::util::URL&) override {}
    void SAL_CALL removeStatusListener(const uno::Reference<frame::XStatusListener>&,
                                       const css::util::URL&) override {}

    // XNotifyingDispatch: scripts and tests learn the outcome here.
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const uno::Sequence<css::beans::PropertyValue>& arguments,
        const uno::Reference<frame::XDispatchResultListener>& listener) override {
        const Outcome outcome = run(url, arguments);
        if (!listener.is()) return;
        frame::DispatchResultEvent event;
        event.Source = static_cast<cppu::OWeakObject*>(this);
        event.State =
            outcome.ok ? frame::DispatchResultState::SUCCESS : frame::DispatchResultState::FAILURE;
        event.Result <<= fromUtf8(outcome.message);
        listener->dispatchFinished(event);
    }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return "org.condtrack.CommandsImpl"; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        uno::Sequence<OUString> names(1);
        names.getArray()[0] = "com.sun.star.frame.ProtocolHandler";
        return names;
    }

  private:
    // Never lets an exception out: the office's dispatch must not see one.
    Outcome run(const css::util::URL& url,
                const uno::Sequence<css::beans::PropertyValue>& arguments) {
        const std::string name = toUtf8(url.Path);
        CommandContext command{context_, frame_, {}, uiLanguage(context_), {}};
        Outcome outcome{false, {}};
        try {
            for (const auto& argument : arguments)
                command.arguments[toUtf8(argument.Name)] = argument.Value;
            if (const auto languageArg = command.text("Language"); !languageArg.empty())
                command.language = languageOf(languageArg);
            if (frame_.is() && frame_->getController().is())
                command.model = frame_->getController()->getModel();
            const CommandFunction* function = findCommand(name);
            outcome = function ? (*function)(command) : Outcome{false, "unknown command " + name};
        } catch (const InvalidArgument& e) {
            outcome = {false, say(Message::Failed, command.language, e.what())};
        } catch (const uno::Exception& e) {
            outcome = {false, say(Message::Failed, command.language, toUtf8(e.Message))};
        } catch (const std::exception& e) {
            outcome = {false, say(Message::Failed, command.language, e.what())};
        } catch (...) {
            outcome = {false, say(Message::Failed, command.language, "internal error")};
        }
        if (outcome.ok)
            log().info("{}: {}", name, outcome.message);
        else
            log().warn("{}: {}", name, outcome.message);
        // A cancelled command has nothing to say: no empty box after Cancel.
        if (!command.quiet() && frame_.is() && !outcome.message.empty())
            tellUser(frame_->getContainerWindow(), "condtrack", outcome.message, !outcome.ok);
        return outcome;
    }

    uno::Reference<uno::XComponentContext> context_;
    uno::Reference<frame::XFrame> frame_;
};

} // namespace

} // namespace condtrack::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_condtrack_CommandsImpl_get_implementation(css::uno::XComponentContext* context,
                                              const css::uno::Sequence<css::uno::Any>&) {
    return cppu::acquire(new condtrack::uno::Commands(context));
}
