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
