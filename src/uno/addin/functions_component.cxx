// The Calc add-in: a thin adapter from UNO calls to the core's sheet
// functions, with the function table answering every XAddIn question.

#include "functions/function_table.hpp"
#include "functions/sheet_functions.hpp"
#include "office/any_conversion.hxx"
#include "office/log.hxx"
#include "text/catalogue.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/condtrack/XFunctions.hpp>
#include <uno/lbnames.h>

#include <exception>
#include <string>

using rtl::OUString;
namespace lang = css::lang;
using css::beans::XPropertySet;

namespace condtrack::uno {

namespace uno = css::uno;

namespace {

constexpr char kServiceName[] = "org.condtrack.Functions";
constexpr char kImplementationName[] = "org.condtrack.FunctionsImpl";
constexpr char kAddInService[] = "com.sun.star.sheet.AddIn";

std::string displayNameOf(const char* method) {
    const FunctionInfo* info = findFunction(method);
    return info ? std::string(info->displayName) : method;
}

class Functions : public cppu::WeakImplHelper4<org::condtrack::XFunctions, css::sheet::XAddIn,
                                               lang::XServiceName, lang::XServiceInfo> {
  public:
    // XFunctions
    uno::Any SAL_CALL score(const AnyGrid& actual, const AnyGrid& baseline, const AnyGrid& target,
                            const uno::Any& method, const uno::Any& threshold) override {
        return call("score", [&] {
            return sheet::score(toGrid(actual), toGrid(baseline), toGrid(target),
                                toArgument(method), toArgument(threshold));
        });
    }
    uno::Any SAL_CALL status(const AnyGrid& score, const uno::Any& partialFrom) override {
        return call("status",
                    [&] { return sheet::status(toGrid(score), toArgument(partialFrom)); });
    }
    uno::Any SAL_CALL tranche(const AnyGrid& ceiling, const AnyGrid& weights, const AnyGrid& scores,
                              const uno::Any& decisions, const uno::Any& rule,
                              const uno::Any& eligible, const uno::Any& bands) override {
        return call("tranche", [&] {
            return sheet::tranche(toGrid(ceiling), toGrid(weights), toGrid(scores),
                                  toArgument(decisions), toArgument(rule), toArgument(eligible),
                                  toArgument(bands));
        });
    }
    uno::Any SAL_CALL transfer(const AnyGrid& ceiling, const AnyGrid& weights,
                               const AnyGrid& decisions) override {
        return call("transfer", [&] {
            return sheet::transfer(toGrid(ceiling), toGrid(weights), toGrid(decisions));
        });
    }
    uno::Any SAL_CALL held(const AnyGrid& ceiling, const AnyGrid& weights, const AnyGrid& scores,
                           const AnyGrid& decisions, const uno::Any& eligible) override {
        return call("held", [&] {
            return sheet::held(toGrid(ceiling), toGrid(weights), toGrid(scores), toGrid(decisions),
                               toArgument(eligible));
        });
    }
    uno::Any SAL_CALL released(const AnyGrid& ceiling, const AnyGrid& weights,
                               const AnyGrid& scores, const AnyGrid& decisions,
                               const AnyGrid& rescores, const uno::Any& eligible) override {
        return call("released", [&] {
            return sheet::released(toGrid(ceiling), toGrid(weights), toGrid(scores),
                                   toGrid(decisions), toGrid(rescores), toArgument(eligible));
        });
    }
    uno::Any SAL_CALL bands(const AnyGrid& total, const AnyGrid& lowerBounds,
                            const AnyGrid& shares) override {
        return call("bands", [&] {
            return sheet::bands(toGrid(total), toGrid(lowerBounds), toGrid(shares));
        });
    }
    uno::Any SAL_CALL dli(const AnyGrid& unitValue, const AnyGrid& reported,
                          const AnyGrid& verified, const AnyGrid& allocation,
                          const uno::Any& paidToDate, const uno::Any& minRatio) override {
        return call("dli", [&] {
            return sheet::dli(toGrid(unitValue), toGrid(reported), toGrid(verified),
                              toGrid(allocation), toArgument(paidToDate), toArgument(minRatio));
        });
    }
    uno::Any SAL_CALL nextReview(const uno::Reference<XPropertySet>& options, const AnyGrid& first,
                                 const AnyGrid& months, const uno::Any& asOf,
                                 const uno::Any& holidays, const uno::Any& roll) override {
        return call("nextReview", [&] {
            return sheet::nextReview(dateContext(options), toGrid(first), toGrid(months),
                                     toArgument(asOf), toArgument(holidays), toArgument(roll));
        });
    }
    uno::Any SAL_CALL schedule(const uno::Reference<XPropertySet>& options, const AnyGrid& first,
                               const AnyGrid& months, const AnyGrid& count,
                               const uno::Any& holidays, const uno::Any& roll) override {
        return call("schedule", [&] {
            return sheet::schedule(dateContext(options), toGrid(first), toGrid(months),
                                   toGrid(count), toArgument(holidays), toArgument(roll));
        });
    }
    uno::Any SAL_CALL milestone(const uno::Reference<XPropertySet>& options, const AnyGrid& due,
                                const uno::Any& done, const uno::Any& asOf,
                                const uno::Any& warnDays) override {
        return call("milestone", [&] {
            return sheet::milestone(dateContext(options), toGrid(due), toArgument(done),
                                    toArgument(asOf), toArgument(warnDays));
        });
    }
    uno::Any SAL_CALL daysLate(const uno::Reference<XPropertySet>& options, const AnyGrid& due,
                               const uno::Any& done, const uno::Any& asOf) override {
        return call("daysLate", [&] {
            return sheet::daysLate(dateContext(options), toGrid(due), toArgument(done),
                                   toArgument(asOf));
        });
    }
    uno::Any SAL_CALL verifyLog(const AnyGrid& log) override {
        return call("verifyLog", [&] { return sheet::verifyLog(toGrid(log)); });
    }
    OUString SAL_CALL version() override { return fromUtf8(sheet::version()); }

    // XAddIn
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& displayName) override {
        const std::string wanted = toUtf8(displayName.toAsciiUpperCase());
        for (const auto& function : functionTable())
            if (function.displayName == wanted) return fromUtf8(function.method);
        return {};
    }
    OUString SAL_CALL getDisplayFunctionName(const OUString& method) override {
        const FunctionInfo* info = find(method);
        return info ? fromUtf8(info->displayName) : OUString();
    }
    OUString SAL_CALL getFunctionDescription(const OUString& method) override {
        const FunctionInfo* info = find(method);
        return info ? fromUtf8(tr(info->description, language_)) : OUString();
    }
    OUString SAL_CALL getDisplayArgumentName(const OUString& method, sal_Int32 position) override {
        const ArgumentInfo* argument = findArgument(method, position);
        return argument ? fromUtf8(tr(argument->name, language_)) : OUString();
    }
    OUString SAL_CALL getArgumentDescription(const OUString& method, sal_Int32 position) override {
        const ArgumentInfo* argument = findArgument(method, position);
        return argument ? fromUtf8(tr(argument->description, language_)) : OUString();
    }
    OUString SAL_CALL getProgrammaticCategoryName(const OUString& method) override {
        const FunctionInfo* info = find(method);
        return fromUtf8(programmaticName(info ? info->category : Category::AddIn));
    }
    OUString SAL_CALL getDisplayCategoryName(const OUString& programmatic) override {
        for (const Category category : {Category::DateTime, Category::Financial, Category::AddIn})
            if (fromUtf8(programmaticName(category)) == programmatic)
                return fromUtf8(displayName(category, language_));
        return programmatic;
    }

    // XLocalizable
    void SAL_CALL setLocale(const lang::Locale& locale) override {
        locale_ = locale;
        // Calc passes the UI language here; "pt" covers pt-PT and pt-BR alike.
        language_ = languageOf(toUtf8(locale.Language));
    }
    lang::Locale SAL_CALL getLocale() override { return locale_; }

    // XServiceName
    OUString SAL_CALL getServiceName() override { return kServiceName; }

    // XServiceInfo
    OUString SAL_CALL getImplementationName() override { return kImplementationName; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return cppu::supportsService(this, name);
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        uno::Sequence<OUString> names(2);
        names.getArray()[0] = kServiceName;
        names.getArray()[1] = kAddInService;
        return names;
    }

  private:
    static const FunctionInfo* find(const OUString& method) { return findFunction(toUtf8(method)); }
    static const ArgumentInfo* findArgument(const OUString& method, sal_Int32 position) {
        const FunctionInfo* info = find(method);
        return info ? argumentAt(*info, position) : nullptr;
    }

    // Runs one function; only IllegalArgumentException (Err:502) leaves it.
    template <typename Compute> uno::Any call(const char* method, Compute compute) {
        std::string reason;
        try {
            return toAny(compute());
        } catch (const InvalidArgument& e) {
            reason = e.what();
            log().warn("{}: {}", displayNameOf(method), reason);
        } catch (const std::exception& e) {
            reason = std::string("internal error: ") + e.what();
            log().error("{}: {}", displayNameOf(method), reason);
        } catch (const uno::Exception& e) {
            reason = "internal error: " + toUtf8(e.Message);
            log().error("{}: {}", displayNameOf(method), reason);
        } catch (...) {
            reason = "internal error";
            log().error("{}: {}", displayNameOf(method), reason);
        }
        throw lang::IllegalArgumentException(fromUtf8(displayNameOf(method) + ": " + reason),
                                             static_cast<cppu::OWeakObject*>(this), 0);
    }

    lang::Locale locale_{"en", "US", ""};
    Language language_ = Language::English;
};

} // namespace

} // namespace condtrack::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_condtrack_FunctionsImpl_get_implementation(css::uno::XComponentContext*,
                                               const css::uno::Sequence<css::uno::Any>&) {
    return cppu::acquire(new condtrack::uno::Functions());
}
