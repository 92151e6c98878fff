// What lies outside the visible part of the content (under a bar, in the
// clipped part of a card at a list's edge) is not touched.
#include <catch2/catch.hpp>

#include "input/touch_clip.hpp"

using namespace kiosk;

namespace {
const Rect kVisible{0, 100, 800, 400};  // the list between two bars
const Rect kSliver{20, 60, 300, 80};    // a card half under the header
}  // namespace

TEST_CASE("a tap on the hidden part of a card does not reach it") {
    TouchFrame touch;
    touch.tap = Point{100, 80};
    touch.pressStart = touch.position = Point{100, 80};
    CHECK(touch.tappedIn(kSliver));
    const TouchFrame clipped = touchWithin(touch, kVisible);
    CHECK_FALSE(clipped.tappedIn(kSliver));
}

TEST_CASE("a tap on the visible part still does") {
    TouchFrame touch;
    touch.tap = Point{100, 120};
    touch.pressStart = touch.position = Point{100, 120};
    CHECK(touchWithin(touch, kVisible).tappedIn(kSliver));
}

TEST_CASE("a press that began under the bar neither presses nor drags the content") {
    TouchFrame touch;
    touch.down = true;
    touch.dragging = true;
    touch.pressStart = Point{100, 80};
    touch.position = Point{100, 200};
    touch.dragDelta = Point{0, 40};
    const TouchFrame clipped = touchWithin(touch, kVisible);
    CHECK_FALSE(clipped.down);
    CHECK_FALSE(clipped.draggingFrom(kVisible));
    CHECK(clipped.dragDelta.y == 0.0f);
}

TEST_CASE("a drag that began inside goes on when the finger leaves") {
    TouchFrame touch;
    touch.down = true;
    touch.dragging = true;
    touch.pressStart = Point{100, 300};
    touch.position = Point{100, 40};
    touch.dragDelta = Point{0, -60};
    const TouchFrame clipped = touchWithin(touch, kVisible);
    CHECK(clipped.down);
    CHECK(clipped.dragDelta.y == -60.0f);
    CHECK(clipped.draggingFrom(kVisible));
}
