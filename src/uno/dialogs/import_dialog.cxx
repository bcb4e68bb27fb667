#include "dialogs/import_dialog.hxx"

#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "text/keys.hpp"
#include "text/strings.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XDialog.hpp>

namespace condtrack::uno {

namespace uno = css::uno;

namespace awt = css::awt;

namespace {

std::string pick(Language language, TranslateId message) {
    return std::string(tr(message, language));
}

void buttons(DialogBuilder& b, sal_Int32 right, sal_Int32 y, const std::string& ok,
             Language language) {
    b.add("Button", "OK", right - 106, y, 50, 14,
          {{"Label", uno::Any(fromUtf8(ok))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))},
           {"DefaultButton", uno::Any(true)}});
    b.add("Button", "Cancel", right - 50, y, 50, 14,
          {{"Label", uno::Any(fromUtf8(pick(language, STR_DLG_CANCEL)))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))}});
}

} // namespace

std::optional<std::size_t> chooseActivity(const uno::Reference<uno::XComponentContext>& context,
                                          const uno::Reference<awt::XWindow>& parent,
                                          const std::vector<IatiActivitySummary>& activities,
                                          Language language) {
    std::vector<std::string> lines;
    for (const auto& a : activities)
        lines.push_back(
            a.identifier + "  " + shortened(a.title, 60) + "  (" +
            count(STR_DLG_ACTIVITY_INDICATORS, language, static_cast<unsigned long>(a.indicators)) +
            ")");
    uno::Sequence<sal_Int16> first(1);
    first.getArray()[0] = 0;
    DialogBuilder b(context);
    b.size(pick(language, STR_DLG_ACTIVITY_TITLE), 280, 150);
    b.add("FixedText", "Label", 6, 6, 268, 10,
          {{"Label", uno::Any(fromUtf8(pick(language, STR_DLG_ACTIVITY_LABEL)))}});
    b.add("ListBox", "Activity", 6, 18, 268, 104,
          {{"StringItemList", uno::Any(items(lines))}, {"SelectedItems", uno::Any(first)}});
    buttons(b, 274, 130, pick(language, STR_DLG_NEXT), language);
    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
        return std::nullopt;
    const sal_Int16 chosen =
        selected(uno::Reference<awt::XControlContainer>(dialog, uno::UNO_QUERY_THROW), "Activity");
    if (chosen < 0 || static_cast<std::size_t>(chosen) >= activities.size()) return std::nullopt;
    return static_cast<std::size_t>(chosen);
}

bool confirmImport(const uno::Reference<uno::XComponentContext>& context,
                   const uno::Reference<awt::XWindow>& parent, const std::string& where,
                   const std::string& activity, const std::string& preview, Language language) {
    const auto newline = preview.find('\n');
    const std::string counts = preview.substr(0, newline);
    const std::string details =
        activity + "\n\n" + (newline == std::string::npos ? "" : preview.substr(newline + 1));
    DialogBuilder b(context);
    b.size(pick(language, STR_DLG_IMPORT_TITLE), 320, 220);
    b.add("FixedText", "Where", 6, 6, 308, 10, {{"Label", uno::Any(fromUtf8(where))}});
    b.add("FixedText", "Counts", 6, 18, 308, 10, {{"Label", uno::Any(fromUtf8(counts))}});
    b.add("Edit", "Details", 6, 32, 308, 160,
          {{"Text", uno::Any(fromUtf8(details))},
           {"MultiLine", uno::Any(true)},
           {"ReadOnly", uno::Any(true)},
           {"VScroll", uno::Any(true)},
           {"HScroll", uno::Any(true)}});
    buttons(b, 314, 200, pick(language, STR_DLG_IMPORT), language);
    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    return uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() == 1;
}

bool confirmOtherActivity(const uno::Reference<uno::XComponentContext>& context,
                          const uno::Reference<awt::XWindow>& parent, const std::string& activity,
                          Language language) {
    DialogBuilder b(context);
    b.size(pick(language, STR_DLG_OTHER_ACTIVITY_TITLE), 320, 130);
    b.add("FixedText", "Activity", 6, 6, 308, 86,
          {{"Label", uno::Any(fromUtf8(activity))}, {"MultiLine", uno::Any(true)}});
    b.add("FixedText", "Question", 6, 94, 308, 10,
          {{"Label", uno::Any(fromUtf8(pick(language, STR_DLG_OTHER_ACTIVITY_QUESTION)))}});
    // Cancel is the default: Enter alone never writes another activity's values.
    b.add("Button", "OK", 314 - 126, 110, 70, 14,
          {{"Label", uno::Any(fromUtf8(pick(language, STR_DLG_IMPORT_ANYWAY)))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_OK))}});
    b.add("Button", "Cancel", 314 - 50, 110, 50, 14,
          {{"Label", uno::Any(fromUtf8(pick(language, STR_DLG_CANCEL)))},
           {"PushButtonType", uno::Any(sal_Int16(awt::PushButtonType_CANCEL))},
           {"DefaultButton", uno::Any(true)}});
    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    return uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() == 1;
}

} // namespace condtrack::uno
