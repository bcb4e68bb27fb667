#pragma once

// The Tranches panel: for the year shown, each tranche's amounts, a bar of what
// it pays, the milestones it waits for, and the totals.

#include "sidebar/sidebar_panel.hxx"

namespace condtrack::uno {

class TranchesPanel final : public SidebarPanel {
  public:
    using SidebarPanel::SidebarPanel;

  private:
    const char* kindName() const override { return "tranches"; }
    void buildTracker(const TrackerModel& tracker, int year, Date today) override;

    void buildTranche(const TrancheRow& tranche, bool carryOvers);
    void buildCarryOvers(const TrancheRow& tranche);
    void buildTotals(const TranchesView& view);
    void buildNotices(const TrackerModel& tracker);
};

} // namespace condtrack::uno
