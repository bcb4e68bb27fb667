#include "dialogs/assessment_dialog.hxx"

#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "office/office_context.hxx"
#include "rules/errors.hpp"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "text/strings.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

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

std::optional<AssessmentRequest>
askAssessment(const uno::Reference<uno::XComponentContext>& context,
              const uno::Reference<awt::XWindow>& parent, const TrackerModel& model,
              std::optional<int> year, Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    std::vector<std::string> indicators;
    for (const auto& indicator : model.indicators)
        indicators.push_back(indicator.id + "  " + shortened(indicator.title, 50));
    std::vector<std::string> years;
    sal_Int16 yearPos = 0;
    for (std::size_t i = 0; i < model.years.size(); ++i) {
        const std::string number = std::to_string(model.years[i].year);
        years.push_back(model.years[i].closed ? tr(STR_DLG_YEAR_CLOSED, language, {number})
                                              : number);
        if (year && model.years[i].year == *year) yearPos = static_cast<sal_Int16>(i);
    }
    uno::Sequence<sal_Int16> first(1);
    first.getArray()[0] = 0;
    uno::Sequence<sal_Int16> chosenYear(1);
    chosenYear.getArray()[0] = yearPos;

    DialogBuilder b(context);
    b.size(T(STR_DLG_RECORD_TITLE), 230, 160);
    sal_Int32 y = 6;
    auto row = [&](const char* name, const std::string& caption, const char* kind,
                   std::initializer_list<std::pair<const char*, uno::Any>> values) {
        b.add("FixedText", (std::string(name) + "Label").c_str(), 6, y + 2, 70, 10,
              {{"Label", uno::Any(fromUtf8(caption))}});
        b.add(kind, name, 80, y, 144, 12, values);
        y += 16;
    };
    row("Indicator", T(STR_DLG_INDICATOR), "ListBox",
        {{"Dropdown", uno::Any(true)},
         {"StringItemList", uno::Any(items(indicators))},
         {"SelectedItems", uno::Any(first)}});
    row("Year", T(STR_DLG_YEAR), "ListBox",
        {{"Dropdown", uno::Any(true)},
         {"StringItemList", uno::Any(items(years))},
         {"SelectedItems", uno::Any(chosenYear)}});
    row("Actual", T(STR_DLG_ACTUAL), "Edit", {});
    row("Evidence", T(STR_DLG_EVIDENCE), "Edit", {});
    row("Comment", T(STR_DLG_COMMENT), "Edit", {});
    row("Approver", T(STR_DLG_APPROVER), "Edit", {});
    row("Reason", T(STR_DLG_REOPEN_REASON), "Edit", {});
    b.add("Button", "OK", 118, y + 4, 50, 14,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_RECORD)))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
           {"DefaultButton", uno::Any(true)}});
    b.add("Button", "Cancel", 174, y + 4, 50, 14,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_CANCEL)))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});

    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
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

    AssessmentRequest request;
    const sal_Int16 indicator = selected(fields, "Indicator");
    const sal_Int16 chosen = selected(fields, "Year");
    if (indicator < 0 || chosen < 0) return std::nullopt;
    request.indicator = model.indicators.at(static_cast<std::size_t>(indicator)).id;
    request.year = model.years.at(static_cast<std::size_t>(chosen)).year;
    request.actual = *actual;
    request.evidence = toUtf8(textOf(fields, "Evidence").trim());
    request.comment = toUtf8(textOf(fields, "Comment").trim());
    request.approver = toUtf8(textOf(fields, "Approver").trim());
    request.reopenReason = toUtf8(textOf(fields, "Reason").trim());
    return request;
}

} // namespace condtrack::uno
