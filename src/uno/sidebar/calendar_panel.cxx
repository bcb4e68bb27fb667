#include "sidebar/calendar_panel.hxx"

#include "text/strings.hpp"

namespace condtrack::uno {

namespace {

std::string iconFor(MilestoneStatus status) {
    switch (status) {
    case MilestoneStatus::Overdue: return "status-notmet.png";
    case MilestoneStatus::DueSoon: return "status-partial.png";
    case MilestoneStatus::Done: return "status-met.png";
    case MilestoneStatus::DoneLate: return "status-met.png";
    case MilestoneStatus::OnTrack: return "status-pending.png";
    }
    return "status-pending.png";
}

} // namespace

void CalendarPanel::buildTracker(const TrackerModel& tracker, int year, Date today) {
    const CalendarView view = calendarView(tracker, year, today, language());
    if (view.nextReview)
        line(label(heading(label(PanelLabel::NextReview)) + " " + view.nextReview->dateText + " (" +
                       view.nextReview->daysText + ")",
                   -1, true));
    else
        line(label(label(PanelLabel::NoReview)));
    buildMilestoneList(tracker, view);
    line(label(label(PanelLabel::RequestDeadlines), -1, true));
    for (const auto& deadline : view.deadlines)
        line(label(heading(deadline.trancheText) + " " + deadline.dateText + " — " +
                       deadline.statusWord + " (" + deadline.daysText + ")",
                   deadline.status == DeadlineStatus::Passed ? kRed : -1));
    if (tracker.layoutVersion >= 2) buildConditions(view);
}

void CalendarPanel::buildConditions(const CalendarView& view) {
    const std::string year = std::to_string(view.year);
    if (view.unassessed.empty()) {
        line(label(tr(STR_PANEL_CONDITIONS_ASSESSED, language(), {year})));
        return;
    }
    line(label(heading(tr(STR_PANEL_UNASSESSED_CONDITIONS, language(), {year})), -1, true));
    for (const auto& condition : view.unassessed)
        line(label("  " + condition.id + "  " + condition.name));
}

void CalendarPanel::buildMilestoneList(const TrackerModel& tracker, const CalendarView& view) {
    StatusLines lines;
    std::vector<CellTarget> targets;
    for (const auto& milestone : view.milestones) {
        lines.emplace_back(milestone.id + "  " + milestone.title + "  " + milestone.statusWord +
                               "  " + milestone.dueText +
                               (milestone.daysText.empty() ? "" : " (" + milestone.daysText + ")"),
                           iconFor(milestone.status));
        targets.push_back({tracker.milestonesAt.sheet, milestone.sheetRow, 0});
    }
    line(label(label(PanelLabel::Milestones), -1, true));
    targetList(lines, std::move(targets),
               std::min<sal_Int32>(static_cast<sal_Int32>(lines.size()), 10));
}

} // namespace condtrack::uno
