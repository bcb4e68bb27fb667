#include "dialogs/assessment_dialog.hxx"

#include "dialogs/decision_dialog.hxx"
#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "office/office_context.hxx"
#include "rules/errors.hpp"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "text/strings.hpp"
#include "views/panels.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XItemListener.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <cctype>
#include <cmath>
#include <cstdlib>

namespace condtrack::uno {

namespace uno = css::uno;

namespace awt = css::awt;
using rtl::OUString;

namespace {

// The actual typed: blank (pending), or a finite number with a decimal point
// or comma; nullopt when it is neither.
std::optional<std::optional<double>> parseActual(const std::string& typed) {
    if (typed.empty()) return std::optional<double>{};
    std::string normalised = typed;
    for (char& c : normalised) {
        if (c == ',') c = '.'; // French decimal comma
        // strtod would also read "inf", "nan" and hexadecimal.
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+' ||
              c == 'e' || c == 'E'))
            return std::nullopt;
    }
    char* end = nullptr;
    const double value = std::strtod(normalised.c_str(), &end);
    if (end == normalised.c_str() || *end != '\0' || !std::isfinite(value)) return std::nullopt;
    return std::optional<double>(value);
}

} // namespace

namespace {

// "Baseline 0, target 100, current value 45" for each indicator and year, so
// the person sees what the value they type will be scored against.
std::vector<std::vector<std::string>> contextLines(const TrackerModel& model, Language language) {
    const auto shown = [language](const std::optional<double>& value) {
        return value ? formatNumber(*value, 6, language) : std::string("—");
    };
    std::vector<std::vector<std::string>> lines;
    for (const auto& indicator : model.indicators) {
        auto& perYear = lines.emplace_back();
        for (const auto& year : indicator.years)
            perYear.push_back(
                tr(STR_DLG_ASSESSMENT_CONTEXT, language,
                   {shown(indicator.baseline), shown(year.target), shown(year.actual)}));
    }
    return lines;
}

// Keeps the context line in step with the indicator and year chosen.
class ContextLine : public cppu::WeakImplHelper1<awt::XItemListener> {
  public:
    ContextLine(std::vector<std::vector<std::string>> lines,
                uno::Reference<awt::XControlContainer> fields)
        : lines_(std::move(lines)), fields_(std::move(fields)) {}

    void update() {
        const sal_Int16 indicator = selected(fields_, "Indicator");
        const sal_Int16 year = selected(fields_, "Year");
        std::string text;
        if (indicator >= 0 && static_cast<std::size_t>(indicator) < lines_.size() && year >= 0 &&
            static_cast<std::size_t>(year) < lines_[std::size_t(indicator)].size())
            text = lines_[std::size_t(indicator)][std::size_t(year)];
        uno::Reference<awt::XFixedText>(fields_->getControl("Context"), uno::UNO_QUERY_THROW)
            ->setText(fromUtf8(text));
    }
    void SAL_CALL itemStateChanged(const awt::ItemEvent&) override { update(); }
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

  private:
    std::vector<std::vector<std::string>> lines_;
    uno::Reference<awt::XControlContainer> fields_;
};

void addFields(DialogBuilder& b, const TrackerModel& model, std::optional<int> year,
               std::size_t indicator, Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    sal_Int16 yearPos = 0;
    const std::vector<std::string> years = yearItems(model, year, yearPos, language);
    FormRows rows(b, 6);
    rows.list("Indicator", T(STR_DLG_INDICATOR), indicatorItems(model),
              static_cast<sal_Int16>(indicator));
    rows.list("Year", T(STR_DLG_YEAR), years, yearPos);
    b.add("FixedText", "Context", 6, rows.y(), 228, 10, {});
    FormRows more(b, rows.y() + 14);
    more.field("Actual", T(STR_DLG_ACTUAL), "Edit", {});
    more.field("Evidence", T(STR_DLG_EVIDENCE), "Edit", {});
    more.field("Comment", T(STR_DLG_COMMENT), "Edit", {});
    more.field("Approver", T(STR_DLG_APPROVER), "Edit", {});
    more.field("Reason", T(STR_DLG_REOPEN_REASON), "Edit", {});
    b.okCancel(T(STR_DLG_RECORD), T(STR_DLG_CANCEL), 234, more.y() + 4);
}

void listen(const uno::Reference<awt::XControlContainer>& fields,
            const uno::Reference<awt::XItemListener>& listener) {
    for (const char* name : {"Indicator", "Year"})
        uno::Reference<awt::XListBox>(fields->getControl(OUString::createFromAscii(name)),
                                      uno::UNO_QUERY_THROW)
            ->addItemListener(listener);
}

AssessmentRequest requestFrom(const uno::Reference<awt::XControlContainer>& fields,
                              const TrackerModel& model, sal_Int16 indicator, sal_Int16 year,
                              std::optional<double> actual) {
    AssessmentRequest request;
    request.indicator = model.indicators.at(static_cast<std::size_t>(indicator)).id;
    request.year = model.years.at(static_cast<std::size_t>(year)).year;
    request.actual = actual;
    request.evidence = toUtf8(textOf(fields, "Evidence").trim());
    request.comment = toUtf8(textOf(fields, "Comment").trim());
    request.approver = toUtf8(textOf(fields, "Approver").trim());
    request.reopenReason = toUtf8(textOf(fields, "Reason").trim());
    return request;
}

} // namespace

std::optional<AssessmentRequest>
askAssessment(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<awt::XWindow>& parent, const TrackerModel& model,
              std::optional<int> year, std::optional<std::size_t> indicator, Language language) {
    DialogBuilder b(context);
    b.size(std::string(tr(STR_DLG_RECORD_TITLE, language)), 240, 156);
    addFields(b, model, year, indicator.value_or(0), language);
    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    const rtl::Reference<ContextLine> contextLine(
        new ContextLine(contextLines(model, language), fields));
    contextLine->update();
    listen(fields, uno::Reference<awt::XItemListener>(contextLine.get()));
    // Until the person cancels or gives a number: a value that is not one is
    // said, and the dialog comes back with everything they typed.
    std::optional<std::optional<double>> actual;
    while (!actual) {
        if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
            return std::nullopt;
        const std::string typed = toUtf8(textOf(fields, "Actual").trim());
        actual = parseActual(typed);
        if (!actual) tellUser(parent, "condtrack", say(Message::NotANumber, language, typed), true);
    }
    const sal_Int16 chosenIndicator = selected(fields, "Indicator");
    const sal_Int16 chosenYear = selected(fields, "Year");
    if (chosenIndicator < 0 || chosenYear < 0) return std::nullopt;
    return requestFrom(fields, model, chosenIndicator, chosenYear, *actual);
}

} // namespace condtrack::uno
