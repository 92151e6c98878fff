#pragma once
#include "input/kinetic_scroll.hpp"
#include "input/touch_frame.hpp"
#include "ui_context.hpp"

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
    Axis axis() const { return axis_; }
    void reset() {
        scroll_ = KineticScroll();
        held_ = false;
    }

  private:
    Axis axis_;
    KineticScroll scroll_;
    bool held_ = false;
};

// A scrolled region as a visitor sees it, for the time it is drawn: what is
// drawn through ui() is clipped to `view`, its touches reach only what shows
// inside `view` (a tap on the clipped part of a card at the edge presses
// nothing), and a vertical region shows the scroll cues (drawScrollCues: soft
// edges in `edgeColor`, what the region lies on, and a bar) where more lies. Construct after the driver's update(), draw the
// content through ui(), and let it go out of scope.
class ScrollView {
  public:
    ScrollView(const UiContext& ui, const Rect& view, const ScrollDriver& driver,
               uint32_t edgeColor);
    ~ScrollView();
    ScrollView(const ScrollView&) = delete;
    ScrollView& operator=(const ScrollView&) = delete;

    const UiContext& ui() const { return ui_; }

  private:
    UiContext ui_;
    TouchFrame touch_;
    Rect view_;
    const ScrollDriver& driver_;
    uint32_t edgeColor_;
};

}  // namespace kiosk::ui
