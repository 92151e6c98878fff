#pragma once
#include "input/kinetic_scroll.hpp"
#include "input/touch_frame.hpp"

namespace kiosk::ui {

// Connects a scrolling region to the touch screen: a finger on the region holds
// it (stopping a fling), dragging moves it, lifting flings it on. One per
// scrolling region, kept by its screen.
class ScrollDriver {
  public:
    enum class Axis { Horizontal, Vertical };
    explicit ScrollDriver(Axis axis) : axis_(axis) {}

    // Call once per frame with the region's rectangle, then read scroll().offset().
    void update(const TouchFrame* touch, const Rect& region, double dt);
    KineticScroll& scroll() { return scroll_; }
    const KineticScroll& scroll() const { return scroll_; }
    bool held() const { return held_; }
    void reset() {
        scroll_ = KineticScroll();
        held_ = false;
    }

  private:
    Axis axis_;
    KineticScroll scroll_;
    bool held_ = false;
};

}  // namespace kiosk::ui
