#include <catch2/catch.hpp>

#include "input/gesture_recognizer.hpp"
#include "support/pointer_events.hpp"

using namespace kiosk;
using test::down;
using test::move;
using test::up;
using Type = Gesture::Type;

namespace {

std::vector<Type> types(const std::vector<Gesture>& gestures) {
    std::vector<Type> out;
    for (const Gesture& g : gestures) out.push_back(g.type);
    return out;
}

// Everything a sequence of events reports, in order.
std::vector<Gesture> feed(GestureRecognizer& recognizer, const std::vector<PointerEvent>& events) {
    std::vector<Gesture> out;
    for (const PointerEvent& e : events) {
        for (const Gesture& g : recognizer.onPointer(e)) out.push_back(g);
    }
    return out;
}

// A straight drag from (500, 500) by (dx, dy), sampled at 60 Hz, released where it stopped.
std::vector<Gesture> straightDrag(GestureRecognizer& recognizer, float dx, float dy,
                                  double seconds) {
    const int frames = static_cast<int>(seconds * 60.0 + 0.5);
    std::vector<PointerEvent> events{down(500, 500, 0.0)};
    for (int i = 1; i <= frames; ++i) {
        const float f = static_cast<float>(i) / static_cast<float>(frames);
        events.push_back(move(500 + dx * f, 500 + dy * f, i / 60.0));
    }
    events.push_back(up(500 + dx, 500 + dy, frames / 60.0));
    return feed(recognizer, events);
}

SwipeDirection swipeOf(const std::vector<Gesture>& gestures) {
    for (const Gesture& g : gestures) {
        if (g.type == Type::Swipe) return g.direction;
    }
    return SwipeDirection::None;
}

}  // namespace

TEST_CASE("A quick touch reports Press at once and Tap where it went up") {
    GestureRecognizer recognizer;
    CHECK(types(recognizer.onPointer(down(100, 200, 10.0))) == std::vector<Type>{Type::Press});
    CHECK(recognizer.pointerDown());
    const auto released = recognizer.onPointer(up(100, 200, 10.1));
    REQUIRE(types(released) == std::vector<Type>{Type::Tap});
    CHECK(released[0].position.x == 100.0f);
    CHECK(released[0].position.y == 200.0f);
    CHECK_FALSE(recognizer.pointerDown());
}

TEST_CASE("A touch that wobbles within the tap slop is still a tap") {
    GestureRecognizer recognizer;  // tapSlop 20
    const auto gestures = feed(recognizer, {down(100, 100, 0.0), move(110, 105, 0.05),
                                            move(112, 110, 0.1), up(112, 111, 0.15)});
    CHECK(types(gestures) == std::vector<Type>{Type::Press, Type::Tap});
}

TEST_CASE("A press held past tapMaxSeconds but released before a long press is nothing") {
    GestureRecognizer recognizer;  // tapMaxSeconds 0.5, longPressSeconds 0.6
    feed(recognizer, {down(100, 100, 0.0)});
    CHECK(recognizer.update(0.3).empty());
    CHECK(recognizer.onPointer(up(100, 100, 0.55)).empty());
}

TEST_CASE("Two quick taps close together are a double tap, a third starts a new pair") {
    GestureRecognizer recognizer;  // doubleTapSeconds 0.35, doubleTapSlop 60
    CHECK(types(feed(recognizer, {down(300, 300, 1.0), up(300, 300, 1.08)})) ==
          std::vector<Type>{Type::Press, Type::Tap});
    // The pause counts from the first Up to the second Down (0.30 s here), even
    // though the two Ups are 0.38 s apart.
    CHECK(types(feed(recognizer, {down(320, 310, 1.38), up(320, 310, 1.46)})) ==
          std::vector<Type>{Type::Press, Type::Tap, Type::DoubleTap});
    CHECK(types(feed(recognizer, {down(320, 310, 1.6), up(320, 310, 1.65)})) ==
          std::vector<Type>{Type::Press, Type::Tap});
    CHECK(types(feed(recognizer, {down(320, 310, 1.8), up(320, 310, 1.85)})) ==
          std::vector<Type>{Type::Press, Type::Tap, Type::DoubleTap});
}

TEST_CASE("Taps too far apart in time or space are not a double tap") {
    SECTION("too slow") {
        GestureRecognizer recognizer;
        feed(recognizer, {down(300, 300, 1.0), up(300, 300, 1.08)});
        CHECK(types(feed(recognizer, {down(300, 300, 1.5), up(300, 300, 1.55)})) ==
              std::vector<Type>{Type::Press, Type::Tap});
    }
    SECTION("too far") {
        GestureRecognizer recognizer;
        feed(recognizer, {down(300, 300, 1.0), up(300, 300, 1.08)});
        CHECK(types(feed(recognizer, {down(380, 300, 1.2), up(380, 300, 1.25)})) ==
              std::vector<Type>{Type::Press, Type::Tap});
    }
    SECTION("a drag in between") {
        GestureRecognizer recognizer;
        feed(recognizer, {down(300, 300, 1.0), up(300, 300, 1.05)});
        feed(recognizer, {down(300, 300, 1.1), move(400, 300, 1.15), up(400, 300, 1.2)});
        CHECK(types(feed(recognizer, {down(300, 300, 1.3), up(300, 300, 1.35)})) ==
              std::vector<Type>{Type::Press, Type::Tap});
    }
}

TEST_CASE("A long press fires from update() while held, once, and then no tap follows") {
    GestureSettings settings;
    settings.tapMaxSeconds = 1.0;            // so that the release would otherwise be a tap
    GestureRecognizer recognizer(settings);  // longPressSeconds 0.6
    feed(recognizer, {down(200, 200, 10.0), move(205, 203, 10.2)});
    CHECK(recognizer.update(10.3).empty());
    CHECK(recognizer.update(10.59).empty());
    const auto fired = recognizer.update(10.6);  // exactly the threshold on a sum of floats
    REQUIRE(types(fired) == std::vector<Type>{Type::LongPress});
    CHECK(fired[0].position.x == 205.0f);
    CHECK(fired[0].time == 10.6);
    CHECK(recognizer.update(10.7).empty());
    CHECK(recognizer.onPointer(move(208, 203, 10.75)).empty());
    CHECK(recognizer.onPointer(up(208, 203, 10.8)).empty());
}

TEST_CASE("A long press is not lost when a move arrives before the frame's update") {
    GestureRecognizer recognizer;
    feed(recognizer, {down(200, 200, 0.0)});
    CHECK(types(recognizer.onPointer(move(202, 200, 0.7))) == std::vector<Type>{Type::LongPress});
    CHECK(recognizer.update(0.8).empty());
}

TEST_CASE("A drag reports DragStart past the slop, then Drag deltas that add up to the movement") {
    GestureRecognizer recognizer;
    const auto gestures =
        feed(recognizer, {down(100, 100, 0.0), move(105, 100, 0.1), move(130, 100, 0.2),
                          move(150, 110, 0.3), up(160, 110, 0.4)});
    REQUIRE(types(gestures) ==
            std::vector<Type>{Type::Press, Type::DragStart, Type::Drag, Type::Drag, Type::DragEnd});
    CHECK(gestures[1].delta.x == 30.0f);  // from the start, not from the previous sample
    float sumX = 0.0f, sumY = 0.0f;
    for (const Gesture& g : gestures) {
        sumX += g.delta.x;
        sumY += g.delta.y;
        CHECK(g.start.x == 100.0f);
    }
    CHECK(sumX == 60.0f);
    CHECK(sumY == 10.0f);
    // Over the last 0.1 s the finger went 10 px right: 100 px/s.
    CHECK(gestures.back().velocity.x == Approx(100.0f));
    CHECK(gestures.back().velocity.y == Approx(0.0f).margin(1e-3));
    CHECK(recognizer.update(5.0).empty());  // no long press after a drag
}

TEST_CASE("A fast, long drag is also a swipe in its direction") {
    GestureRecognizer recognizer;  // swipeMinVelocity 600, swipeMinDistance 80
    CHECK(swipeOf(straightDrag(recognizer, -300, 20, 0.1)) == SwipeDirection::Left);
    CHECK(swipeOf(straightDrag(recognizer, 300, -20, 0.1)) == SwipeDirection::Right);
    CHECK(swipeOf(straightDrag(recognizer, 30, -300, 0.1)) == SwipeDirection::Up);
    CHECK(swipeOf(straightDrag(recognizer, -30, 300, 0.1)) == SwipeDirection::Down);
    const auto gestures = straightDrag(recognizer, 300, 0, 0.1);
    REQUIRE(gestures.size() >= 2);
    CHECK(gestures[gestures.size() - 2].type == Type::DragEnd);
    CHECK(gestures.back().velocity.x == Approx(3000.0f));
}

TEST_CASE("Slow, short or stopped drags are not swipes") {
    GestureRecognizer recognizer;
    auto slow = straightDrag(recognizer, 300, 0, 2.0);  // 150 px/s
    CHECK(types(slow).back() == Type::DragEnd);
    CHECK(swipeOf(slow) == SwipeDirection::None);
    CHECK(swipeOf(straightDrag(recognizer, 50, 0, 0.05)) == SwipeDirection::None);  // 1000 px/s
    // Fast, then held still before lifting: nothing moved in the velocity window.
    const auto stopped = feed(recognizer, {down(500, 500, 0.0), move(600, 500, 0.05),
                                           move(800, 500, 0.1), up(800, 500, 0.4)});
    CHECK(types(stopped).back() == Type::DragEnd);
    CHECK(stopped.back().velocity.x == 0.0f);
}

TEST_CASE("A cancelled touch reports nothing more, and the next touch works") {
    // The kiosk's first touch only wakes the screen.
    GestureRecognizer recognizer;
    feed(recognizer, {down(100, 100, 0.0), up(100, 100, 0.05)});  // a tap before sleeping
    CHECK(types(recognizer.onPointer(down(100, 100, 0.2))) == std::vector<Type>{Type::Press});
    recognizer.cancelCurrentTouch();
    CHECK(recognizer.onPointer(move(300, 100, 0.25)).empty());
    CHECK(recognizer.update(2.0).empty());
    CHECK(recognizer.onPointer(up(300, 100, 2.1)).empty());
    CHECK_FALSE(recognizer.pointerDown());
    CHECK(types(feed(recognizer, {down(100, 100, 2.3), up(100, 100, 2.35)})) ==
          std::vector<Type>{Type::Press, Type::Tap});
    CHECK(types(feed(recognizer, {down(100, 100, 2.5), up(100, 100, 2.55)})) ==
          std::vector<Type>{Type::Press, Type::Tap, Type::DoubleTap});
}

TEST_CASE("Up or Move without a Down is ignored, but the position follows") {
    GestureRecognizer recognizer;
    CHECK(recognizer.onPointer(move(40, 50, 0.0)).empty());
    CHECK(recognizer.pointerPosition().x == 40.0f);
    CHECK(recognizer.pointerPosition().y == 50.0f);
    CHECK(recognizer.onPointer(up(40, 50, 0.1)).empty());
    CHECK(recognizer.update(5.0).empty());
    CHECK_FALSE(recognizer.pointerDown());
    CHECK(types(feed(recognizer, {down(40, 50, 6.0), up(40, 50, 6.1)})) ==
          std::vector<Type>{Type::Press, Type::Tap});
}
