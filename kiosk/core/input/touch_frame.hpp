#pragma once
#include <optional>
#include <vector>

#include "input/gesture_recognizer.hpp"
#include "input/rect.hpp"

namespace kiosk {

// Everything the touch screen did since the previous frame, in the form screens
// ask about it: "was this rectangle tapped?", "is it held down?", "how far was
// the strip dragged?". Built from the recognizer's gestures; screens never see
// raw pointer events.
struct TouchFrame {
    bool down = false;      // a finger is on the screen
    bool dragging = false;  // ... and it has moved beyond the tap slop
    Point position;         // where it is (or was last)
    Point pressStart;       // where the current touch went down
    std::optional<Point> tap, doubleTap, longPress;
    Point dragDelta;  // summed over this frame's Drag events
    bool dragStarted = false, dragEnded = false;
    Point releaseVelocity;  // px/s, when dragEnded
    SwipeDirection swipe = SwipeDirection::None;

    void add(const Gesture& gesture);
    bool tappedIn(const Rect& r) const { return tap && r.contains(*tap); }
    // Pressed feedback: a finger rests inside `r` and has not turned into a drag.
    bool pressedIn(const Rect& r) const {
        return down && !dragging && r.contains(pressStart) && r.contains(position);
    }
    // A drag that began inside `r`.
    bool draggingFrom(const Rect& r) const {
        return (dragging || dragEnded) && r.contains(pressStart);
    }
};

TouchFrame touchFrameFrom(const std::vector<Gesture>& gestures, const GestureRecognizer& recognizer,
                          const TouchFrame& previous);

}  // namespace kiosk
