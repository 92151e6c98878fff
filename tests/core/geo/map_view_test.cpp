#include <catch2/catch.hpp>

#include "geo/map_view.hpp"

using namespace kiosk;

namespace {
const MapBox kJapan{-1000, -1000, 1000, 1000};
const Rect kViewport{0, 0, 1000, 500};

MapCamera fitted() {
    MapCamera camera;
    camera.fit(kJapan, kViewport);
    return camera;
}

void settle(MapCamera& camera) {
    for (int i = 0; i < 600 && camera.animating(); ++i) camera.advance(1.0 / 60.0);
}
}  // namespace

TEST_CASE("Fitting shows the whole country centred") {
    MapCamera camera = fitted();
    const Point centre = camera.view().toScreen({0, 0}, kViewport);
    CHECK(centre.x == Approx(500));
    CHECK(centre.y == Approx(250));
    // The taller side limits: 2000 km into 500 px with a margin.
    CHECK(camera.view().pixelsPerKm == Approx(0.23f));
    const MapPoint back = camera.view().toMap({750, 125}, kViewport);
    CHECK(camera.view().toScreen(back, kViewport).x == Approx(750));
}

TEST_CASE("Zooming at a point keeps that point under the finger") {
    MapCamera camera = fitted();
    const Point tap{800, 100};
    const MapPoint under = camera.view().toMap(tap, kViewport);
    camera.zoomAt(tap, 2.0f);
    CHECK(camera.animating());
    settle(camera);
    CHECK_FALSE(camera.animating());
    const Point after = camera.view().toScreen(under, kViewport);
    CHECK(after.x == Approx(tap.x).margin(0.5));
    CHECK(after.y == Approx(tap.y).margin(0.5));
    CHECK(camera.zoomLevel() == Approx(2.0f));
}

TEST_CASE("Zoom and pan are bounded: the country never leaves the screen") {
    MapCamera camera = fitted();
    for (int i = 0; i < 10; ++i) camera.zoomAt({500, 250}, 3.0f);
    settle(camera);
    CHECK(camera.zoomLevel() == Approx(MapCamera::kMaxZoom));
    for (int i = 0; i < 10; ++i) camera.zoomAt({500, 250}, 0.1f);
    settle(camera);
    CHECK(camera.zoomLevel() == Approx(1.0f));
    camera.panBy({100000, -100000});
    CHECK(camera.view().center.x == Approx(kJapan.minX));
    CHECK(camera.view().center.y == Approx(kJapan.maxY));
}

TEST_CASE("The camera animates the same whatever the frame rate") {
    MapCamera a = fitted(), b = fitted();
    a.zoomAt({300, 300}, 4.0f);
    b.zoomAt({300, 300}, 4.0f);
    for (int i = 0; i < 12; ++i) a.advance(1.0 / 60.0);
    for (int i = 0; i < 120; ++i) b.advance(1.0 / 600.0);
    CHECK(a.view().pixelsPerKm == Approx(b.view().pixelsPerKm).epsilon(1e-3));
    CHECK(a.view().center.x == Approx(b.view().center.x).margin(0.01));
}

TEST_CASE("Flight between two views: ends where asked, zooms evenly about one fixed point") {
    MapView from, to;
    from.center = {0, 0};
    from.pixelsPerKm = 1.0f;
    to.center = {300, -150};
    to.pixelsPerKm = 8.0f;
    const MapView start = flyBetween(from, to, 0.0), end = flyBetween(from, to, 1.0);
    CHECK(start.center.x == Approx(0.0));
    CHECK(start.pixelsPerKm == Approx(1.0));
    CHECK(end.center.x == Approx(300.0));
    CHECK(end.center.y == Approx(-150.0));
    CHECK(end.pixelsPerKm == Approx(8.0));
    // Log-even zoom: a third of the way is twice as close.
    CHECK(flyBetween(from, to, 1.0 / 3.0).pixelsPerKm == Approx(2.0));
    // One map point stays at the same place on screen all the way: for a zoom
    // about P, centre = P + (c0 - P) * z0 / z, so P = (c1 * z1 - c0 * z0) / (z1 - z0).
    const Rect viewport{0, 0, 800, 600};
    const MapPoint fixed{300.0f * 8.0f / 7.0f, -150.0f * 8.0f / 7.0f};
    const Point before = from.toScreen(fixed, viewport);
    for (double u : {0.25, 0.5, 0.75, 1.0}) {
        const Point p = flyBetween(from, to, u).toScreen(fixed, viewport);
        CHECK(p.x == Approx(before.x).margin(0.05));
        CHECK(p.y == Approx(before.y).margin(0.05));
    }
    // Same zoom: a straight pan.
    to.pixelsPerKm = 1.0f;
    CHECK(flyBetween(from, to, 0.5).center.x == Approx(150.0));
}

TEST_CASE("Bounds of a set of regions, and the view that frames them") {
    MapLayer layer;
    MapRegion a, b;
    a.code = "01100";
    a.bounds = {0, 0, 10, 10};
    b.code = "01202";
    b.bounds = {20, -5, 30, 5};
    layer.regions = {a, b};
    const auto box = boundsOf(layer, {"01100", "01202", "99999"});
    REQUIRE(box);
    CHECK(box->minX == 0);
    CHECK(box->minY == -5);
    CHECK(box->maxX == 30);
    CHECK(box->maxY == 10);
    CHECK_FALSE(boundsOf(layer, {"99999"}));
    const MapView view = viewFraming(*box, Rect{0, 0, 600, 600}, 0.5f);
    CHECK(view.center.x == 15);
    CHECK(view.center.y == Approx(2.5));
    CHECK(view.pixelsPerKm == Approx(10.0));  // 30 km across half of 600 px
}

namespace {

MapRegion boxRegion(const std::string& code, float x0, float y0, float x1, float y1) {
    MapRegion r;
    r.code = code;
    r.bounds = {x0, y0, x1, y1};
    return r;
}

// Two mainland prefectures, a hub prefecture whose islands reach far south, and
// a far island prefecture; the hub's one municipality sits on the mainland.
MapData islandsMap() {
    MapData map;
    map.prefectures.regions = {
        boxRegion("27000", 0, 0, 100, 100), boxRegion("28000", 100, 0, 200, 100),
        boxRegion("13000", 150, 50, 250, 900), boxRegion("47000", -800, 600, -700, 700)};
    map.municipalities.regions = {boxRegion("13101", 200, 60, 210, 70)};
    map.bounds = {-800, 0, 250, 900};
    return map;
}

void checkBox(const MapBox& box, const MapBox& expected) {
    CHECK(box.minX == expected.minX);
    CHECK(box.minY == expected.minY);
    CHECK(box.maxX == expected.maxX);
    CHECK(box.maxY == expected.maxY);
}

}  // namespace

TEST_CASE("The whole-country view frames what the pack's facts say") {
    MapData map = islandsMap();
    SECTION("with no facts, every prefecture") {
        checkBox(mainlandBounds(map), {-800, 0, 250, 900});
    }
    SECTION("omitted prefectures are left out, the hub's municipalities framed") {
        map.facts.overviewOmits = {"13000", "47000"};
        map.facts.hub = {"13", {"13101"}, "13101"};
        checkBox(mainlandBounds(map), {0, 0, 210, 100});
    }
    SECTION("another hub: its municipality counts, the islands still do not") {
        map.facts.overviewOmits = {"47000"};
        map.facts.hub = {"27", {"27100"}, "27100"};  // not on this map: adds nothing
        checkBox(mainlandBounds(map), {0, 0, 250, 900});
    }
    SECTION("when every region is omitted, the map's bounds") {
        map.facts.overviewOmits = {"27000", "28000", "13000", "47000"};
        checkBox(mainlandBounds(map), map.bounds);
    }
}

TEST_CASE("A viewport that slides in keeps its view, and zooms follow it to its place") {
    MapCamera camera;
    const Rect slidIn{640, 0, 1000, 500};  // the screen still sliding in from the right
    camera.fit(kJapan, slidIn);
    camera.showBox({-400, -200, 400, 200});
    settle(camera);
    const MapView framed = camera.view();
    camera.moveViewport(kViewport);  // in place now
    CHECK(camera.view().center.x == framed.center.x);
    CHECK(camera.view().pixelsPerKm == framed.pixelsPerKm);
    CHECK(camera.viewport().x == 0);
    CHECK(camera.viewport().w == 1000);
    // A double tap at a point of the viewport where it now is keeps that point under the finger.
    const Point finger{800, 300};
    const MapPoint under = camera.view().toMap(finger, kViewport);
    camera.zoomAt(finger, 2.0f);
    settle(camera);
    const Point after = camera.view().toScreen(under, kViewport);
    CHECK(after.x == Approx(finger.x).margin(0.5));
    CHECK(after.y == Approx(finger.y).margin(0.5));
}
