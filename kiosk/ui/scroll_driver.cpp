#include "scroll_driver.hpp"

namespace kiosk::ui {

void ScrollDriver::update(const TouchFrame* touch, const Rect& region, double dt) {
    if (touch) {
        const bool horizontal = axis_ == Axis::Horizontal;
        if (touch->down && region.contains(touch->pressStart) && !held_) {
            scroll_.grab();
            held_ = true;
        }
        // Content moves with the finger: dragging left scrolls towards the end.
        const float delta = horizontal ? touch->dragDelta.x : touch->dragDelta.y;
        if (held_ && (touch->dragging || touch->dragEnded)) scroll_.dragBy(-delta);
        if (held_ && !touch->down) {
            const float velocity = horizontal ? touch->releaseVelocity.x : touch->releaseVelocity.y;
            scroll_.release(touch->dragEnded ? -velocity : 0.0);
            held_ = false;
        }
    }
    scroll_.advance(dt);
}

}  // namespace kiosk::ui
