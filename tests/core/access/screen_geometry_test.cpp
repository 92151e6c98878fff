// Millimetres and heights above the floor on the lobby's screens.
#include <catch2/catch.hpp>

#include "access/screen_geometry.hpp"

using namespace kiosk;

TEST_CASE("A 55-inch 1920x1080 screen has pixels of about 0.63 mm") {
    const ScreenGeometry s(PhysicalScreen{55.0, 900.0, true}, 1920, 1080);
    CHECK(s.mmPerPx() == Approx(0.6342).epsilon(0.001));
    CHECK(s.widthMm() == Approx(1217.6).epsilon(0.001));
    CHECK(s.heightMm() == Approx(684.9).epsilon(0.001));
    CHECK(s.heightAboveFloorMm(1080) == Approx(900.0));
    CHECK(s.heightAboveFloorMm(0) == Approx(1584.9).epsilon(0.001));
    CHECK(s.rowAt(900.0) == Approx(1080.0));
    CHECK(s.heightAboveFloorMm(s.rowAt(1220.0)) == Approx(1220.0));
}

TEST_CASE("The same pixels turned portrait keep their size, the screen stands taller") {
    const ScreenGeometry s(PhysicalScreen{43.0, 700.0, true}, 1080, 1920);
    CHECK(s.mmPerPx() == Approx(43.0 * 25.4 / std::hypot(1080.0, 1920.0)));
    CHECK(s.heightMm() == Approx(952.0).epsilon(0.001));
    CHECK(s.heightAboveFloorMm(0) == Approx(1652.0).epsilon(0.001));
}

TEST_CASE("The reachable rows are those from 380 to 1,220 mm above the floor") {
    SECTION("a tall portrait screen: its upper part is out of reach") {
        const ScreenGeometry s(PhysicalScreen{43.0, 700.0, true}, 1080, 1920);
        const RowSpan rows = reachableRows(s);
        CHECK(s.heightAboveFloorMm(rows.top) == Approx(1220.0));
        CHECK(rows.bottom == Approx(1920.0));  // the lower edge, 700 mm up, is within reach
        CHECK(rows.top == Approx(1920.0 - 520.0 / s.mmPerPx()));
    }
    SECTION("a screen all within reach") {
        const ScreenGeometry s(PhysicalScreen{24.0, 700.0, true}, 1920, 1080);
        const RowSpan rows = reachableRows(s);
        CHECK(rows.top == 0.0f);
        CHECK(rows.bottom == 1080.0f);
    }
    SECTION("a screen hung above all reach") {
        const ScreenGeometry s(PhysicalScreen{55.0, 1500.0, true}, 1920, 1080);
        CHECK(reachableRows(s).empty());
    }
    SECTION("a screen whose lower part is below reach") {
        const ScreenGeometry s(PhysicalScreen{55.0, 200.0, true}, 1080, 1920);
        const RowSpan rows = reachableRows(s);
        CHECK(s.heightAboveFloorMm(rows.bottom) == Approx(380.0));
    }
}

TEST_CASE("A screen is described by its size, pixels, orientation and height") {
    CHECK(describe(ScreenGeometry(lobbyScreen(), 1920, 1080)) ==
          "55-inch 1920x1080 landscape, lower edge 900 mm up");
    CHECK(describe(ScreenGeometry(PhysicalScreen{43.0, 700.0, true}, 1080, 1920)) ==
          "43-inch 1080x1920 portrait, lower edge 700 mm up");
    CHECK_FALSE(lobbyScreen().configured);
}
