#include "geo/map_raster.hpp"

#include <algorithm>
#include <cmath>

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
    return raster;
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
                                const Rect& viewport, bool stillLayer) {
    const uint64_t owner = ownerOf(contentKey, viewport);
    // Maps drawn neither in the frame before nor in this one are gone (and
    // all of them when the count starts again: a new ImGui context).
    tracked_.erase(std::remove_if(tracked_.begin(), tracked_.end(),
                                  [frame](const Tracked& t) {
                                      return t.frame + 1 < frame || t.frame > frame;
                                  }),
                   tracked_.end());
    auto it = std::find_if(tracked_.begin(), tracked_.end(),
                           [owner](const Tracked& t) { return t.owner == owner; });
    MapDrawingPlan exact;
    exact.owner = owner;
    // In a layer that stays still (a slide laid aside, or prepared before it
    // pushes in) the map is its still picture at once, and nothing more: the
    // frames that show the slide find it made.
    MapDrawingPlan stillPicture = exact;
    stillPicture.how = MapDrawing::Settled;
    if (it == tracked_.end()) {
        Tracked first;
        first.owner = owner;
        first.frame = frame;
        first.view = view;
        first.at = Point{viewport.x, viewport.y};
        first.plan = stillLayer ? stillPicture : exact;
        tracked_.push_back(first);
        return first.plan;
    }
    Tracked& map = *it;
    if (map.frame == frame) {  // drawn again in the same frame (a layer prepared ahead)
        if (!sameView(map.view, view)) return exact;
        MapDrawingPlan again = map.plan;
        again.work.reset();  // drawn once already
        return again;
    }
    MapDrawingPlan plan = exact;
    if (stillLayer) {
        plan = settled(map, view, viewport);
        plan.work.reset();
        plan.reserve.reset();
        if (!sameView(map.view, view)) plan.rasters[0] = plan.rasters[1] = MapRaster{};
    } else if (sameView(map.view, view)) {
        plan = settled(map, view, viewport);
    } else {
        plan = moved(map, view, viewport);
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
    for (int s = 0; s < 2; ++s)
        if (map.slots[s].state != State::Empty) plan.rasters[s] = map.slots[s].raster;
    plan.shown = map.current;
    return plan;
}

MapView MovingMaps::predicted(const Tracked& map, const MapView& view) const {
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

MapDrawingPlan MovingMaps::moved(Tracked& map, const MapView& view, const Rect& viewport) {
    using State = Slot::State;
    MapDrawingPlan plan;
    plan.owner = map.owner;
    const int strips = std::max(1, limits_.strips);
    // The next raster, drawn ahead, is shown as soon as it is ready and covers.
    {
        Slot& next = map.slots[1 - map.current];
        if (next.state == State::Ready && placeRaster(next.raster, view, viewport, limits_)) {
            map.slots[map.current].state = State::Spent;
            map.current = 1 - map.current;
        }
    }
    const int nextIndex = 1 - map.current;
    Slot& current = map.slots[map.current];
    Slot& next = map.slots[nextIndex];
    std::optional<Rect> placed;
    if (current.state == State::Ready)
        placed = placeRaster(current.raster, view, viewport, limits_);
    if (!placed) {
        // Nothing ready serves (the first frame of a move, a jump): the map
        // is drawn from its triangles, as it was before rasters, while one
        // is drawn a strip a frame for where the view is going.
        plan.how = MapDrawing::DrawDirectly;
        map.wearOf = -1;
        const MapView ahead = predicted(map, view);
        const bool serves =
            next.state == State::Drawing && (placeRaster(next.raster, view, viewport, limits_) ||
                                             placeRaster(next.raster, ahead, viewport, limits_));
        if (!serves) {
            next.raster = rasterAround(ahead, viewport, limits_);
            next.state = State::Drawing;
            next.stripsDone = 0;
        }
        plan.work = MapRasterWork{nextIndex, next.raster, next.stripsDone, next.stripsDone + 1};
        if (++next.stripsDone >= strips) next.state = State::Ready;
        for (int s = 0; s < 2; ++s)
            if (map.slots[s].state != State::Empty) plan.rasters[s] = map.slots[s].raster;
        plan.shown = nextIndex;
        return plan;
    }
    plan.how = MapDrawing::ShowRaster;
    // How many frames the raster shown has left at the pace the view wears it.
    const float wear = rasterWear(current.raster, view, viewport, limits_);
    const float pace = map.wearOf == map.current ? wear - map.wear : 0.0f;
    const float framesLeft = pace > 1e-6f ? (1.0f - wear) / pace : 1e9f;
    map.wear = wear;
    map.wearOf = map.current;
    if (next.state == State::Drawing) {
        // Strips enough each frame for the next one to be ready in time (a
        // quick zoom), one a frame otherwise, and never more than two: a
        // raster worn out before the next is ready is drawn from its
        // triangles, which costs less than many strips at once.
        const int left = strips - next.stripsDone;
        const int now = std::clamp(int(std::ceil(float(left) / std::max(1.0f, framesLeft - 1.0f))),
                                   1, std::min(2, left));
        plan.work = MapRasterWork{nextIndex, next.raster, next.stripsDone, next.stripsDone + now};
        next.stripsDone += now;
        if (next.stripsDone >= strips) next.state = State::Ready;
    } else if ((wear >= limits_.renewAt || framesLeft <= float(strips + 2)) &&
               !(next.state == State::Ready && placeRaster(next.raster, view, viewport, limits_))) {
        next.raster = rasterAround(predicted(map, view), viewport, limits_);
        next.state = strips > 1 ? State::Drawing : State::Ready;
        next.stripsDone = 1;
        plan.work = MapRasterWork{nextIndex, next.raster, 0, 1};
    }
    plan.shown = map.current;
    plan.placed = *placed;
    for (int s = 0; s < 2; ++s)
        if (map.slots[s].state != State::Empty) plan.rasters[s] = map.slots[s].raster;
    return plan;
}

}  // namespace kiosk
