#pragma once

// The Indicators panel: the year selector every panel of the deck follows, the
// tracker's commands, and each indicator's status for the year.

#include "sidebar/sidebar_panel.hxx"

namespace condtrack::uno {

class IndicatorsPanel final : public SidebarPanel {
  public:
    using SidebarPanel::SidebarPanel;

  private:
    const char* kindName() const override { return "indicators"; }
    void buildWithoutTracker() override;
    void buildTracker(const TrackerModel& tracker, int year, Date today) override;
    bool keepsList() const override { return true; }
    void itemSelected(const css::uno::Reference<css::uno::XInterface>& source,
                      std::size_t index) override;
    void forgetControls() override { yearList_.clear(); }

    void buildYearSelector(const TrackerModel& tracker, int year);
    void buildActions(const TrackerModel& tracker);
    void buildIndicatorList(const TrackerModel& tracker, const IndicatorsView& view);
    void buildDecisions(const IndicatorsView& view);
    std::string tally(const IndicatorsView& view) const;
    void setYear(int year);

    std::vector<int> years_;
    css::uno::Reference<css::awt::XControl> yearList_;
};

} // namespace condtrack::uno
