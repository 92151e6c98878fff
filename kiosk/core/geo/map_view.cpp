#include "geo/map_view.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

Point MapView::toScreen(MapPoint p, const Rect& viewport) const {
    const Point c = viewport.center();
    return {c.x + (p.x - center.x) * pixelsPerKm, c.y + (p.y - center.y) * pixelsPerKm};
}

MapPoint MapView::toMap(Point p, const Rect& viewport) const {
    const Point c = viewport.center();
    return {center.x + (p.x - c.x) / pixelsPerKm, center.y + (p.y - c.y) / pixelsPerKm};
}

MapBox mainlandBounds(const MapData& map) {
    MapBox box{1e9f, 1e9f, -1e9f, -1e9f};
    auto add = [&box](const MapBox& b) {
        box.minX = std::min(box.minX, b.minX);
        box.minY = std::min(box.minY, b.minY);
        box.maxX = std::max(box.maxX, b.maxX);
        box.maxY = std::max(box.maxY, b.maxY);
    };
    const std::vector<std::string>& omits = map.facts.overviewOmits;
    for (const MapRegion& r : map.prefectures.regions)
        if (std::find(omits.begin(), omits.end(), r.code) == omits.end()) add(r.bounds);
    // The hub is always in the picture, even where its prefecture is omitted.
    for (const std::string& code : map.facts.hub.municipalities)
        if (const MapRegion* r = map.municipalities.find(code)) add(r->bounds);
    return box.minX < box.maxX ? box : map.bounds;
}

std::optional<MapBox> boundsOf(const MapLayer& layer, const std::vector<std::string>& codes) {
    std::optional<MapBox> box;
    for (const std::string& code : codes) {
        const MapRegion* r = layer.find(code);
        if (!r) continue;
        box = box ? MapBox{std::min(box->minX, r->bounds.minX), std::min(box->minY, r->bounds.minY),
                           std::max(box->maxX, r->bounds.maxX), std::max(box->maxY, r->bounds.maxY)}
                  : r->bounds;
    }
    return box;
}

MapView viewFraming(const MapBox& box, const Rect& viewport, float fill) {
    MapView view;
    view.center = {(box.minX + box.maxX) * 0.5f, (box.minY + box.maxY) * 0.5f};
    view.pixelsPerKm = std::min(viewport.w * fill / std::max(box.width(), 1.0f),
                                viewport.h * fill / std::max(box.height(), 1.0f));
    return view;
}

MapView flyBetween(const MapView& from, const MapView& to, double u) {
    u = std::clamp(u, 0.0, 1.0);
    MapView view;
    const double z0 = from.pixelsPerKm, z1 = to.pixelsPerKm;
    const double z = std::exp(std::log(z0) + (std::log(z1) - std::log(z0)) * u);
    view.pixelsPerKm = float(z);
    // Zooming about a fixed point moves the centre in proportion to 1/zoom;
    // without a change of zoom that is a plain pan.
    const double w =
        std::fabs(z1 - z0) > 1e-6 * z0 ? (1.0 / z0 - 1.0 / z) / (1.0 / z0 - 1.0 / z1) : u;
    view.center = {float(from.center.x + (to.center.x - from.center.x) * w),
                   float(from.center.y + (to.center.y - from.center.y) * w)};
    return view;
}

void MapCamera::fit(const MapBox& bounds, const Rect& viewport) {
    bounds_ = bounds;
    viewport_ = viewport;
    const float margin = 0.92f;
    minPixelsPerKm_ =
        std::max(1e-6f, std::min(viewport.w * margin / std::max(bounds.width(), 1e-3f),
                                 viewport.h * margin / std::max(bounds.height(), 1e-3f)));
    home_ = {{(bounds.minX + bounds.maxX) * 0.5f, (bounds.minY + bounds.maxY) * 0.5f},
             minPixelsPerKm_};
    view_ = target_ = home_;
}

void MapCamera::moveViewport(const Rect& viewport) {
    viewport_.x = viewport.x;
    viewport_.y = viewport.y;
}

bool MapCamera::animating() const {
    return std::fabs(view_.pixelsPerKm - target_.pixelsPerKm) > 1e-4f * target_.pixelsPerKm ||
           std::fabs(view_.center.x - target_.center.x) * view_.pixelsPerKm > 0.25f ||
           std::fabs(view_.center.y - target_.center.y) * view_.pixelsPerKm > 0.25f;
}

MapView MapCamera::clamped(MapView v) const {
    v.pixelsPerKm = std::clamp(v.pixelsPerKm, minPixelsPerKm_, minPixelsPerKm_ * kMaxZoom);
    // Keep the centre over the country so that Japan always fills part of the screen.
    v.center.x = std::clamp(v.center.x, bounds_.minX, bounds_.maxX);
    v.center.y = std::clamp(v.center.y, bounds_.minY, bounds_.maxY);
    return v;
}

void MapCamera::panBy(Point d) {
    target_.center.x -= d.x / target_.pixelsPerKm;
    target_.center.y -= d.y / target_.pixelsPerKm;
    target_ = clamped(target_);
    view_.center = target_.center;  // the map stays under the finger
    view_.pixelsPerKm = target_.pixelsPerKm;
}

void MapCamera::zoomAt(Point screenPoint, float factor) {
    const MapPoint anchor = target_.toMap(screenPoint, viewport_);
    MapView next = target_;
    next.pixelsPerKm =
        std::clamp(target_.pixelsPerKm * factor, minPixelsPerKm_, minPixelsPerKm_ * kMaxZoom);
    // Keep `anchor` under the same screen point.
    const Point c = viewport_.center();
    next.center = {anchor.x - (screenPoint.x - c.x) / next.pixelsPerKm,
                   anchor.y - (screenPoint.y - c.y) / next.pixelsPerKm};
    target_ = clamped(next);
}

void MapCamera::showBox(const MapBox& box) {
    target_ = clamped(viewFraming(box, viewport_, 0.7f));
}

void MapCamera::reset() {
    target_ = home_;
}

void MapCamera::advance(double dt) {
    // Exponential approach: frame-rate independent, ~95 % there in 0.45 s.
    const float k = 1.0f - float(std::exp(-dt / 0.15));
    // Zoom interpolates in log space so that zooming feels even.
    const float logZoom = std::log(view_.pixelsPerKm) +
                          (std::log(target_.pixelsPerKm) - std::log(view_.pixelsPerKm)) * k;
    view_.pixelsPerKm = std::exp(logZoom);
    view_.center.x += (target_.center.x - view_.center.x) * k;
    view_.center.y += (target_.center.y - view_.center.y) * k;
    if (!animating()) view_ = target_;
}

}  // namespace kiosk
