#pragma once
#include "input/pointer_event.hpp"
#include "input/rect.hpp"

namespace kiosk {

// The hidden gesture that asks for the staff PIN: tap the four corners of the
// screen clockwise, starting top left (top left, top right, bottom right,
// bottom left), within a few seconds. Visitors' taps land on content, which
// sits away from the corners; a tap anywhere else starts the sequence over.
// It only watches touches: they still reach whatever lies under them.
struct StaffGestureSettings {
    // Side of each corner's square, as a fraction of the screen's shorter side.
    float cornerFraction = 0.12f;
    // The four taps must all fall within this many seconds.
    double withinSeconds = 6.0;
    // Longest press that still counts as a tap.
    double maxTapSeconds = 0.8;
};

class StaffGesture {
  public:
    explicit StaffGesture(StaffGestureSettings settings = {}) : settings_(settings) {}

    // True on the release that completes the gesture.
    bool onPointer(const PointerEvent& event, const Rect& screen);
    // Which corner the next tap must hit (0..3), for tests and the manual.
    int progress() const { return next_; }

  private:
    int cornerAt(Point p, const Rect& screen) const;

    StaffGestureSettings settings_;
    int next_ = 0;
    double firstTapAt_ = 0.0;
    int downCorner_ = -1;
    double downAt_ = 0.0;
};

}  // namespace kiosk
