// The moving map's raster: where it lands on the screen as the view pans and
// zooms, when it no longer serves, and how a map is told to be drawn frame by
// frame.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <vector>

#include "geo/map_raster.hpp"

using namespace kiosk;

namespace {
const Rect kViewport{100, 50, 800, 400};
const MapView kView{{10, 20}, 2.0f};
const MapRasterLimits kLimits{};  // a quarter of the viewport on each side, 1.5x either way

MapView panned(MapView view, float pixelsRight) {
    view.center.x -= pixelsRight / view.pixelsPerKm;  // the map moves right with the finger
    return view;
}
MapView zoomed(MapView view, float factor) {
    view.pixelsPerKm *= factor;
    return view;
}
}  // namespace

TEST_CASE("a raster reaches past the viewport by its margin, within its pixel budget") {
    const MapRaster raster = rasterAround(kView, kViewport, kLimits);
    CHECK(raster.width == 1200);
    CHECK(raster.height == 600);
    MapRasterLimits small = kLimits;
    small.maxPixels = 800 * 400;
    const MapRaster tight = rasterAround(kView, kViewport, small);
    CHECK(tight.width == 800);  // no margin left, never less than the viewport
    CHECK(tight.height == 400);
}

TEST_CASE("a raster drawn at the view lies centred on the viewport, and its map points stay put") {
    const MapRaster raster = rasterAround(kView, kViewport, kLimits);
    const auto placed = placeRaster(raster, kView, kViewport, kLimits);
    REQUIRE(placed);
    CHECK(placed->x == Approx(-100));
    CHECK(placed->y == Approx(-50));
    CHECK(placed->w == Approx(1200));
    CHECK(placed->h == Approx(600));
    // Panned 120 pixels right and zoomed 1.2x: a map point drawn into the raster
    // shows where the view puts it now.
    const MapView now = zoomed(panned(kView, 120), 1.2f);
    const auto moved = placeRaster(raster, now, kViewport, kLimits);
    REQUIRE(moved);
    const MapPoint point{40, 5};
    const Rect texture{0, 0, float(raster.width), float(raster.height)};
    const Point inTexture = kView.toScreen(point, texture);
    const Point expected = now.toScreen(point, kViewport);
    CHECK(moved->x + inTexture.x / texture.w * moved->w == Approx(expected.x));
    CHECK(moved->y + inTexture.y / texture.h * moved->h == Approx(expected.y));
}

TEST_CASE("a raster no longer serves once the viewport leaves it or it is scaled too far") {
    const MapRaster raster = rasterAround(kView, kViewport, kLimits);
    CHECK(placeRaster(raster, panned(kView, 199), kViewport, kLimits));
    CHECK_FALSE(placeRaster(raster, panned(kView, 201), kViewport, kLimits));  // an edge shows
    CHECK(placeRaster(raster, zoomed(kView, 1.49f), kViewport, kLimits));
    CHECK_FALSE(placeRaster(raster, zoomed(kView, 1.51f), kViewport, kLimits));  // blurred
    // Zooming out uses up the margin: 1.5x would be exactly the raster's size.
    CHECK(placeRaster(raster, zoomed(kView, 1 / 1.45f), kViewport, kLimits));
    CHECK_FALSE(placeRaster(raster, zoomed(kView, 1 / 1.55f), kViewport, kLimits));
}

namespace {
bool covers(const Rect& placed, const Rect& viewport) {
    return placed.x <= viewport.x + 0.01f && placed.y <= viewport.y + 0.01f &&
           placed.right() >= viewport.right() - 0.01f &&
           placed.bottom() >= viewport.bottom() - 0.01f;
}

// Follows a map through `views`, one a frame, as the painter would; checks
// that each frame draws at most a strip of a raster, never of the one shown,
// and that what is shown covers the viewport.
struct Run {
    int directFrames = 0;  // drawn from triangles
    int stripFrames = 0;
    int switches = 0;    // from one raster to the next
    int mostStrips = 0;  // drawn in one frame
};
Run follow(MovingMaps& maps, uint64_t& frame, const std::vector<MapView>& views,
           const Rect& viewport = kViewport) {
    Run run;
    int shown = -1;
    for (const MapView& view : views) {
        const MapDrawingPlan plan = maps.plan(frame++, 42, view, viewport);
        INFO("frame " << frame << " view " << view.center.x << "," << view.center.y << " x"
                      << view.pixelsPerKm);
        REQUIRE((plan.how == MapDrawing::ShowRaster || plan.how == MapDrawing::DrawDirectly));
        if (plan.work) {
            CHECK(plan.work->to > plan.work->from);
            run.mostStrips = std::max(run.mostStrips, plan.work->to - plan.work->from);
            ++run.stripFrames;
        }
        if (plan.how == MapDrawing::DrawDirectly) {
            ++run.directFrames;
            continue;
        }
        CHECK(covers(plan.placed, viewport));
        CHECK(plan.rasters[plan.shown].width > 0);
        if (plan.work) CHECK(plan.work->slot != plan.shown);
        if (shown >= 0 && plan.shown != shown) ++run.switches;
        shown = plan.shown;
    }
    return run;
}
}  // namespace

TEST_CASE("a strip is as wide as the raster and strips share out its rows") {
    CHECK(rasterStrip(600, 0, 4).top == 0);
    CHECK(rasterStrip(600, 0, 4).bottom == 150);
    CHECK(rasterStrip(601, 3, 4).bottom == 601);
    CHECK(rasterStrip(601, 2, 4).bottom == rasterStrip(601, 3, 4).top);
}

TEST_CASE("a raster wears as the view leaves its margin or its scale") {
    const MapRaster raster = rasterAround(kView, kViewport, kLimits);
    CHECK(rasterWear(raster, kView, kViewport, kLimits) == Approx(0.0f).margin(1e-4));
    CHECK(rasterWear(raster, panned(kView, 100), kViewport, kLimits) == Approx(0.5f));
    CHECK(rasterWear(raster, zoomed(kView, 1.5f), kViewport, kLimits) == Approx(1.0f));
    CHECK(rasterWear(raster, panned(kView, 250), kViewport, kLimits) > 1.0f);
}

TEST_CASE("a map is drawn exactly until its view changes, then from rasters, then exactly again") {
    MovingMaps maps;
    uint64_t frame = 1;
    CHECK(maps.plan(frame++, 42, kView, kViewport).how == MapDrawing::Exact);
    CHECK(maps.plan(frame++, 42, kView, kViewport).how == MapDrawing::Settled);
    // A drag of 30 pixels a frame for a second: drawn from its triangles for
    // as long as its first raster takes, then from rasters drawn a strip a
    // frame ahead of the finger.
    std::vector<MapView> drag;
    MapView view = kView;
    for (int step = 0; step < 60; ++step) drag.push_back(view = panned(view, 30));
    const Run run = follow(maps, frame, drag);
    CHECK(run.directFrames == 2);  // two strips a frame while drawn from triangles
    CHECK(run.mostStrips <= 2);
    CHECK(run.switches >= 5);  // 1,800 pixels: a raster every 300 or so
    // It stops, whole pixels off the raster shown last: that raster is its
    // still picture, texel for texel, and both rasters are kept.
    const MapDrawingPlan settled = maps.plan(frame++, 42, view, kViewport);
    CHECK(settled.how == MapDrawing::ShowRaster);
    CHECK_FALSE(settled.stillWork);
    CHECK_FALSE(settled.work);
    CHECK(settled.placed.x == std::round(settled.placed.x));
    CHECK(settled.rasters[settled.shown].width == 1200);
    CHECK(settled.rasters[1 - settled.shown].width == 1200);  // its texture, for the next
    // Moving again starts on it.
    view = panned(view, 5);
    CHECK(maps.plan(frame++, 42, view, kViewport).how == MapDrawing::ShowRaster);
    // A jump far away (a new selection framed at once) starts over.
    view = panned(view, 5000);
    CHECK(maps.plan(frame++, 42, view, kViewport).how == MapDrawing::DrawDirectly);
    // Not drawn for a frame (another screen), the map is forgotten with its rasters.
    frame += 2;
    CHECK(maps.plan(frame++, 42, view, kViewport).how == MapDrawing::Exact);
    CHECK(maps.plan(frame++, 42, panned(view, 5), kViewport).how == MapDrawing::DrawDirectly);
}

TEST_CASE("a camera flight twelve times closer is drawn from rasters but for its first frames") {
    MovingMaps maps;
    uint64_t frame = 1;
    const MapView whole{{0, 0}, 0.5f};
    const MapView region{{300, -200}, 6.0f};
    maps.plan(frame++, 42, whole, kViewport);
    maps.plan(frame++, 42, whole, kViewport);
    std::vector<MapView> flight;
    for (int i = 1; i <= 132; ++i) {  // 2.2 s at 60 frames a second, eased
        const double t = double(i) / 132.0;
        flight.push_back(flyBetween(whole, region, t * t * (3 - 2 * t)));
    }
    // It starts on the still picture (a zoom in shows nothing outside it)
    // while the first raster is drawn.
    const Run in = follow(maps, frame, flight);
    CHECK(in.directFrames == 0);
    CHECK(in.switches >= 4);
    maps.plan(frame++, 42, region, kViewport);  // landed
    std::reverse(flight.begin(), flight.end());
    flight.erase(flight.begin());                 // the landed view itself
    const Run out = follow(maps, frame, flight);  // and back out
    CHECK(out.directFrames <= 4);
}

TEST_CASE("a map standing still draws a raster for when it moves, unless it is being pushed") {
    MovingMaps maps;
    uint64_t frame = 1;
    CHECK(maps.plan(frame++, 42, kView, kViewport).how == MapDrawing::Exact);
    // A slide pushing in: the map moves across the screen, its view the same.
    Rect pushed = kViewport;
    for (int step = 0; step < 6; ++step) {
        pushed.x -= 40;
        const MapDrawingPlan plan = maps.plan(frame++, 42, kView, pushed);
        CHECK(plan.how == MapDrawing::Settled);
        CHECK_FALSE(plan.work);
    }
    // At rest: two strips a frame, then the other texture made.
    int strips = 0, reserved = 0;
    for (int step = 0; step < 10; ++step) {
        const MapDrawingPlan plan = maps.plan(frame++, 42, kView, pushed);
        CHECK(plan.how == MapDrawing::Settled);
        if (plan.work) {
            CHECK(plan.work->to - plan.work->from <= 2);
            CHECK(plan.work->raster.view.pixelsPerKm == kView.pixelsPerKm);
            strips += plan.work->to - plan.work->from;
        }
        if (plan.reserve) {
            CHECK(*plan.reserve == plan.shown);
            CHECK(plan.rasters[*plan.reserve].width == 1200);
            ++reserved;
        }
    }
    CHECK(strips == kLimits.strips);
    CHECK(reserved == 1);
    // The flight starts on it: no frame from triangles.
    std::vector<MapView> flight;
    for (int i = 1; i <= 30; ++i) flight.push_back(zoomed(kView, 1.0f + 0.01f * float(i)));
    const Run run = follow(maps, frame, flight, pushed);
    CHECK(run.directFrames == 0);
}

TEST_CASE("a map in a layer rendered once is its still picture at once, and found made after") {
    MovingMaps maps;
    uint64_t frame = 1;
    // Prepared before its slide pushes in, at the slide's place off the screen.
    const MapDrawingPlan prepared = maps.plan(frame++, 42, kView, Rect{2000, 50, 800, 400}, true);
    CHECK(prepared.how == MapDrawing::Settled);
    CHECK_FALSE(prepared.work);
    // Pushed in: the same picture, moved along, nothing drawn for it.
    for (float x = 1600; x > 100; x -= 300) {
        const MapDrawingPlan plan = maps.plan(frame++, 42, kView, Rect{x, 50, 800, 400});
        CHECK(plan.how == MapDrawing::Settled);
        CHECK(plan.owner == prepared.owner);
        CHECK_FALSE(plan.work);
    }
}

TEST_CASE("a map whose drawing changes is drawn exactly, and maps are told apart") {
    MovingMaps maps;
    uint64_t frame = 1;
    // A time-lapse: new content every frame, same view.
    for (uint64_t key = 1; key < 5; ++key)
        CHECK(maps.plan(frame++, key, kView, kViewport).how == MapDrawing::Exact);
    // Two maps in one frame, one still and one moving (a push transition).
    MapView moving = kView;
    maps.plan(frame, 100, kView, kViewport);
    maps.plan(frame, 200, moving, Rect{0, 0, 400, 300});
    ++frame;
    moving = zoomed(moving, 1.1f);
    CHECK(maps.plan(frame, 100, kView, kViewport).how == MapDrawing::Settled);
    CHECK(maps.plan(frame, 200, moving, Rect{0, 0, 400, 300}).how == MapDrawing::DrawDirectly);
    // Drawn again in the same frame (prepared ahead): the same plan.
    CHECK(maps.plan(frame, 200, moving, Rect{0, 0, 400, 300}).how == MapDrawing::DrawDirectly);
    // A map left out for a frame is forgotten.
    frame += 2;
    CHECK(maps.plan(frame, 100, kView, kViewport).how == MapDrawing::Exact);
}

TEST_CASE("a raster lies whole pixels off the viewport only at its own zoom and whole pixels off") {
    const MapRaster raster = rasterAround(kView, kViewport, kLimits);
    const auto at = rasterAtWholePixels(raster, kView, kViewport);
    REQUIRE(at);
    CHECK(at->x == -100.0f);  // the viewport's corner less the 200-pixel margin
    CHECK(at->w == 1200.0f);
    CHECK(rasterAtWholePixels(raster, panned(kView, 37), kViewport));
    CHECK_FALSE(rasterAtWholePixels(raster, panned(kView, 37.5f), kViewport));
    CHECK_FALSE(rasterAtWholePixels(raster, zoomed(kView, 1.001f), kViewport));
    // A viewport of whole pixels gets a margin of whole pixels on each side.
    const Rect odd{0, 0, 801, 401};
    const MapRaster around = rasterAround(kView, odd, kLimits);
    CHECK((around.width - 801) % 2 == 0);
    CHECK((around.height - 401) % 2 == 0);
    CHECK(rasterAtWholePixels(around, kView, odd));
}

TEST_CASE("a map come to rest off its rasters draws its still picture a strip a frame") {
    MovingMaps maps;
    uint64_t frame = 1;
    maps.plan(frame++, 42, kView, kViewport);
    maps.plan(frame++, 42, kView, kViewport);
    std::vector<MapView> drag;
    MapView view = kView;
    for (int step = 0; step < 20; ++step) drag.push_back(view = panned(view, 7.3f));
    follow(maps, frame, drag);
    // At rest a fraction of a pixel off every raster: one shows while the
    // still picture is drawn, a strip a frame, and frames must keep coming.
    for (int strip = 0; strip < kLimits.stillStrips; ++strip) {
        const uint64_t now = frame++;
        const MapDrawingPlan plan = maps.plan(now, 42, view, kViewport);
        INFO("strip " << strip);
        CHECK(plan.how == MapDrawing::ShowRaster);
        CHECK(covers(plan.placed, kViewport));
        REQUIRE(plan.stillWork);
        CHECK(plan.stillWork->from == strip);
        CHECK(plan.stillWork->to == strip + 1);
        CHECK_FALSE(plan.work);  // nothing else drawn in those frames
        CHECK(maps.finishing(now));
    }
    const uint64_t now = frame++;
    const MapDrawingPlan done = maps.plan(now, 42, view, kViewport);
    CHECK(done.how == MapDrawing::Settled);
    CHECK_FALSE(done.stillWork);
    CHECK_FALSE(maps.finishing(now));
    // Gone from the screen, a map keeps no frames coming.
    maps.plan(frame++, 42, panned(view, 0.3f), kViewport);
    CHECK_FALSE(maps.finishing(frame + 5));
}

TEST_CASE("a zoom toward a known heading draws the raster there and rests on it") {
    MovingMaps maps;
    uint64_t frame = 1;
    maps.plan(frame++, 42, kView, kViewport);
    maps.plan(frame++, 42, kView, kViewport);
    // A double tap off the centre: the camera eases toward twice the zoom,
    // the tapped point staying put (MapCamera::zoomAt, advance).
    const MapView heading = flyBetween(kView, MapView{{30, 30}, 4.0f}, 1.0);
    MapView view = kView;
    int showRasterFrames = 0, mostStrips = 0, stillFrames = 0;
    for (int step = 0; step < 40; ++step) {
        const float k = 1.0f - std::exp(-1.0f / 9.0f);
        view.pixelsPerKm =
            std::exp(std::log(view.pixelsPerKm) +
                     (std::log(heading.pixelsPerKm) - std::log(view.pixelsPerKm)) * k);
        view.center.x += (heading.center.x - view.center.x) * k;
        view.center.y += (heading.center.y - view.center.y) * k;
        if (step == 39) view = heading;  // the camera lands exactly
        const MapDrawingPlan plan = maps.plan(frame++, 42, view, kViewport, false, heading);
        INFO("step " << step);
        REQUIRE(plan.how == MapDrawing::ShowRaster);  // never from its triangles
        CHECK(covers(plan.placed, kViewport));
        if (plan.shown == kStillPicture) ++stillFrames;
        ++showRasterFrames;
        if (plan.work) {
            mostStrips = std::max(mostStrips, plan.work->to - plan.work->from);
            CHECK(plan.work->raster.view.pixelsPerKm == heading.pixelsPerKm);
        }
    }
    CHECK(stillFrames > 0);  // it started on the still picture
    CHECK(mostStrips == 1);  // the picture it started on serves all the way
    // At rest on the raster drawn there: texel for texel, nothing drawn.
    const MapDrawingPlan rest = maps.plan(frame++, 42, heading, kViewport);
    CHECK(rest.how == MapDrawing::ShowRaster);
    CHECK(rest.rasters[rest.shown].view.pixelsPerKm == heading.pixelsPerKm);
    CHECK_FALSE(rest.stillWork);
    CHECK_FALSE(rest.work);
}

TEST_CASE("a map first drawn in a layer rendered once is not drawn again when it shows") {
    MovingMaps maps;
    uint64_t frame = 1;
    const MapDrawingPlan prepared = maps.plan(frame++, 42, kView, kViewport, true);
    REQUIRE(prepared.stillWork);  // drawn whole, there and then
    CHECK(prepared.stillWork->from == 0);
    CHECK(prepared.stillWork->to == kLimits.stillStrips);
    const MapDrawingPlan shown = maps.plan(frame++, 42, kView, Rect{90, 50, 800, 400});
    CHECK(shown.how == MapDrawing::Settled);
    CHECK_FALSE(shown.stillWork);
}
