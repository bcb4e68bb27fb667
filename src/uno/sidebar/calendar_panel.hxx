#pragma once

// The Calendar panel: the next review, the milestones by due date, the
// tranches' request deadlines and (version 2) the conditions of the year not
// yet assessed.

#include "sidebar/sidebar_panel.hxx"

namespace condtrack::uno {

class CalendarPanel final : public SidebarPanel {
  public:
    using SidebarPanel::SidebarPanel;

  private:
    const char* kindName() const override { return "calendar"; }
    void buildTracker(const TrackerModel& tracker, int year, Date today) override;

    void buildMilestoneList(const TrackerModel& tracker, const CalendarView& view);
    void buildConditions(const CalendarView& view);
};

} // namespace condtrack::uno
