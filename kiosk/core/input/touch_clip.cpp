#include "input/touch_clip.hpp"

namespace kiosk {

TouchFrame touchWithin(const TouchFrame& touch, const Rect& visible) {
    TouchFrame out = touch;
    if (out.tap && !visible.contains(*out.tap)) out.tap.reset();
    if (out.doubleTap && !visible.contains(*out.doubleTap)) out.doubleTap.reset();
    // A press that began inside stays the content's (pressedIn asks where the
    // finger is now, so one that slid out presses nothing).
    if (visible.contains(touch.pressStart)) return out;
    out.longPress.reset();
    out.down = false;
    out.dragging = false;
    out.dragStarted = false;
    out.dragEnded = false;
    out.dragDelta = {};
    out.releaseVelocity = {};
    out.swipe = SwipeDirection::None;
    return out;
}

}  // namespace kiosk
