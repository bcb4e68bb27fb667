#include "sidebar/indicators_panel.hxx"

#include "office/any_conversion.hxx"
#include "sidebar/deck_state.hxx"
#include "text/strings.hpp"
#include "tracker/layout.hpp"

#include <com/sun/star/awt/XListBox.hpp>

#include <set>

namespace condtrack::uno {

namespace uno = css::uno;
namespace awt = css::awt;

using rtl::OUString;

namespace {

std::string iconFor(IndicatorMark mark) {
    switch (mark) {
    case IndicatorMark::Met: return "status-met.png";
    case IndicatorMark::Partial: return "status-partial.png";
    case IndicatorMark::NotMet: return "status-notmet.png";
    case IndicatorMark::Waived: return "status-waived.png";
    case IndicatorMark::Pending: return "status-pending.png";
    }
    return "status-pending.png";
}

} // namespace

void IndicatorsPanel::buildWithoutTracker() {
    line(add("FixedText", {{"Label", uno::Any(fromUtf8(label(PanelLabel::NoTracker)))},
                           {"MultiLine", uno::Any(true)}}),
         3 * kLineHeight);
    row({button(PanelLabel::NewTracker, "NewTracker"),
         button(PanelLabel::ImportIati, "ImportIati")},
        kButtonHeight);
}

void IndicatorsPanel::buildTracker(const TrackerModel& tracker, int year, Date) {
    years_ = yearsOf(tracker);
    buildYearSelector(tracker, year);
    buildActions(tracker);
    const IndicatorsView view = indicatorsView(tracker, year, language());
    line(label(tally(view)));
    buildIndicatorList(tracker, view);
    buildDecisions(view);
}

// The list's lines are wider than the deck: the year's decisions again, one
// short line each, where a narrow deck still shows them whole.
void IndicatorsPanel::buildDecisions(const IndicatorsView& view) {
    bool first = true;
    for (const auto& row : view.rows) {
        if (row.decisionText.empty()) continue;
        if (first)
            line(label(heading(tr(STR_PANEL_DECISIONS, language(), {std::to_string(view.year)})),
                       -1, true));
        first = false;
        paragraph(row.id + "  " + row.statusWord + " · " + row.decisionText);
    }
}

void IndicatorsPanel::buildYearSelector(const TrackerModel& tracker, int year) {
    auto yearLabel = label(label(PanelLabel::Year));
    uno::Sequence<OUString> names(static_cast<sal_Int32>(tracker.years.size()));
    uno::Sequence<sal_Int16> chosen(1);
    chosen.getArray()[0] = 0;
    for (std::size_t i = 0; i < tracker.years.size(); ++i) {
        names.getArray()[i] = fromUtf8(condtrack::yearLabel(tracker.years[i], language()));
        if (tracker.years[i].year == year) chosen.getArray()[0] = static_cast<sal_Int16>(i);
    }
    // Items and selection go through the model: a dropdown shows only those.
    yearList_ = add("ListBox", {{"Dropdown", uno::Any(true)},
                                {"LineCount", uno::Any(sal_Int16(8))},
                                {"StringItemList", uno::Any(names)},
                                {"SelectedItems", uno::Any(chosen)}});
    const uno::Reference<awt::XListBox> years(yearList_, uno::UNO_QUERY_THROW);
    years->addItemListener(this);
    row({yearLabel, yearList_}, kButtonHeight);
}

void IndicatorsPanel::buildActions(const TrackerModel& tracker) {
    row({button(PanelLabel::RecordAssessment, "RecordAssessment"),
         button(PanelLabel::CloseReview, "CloseReview")},
        kButtonHeight);
    // Decisions and conditions live in layout version 2: an older tracker
    // is offered the upgrade in their place.
    if (tracker.layoutVersion >= layout::v2::kVersion) {
        row({button(STR_PANEL_RECORD_DECISION, "RecordDecision"),
             button(STR_PANEL_RECORD_CONDITION, "RecordCondition")},
            kButtonHeight);
    } else {
        line(add("FixedText",
                 {{"Label", uno::Any(fromUtf8(std::string(tr(STR_PANEL_VERSION_1, language()))))},
                  {"MultiLine", uno::Any(true)}}),
             2 * kLineHeight);
        row({button(STR_PANEL_UPGRADE_TRACKER, "UpgradeTracker")}, kButtonHeight);
    }
    row({button(PanelLabel::ReviewReport, "ReviewReport"),
         button(PanelLabel::ExportIati, "ExportIati"),
         button(PanelLabel::ImportIati, "ImportIati")},
        kButtonHeight);
}

std::string IndicatorsPanel::tally(const IndicatorsView& view) const {
    return tallyText(view, language());
}

void IndicatorsPanel::buildIndicatorList(const TrackerModel& tracker, const IndicatorsView& view) {
    StatusLines lines;
    std::vector<CellTarget> targets;
    for (const auto& row : view.rows) {
        std::string text = row.id + "  " + row.title + "  ";
        if (!row.scoreText.empty()) text += row.scoreText + "  ";
        text += row.statusWord;
        // The decision beside the status: approved, it says what the status
        // word means; requested, that nothing changed yet.
        if (!row.decisionText.empty()) text += " · " + row.decisionText;
        text += "  (" + label(PanelLabel::Weight) + " " + row.weightText + ")";
        lines.emplace_back(text, iconFor(row.mark));
        targets.push_back({tracker.indicatorsAt.sheet, row.sheetRow, 0});
    }
    targetList(lines, std::move(targets),
               std::min<sal_Int32>(static_cast<sal_Int32>(lines.size()), 16));
}

void IndicatorsPanel::itemSelected(const uno::Reference<uno::XInterface>& source,
                                   std::size_t index) {
    if (source == yearList_) {
        if (index < years_.size()) setYear(years_[index]);
    } else {
        SidebarPanel::itemSelected(source, index);
    }
}

void IndicatorsPanel::setYear(int year) {
    auto& state = deck();
    if (state.year == year) return;
    state.year = year;
    const std::set<SidebarPanel*> panels = state.panels; // refreshing may add or remove
    for (SidebarPanel* panel : panels)
        panel->refresh();
}

} // namespace condtrack::uno
