#include "dialogs/condition_dialog.hxx"

#include "dialogs/decision_dialog.hxx"
#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "text/keys.hpp"
#include "text/strings.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

namespace {

// The verdict list's items after "(unchanged)", as the sheet stores them.
constexpr const char* kVerdictWords[] = {"", "met", "not met"};

} // namespace

std::optional<ConditionRequest> askCondition(const uno::Reference<uno::XComponentContext>& context,
                                             const uno::Reference<awt::XWindow>& parent,
                                             const TrackerModel& model, std::optional<int> year,
                                             Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    std::vector<std::string> conditions;
    for (const auto& condition : model.conditions)
        conditions.push_back(condition.id + "  " + shortened(condition.text, 50));
    sal_Int16 yearPos = 0;
    const std::vector<std::string> years = yearItems(model, year, yearPos, language);
    const std::vector<std::string> verdicts{T(STR_DLG_UNCHANGED), T(STR_DLG_VERDICT_NONE),
                                            T(STR_DLG_VERDICT_MET), T(STR_DLG_VERDICT_NOT_MET)};
    DialogBuilder b(context);
    b.size(T(STR_DLG_CONDITION_TITLE), 240, 144);
    FormRows rows(b, 6);
    rows.list("Condition", T(STR_DLG_CONDITION), conditions, 0);
    rows.list("Year", T(STR_DLG_YEAR), years, yearPos);
    rows.list("Verdict", T(STR_DLG_VERDICT), verdicts, 0);
    rows.field("Evidence", T(STR_DLG_EVIDENCE), "Edit", {});
    rows.field("Notes", T(STR_DLG_NOTES), "Edit", {});
    rows.field("Reason", T(STR_DLG_REOPEN_REASON), "Edit", {});
    sal_Int32 y = rows.y();
    b.add("FixedText", "BlankHint", 6, y + 2, 228, 10,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_BLANK_HINT)))}});
    y += 14;
    b.okCancel(T(STR_DLG_RECORD), T(STR_DLG_CANCEL), 234, y + 4);

    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
        return std::nullopt;
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    const sal_Int16 condition = selected(fields, "Condition");
    const sal_Int16 chosen = selected(fields, "Year");
    if (condition < 0 || chosen < 0) return std::nullopt;
    ConditionRequest request;
    request.condition = model.conditions.at(static_cast<std::size_t>(condition)).id;
    request.year = model.years.at(static_cast<std::size_t>(chosen)).year;
    if (const sal_Int16 verdict = selected(fields, "Verdict"); verdict > 0)
        request.verdict = kVerdictWords[verdict - 1];
    if (const auto text = toUtf8(textOf(fields, "Evidence").trim()); !text.empty())
        request.evidence = text;
    if (const auto text = toUtf8(textOf(fields, "Notes").trim()); !text.empty())
        request.notes = text;
    request.reason = toUtf8(textOf(fields, "Reason").trim());
    return request;
}

} // namespace condtrack::uno
