#include <catch2/catch.hpp>

#include "geo/map_data.hpp"
#include "geo/map_geometry.hpp"

using namespace kiosk;

namespace {

using Rings = std::vector<std::vector<MapPoint>>;

// A 10 x 10 square with a 4 x 4 hole in the middle.
Rings squareWithHole() {
    return {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {3, 7}, {7, 7}, {7, 3}}};
}

MapRegion region(const std::string& code, Rings rings) {
    MapRegion r;
    r.code = code;
    r.rings = std::move(rings);
    r.bounds = ringsBounds(r.rings);
    return r;
}

}  // namespace

TEST_CASE("Even-odd: inside the ring, in the hole, outside") {
    const Rings rings = squareWithHole();
    CHECK(ringsContain(rings, {1, 1}));
    CHECK(ringsContain(rings, {8.5f, 5}));
    CHECK_FALSE(ringsContain(rings, {5, 5}));  // in the hole
    CHECK_FALSE(ringsContain(rings, {-1, 5}));
    CHECK_FALSE(ringsContain(rings, {11, 5}));
    CHECK_FALSE(ringsContain(rings, {5, -0.5f}));
    CHECK_FALSE(ringsContain(rings, {5, 20}));
}

TEST_CASE("The ring's direction and the hole's do not matter") {
    Rings rings = squareWithHole();
    std::reverse(rings[0].begin(), rings[0].end());
    CHECK(ringsContain(rings, {1, 1}));
    CHECK_FALSE(ringsContain(rings, {5, 5}));
    std::reverse(rings[1].begin(), rings[1].end());
    CHECK(ringsContain(rings, {1, 1}));
    CHECK_FALSE(ringsContain(rings, {5, 5}));
}

// On an edge the rule is half-open: a point on an edge at the region's low x or
// low y side (left, or top on the screen) is inside, on the high side outside.
// So a point on a border shared by two regions belongs to exactly one of them.
TEST_CASE("Points on an edge: left and top edges are inside, right and bottom outside") {
    const Rings rings = squareWithHole();
    CHECK(ringsContain(rings, {0, 5}));         // left edge
    CHECK(ringsContain(rings, {5, 0}));         // top edge (y grows downwards)
    CHECK_FALSE(ringsContain(rings, {10, 5}));  // right edge
    CHECK_FALSE(ringsContain(rings, {5, 10}));  // bottom edge
    // The hole's edges flip: its left edge is the ring's right side.
    CHECK_FALSE(ringsContain(rings, {3, 5}));
    CHECK(ringsContain(rings, {7, 5}));
}

TEST_CASE("A point on a shared border belongs to exactly one of the two regions") {
    MapLayer layer;
    layer.regions.push_back(region("00001", {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}}));
    layer.regions.push_back(region("00002", {{{10, 0}, {20, 0}, {20, 10}, {10, 10}}}));
    for (float y : {0.5f, 3.0f, 9.5f}) {
        const MapRegion* hit = regionAt(layer, {10, y});
        REQUIRE(hit);
        CHECK(hit->code == "00002");
    }
    CHECK(regionAt(layer, {5, 5})->code == "00001");
    CHECK(regionAt(layer, {15, 5})->code == "00002");
    CHECK(regionAt(layer, {25, 5}) == nullptr);
    CHECK(layer.find("00002") == &layer.regions[1]);
    CHECK(layer.find("00003") == nullptr);
}

TEST_CASE("The bounding box only filters: a point in the box but outside the shape is no hit") {
    MapLayer layer;
    // An L shape: its box contains (8, 8), the shape does not.
    layer.regions.push_back(
        region("00001", {{{0, 0}, {10, 0}, {10, 4}, {4, 4}, {4, 10}, {0, 10}}}));
    CHECK(layer.regions[0].bounds.contains({8, 8}));
    CHECK(regionAt(layer, {8, 8}) == nullptr);
    CHECK(regionAt(layer, {2, 8}) != nullptr);
}

TEST_CASE("Region area subtracts holes and counts neighbouring rings once") {
    CHECK(regionArea(squareWithHole()) == Approx(100 - 16));
    // Two wards of one city side by side share a border: neither is a hole.
    const Rings wards = {{{0, 0}, {10, 0}, {10, 10}, {0, 10}},
                         {{10, 0}, {20, 0}, {20, 10}, {10, 10}}};
    CHECK(regionArea(wards) == Approx(200));
    // An island in the hole is land again.
    Rings nested = squareWithHole();
    nested.push_back({{4, 4}, {6, 4}, {6, 6}, {4, 6}});
    CHECK(regionArea(nested) == Approx(100 - 16 + 4));
    CHECK(ringsContain(nested, {5, 5}));
}
