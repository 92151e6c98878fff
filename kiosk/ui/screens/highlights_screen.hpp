#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// The highlighted events as a horizontally paged carousel of large cards:
// swipe or use the arrows; tap a card for its detail.
class HighlightsScreen : public Screen {
  public:
    void reset() override {
        page_ = 0;
        pager_.reset();
    }
    bool animating(double now) const override {
        return Screen::animating(now) || pager_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    ScrollDriver pager_{ScrollDriver::Axis::Horizontal};
    int page_ = 0;
};

}  // namespace kiosk::ui
