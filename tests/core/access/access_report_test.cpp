// One screen's smallest target and text and what lies out of reach, in millimetres.
#include <catch2/catch.hpp>

#include "access/access_report.hpp"

using namespace kiosk;

namespace {
// A 43-inch portrait screen whose lower edge is 700 mm up: about 0.5 mm a
// pixel; 1,220 mm is the row about 872 px from the top.
ScreenGeometry portrait() {
    return ScreenGeometry(PhysicalScreen{43.0, 700.0, true}, 1080, 1920);
}
}  // namespace

TEST_CASE("The smallest target is the one with the shortest side") {
    ScreenInventory inv;
    inv.addTarget(Rect{100, 1700, 200, 80}, "Home");
    inv.addTarget(Rect{400, 1700, 60, 120}, "Back");
    inv.addTarget(Rect{2000, 1700, 10, 10}, "off the screen");
    const ScreenGeometry s = portrait();
    const ScreenAccess a = measureScreen(inv, s);
    REQUIRE(a.smallestTarget);
    CHECK(a.smallestTarget->label == "Back");
    CHECK(a.smallestTarget->widthMm == Approx(s.mm(60)));
    CHECK(a.smallestTarget->heightMm == Approx(s.mm(120)));
    CHECK(a.smallestTarget->shorterMm() == Approx(29.7).epsilon(0.01));
    CHECK_FALSE(a.targetTooSmall);
}

TEST_CASE("A target below 20 mm fails, a screen with none passes") {
    const ScreenGeometry s = portrait();
    ScreenInventory inv;
    CHECK(measureScreen(inv, s).passes());
    inv.addTarget(Rect{100, 1700, 38, 200}, "narrow");  // 18.9 mm
    CHECK(measureScreen(inv, s).targetTooSmall);
    ScreenInventory wide;
    wide.addTarget(Rect{100, 1700, 42, 200}, "wide enough");  // 20.8 mm
    CHECK_FALSE(measureScreen(wide, s).targetTooSmall);
}

TEST_CASE("The smallest text is the one legible from the shortest distance") {
    const ScreenGeometry s = portrait();
    ScreenInventory inv;
    inv.addText(Rect{0, 1000, 300, 40}, 22, "年表");
    inv.addText(Rect{0, 1100, 300, 40}, 22, "Timeline");  // 16' on its capitals: further
    inv.addText(Rect{0, 1200, 300, 40}, 10, "");          // nothing to read
    const ScreenAccess a = measureScreen(inv, s);
    REQUIRE(a.smallestText);
    CHECK(a.smallestText->text == "年表");
    CHECK(a.smallestText->typeMm == Approx(s.mm(22)));
    CHECK(a.smallestText->farthestMm == Approx(1500).epsilon(0.001));
    CHECK_FALSE(a.textTooSmall);
    inv.addText(Rect{0, 1300, 300, 20}, 12, "small print");
    CHECK(measureScreen(inv, s).textTooSmall);
}

TEST_CASE("Controls above 1,220 mm are out of reach, those a fingertip into the band are not") {
    const ScreenGeometry s = portrait();
    const float band = s.rowAt(1220.0);
    ScreenInventory inv;
    inv.addTarget(Rect{0, 100, 400, 200}, "high tile");
    inv.addTarget(Rect{0, band - 100, 400, 100 + 30}, "reaches 15 mm into the band");
    inv.addTarget(Rect{0, band - 100, 400, 100 + 10}, "only 5 mm into the band");
    inv.addTarget(Rect{0, 1800, 400, 100}, "near the bottom");
    const ScreenAccess a = measureScreen(inv, s);
    REQUIRE(a.outOfReach.size() == 2);
    CHECK(a.outOfReach[0].label == "high tile");
    CHECK(a.outOfReach[0].above);
    CHECK(a.outOfReach[0].highMm == Approx(s.heightAboveFloorMm(100)));
    CHECK(a.outOfReach[0].lowMm == Approx(s.heightAboveFloorMm(300)));
    CHECK(a.outOfReach[1].label == "only 5 mm into the band");
    CHECK_FALSE(a.passes());
}

TEST_CASE("Controls below 380 mm are out of reach too") {
    const ScreenGeometry s(PhysicalScreen{55.0, 100.0, true}, 1080, 1920);
    ScreenInventory inv;
    inv.addTarget(Rect{0, 1800, 400, 100}, "at the floor");
    const ScreenAccess a = measureScreen(inv, s);
    REQUIRE(a.outOfReach.size() == 1);
    CHECK_FALSE(a.outOfReach[0].above);
}

TEST_CASE("A target cut by its list's edge or the screen's is not the smallest") {
    const ScreenGeometry s = portrait();
    ScreenInventory inv;
    inv.addTarget(Rect{0, 1500, 300, 100}, "whole");
    inv.addTarget(Rect{0, 1500, 300, 8}, "a card's last sliver in its list", true);
    inv.addTarget(Rect{400, 1910, 300, 100}, "off the bottom edge");
    const ScreenAccess a = measureScreen(inv, s);
    REQUIRE(a.smallestTarget);
    CHECK(a.smallestTarget->label == "whole");
    CHECK_FALSE(a.targetTooSmall);
}
