#include "geo/map_raster.hpp"

#include <algorithm>
#include <cmath>

#include "geo/drawn_lately.hpp"

namespace kiosk {

namespace {

bool sameView(const MapView& a, const MapView& b) {
    return a.center.x == b.center.x && a.center.y == b.center.y && a.pixelsPerKm == b.pixelsPerKm;
}

uint64_t ownerOf(uint64_t contentKey, const Rect& viewport) {
    // splitmix64's finaliser over the key and the viewport's size.
    uint64_t x = contentKey ^ (uint64_t(uint32_t(std::lround(viewport.w))) << 32 |
                               uint32_t(std::lround(viewport.h)));
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x == 0 ? 1 : x;
}

}  // namespace

MapRaster rasterAround(const MapView& view, const Rect& viewport, const MapRasterLimits& limits) {
    const double w = std::max(1.0f, viewport.w), h = std::max(1.0f, viewport.h);
    double grow = 1.0 + 2.0 * std::max(0.0f, limits.margin);
    const double fits = std::sqrt(double(limits.maxPixels) / (w * h));
    grow = std::max(1.0, std::min(grow, fits));
    MapRaster raster;
    raster.view = view;
    raster.width = int(std::ceil(w * grow));
    raster.height = int(std::ceil(h * grow));
    // As many pixels beyond a viewport of whole pixels on each side, so that
    // a raster drawn at the view where the map comes to rest lies whole
    // pixels off it (rasterAtWholePixels).
    if (w == std::floor(w) && (raster.width - int(w)) % 2 != 0) ++raster.width;
    if (h == std::floor(h) && (raster.height - int(h)) % 2 != 0) ++raster.height;
    return raster;
}

std::optional<Rect> rasterAtWholePixels(const MapRaster& raster, const MapView& view,
                                        const Rect& viewport) {
    if (raster.view.pixelsPerKm != view.pixelsPerKm) return {};
    const std::optional<Rect> placed = placeRaster(raster, view, viewport, MapRasterLimits{});
    if (!placed) return {};
    // A drag's sum of moves leaves float rounding, not a fraction of a pixel.
    constexpr float kSlack = 0.01f;
    const float dx = placed->x - viewport.x, dy = placed->y - viewport.y;
    if (std::abs(dx - std::round(dx)) > kSlack || std::abs(dy - std::round(dy)) > kSlack) return {};
    return Rect{viewport.x + std::round(dx), viewport.y + std::round(dy), float(raster.width),
                float(raster.height)};
}

std::optional<Rect> placeRaster(const MapRaster& raster, const MapView& view, const Rect& viewport,
                                const MapRasterLimits& limits) {
    if (raster.width <= 0 || raster.height <= 0 || raster.view.pixelsPerKm <= 0) return {};
    const float scale = view.pixelsPerKm / raster.view.pixelsPerKm;
    if (!(scale <= limits.maxScale && scale * limits.maxScale >= 1.0f)) return {};
    const Rect texture{0, 0, float(raster.width), float(raster.height)};
    const Point topLeft = view.toScreen(raster.view.toMap({0, 0}, texture), viewport);
    const Point bottomRight =
        view.toScreen(raster.view.toMap({texture.w, texture.h}, texture), viewport);
    // A hundredth of a pixel short still covers it: rounding, not a gap.
    constexpr float kSlack = 0.01f;
    if (topLeft.x > viewport.x + kSlack || topLeft.y > viewport.y + kSlack ||
        bottomRight.x < viewport.right() - kSlack || bottomRight.y < viewport.bottom() - kSlack)
        return {};
    return Rect{topLeft.x, topLeft.y, bottomRight.x - topLeft.x, bottomRight.y - topLeft.y};
}

float rasterWear(const MapRaster& raster, const MapView& view, const Rect& viewport,
                 const MapRasterLimits& limits) {
    if (raster.width <= 0 || raster.view.pixelsPerKm <= 0 || view.pixelsPerKm <= 0) return 1.0f;
    const float scale = view.pixelsPerKm / raster.view.pixelsPerKm;
    const float scaleWear = std::abs(std::log(scale)) / std::log(std::max(1.01f, limits.maxScale));
    const Rect texture{0, 0, float(raster.width), float(raster.height)};
    const Point topLeft = view.toScreen(raster.view.toMap({0, 0}, texture), viewport);
    const Point bottomRight =
        view.toScreen(raster.view.toMap({texture.w, texture.h}, texture), viewport);
    // What is left of the margin on the side it is shortest, against what was drawn.
    const float marginX = (texture.w - viewport.w) * 0.5f,
                marginY = (texture.h - viewport.h) * 0.5f;
    float panWear = 0.0f;
    const auto side = [&panWear](float slack, float margin) {
        if (slack < -0.01f)
            panWear = std::max(panWear, 1.0f + 1e-3f);
        else if (margin >= 1.0f)
            panWear = std::max(panWear, 1.0f - slack / margin);
    };
    side(viewport.x - topLeft.x, marginX);
    side(viewport.y - topLeft.y, marginY);
    side(bottomRight.x - viewport.right(), marginX);
    side(bottomRight.y - viewport.bottom(), marginY);
    return std::max(scaleWear, panWear);
}

RowRange rasterStrip(int height, int index, int strips) {
    strips = std::max(1, strips);
    return {int(int64_t(height) * index / strips), int(int64_t(height) * (index + 1) / strips)};
}

MapDrawingPlan MovingMaps::plan(uint64_t frame, uint64_t contentKey, const MapView& view,
                                const Rect& viewport, bool stillLayer,
                                const std::optional<MapView>& heading) {
    const uint64_t owner = ownerOf(contentKey, viewport);
    forgetMapsNotDrawnLately(tracked_, frame);
    Tracked* const kept = keptFor(tracked_, owner);
    MapDrawingPlan exact;
    exact.owner = owner;
    // In a layer that stays still (a slide laid aside, or prepared before it
    // pushes in) the map is its still picture at once, and nothing more: the
    // frames that show the slide find it made.
    MapDrawingPlan stillPicture = exact;
    stillPicture.how = MapDrawing::Settled;
    if (!kept) {
        Tracked first;
        first.owner = owner;
        first.frame = frame;
        first.view = view;
        first.at = Point{viewport.x, viewport.y};
        first.plan = stillLayer ? stillPicture : exact;
        if (stillLayer) {  // drawn whole now
            first.stillView = view;
            first.stillDone = std::max(1, limits_.stillStrips);
            first.plan.stillWork = StripRange{0, first.stillDone};
        }
        tracked_.push_back(first);
        return first.plan;
    }
    Tracked& map = *kept;
    if (map.frame == frame) {  // drawn again in the same frame (a layer prepared ahead)
        if (!sameView(map.view, view)) return exact;
        MapDrawingPlan again = map.plan;
        again.work.reset();  // drawn once already
        again.stillWork.reset();
        return again;
    }
    MapDrawingPlan plan = exact;
    if (stillLayer) {
        plan = settled(map, view, viewport);
        plan.work.reset();
        plan.reserve.reset();
        if (!sameView(map.view, view)) plan.rasters[0] = plan.rasters[1] = MapRaster{};
    } else if (sameView(map.view, view)) {
        const std::optional<MapDrawingPlan> onRaster = onRasterWhileStill(map, view, viewport);
        plan = onRaster ? *onRaster : settled(map, view, viewport);
    } else {
        plan = moved(map, view, viewport, heading);
        map.stillFrames = 0;
    }
    map.frame = frame;
    map.at = Point{viewport.x, viewport.y};
    map.view = view;
    map.plan = plan;
    return plan;
}

MapDrawingPlan MovingMaps::settled(Tracked& map, const MapView& view, const Rect& viewport) {
    using State = Slot::State;
    MapDrawingPlan plan;
    plan.how = MapDrawing::Settled;
    plan.owner = map.owner;
    map.wearOf = -1;
    // Still on the screen too (not a slide pushing it along), from the
    // frame after the one that drew its still picture.
    const bool still = map.at.x == viewport.x && map.at.y == viewport.y;
    map.stillFrames = still ? map.stillFrames + 1 : 0;
    const int strips = std::max(1, limits_.strips);
    Slot& shown = map.slots[map.current];
    Slot& other = map.slots[1 - map.current];
    // Kept while the map stands still: a drag or a zoom that starts from
    // here starts on the raster shown last, and the other one's texture is
    // made already for the next.
    const bool shownServes = shown.state == State::Ready &&
                             rasterWear(shown.raster, view, viewport, limits_) < limits_.renewAt;
    const bool otherForHere = (other.state == State::Drawing || other.state == State::Ready) &&
                              sameView(other.raster.view, view);
    if (!shownServes && map.stillFrames >= 2) {
        // A raster for here, two strips a frame while the map stands still
        // (a flight about to start), so that the move does not begin on
        // triangles.
        if (!otherForHere) {
            other.raster = rasterAround(view, viewport, limits_);
            other.state = State::Drawing;
            other.stripsDone = 0;
        }
        if (other.state == State::Drawing) {
            const int now = std::min(2, strips - other.stripsDone);
            plan.work = MapRasterWork{1 - map.current, other.raster, other.stripsDone,
                                      other.stripsDone + now};
            other.stripsDone += now;
            if (other.stripsDone >= strips) other.state = State::Ready;
        } else if (shown.state == State::Empty) {
            // And the texture the move's next raster goes into, made now.
            shown.raster = other.raster;
            shown.state = State::Spent;
            plan.reserve = map.current;
        }
    } else if (!otherForHere && other.state != State::Empty) {
        other.state = State::Spent;
    }
    listRasters(map, plan);
    plan.shown = map.current;
    // The still picture, what is left of it at once.
    followStill(map, view);
    const int stillStrips = std::max(1, limits_.stillStrips);
    if (map.stillDone < stillStrips) {
        plan.stillWork = StripRange{map.stillDone, stillStrips};
        map.stillDone = stillStrips;
    }
    return plan;
}

std::optional<MapDrawingPlan> MovingMaps::onRasterWhileStill(Tracked& map, const MapView& view,
                                                             const Rect& viewport) {
    using State = Slot::State;
    followStill(map, view);
    const int stillStrips = std::max(1, limits_.stillStrips);
    if (map.stillDone >= stillStrips) return {};
    MapDrawingPlan plan;
    plan.how = MapDrawing::ShowRaster;
    plan.owner = map.owner;
    listRasters(map, plan);
    const int order[2] = {map.current, 1 - map.current};
    // A raster drawn where the map came to rest (a camera's heading) holds
    // its still picture's pixels: shown texel for texel, nothing is drawn.
    for (int s : order) {
        const Slot& slot = map.slots[s];
        if (slot.state != State::Ready) continue;
        if (const std::optional<Rect> at = rasterAtWholePixels(slot.raster, view, viewport)) {
            plan.shown = s;
            plan.placed = *at;
            return plan;
        }
    }
    // Else a raster that covers goes on showing while the still picture is
    // drawn a strip a frame; with none, settled() draws it at once.
    for (int s : order) {
        const Slot& slot = map.slots[s];
        if (slot.state != State::Ready) continue;
        if (const std::optional<Rect> at = placeRaster(slot.raster, view, viewport, limits_)) {
            plan.shown = s;
            plan.placed = *at;
            plan.stillWork = StripRange{map.stillDone, map.stillDone + 1};
            ++map.stillDone;
            map.wearOf = -1;
            return plan;
        }
    }
    return {};
}

bool MovingMaps::finishing(uint64_t frame) const {
    return std::any_of(tracked_.begin(), tracked_.end(), [frame](const Tracked& t) {
        return t.frame == frame && t.plan.how == MapDrawing::ShowRaster && t.plan.stillWork;
    });
}

MapView MovingMaps::predicted(const Tracked& map, const MapView& view,
                              const std::optional<MapView>& heading) const {
    if (heading && heading->pixelsPerKm > 0 && view.pixelsPerKm > 0) {
        // Where the view will rest, when a raster there can be shown from
        // here, enlarged or shrunk; else a raster's scale of the way there,
        // zooming about the point that stays put on the way (a camera's
        // flight, flyBetween).
        const double toward = std::log(double(heading->pixelsPerKm) / view.pixelsPerKm);
        const double reach = std::log(std::max(1.01, double(limits_.maxScaleToward)));
        if (std::abs(toward) <= reach) return *heading;
        const double step = std::log(std::max(1.01, double(limits_.maxScale)));
        return flyBetween(view, *heading, step / std::abs(toward));
    }
    // Where the view will be once the next raster is drawn, at the speed it
    // moved since the frame before (a flight's ease, a finger's drag).
    const float frames = float(limits_.strips + 2);
    MapView ahead = view;
    const MapView& last = map.view;
    if (last.pixelsPerKm <= 0) return ahead;
    const float zoomStep = std::clamp(view.pixelsPerKm / last.pixelsPerKm, 0.8f, 1.25f);
    ahead.pixelsPerKm = view.pixelsPerKm * std::pow(zoomStep, frames);
    ahead.center.x += (view.center.x - last.center.x) * frames;
    ahead.center.y += (view.center.y - last.center.y) * frames;
    return ahead;
}

MapDrawingPlan MovingMaps::moved(Tracked& map, const MapView& view, const Rect& viewport,
                                 const std::optional<MapView>& heading) {
    using State = Slot::State;
    // Toward a known heading a raster may be enlarged further: the view
    // passes through, and the raster at the heading is on its way.
    MapRasterLimits limits = limits_;
    if (heading) limits.maxScale = std::max(limits.maxScale, limits.maxScaleToward);
    MapDrawingPlan plan;
    plan.owner = map.owner;
    const int strips = std::max(1, limits_.strips);
    // The next raster, drawn ahead, is shown as soon as it is ready and covers.
    {
        Slot& next = map.slots[1 - map.current];
        if (next.state == State::Ready && placeRaster(next.raster, view, viewport, limits)) {
            map.slots[map.current].state = State::Spent;
            map.current = 1 - map.current;
        }
    }
    const int nextIndex = 1 - map.current;
    Slot& current = map.slots[map.current];
    Slot& next = map.slots[nextIndex];
    std::optional<Rect> placed;
    if (current.state == State::Ready) placed = placeRaster(current.raster, view, viewport, limits);
    // With no raster that serves, the still picture the move started from
    // serves a zoom in (its viewport holds all that the view will show).
    const std::optional<MapRaster> still = stillPicture(map, viewport);
    std::optional<Rect> stillPlaced;
    if (!placed && still) stillPlaced = placeRaster(*still, view, viewport, limits);
    if (!placed && !stillPlaced) {
        // Nothing ready serves (the first frame of a move, a jump): the map
        // is drawn from its triangles, as it was before rasters, while one
        // is drawn a strip a frame for where the view is going.
        plan.how = MapDrawing::DrawDirectly;
        map.wearOf = -1;
        const MapView ahead = predicted(map, view, heading);
        const bool serves =
            next.state == State::Drawing && (placeRaster(next.raster, view, viewport, limits) ||
                                             placeRaster(next.raster, ahead, viewport, limits));
        if (!serves) {
            next.raster = rasterAround(ahead, viewport, limits);
            next.state = State::Drawing;
            next.stripsDone = 0;
        }
        // Two strips a frame: a frame from triangles is slow anyway, and
        // the sooner a raster is ready the fewer of them.
        const int now = std::min(2, strips - next.stripsDone);
        plan.work = MapRasterWork{nextIndex, next.raster, next.stripsDone, next.stripsDone + now};
        next.stripsDone += now;
        if (next.stripsDone >= strips) next.state = State::Ready;
        listRasters(map, plan);
        plan.shown = nextIndex;
        return plan;
    }
    plan.how = MapDrawing::ShowRaster;
    const int shownIndex = placed ? map.current : kStillPicture;
    const MapRaster& shown = placed ? current.raster : *still;
    // How many frames the raster shown has left at the pace the view wears it.
    const float wear = rasterWear(shown, view, viewport, limits);
    const float pace = map.wearOf == shownIndex ? wear - map.wear : 0.0f;
    const float framesLeft = pace > 1e-6f ? (1.0f - wear) / pace : 1e9f;
    map.wear = wear;
    map.wearOf = shownIndex;
    const MapView ahead = predicted(map, view, heading);
    const auto holds = [](const Slot& slot, const MapView& at) {
        return (slot.state == State::Drawing || slot.state == State::Ready) &&
               sameView(slot.raster.view, at);
    };
    const bool renewed =
        (!placed || wear >= limits.renewAt || framesLeft <= float(strips + 2)) &&
        !(next.state == State::Ready && placeRaster(next.raster, view, viewport, limits)) &&
        !holds(current, ahead) && !holds(next, ahead);
    // Toward a heading within reach the raster there is drawn from the
    // start of the move, unless one is there or on its way.
    const bool towardHeading =
        heading && sameView(ahead, *heading) && !holds(current, ahead) && !holds(next, ahead);
    if (next.state == State::Drawing) {
        // Strips enough each frame for the next one to be ready in time (a
        // quick zoom), one a frame otherwise, and never more than two: a
        // raster worn out before the next is ready is drawn from its
        // triangles, which costs less than many strips at once.
        // A raster that serves all the way to the heading (a zoom in about
        // a point of it) leaves no hurry.
        const int left = strips - next.stripsDone;
        const bool servesToHeading = heading && placeRaster(shown, *heading, viewport, limits);
        const int now =
            servesToHeading
                ? 1
                : std::clamp(int(std::ceil(float(left) / std::max(1.0f, framesLeft - 1.0f))), 1,
                             std::min(2, left));
        plan.work = MapRasterWork{nextIndex, next.raster, next.stripsDone, next.stripsDone + now};
        next.stripsDone += now;
        if (next.stripsDone >= strips) next.state = State::Ready;
    } else if (renewed || towardHeading) {
        next.raster = rasterAround(ahead, viewport, limits);
        next.state = strips > 1 ? State::Drawing : State::Ready;
        next.stripsDone = 1;
        plan.work = MapRasterWork{nextIndex, next.raster, 0, 1};
    }
    plan.shown = shownIndex;
    plan.placed = placed ? *placed : *stillPlaced;
    if (!placed) plan.still = *still;
    listRasters(map, plan);
    return plan;
}

void MovingMaps::followStill(Tracked& map, const MapView& view) {
    if (map.stillView && sameView(*map.stillView, view)) return;
    map.stillView = view;  // at another view: none of it drawn yet
    map.stillDone = 0;
}

void MovingMaps::listRasters(const Tracked& map, MapDrawingPlan& plan) {
    for (int s = 0; s < 2; ++s)
        if (map.slots[s].state != Slot::State::Empty) plan.rasters[s] = map.slots[s].raster;
}

std::optional<MapRaster> MovingMaps::stillPicture(const Tracked& map, const Rect& viewport) const {
    if (!map.stillView || map.stillDone < std::max(1, limits_.stillStrips)) return {};
    MapRaster still;
    still.view = *map.stillView;
    still.width = int(std::ceil(viewport.w));
    still.height = int(std::ceil(viewport.h));
    return still;
}

}  // namespace kiosk
