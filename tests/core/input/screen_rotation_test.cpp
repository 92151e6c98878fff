#include <catch2/catch.hpp>

#include "input/screen_rotation.hpp"

using namespace kiosk;

namespace {
void checkPoint(Point got, Point want) {
    CHECK(got.x == Approx(want.x));
    CHECK(got.y == Approx(want.y));
}
}  // namespace

TEST_CASE("a panel turned by 90 shows a portrait layout on a landscape panel") {
    const ScreenRotation r{90, 1920, 1080};
    CHECK(r.contentWidth() == 1080);
    CHECK(r.contentHeight() == 1920);
    // Clockwise: the content's top left corner is at the panel's top right.
    checkPoint(r.toPanel({0, 0}), {1920, 0});
    checkPoint(r.toPanel({0, 1920}), {0, 0});
    checkPoint(r.toPanel({1080, 1920}), {0, 1080});
    checkPoint(r.toPanel({100, 200}), {1720, 100});
}

TEST_CASE("180 and 270 turn the picture the other ways") {
    checkPoint(ScreenRotation{180, 1920, 1080}.toPanel({0, 0}), {1920, 1080});
    const ScreenRotation r270{270, 1920, 1080};
    checkPoint(r270.toPanel({0, 0}), {0, 1080});
    checkPoint(r270.toPanel({1080, 0}), {0, 0});
    CHECK(ScreenRotation{0, 1920, 1080}.contentWidth() == 1920);
}

TEST_CASE("a touch on the panel lands on the content under the finger, at every rotation") {
    for (int degrees : {0, 90, 180, 270}) {
        INFO(degrees);
        const ScreenRotation r{degrees, 1366, 768};
        for (Point p : {Point{0, 0}, Point{17, 700}, Point{1300, 5}, Point{683, 384}}) {
            checkPoint(r.toPanel(r.toContent(p)), p);
            const Point c = r.toContent(p);
            CHECK(c.x >= 0);
            CHECK(c.y >= 0);
            CHECK(c.x <= r.contentWidth());
            CHECK(c.y <= r.contentHeight());
        }
    }
}

TEST_CASE("only right angles are rotations") {
    CHECK(isRightAngle(270));
    CHECK_FALSE(isRightAngle(45));
    CHECK_FALSE(isRightAngle(-90));
}
