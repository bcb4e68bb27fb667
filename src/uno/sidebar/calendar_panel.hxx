#pragma once

// The Calendar panel: the next review, the milestones by due date and the
// tranches' request deadlines.

#include "sidebar/sidebar_panel.hxx"

namespace condtrack::uno {

class CalendarPanel final : public SidebarPanel {
  public:
    using SidebarPanel::SidebarPanel;

  private:
    const char* kindName() const override { return "calendar"; }
    void buildTracker(const TrackerModel& tracker, int year, Date today) override;

    void buildMilestoneList(const TrackerModel& tracker, const CalendarView& view);
};

} // namespace condtrack::uno
