#include "input/gesture_recognizer.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {
namespace {

// Clock values are sums of frame times: 10.6 - 10.0 is a hair below 0.6 in
// binary, and a threshold must not be missed by that hair.
constexpr double kTimeEpsilon = 1e-9;

Point minus(Point a, Point b) {
    return {a.x - b.x, a.y - b.y};
}
float length(Point p) {
    return std::hypot(p.x, p.y);
}
bool samePoint(Point a, Point b) {
    return a.x == b.x && a.y == b.y;
}

SwipeDirection swipeDirection(Point velocity, Point travel, const GestureSettings& settings) {
    const bool horizontal = std::abs(velocity.x) >= std::abs(velocity.y);
    const float speed = horizontal ? velocity.x : velocity.y;
    const float distance = horizontal ? travel.x : travel.y;
    // The travel must point the same way as the release: a drag that went right
    // and was flicked back left at the end is not a swipe either way.
    const float distanceAlong = speed < 0 ? -distance : distance;
    if (std::abs(speed) < settings.swipeMinVelocity) return SwipeDirection::None;
    if (distanceAlong < settings.swipeMinDistance) return SwipeDirection::None;
    if (horizontal) return speed < 0 ? SwipeDirection::Left : SwipeDirection::Right;
    return speed < 0 ? SwipeDirection::Up : SwipeDirection::Down;
}

}  // namespace

GestureRecognizer::GestureRecognizer(GestureSettings settings) : settings_(settings) {}

std::vector<Gesture> GestureRecognizer::onPointer(const PointerEvent& event) {
    std::vector<Gesture> out;
    switch (event.type) {
        case PointerEvent::Type::Down:
            beginTouch(event, out);
            break;
        case PointerEvent::Type::Move:
            if (tracking()) {
                // A move can come before the frame's update(): the long press it
                // implies happened first, while the finger was still inside the slop.
                checkLongPress(event.time, out);
                addSample(event.position, event.time);
                trackMovement(event.position, event.time, out);
            }
            position_ = event.position;
            break;
        case PointerEvent::Type::Up:
            if (tracking()) endTouch(event, out);
            down_ = false;
            position_ = event.position;
            break;
    }
    return out;
}

std::vector<Gesture> GestureRecognizer::update(double now) {
    std::vector<Gesture> out;
    checkLongPress(now, out);
    return out;
}

void GestureRecognizer::cancelCurrentTouch() {
    cancelled_ = true;
    // The woken kiosk's next tap must not pair with one from before it slept.
    haveLastTap_ = false;
}

void GestureRecognizer::beginTouch(const PointerEvent& event, std::vector<Gesture>& out) {
    // A Down while already down means the Up was lost: the old touch just ends.
    down_ = true;
    cancelled_ = false;
    dragging_ = false;
    longPressed_ = false;
    start_ = position_ = event.position;
    downTime_ = event.time;
    samples_.clear();
    addSample(event.position, event.time);
    out.push_back(gesture(Gesture::Type::Press, event.time));
}

void GestureRecognizer::endTouch(const PointerEvent& event, std::vector<Gesture>& out) {
    checkLongPress(event.time, out);
    addSample(event.position, event.time);
    // The up position counts as movement, so a flick sampled only at Down and Up
    // still drags, and the Drag deltas add up to the whole way travelled.
    trackMovement(event.position, event.time, out);
    const bool quick = event.time - downTime_ <= settings_.tapMaxSeconds + kTimeEpsilon;
    if (dragging_ || longPressed_ || !quick) {
        // Whatever came between two taps keeps them from pairing.
        haveLastTap_ = false;
        if (dragging_) reportDragEnd(event.time, out);
        return;
    }
    reportTap(event, out);
}

void GestureRecognizer::trackMovement(Point position, double time, std::vector<Gesture>& out) {
    const Point previous = position_;
    position_ = position;
    if (!dragging_) {
        // A long press owns the touch: the header promises Tap, LongPress or a
        // drag, never two of them.
        if (longPressed_ || length(minus(position, start_)) <= settings_.tapSlop) return;
        dragging_ = true;
        Gesture start = gesture(Gesture::Type::DragStart, time);
        start.delta = minus(position, start_);
        out.push_back(start);
        return;
    }
    if (samePoint(position, previous)) return;
    Gesture drag = gesture(Gesture::Type::Drag, time);
    drag.delta = minus(position, previous);
    out.push_back(drag);
}

void GestureRecognizer::checkLongPress(double now, std::vector<Gesture>& out) {
    if (!tracking() || dragging_ || longPressed_) return;
    if (now - downTime_ + kTimeEpsilon < settings_.longPressSeconds) return;
    longPressed_ = true;
    out.push_back(gesture(Gesture::Type::LongPress, now));
}

void GestureRecognizer::reportTap(const PointerEvent& event, std::vector<Gesture>& out) {
    out.push_back(gesture(Gesture::Type::Tap, event.time));
    // The pause is measured from the first Up to the second Down, so how long the
    // second finger rests (already bounded by tapMaxSeconds) does not count.
    const bool doubleTap =
        haveLastTap_ && downTime_ - lastTapTime_ <= settings_.doubleTapSeconds + kTimeEpsilon &&
        length(minus(event.position, lastTapPosition_)) <= settings_.doubleTapSlop;
    if (doubleTap) {
        out.push_back(gesture(Gesture::Type::DoubleTap, event.time));
        // A third tap starts a new pair instead of pairing with the second.
        haveLastTap_ = false;
        return;
    }
    haveLastTap_ = true;
    lastTapPosition_ = event.position;
    lastTapTime_ = event.time;
}

void GestureRecognizer::reportDragEnd(double time, std::vector<Gesture>& out) {
    Gesture end = gesture(Gesture::Type::DragEnd, time);
    end.velocity = velocityAt(time);
    out.push_back(end);
    const SwipeDirection direction =
        swipeDirection(end.velocity, minus(position_, start_), settings_);
    if (direction == SwipeDirection::None) return;
    Gesture swipe = end;
    swipe.type = Gesture::Type::Swipe;
    swipe.direction = direction;
    out.push_back(swipe);
}

void GestureRecognizer::addSample(Point position, double time) {
    samples_.push_back({position, time});
    // Only the velocity window is ever read; a long drag must not grow the list.
    const double oldest = time - settings_.velocityWindowSeconds - kTimeEpsilon;
    const auto firstKept = std::find_if(samples_.begin(), samples_.end(),
                                        [oldest](const Sample& s) { return s.time >= oldest; });
    samples_.erase(samples_.begin(), firstKept);
}

Point GestureRecognizer::velocityAt(double time) const {
    // From the oldest to the newest sample of the window: simple, and a finger
    // that stopped before lifting has samples at rest that bring it to zero.
    const double oldest = time - settings_.velocityWindowSeconds - kTimeEpsilon;
    const auto first = std::find_if(samples_.begin(), samples_.end(),
                                    [oldest](const Sample& s) { return s.time >= oldest; });
    if (first == samples_.end() || first + 1 == samples_.end()) return {};
    const Sample& last = samples_.back();
    const double seconds = last.time - first->time;
    if (seconds <= 0.0) return {};
    const Point moved = minus(last.position, first->position);
    return {static_cast<float>(moved.x / seconds), static_cast<float>(moved.y / seconds)};
}

Gesture GestureRecognizer::gesture(Gesture::Type type, double time) const {
    Gesture g;
    g.type = type;
    g.position = position_;
    g.start = start_;
    g.time = time;
    return g;
}

}  // namespace kiosk
