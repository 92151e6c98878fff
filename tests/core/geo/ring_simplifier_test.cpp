#include <catch2/catch.hpp>

#include "geo/label_point.hpp"
#include "geo/map_geometry.hpp"
#include "geo/ring_simplifier.hpp"

using namespace kiosk;

using Ring = std::vector<MapPoint>;

TEST_CASE("A border shared by two regions is simplified alike on both sides: no gap, no overlap") {
    // Two 10 x 10 squares side by side; their border at x = 10 wiggles by 0.05.
    const Ring wiggle = {{10.05f, 2}, {9.95f, 4}, {10.05f, 6}, {9.95f, 8}};
    Ring left = {{0, 0}, {10, 0}};
    left.insert(left.end(), wiggle.begin(), wiggle.end());
    left.insert(left.end(), {{10, 10}, {0, 10}});
    Ring right = {{10, 0}, {20, 0}, {20, 10}, {10, 10}};
    right.insert(right.end(), wiggle.rbegin(), wiggle.rend());

    const auto simplified = simplifyRings({left, right}, 0.2);
    REQUIRE(simplified.size() == 2);
    CHECK(simplified[0].size() == 4);  // the wiggle is gone from both
    CHECK(simplified[1].size() == 4);
    CHECK(std::fabs(signedRingArea(simplified[0])) == Approx(100));
    CHECK(std::fabs(signedRingArea(simplified[1])) == Approx(100));
    // Finer than the wiggle: both keep it, point for point.
    const auto kept = simplifyRings({left, right}, 0.01);
    CHECK(kept[0].size() == left.size());
    CHECK(kept[1].size() == right.size());
    CHECK(std::fabs(signedRingArea(kept[0])) + std::fabs(signedRingArea(kept[1])) == Approx(200));
}

TEST_CASE("An enclave and the hole it fills stay the same shape") {
    const Ring outer = {{0, 0}, {30, 0}, {30, 30}, {0, 30}};
    const Ring hole = {{10, 10}, {10, 20}, {15, 20.1f}, {20, 20}, {20, 10}};
    Ring enclave(hole.rbegin(), hole.rend());
    // The enclave's ring starts elsewhere and runs the other way.
    std::rotate(enclave.begin(), enclave.begin() + 2, enclave.end());
    const auto simplified = simplifyRings({outer, hole, enclave}, 0.5);
    CHECK(simplified[1].size() == 4);
    CHECK(std::fabs(signedRingArea(simplified[1])) ==
          Approx(std::fabs(signedRingArea(simplified[2]))));
}

TEST_CASE("A closing point and repeated points are dropped, a tiny island collapses") {
    const Ring closed = {{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    CHECK(simplifyRings({closed}, 0.1)[0].size() == 4);
    const Ring speck = {{0, 0}, {0.05f, 0}, {0.02f, 0.03f}};
    CHECK(simplifyRings({speck}, 0.5)[0].size() < 3);
}

TEST_CASE("An island that simplification would push across the coast keeps the bay that holds it") {
    // The coast (y = 0 at the top of a square of land) dips 0.8 into the land
    // around an island; at tolerance 1 the dip alone would go, and the island's
    // tip (y = 0.5) would end up on land.
    const Ring land = {{0, 0}, {40, 0}, {50, 0.8f}, {60, 0}, {100, 0}, {100, 100}, {0, 100}};
    const Ring island = {{46, -1}, {54, -1}, {50, 0.5f}};
    const auto simplified = simplifyRings({land, island}, 1.0);
    REQUIRE(simplified[1].size() == 3);
    CHECK_FALSE(ringsContain({simplified[0]}, MapPoint{50, 0.5f}));
    CHECK(ringsContain({simplified[0]}, MapPoint{50, 0.9f}));
}

TEST_CASE("A label lies inside a C shape whose middle is outside") {
    const Ring c = {{0, 0}, {10, 0}, {10, 2}, {2, 2}, {2, 8}, {10, 8}, {10, 10}, {0, 10}};
    const MapPoint label = labelPoint({c}, 0.01);
    CHECK(ringsContain({c}, label));
    CHECK_FALSE(ringsContain({c}, MapPoint{5, 5}));  // the box's centre is not
}

TEST_CASE("A merged city's label ignores the borders between its own wards") {
    // Two wards making a 20 x 10 city: the label goes to the city's middle,
    // not into the middle of one ward.
    const Ring west = {{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    const Ring east = {{10, 0}, {20, 0}, {20, 10}, {10, 10}};
    const MapPoint label = labelPoint({west, east}, 0.01);
    CHECK(label.y == Approx(5).margin(0.1));
    CHECK(label.x > 5.5f);
    CHECK(label.x < 14.5f);
}
