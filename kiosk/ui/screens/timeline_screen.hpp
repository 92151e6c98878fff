#pragma once
#include <optional>
#include <vector>

#include "screen.hpp"
#include "scroll_driver.hpp"
#include "session/timeline_layout.hpp"

namespace kiosk::ui {

// Years 2014–2022 as a horizontally scrolling strip of event cards with inertia,
// category filters above and a year bar below.
class TimelineScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void reset() override;
    bool animating(double now) const override;

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    Intent drawFilters(const UiContext& ui, float& bottom);
    Intent drawStrip(const UiContext& ui, const Rect& strip,
                     const std::vector<TimelineSection>& sections, const TimelineGrid& grid);
    void drawYearBar(const UiContext& ui, const Rect& bar,
                     const std::vector<TimelineSection>& sections);

    ScrollDriver strip_{ScrollDriver::Axis::Horizontal};
    std::optional<EventCategory> filter_;
    std::vector<TimelineSection> shown_;  // the last frame's years, for speech
};

}  // namespace kiosk::ui
