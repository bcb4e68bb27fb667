#include "dialogs/close_review_dialog.hxx"

#include "dialogs/decision_dialog.hxx"
#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "text/strings.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

std::optional<CloseReviewRequest>
askCloseReview(const uno::Reference<uno::XComponentContext>& context,
               const uno::Reference<awt::XWindow>& parent, const TrackerModel& model, int year,
               const std::string& notes, Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    sal_Int16 yearPos = 0;
    const std::vector<std::string> years = yearItems(model, year, yearPos, language);
    DialogBuilder b(context);
    b.size(T(STR_DLG_CLOSE_TITLE), 300, 84);
    b.add("FixedText", "Hint", 6, 6, 288, 20,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_CLOSE_HINT)))}, {"MultiLine", uno::Any(true)}});
    FormRows rows(b, 30);
    rows.list("Year", T(STR_DLG_YEAR), years, yearPos);
    rows.field("Notes", T(STR_DLG_NOTES), "Edit", {{"Text", uno::Any(fromUtf8(notes))}});
    const sal_Int32 y = rows.y() + 4;
    b.okCancel(T(STR_DLG_CLOSE_BUTTON), T(STR_DLG_CANCEL), 294, y, 60);

    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
        return std::nullopt;
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    const sal_Int16 chosen = selected(fields, "Year");
    if (chosen < 0) return std::nullopt;
    return CloseReviewRequest{model.years.at(static_cast<std::size_t>(chosen)).year,
                              toUtf8(textOf(fields, "Notes").trim())};
}

} // namespace condtrack::uno
