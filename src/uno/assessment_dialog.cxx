#include "assessment_dialog.hxx"

#include "any_conversion.hxx"
#include "errors.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XControlModel.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>

#include <cstdlib>

namespace condtrack::addin {

namespace uno = css::uno;
namespace awt = css::awt;
using rtl::OUString;

namespace {

struct Texts {
    Language language;
    std::string operator()(const char* en, const char* fr) const {
        return language == Language::French ? fr : en;
    }
};

class DialogBuilder {
  public:
    explicit DialogBuilder(const uno::Reference<uno::XComponentContext>& context)
        : context_(context) {
        model_.set(context->getServiceManager()->createInstanceWithContext(
                       "com.sun.star.awt.UnoControlDialogModel", context),
                   uno::UNO_QUERY_THROW);
    }

    void size(const std::string& title, sal_Int32 width, sal_Int32 height) {
        props(model_)->setPropertyValue("Title", uno::Any(fromUtf8(title)));
        props(model_)->setPropertyValue("Width", uno::Any(width));
        props(model_)->setPropertyValue("Height", uno::Any(height));
    }

    void add(const char* kind, const char* name, sal_Int32 x, sal_Int32 y, sal_Int32 w, sal_Int32 h,
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

    uno::Reference<awt::XControl> create(const uno::Reference<awt::XWindow>& parent) {
        const uno::Reference<awt::XControl> dialog(
            context_->getServiceManager()->createInstanceWithContext(
                "com.sun.star.awt.UnoControlDialog", context_),
            uno::UNO_QUERY_THROW);
        dialog->setModel(uno::Reference<awt::XControlModel>(model_, uno::UNO_QUERY_THROW));
        dialog->createPeer(
            uno::Reference<awt::XToolkit>(awt::Toolkit::create(context_), uno::UNO_QUERY_THROW),
            uno::Reference<awt::XWindowPeer>(parent, uno::UNO_QUERY));
        return dialog;
    }

  private:
    static uno::Reference<css::beans::XPropertySet>
    props(const uno::Reference<uno::XInterface>& x) {
        return uno::Reference<css::beans::XPropertySet>(x, uno::UNO_QUERY_THROW);
    }
    uno::Reference<uno::XComponentContext> context_;
    uno::Reference<uno::XInterface> model_;
};

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

uno::Sequence<OUString> items(const std::vector<std::string>& texts) {
    uno::Sequence<OUString> out(static_cast<sal_Int32>(texts.size()));
    for (std::size_t i = 0; i < texts.size(); ++i)
        out.getArray()[i] = fromUtf8(texts[i]);
    return out;
}

} // namespace

std::optional<AssessmentRequest>
askAssessment(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<awt::XWindow>& parent, const TrackerModel& model,
              std::optional<int> year, Language language) {
    const Texts T{language};
    std::vector<std::string> indicators;
    for (const auto& indicator : model.indicators)
        indicators.push_back(indicator.id + "  " + indicator.title.substr(0, 50));
    std::vector<std::string> years;
    sal_Int16 yearPos = 0;
    for (std::size_t i = 0; i < model.years.size(); ++i) {
        years.push_back(std::to_string(model.years[i].year) +
                        (model.years[i].closed ? T(" (closed)", " (clôturée)") : ""));
        if (year && model.years[i].year == *year) yearPos = static_cast<sal_Int16>(i);
    }
    uno::Sequence<sal_Int16> first(1);
    first.getArray()[0] = 0;
    uno::Sequence<sal_Int16> chosenYear(1);
    chosenYear.getArray()[0] = yearPos;

    DialogBuilder b(context);
    b.size(T("Record assessment", "Enregistrer une appréciation"), 230, 160);
    sal_Int32 y = 6;
    auto row = [&](const char* name, const std::string& caption, const char* kind,
                   std::initializer_list<std::pair<const char*, uno::Any>> values) {
        b.add("FixedText", (std::string(name) + "Label").c_str(), 6, y + 2, 70, 10,
              {{"Label", uno::Any(fromUtf8(caption))}});
        b.add(kind, name, 80, y, 144, 12, values);
        y += 16;
    };
    row("Indicator", T("Indicator", "Indicateur"), "ListBox",
        {{"Dropdown", uno::Any(true)},
         {"StringItemList", uno::Any(items(indicators))},
         {"SelectedItems", uno::Any(first)}});
    row("Year", T("Year", "Année"), "ListBox",
        {{"Dropdown", uno::Any(true)},
         {"StringItemList", uno::Any(items(years))},
         {"SelectedItems", uno::Any(chosenYear)}});
    row("Actual", T("Actual value", "Valeur réalisée"), "Edit", {});
    row("Evidence", T("Evidence link", "Lien du justificatif"), "Edit", {});
    row("Comment", T("Comment", "Commentaire"), "Edit", {});
    row("Approver", T("Approver", "Approbateur"), "Edit", {});
    row("Reason", T("Reason to reopen", "Motif de réouverture"), "Edit", {});
    b.add("Button", "OK", 118, y + 4, 50, 14,
          {{"Label", uno::Any(fromUtf8(T("Record", "Enregistrer")))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
           {"DefaultButton", uno::Any(true)}});
    b.add("Button", "Cancel", 174, y + 4, 50, 14,
          {{"Label", uno::Any(fromUtf8(T("Cancel", "Annuler")))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});

    const auto dialog = b.create(parent);
    struct Dispose {
        uno::Reference<awt::XControl> dialog;
        ~Dispose() {
            if (uno::Reference<css::lang::XComponent> c{dialog, uno::UNO_QUERY}; c.is())
                c->dispose();
        }
    } dispose{dialog};
    if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
        return std::nullopt;

    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    AssessmentRequest request;
    const sal_Int16 indicator = selected(fields, "Indicator");
    const sal_Int16 chosen = selected(fields, "Year");
    if (indicator < 0 || chosen < 0) return std::nullopt;
    request.indicator = model.indicators.at(static_cast<std::size_t>(indicator)).id;
    request.year = model.years.at(static_cast<std::size_t>(chosen)).year;
    const std::string actual = toUtf8(textOf(fields, "Actual").trim());
    if (actual.empty()) {
        request.actual = std::optional<double>{};
    } else {
        std::string normalised = actual;
        for (char& c : normalised)
            if (c == ',') c = '.'; // French decimal comma
        char* end = nullptr;
        const double value = std::strtod(normalised.c_str(), &end);
        if (end == normalised.c_str() || *end != '\0') throw InvalidArgument("\"" + actual + "\"");
        request.actual = value;
    }
    request.evidence = toUtf8(textOf(fields, "Evidence").trim());
    request.comment = toUtf8(textOf(fields, "Comment").trim());
    request.approver = toUtf8(textOf(fields, "Approver").trim());
    request.reopenReason = toUtf8(textOf(fields, "Reason").trim());
    return request;
}

} // namespace condtrack::addin
