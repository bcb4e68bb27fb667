#include "dialogs/new_tracker_dialog.hxx"

#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "office/office_context.hxx"
#include "rules/errors.hpp"
#include "text/messages.hpp"
#include "text/strings.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

#include <charconv>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

namespace {

// Each language under its own name, as LibreOffice lists UI languages.
constexpr std::pair<Language, const char*> kSheetLanguages[] = {
    {Language::English, "English"},
    {Language::French, "Français"},
    {Language::Portuguese, "Português"}};

void addFields(DialogBuilder& b, const TrackerOptions& defaults, Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    const auto number = [](int value) { return uno::Any(fromUtf8(std::to_string(value))); };
    std::vector<std::string> languages;
    sal_Int16 chosen = 0;
    for (const auto& [each, name] : kSheetLanguages) {
        if (each == defaults.language) chosen = static_cast<sal_Int16>(languages.size());
        languages.emplace_back(name);
    }
    FormRows rows(b, 6);
    rows.field("FirstYear", T(STR_DLG_FIRST_YEAR), "Edit", {{"Text", number(defaults.firstYear)}});
    rows.field("Years", T(STR_DLG_YEARS), "Edit", {{"Text", number(defaults.years)}});
    rows.field("Indicators", T(STR_DLG_INDICATORS), "Edit",
               {{"Text", number(defaults.indicators)}});
    rows.field(
        "Currency", T(STR_DLG_CURRENCY), "Edit",
        {{"Text", uno::Any(fromUtf8(defaults.currency.empty() ? "EUR" : defaults.currency))}});
    rows.list("SheetLanguage", T(STR_DLG_SHEET_LANGUAGE), languages, chosen);
    b.okCancel(T(STR_DLG_CREATE), T(STR_DLG_CANCEL), 234, rows.y() + 4);
}

// A whole number as typed, or the text that is not one.
std::optional<int> wholeIn(const uno::Reference<awt::XControlContainer>& fields, const char* name,
                           std::string& notWhole) {
    const std::string typed = toUtf8(textOf(fields, name).trim());
    int value = 0;
    const auto [end, error] = std::from_chars(typed.data(), typed.data() + typed.size(), value);
    if (typed.empty() || error != std::errc() || end != typed.data() + typed.size()) {
        notWhole = typed;
        return std::nullopt;
    }
    return value;
}

// The options the fields hold, or the message that says what is wrong.
std::optional<TrackerOptions> optionsIn(const uno::Reference<awt::XControlContainer>& fields,
                                        TrackerOptions options, std::string& problem,
                                        Language language) {
    std::string notWhole;
    const auto firstYear = wholeIn(fields, "FirstYear", notWhole);
    const auto years = wholeIn(fields, "Years", notWhole);
    const auto indicators = wholeIn(fields, "Indicators", notWhole);
    if (!firstYear || !years || !indicators) {
        problem = say(Message::NotANumber, language, notWhole);
        return std::nullopt;
    }
    options.firstYear = *firstYear;
    options.years = *years;
    options.indicators = *indicators;
    options.currency = toUtf8(textOf(fields, "Currency").trim().toAsciiUpperCase());
    if (const sal_Int16 chosen = selected(fields, "SheetLanguage"); chosen >= 0)
        options.language = kSheetLanguages[chosen].first;
    try {
        options.validate();
    } catch (const InvalidArgument&) {
        problem = tr(STR_NEW_TRACKER_LIMITS, language);
        return std::nullopt;
    }
    return options;
}

} // namespace

std::optional<TrackerOptions> askNewTracker(const uno::Reference<uno::XComponentContext>& context,
                                            const uno::Reference<awt::XWindow>& parent,
                                            const TrackerOptions& defaults, Language language) {
    DialogBuilder b(context);
    b.size(std::string(tr(STR_DLG_NEW_TITLE, language)), 240, 106);
    addFields(b, defaults, language);
    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    // Until the person cancels or the options hold: what is wrong is said,
    // and the dialog comes back with everything they typed.
    for (;;) {
        if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
            return std::nullopt;
        std::string problem;
        if (auto options = optionsIn(fields, defaults, problem, language)) return options;
        tellUser(parent, "condtrack", problem, true);
    }
}

} // namespace condtrack::uno
