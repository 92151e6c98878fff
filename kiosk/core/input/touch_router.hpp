#pragma once
#include <vector>

#include "input/gesture_recognizer.hpp"
#include "input/pointer_event.hpp"
#include "input/touch_frame.hpp"

namespace kiosk {

// The two audiences of the touch screen: visitors' screens, and the staff's
// PIN pad and panel when they cover them. Each has its own recognizer, so a
// touch half-done on one side never turns into a gesture on the other.
enum class TouchSide { Visitor, Staff };

// Where the app sends one pointer event.
enum class TouchDestination {
    Visitor,        // to the visitors' screens
    VisitorWaking,  // a touch down that only wakes the kiosk (or answers "still
                    // there?"): tracked, but nothing under it is pressed, now
                    // or until it lifts
    Staff,          // to the staff's pad or panel
    Nobody          // a dark screen: nothing to touch
};

// One side's touches between two frames.
struct SideTouches {
    TouchFrame frame;
    int taps = 0;  // tap gestures in it (visitor statistics count them)
};

// The touch pipeline: pointer events in, per side and per frame one
// TouchFrame out. Plain logic on the events' clock.
class TouchRouter {
  public:
    explicit TouchRouter(const GestureSettings& settings);

    void route(const PointerEvent& event, TouchDestination to);
    // Gestures that come of time passing (a long press) for `side`.
    void update(TouchSide side, double now);
    // Everything `side` got since the last take, as one frame.
    SideTouches take(TouchSide side);
    // Drops what `side` got and not yet taken.
    void drop(TouchSide side) { channel(side).pending.clear(); }
    // Ends the touch in progress on `side` (it turns into nothing) and drops
    // what was pending.
    void cancel(TouchSide side);

    // The current visitor touch woke the kiosk: screens see none of it.
    bool swallowing() const { return swallowing_; }
    bool pointerDown(TouchSide side) const { return channel(side).recognizer.pointerDown(); }

  private:
    struct Channel {
        explicit Channel(const GestureSettings& s) : recognizer(s) {}
        GestureRecognizer recognizer;
        std::vector<Gesture> pending;
        TouchFrame last;
    };
    Channel& channel(TouchSide side) { return side == TouchSide::Staff ? staff_ : visitor_; }
    const Channel& channel(TouchSide side) const {
        return side == TouchSide::Staff ? staff_ : visitor_;
    }
    void toVisitor(const PointerEvent& event, bool waking);

    Channel visitor_;
    Channel staff_;
    bool swallowing_ = false;
};

// Gesture thresholds scaled from the 1080-pixel reference to this screen.
GestureSettings gestureSettingsFor(float screenShortSide);

}  // namespace kiosk
