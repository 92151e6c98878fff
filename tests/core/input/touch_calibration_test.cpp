#include <catch2/catch.hpp>

#include "input/touch_calibration.hpp"

using namespace kiosk;

namespace {

constexpr float kW = 1920, kH = 1080;

// Where each target's tap lands when the touch panel reports through `transform`.
std::vector<Point> tapsThrough(TouchTransform transform, const std::vector<Point>& targets) {
    std::vector<Point> taps;
    for (const Point p : targets) taps.push_back(applyTransform(transform, p, kW, kH));
    return taps;
}

}  // namespace

TEST_CASE("the grid has nine targets: corners, edge middles and the centre, inside the screen") {
    const auto targets = touchGridTargets(kW, kH);
    REQUIRE(targets.size() == 9);
    CHECK(targets[0].x == Approx(86.4f));
    CHECK(targets[0].y == Approx(86.4f));
    CHECK(targets[4].x == Approx(960));
    CHECK(targets[4].y == Approx(540));
    CHECK(targets[8].x == Approx(kW - 86.4f));
    CHECK(targets[8].y == Approx(kH - 86.4f));
}

TEST_CASE("turning by 90 puts the top left at the top right, in proportion to the screen") {
    const Point p = applyTransform(TouchTransform::Rotated90, {0, 0}, kW, kH);
    CHECK(p.x == Approx(kW));
    CHECK(p.y == Approx(0));
    const Point q = applyTransform(TouchTransform::Rotated270, {0, 0}, kW, kH);
    CHECK(q.x == Approx(0));
    CHECK(q.y == Approx(kH));
    // Four quarter turns come back where they started.
    Point r{300, 200};
    for (int i = 0; i < 4; ++i) r = applyTransform(TouchTransform::Rotated90, r, kW, kH);
    CHECK(r.x == Approx(300));
    CHECK(r.y == Approx(200));
}

TEST_CASE("taps on their targets: touch follows the picture, offsets in px and mm") {
    const auto targets = touchGridTargets(kW, kH);
    std::vector<Point> taps = targets;
    taps[2].x += 3;  // a little off, within a fingertip
    taps[2].y -= 4;
    // A 55-inch 16:9 screen: about 0.63 mm a pixel.
    const double mmPerPx = 55 * 25.4 / std::hypot(1920.0, 1080.0);
    const TouchGridVerdict v = judgeTouchGrid(targets, taps, kW, kH, 0, mmPerPx);
    REQUIRE(v.targets.size() == 9);
    CHECK(v.transform == TouchTransform::None);
    CHECK_FALSE(v.suggestedRotation);
    CHECK(v.allClose);
    CHECK(v.targets[2].dx == Approx(3));
    CHECK(v.targets[2].dy == Approx(-4));
    CHECK(v.targets[2].distancePx == Approx(5));
    REQUIRE(v.targets[2].distanceMm);
    CHECK(*v.targets[2].distanceMm == Approx(5 * mmPerPx));
}

TEST_CASE("without the screen's size there are no millimetres, and the tolerance is a share") {
    const auto targets = touchGridTargets(kW, kH);
    std::vector<Point> taps = targets;
    taps[4].x += 40;  // 40 px off: more than 2.5 % of 1080
    const TouchGridVerdict v = judgeTouchGrid(targets, taps, kW, kH, 0, 0.0);
    CHECK_FALSE(v.targets[4].distanceMm);
    CHECK_FALSE(v.targets[4].close);
    CHECK_FALSE(v.allClose);
    CHECK(v.transform == TouchTransform::None);
}

TEST_CASE("a touch surface shifted as a whole is an offset, not a rotation") {
    const auto targets = touchGridTargets(kW, kH);
    std::vector<Point> taps = targets;
    for (Point& p : taps) p.x += 30, p.y += 20;
    const TouchGridVerdict v = judgeTouchGrid(targets, taps, kW, kH, 0, 0.0);
    CHECK(v.transform == TouchTransform::None);
    CHECK(v.meanDx == Approx(30));
    CHECK(v.meanDy == Approx(20));
    CHECK_FALSE(v.allClose);
}

TEST_CASE("taps landing at the rotated target name the rotation and the setting that fixes it") {
    const auto targets = touchGridTargets(kW, kH);
    struct Case {
        TouchTransform transform;
        int current;
        int suggested;
    };
    for (const Case c :
         {Case{TouchTransform::Rotated90, 0, 90}, Case{TouchTransform::Rotated180, 0, 180},
          Case{TouchTransform::Rotated270, 0, 270}, Case{TouchTransform::Rotated90, 270, 0}}) {
        const TouchGridVerdict v =
            judgeTouchGrid(targets, tapsThrough(c.transform, targets), kW, kH, c.current, 0.0);
        CHECK(v.transform == c.transform);
        REQUIRE(v.suggestedRotation);
        CHECK(*v.suggestedRotation == c.suggested);
        CHECK_FALSE(v.allClose);
    }
}

TEST_CASE("mirrored taps are named and no rotation is offered for them") {
    const auto targets = touchGridTargets(kW, kH);
    for (const TouchTransform t :
         {TouchTransform::MirroredLeftRight, TouchTransform::MirroredTopBottom,
          TouchTransform::MirroredDiagonal, TouchTransform::MirroredAntiDiagonal}) {
        std::vector<Point> taps = tapsThrough(t, targets);
        for (Point& p : taps) p.x += 7;  // a real finger is never exact
        const TouchGridVerdict v = judgeTouchGrid(targets, taps, kW, kH, 0, 0.0);
        CHECK(v.transform == t);
        CHECK_FALSE(v.suggestedRotation);
        CHECK(std::string(transformKey(t)).rfind("touch_mirrored", 0) == 0);
    }
}

TEST_CASE("fewer taps than targets are judged as far as they go") {
    const auto targets = touchGridTargets(kW, kH);
    const std::vector<Point> taps(targets.begin(), targets.begin() + 3);
    const TouchGridVerdict v = judgeTouchGrid(targets, taps, kW, kH, 0, 0.0);
    CHECK(v.targets.size() == 3);
    CHECK(v.allClose);
    CHECK(judgeTouchGrid(targets, {}, kW, kH, 0, 0.0).targets.empty());
}
