#include "dialogs/decision_dialog.hxx"

#include "dialogs/dialog_builder.hxx"
#include "office/any_conversion.hxx"
#include "office/office_context.hxx"
#include "text/keys.hpp"
#include "text/messages.hpp"
#include "text/strings.hpp"
#include "tracker/year_entry.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

namespace {

// The decision list's items after "(unchanged)", as the sheet stores them.
constexpr const char* kDecisionWords[] = {"", "reallocate", "transfer", "reassess"};

void addButtons(DialogBuilder& b, sal_Int32 y, Language language) {
    b.okCancel(std::string(tr(STR_DLG_RECORD, language)), std::string(tr(STR_DLG_CANCEL, language)),
               234, y);
}

} // namespace

std::vector<std::string> indicatorItems(const TrackerModel& model) {
    std::vector<std::string> items;
    for (const auto& indicator : model.indicators)
        items.push_back(indicator.id + "  " + shortened(indicator.title, 50));
    return items;
}

std::vector<std::string> yearItems(const TrackerModel& model, std::optional<int> year,
                                   sal_Int16& chosen, Language language) {
    std::vector<std::string> years;
    chosen = 0;
    for (std::size_t i = 0; i < model.years.size(); ++i) {
        const std::string number = std::to_string(model.years[i].year);
        years.push_back(model.years[i].closed ? tr(STR_DLG_YEAR_CLOSED, language, {number})
                                              : number);
        if (year && model.years[i].year == *year) chosen = static_cast<sal_Int16>(i);
    }
    return years;
}

std::optional<DecisionRequest> askDecision(const uno::Reference<uno::XComponentContext>& context,
                                           const uno::Reference<awt::XWindow>& parent,
                                           const TrackerModel& model, std::optional<int> year,
                                           Language language) {
    const auto T = [language](TranslateId message) { return std::string(tr(message, language)); };
    const std::vector<std::string> indicators = indicatorItems(model);
    sal_Int16 yearPos = 0;
    const std::vector<std::string> years = yearItems(model, year, yearPos, language);
    const std::vector<std::string> decisions{
        T(STR_DLG_UNCHANGED), T(STR_DLG_DECISION_NONE), T(STR_DLG_DECISION_REALLOCATE),
        T(STR_DLG_DECISION_TRANSFER), T(STR_DLG_DECISION_REASSESS)};
    DialogBuilder b(context);
    b.size(T(STR_DLG_DECISION_TITLE), 240, 172);
    FormRows rows(b, 6);
    rows.list("Indicator", T(STR_DLG_INDICATOR), indicators, 0);
    rows.list("Year", T(STR_DLG_YEAR), years, yearPos);
    rows.list("Decision", T(STR_DLG_DECISION), decisions, 0);
    rows.field("RequestedOn", T(STR_DLG_REQUESTED_ON), "Edit", {});
    rows.field("ApprovedOn", T(STR_DLG_APPROVED_ON), "Edit", {});
    rows.field("ApprovalRef", T(STR_DLG_APPROVAL_REF), "Edit", {});
    rows.field("Reason", T(STR_DLG_REOPEN_REASON), "Edit", {});
    const sal_Int32 y = rows.y();
    b.add("FixedText", "DateHint", 6, y + 2, 228, 10,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_DATE_HINT)))}});
    b.add("FixedText", "BlankHint", 6, y + 14, 228, 10,
          {{"Label", uno::Any(fromUtf8(T(STR_DLG_BLANK_HINT)))}});
    addButtons(b, y + 30, language);

    const auto dialog = b.create(parent);
    const DialogGuard guard{dialog};
    const uno::Reference<awt::XControlContainer> fields(dialog, uno::UNO_QUERY_THROW);
    // Until the person cancels or types dates: a date that is not one is
    // said, and the dialog comes back with everything they typed.
    DecisionRequest request;
    for (bool datesRead = false; !datesRead;) {
        if (uno::Reference<awt::XDialog>(dialog, uno::UNO_QUERY_THROW)->execute() != 1)
            return std::nullopt;
        datesRead = true;
        for (const auto& [name, field] : {std::pair{"RequestedOn", &request.requestedOn},
                                          std::pair{"ApprovedOn", &request.approvedOn}}) {
            const std::string typed = toUtf8(textOf(fields, name).trim());
            field->reset(); // blank: the cell stays as it is
            if (typed.empty()) continue;
            const auto date = parseIsoDate(typed);
            if (!date) {
                tellUser(parent, "condtrack", say(Message::NotADate, language, typed), true);
                datesRead = false;
                break;
            }
            field->emplace(*date);
        }
    }
    const sal_Int16 indicator = selected(fields, "Indicator");
    const sal_Int16 chosen = selected(fields, "Year");
    if (indicator < 0 || chosen < 0) return std::nullopt;
    request.indicator = model.indicators.at(static_cast<std::size_t>(indicator)).id;
    request.year = model.years.at(static_cast<std::size_t>(chosen)).year;
    if (const sal_Int16 decision = selected(fields, "Decision"); decision > 0)
        request.decision = kDecisionWords[decision - 1];
    if (const auto ref = toUtf8(textOf(fields, "ApprovalRef").trim()); !ref.empty())
        request.approvalRef = ref;
    request.reason = toUtf8(textOf(fields, "Reason").trim());
    return request;
}

} // namespace condtrack::uno
