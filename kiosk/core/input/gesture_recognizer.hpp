#pragma once
#include <vector>

#include "input/pointer_event.hpp"

namespace kiosk {

// Thresholds of the gesture recognizer. Distances are in pixels; the app scales
// them with the screen (they are given here for a 1080 px short side).
struct GestureSettings {
    // A touch that moves less than this stays a tap or long press.
    float tapSlop = 20.0f;
    // A tap is released within this many seconds of going down.
    double tapMaxSeconds = 0.5;
    // A second tap within this time and distance of the first is a double tap.
    double doubleTapSeconds = 0.35;
    float doubleTapSlop = 60.0f;
    // Held this long without moving: a long press (fires while still held).
    double longPressSeconds = 0.6;
    // A drag released at least this fast (px/s) and far, mostly horizontally or
    // vertically, is also a swipe in that direction.
    float swipeMinVelocity = 600.0f;
    float swipeMinDistance = 80.0f;
    // Velocity at release is estimated from the samples of the last this-many seconds.
    double velocityWindowSeconds = 0.1;
};

enum class SwipeDirection { None, Left, Right, Up, Down };

// What the recognizer reports. Every touch produces Press first (for pressed
// feedback in the same frame), then either Tap (and possibly DoubleTap after it)
// or LongPress, or DragStart, Drag..., DragEnd (and possibly Swipe after it).
struct Gesture {
    enum class Type { Press, Tap, DoubleTap, LongPress, DragStart, Drag, DragEnd, Swipe };
    Type type = Type::Press;
    Point position;  // where the pointer is now (for Tap: where it went up)
    Point start;     // where this touch went down
    Point delta;     // Drag: movement since the previous Drag/DragStart
    Point velocity;  // DragEnd, Swipe: px per second at release
    SwipeDirection direction = SwipeDirection::None;  // Swipe only
    double time = 0.0;
};

// Turns pointer samples into taps, double taps, long presses, drags and swipes.
// Plain logic on a caller-supplied clock: feed events with onPointer() and call
// update(now) every frame so that a long press fires while the finger rests.
class GestureRecognizer {
  public:
    explicit GestureRecognizer(GestureSettings settings = {});

    // Gestures caused by this event, in order.
    std::vector<Gesture> onPointer(const PointerEvent& event);
    // Gestures that time alone causes (LongPress).
    std::vector<Gesture> update(double now);

    // True while a pointer is down (for pressed feedback).
    bool pointerDown() const { return down_; }
    Point pointerPosition() const { return position_; }
    // Drops the current touch: nothing more is reported for it until it is
    // released and a new one starts (used when the first touch only wakes the kiosk).
    void cancelCurrentTouch();

  private:
    struct Sample {
        Point position;
        double time;
    };
    Point velocityAt(double time) const;
    void beginTouch(const PointerEvent& event, std::vector<Gesture>& out);
    void endTouch(const PointerEvent& event, std::vector<Gesture>& out);
    void trackMovement(Point position, double time, std::vector<Gesture>& out);
    void checkLongPress(double now, std::vector<Gesture>& out);
    void reportTap(const PointerEvent& event, std::vector<Gesture>& out);
    void reportDragEnd(double time, std::vector<Gesture>& out);
    void addSample(Point position, double time);
    Gesture gesture(Gesture::Type type, double time) const;
    // Only a touch that is down and not cancelled is interpreted.
    bool tracking() const { return down_ && !cancelled_; }

    GestureSettings settings_;
    bool down_ = false;
    bool cancelled_ = false;
    bool dragging_ = false;
    bool longPressed_ = false;
    Point start_, position_;
    double downTime_ = 0.0;
    std::vector<Sample> samples_;
    bool haveLastTap_ = false;
    Point lastTapPosition_;
    double lastTapTime_ = 0.0;
};

}  // namespace kiosk
