#include <catch2/catch.hpp>

#include "staff/staff_gesture.hpp"

using namespace kiosk;

namespace {

const Rect kScreen{0, 0, 1920, 1080};

struct Finger {
    StaffGesture gesture;
    double t = 100.0;
    bool tap(float x, float y, double hold = 0.1, double gap = 0.5) {
        t += gap;
        gesture.onPointer({PointerEvent::Type::Down, {x, y}, t}, kScreen);
        t += hold;
        return gesture.onPointer({PointerEvent::Type::Up, {x, y}, t}, kScreen);
    }
    // top left, top right, bottom right, bottom left
    bool corner(int i, double hold = 0.1, double gap = 0.5) {
        const float xs[] = {20, 1900, 1900, 20}, ys[] = {20, 20, 1060, 1060};
        return tap(xs[i], ys[i], hold, gap);
    }
};

}  // namespace

TEST_CASE("the four corners tapped clockwise from the top left open the PIN pad") {
    Finger f;
    CHECK_FALSE(f.corner(0));
    CHECK_FALSE(f.corner(1));
    CHECK_FALSE(f.corner(2));
    CHECK(f.corner(3));
    CHECK(f.gesture.progress() == 0);
}

TEST_CASE("ordinary taps on content never make the staff gesture") {
    Finger f;
    for (int i = 0; i < 200; ++i)
        CHECK_FALSE(f.tap(200.0f + (i * 37) % 1500, 130.0f + (i * 53) % 800));
    CHECK(f.gesture.progress() == 0);
}

TEST_CASE("a tap elsewhere in the middle of the sequence starts it over") {
    Finger f;
    f.corner(0);
    f.corner(1);
    f.tap(960, 540);
    CHECK_FALSE(f.corner(2));
    CHECK_FALSE(f.corner(3));
    // The whole sequence again works.
    f.corner(0);
    f.corner(1);
    f.corner(2);
    CHECK(f.corner(3));
}

TEST_CASE("the corners counter-clockwise, too slowly, or held long do not count") {
    Finger ccw;
    ccw.corner(0);
    ccw.corner(3);
    ccw.corner(2);
    CHECK_FALSE(ccw.corner(1));

    Finger slow;
    slow.corner(0);
    slow.corner(1);
    slow.corner(2, 0.1, 3.0);
    CHECK_FALSE(slow.corner(3, 0.1, 3.0));  // 6.6 s after the first tap

    Finger held;
    held.corner(0);
    held.corner(1);
    held.corner(2, 1.5);  // a long press is not a tap
    CHECK_FALSE(held.corner(3));
}

TEST_CASE("a wrong corner that is the top left begins a new attempt") {
    Finger f;
    f.corner(0);
    f.corner(0);  // again: now the first tap of a fresh attempt
    f.corner(1);
    f.corner(2);
    CHECK(f.corner(3));
}
