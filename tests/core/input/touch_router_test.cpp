#include <catch2/catch.hpp>

#include "input/touch_router.hpp"
#include "support/pointer_events.hpp"

using namespace kiosk;
using test::down;
using test::move;
using test::up;

namespace {

// A quick tap at (x, y) starting at t, all sent to `to`.
void tap(TouchRouter& router, float x, float y, double t, TouchDestination to) {
    router.route(down(x, y, t), to);
    router.route(up(x, y, t + 0.1), to);
}

}  // namespace

TEST_CASE("The waking touch reaches no screen, from its press to its release") {
    TouchRouter router(GestureSettings{});
    router.route(down(500, 500, 1.0), TouchDestination::VisitorWaking);
    CHECK(router.swallowing());
    // The app keeps sending the touch's moves and release to the visitor side:
    // the router knows they belong to the waking touch.
    router.route(move(505, 500, 1.05), TouchDestination::Visitor);
    CHECK(router.swallowing());
    const SideTouches during = router.take(TouchSide::Visitor);
    CHECK_FALSE(during.frame.dragging);
    router.route(up(505, 500, 1.1), TouchDestination::Visitor);
    CHECK_FALSE(router.swallowing());
    const SideTouches after = router.take(TouchSide::Visitor);
    CHECK_FALSE(after.frame.tap);
    CHECK(after.taps == 0);
    CHECK_FALSE(router.pointerDown(TouchSide::Visitor));

    // The next touch is the visitor's: a tap on the screen.
    tap(router, 300, 200, 2.0, TouchDestination::Visitor);
    const SideTouches next = router.take(TouchSide::Visitor);
    REQUIRE(next.frame.tap);
    CHECK(next.frame.tap->x == 300.0f);
    CHECK(next.taps == 1);
}

TEST_CASE("A swallowed long hold never turns into a long press") {
    TouchRouter router(GestureSettings{});
    router.route(down(100, 100, 0.0), TouchDestination::VisitorWaking);
    router.update(TouchSide::Visitor, 2.0);
    CHECK_FALSE(router.take(TouchSide::Visitor).frame.longPress);
}

TEST_CASE("Staff and visitors have their own recognizers and frames") {
    TouchRouter router(GestureSettings{});
    tap(router, 50, 60, 1.0, TouchDestination::Staff);
    CHECK(router.take(TouchSide::Visitor).taps == 0);
    const SideTouches staff = router.take(TouchSide::Staff);
    REQUIRE(staff.frame.tap);
    CHECK(staff.frame.tap->y == 60.0f);

    // A touch half-done on the staff side is no touch for the visitors.
    router.route(down(10, 10, 2.0), TouchDestination::Staff);
    CHECK(router.pointerDown(TouchSide::Staff));
    CHECK_FALSE(router.pointerDown(TouchSide::Visitor));
    router.route(up(10, 10, 2.1), TouchDestination::Visitor);
    CHECK_FALSE(router.take(TouchSide::Visitor).frame.tap);
}

TEST_CASE("Touches on a dark screen go nowhere") {
    TouchRouter router(GestureSettings{});
    tap(router, 50, 60, 1.0, TouchDestination::Nobody);
    CHECK_FALSE(router.pointerDown(TouchSide::Visitor));
    CHECK_FALSE(router.take(TouchSide::Visitor).frame.tap);
    CHECK_FALSE(router.take(TouchSide::Staff).frame.tap);
}

TEST_CASE("Cancelling a side ends its touch and drops its pending gestures") {
    TouchRouter router(GestureSettings{});
    router.route(down(400, 400, 1.0), TouchDestination::Visitor);
    router.route(move(400, 600, 1.05), TouchDestination::Visitor);
    router.cancel(TouchSide::Visitor);
    CHECK(router.take(TouchSide::Visitor).frame.dragDelta.y == 0.0f);
    router.route(up(400, 400, 1.1), TouchDestination::Visitor);
    CHECK_FALSE(router.take(TouchSide::Visitor).frame.tap);

    tap(router, 400, 400, 2.0, TouchDestination::Visitor);
    router.drop(TouchSide::Visitor);
    CHECK(router.take(TouchSide::Visitor).taps == 0);
}

TEST_CASE("A touch held down carries over from frame to frame") {
    TouchRouter router(GestureSettings{});
    router.route(down(200, 300, 1.0), TouchDestination::Visitor);
    const SideTouches first = router.take(TouchSide::Visitor);
    CHECK(first.frame.down);
    CHECK(first.frame.pressStart.x == 200.0f);
    router.route(move(200, 450, 1.1), TouchDestination::Visitor);
    const SideTouches second = router.take(TouchSide::Visitor);
    CHECK(second.frame.dragging);
    CHECK(second.frame.pressStart.y == 300.0f);
    CHECK(second.frame.dragDelta.y > 0.0f);
}

TEST_CASE("Gesture distances scale with the screen's short side") {
    const GestureSettings reference;
    const GestureSettings small = gestureSettingsFor(540.0f);
    CHECK(small.tapSlop == Approx(reference.tapSlop / 2));
    CHECK(small.swipeMinDistance == Approx(reference.swipeMinDistance / 2));
    CHECK(small.tapMaxSeconds == reference.tapMaxSeconds);
}
