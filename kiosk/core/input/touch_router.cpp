#include "input/touch_router.hpp"

namespace kiosk {

GestureSettings gestureSettingsFor(float screenShortSide) {
    GestureSettings s;
    const float scale = screenShortSide / 1080.0f;
    s.tapSlop *= scale;
    s.doubleTapSlop *= scale;
    s.swipeMinDistance *= scale;
    s.swipeMinVelocity *= scale;
    return s;
}

TouchRouter::TouchRouter(const GestureSettings& settings) : visitor_(settings), staff_(settings) {}

void TouchRouter::route(const PointerEvent& event, TouchDestination to) {
    switch (to) {
        case TouchDestination::Nobody:
            return;
        case TouchDestination::Staff: {
            const auto gestures = staff_.recognizer.onPointer(event);
            staff_.pending.insert(staff_.pending.end(), gestures.begin(), gestures.end());
            return;
        }
        case TouchDestination::Visitor:
            toVisitor(event, false);
            return;
        case TouchDestination::VisitorWaking:
            toVisitor(event, true);
            return;
    }
}

void TouchRouter::toVisitor(const PointerEvent& event, bool waking) {
    if (event.type == PointerEvent::Type::Down) {
        swallowing_ = waking;
        if (waking) {
            // Followed to its release so the next touch starts clean, but it
            // never becomes a gesture.
            visitor_.recognizer.onPointer(event);
            visitor_.recognizer.cancelCurrentTouch();
            return;
        }
    } else if (swallowing_) {
        visitor_.recognizer.onPointer(event);
        if (event.type == PointerEvent::Type::Up) swallowing_ = false;
        return;
    }
    const auto gestures = visitor_.recognizer.onPointer(event);
    visitor_.pending.insert(visitor_.pending.end(), gestures.begin(), gestures.end());
}

void TouchRouter::update(TouchSide side, double now) {
    Channel& c = channel(side);
    const auto timed = c.recognizer.update(now);
    c.pending.insert(c.pending.end(), timed.begin(), timed.end());
}

SideTouches TouchRouter::take(TouchSide side) {
    Channel& c = channel(side);
    SideTouches out;
    out.frame = touchFrameFrom(c.pending, c.recognizer, c.last);
    for (const Gesture& g : c.pending)
        if (g.type == Gesture::Type::Tap) ++out.taps;
    c.pending.clear();
    c.last = out.frame;
    return out;
}

void TouchRouter::cancel(TouchSide side) {
    Channel& c = channel(side);
    c.recognizer.cancelCurrentTouch();
    c.pending.clear();
}

}  // namespace kiosk
