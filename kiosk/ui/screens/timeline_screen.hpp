#pragma once
#include <optional>
#include <vector>

#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// Years 2014–2022 as a horizontally scrolling strip of event cards with inertia,
// category filters above and a year bar below.
class TimelineScreen : public Screen {
  public:
    void reset() override;
    bool animating(double now) const override;

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    struct Section {
        int year;  // 0 for events with no known year
        float x;   // left edge in strip coordinates
        float width;
        std::vector<const Event*> events;
    };
    std::vector<Section> layoutSections(const UiContext& ui, float cardW, float gap,
                                        int rows) const;
    Intent drawFilters(const UiContext& ui, float& bottom);
    Intent drawStrip(const UiContext& ui, const Rect& strip, const std::vector<Section>& sections,
                     float cardW, float cardH, float gap, float headerH, int rows);
    void drawYearBar(const UiContext& ui, const Rect& bar, const std::vector<Section>& sections);

    ScrollDriver strip_{ScrollDriver::Axis::Horizontal};
    std::optional<EventCategory> filter_;
};

}  // namespace kiosk::ui
