#include "sidebar/tranches_panel.hxx"

#include "office/any_conversion.hxx"
#include "text/catalogue.hpp"
#include "text/strings.hpp"
#include "views/notices.hpp"

namespace condtrack::uno {

namespace uno = css::uno;

using rtl::OUString;

void TranchesPanel::buildTracker(const TrackerModel& tracker, int year, Date today) {
    const TranchesView view = tranchesView(tracker, year, today, language());
    line(label(label(PanelLabel::Year) + " " + std::to_string(year), -1, true));
    for (const auto& tranche : view.tranches)
        buildTranche(tranche, tracker.layoutVersion >= 2);
    buildTotals(view);
    buildNotices(tracker);
}

// Money no tranche pays and what the reader would not apply, in red below the
// totals: they concern the whole tracker, whatever the year shown.
void TranchesPanel::buildNotices(const TrackerModel& tracker) {
    const auto notices = deckNotices(tracker, readerNotices(), currency(), language());
    if (notices.empty()) return;
    line(label(heading(std::string(tr(STR_PANEL_NOTICES, language()))), kRed, true));
    for (const auto& notice : notices)
        paragraph(notice.where.empty() ? notice.text : notice.text + " (" + notice.where + ")",
                  kRed);
}

// Version 2 only: version 1 has no base ceiling, carry-over, held or released
// amount, and its payable amount is the computed one.
void TranchesPanel::buildCarryOvers(const TrancheRow& tranche) {
    const auto word = [this](TranslateId id) { return heading(std::string(tr(id, language()))); };
    line(label(word(STR_COL_BASE_CEILING) + " " + tranche.baseCeiling.text + "   " +
               word(STR_COL_CARRIED_IN) + " " + tranche.carriedIn.text));
    line(label(word(STR_COL_HELD) + " " + tranche.held.text + "   " + word(STR_COL_RELEASED) + " " +
               tranche.released.text + "   " + word(STR_COL_PAYABLE) + " " + tranche.payable.text));
}

void TranchesPanel::buildTranche(const TrancheRow& tranche, bool carryOvers) {
    line(label(tranche.typeWord + (tranche.blocked ? "  — " + label(PanelLabel::Blocked) : ""),
               tranche.blocked ? kRed : -1, true));
    line(label(heading(label(PanelLabel::Ceiling)) + " " + tranche.ceiling.text + "   " +
               heading(label(PanelLabel::Computed)) + " " + tranche.computed.text));
    line(label(heading(label(PanelLabel::AtStake)) + " " + tranche.atStake.text + "   " +
               heading(label(PanelLabel::Transferred)) + " " + tranche.transferred.text + "   " +
               heading(label(PanelLabel::Disbursed)) + " " +
               (tranche.disbursed ? tranche.disbursed->text : std::string("—"))));
    if (carryOvers) buildCarryOvers(tranche);
    // A coloured label as the bar: a ProgressBar control runs the
    // event loop while it is created, which let refreshes nest.
    row({add("FixedText", {{"Label", uno::Any(OUString())},
                           {"BackgroundColor", uno::Any(tranche.blocked ? kRed : kGreen)}})},
        8, tranche.bar);
    for (const auto& milestone : tranche.pendingMilestones)
        line(label("  " + heading(milestone.id + " " + milestone.title) + " " +
                       milestone.statusWord +
                       (milestone.daysText.empty() ? "" : " (" + milestone.daysText + ")"),
                   milestone.status == MilestoneStatus::Overdue ? kRed : -1));
}

void TranchesPanel::buildTotals(const TranchesView& view) {
    line(label(heading(label(PanelLabel::Total)) + " " + label(PanelLabel::Ceiling) + " " +
                   view.totals.ceiling.text + " · " + label(PanelLabel::Computed) + " " +
                   view.totals.computed.text,
               -1, true));
    line(label(label(PanelLabel::AtStake) + " " + view.totals.atStake.text + " · " +
               label(PanelLabel::Transferred) + " " + view.totals.transferred.text + " · " +
               label(PanelLabel::Disbursed) + " " + view.totals.disbursed.text));
}

} // namespace condtrack::uno
