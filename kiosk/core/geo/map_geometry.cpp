#include "geo/map_geometry.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kiosk {

double signedRingArea(const std::vector<MapPoint>& ring) {
    double twice = 0;
    const size_t n = ring.size();
    for (size_t i = 0, j = n - 1; i < n; j = i++)
        twice +=
            static_cast<double>(ring[j].x) * ring[i].y - static_cast<double>(ring[i].x) * ring[j].y;
    return twice / 2;
}

namespace {

bool boxInside(const MapBox& inner, const MapBox& outer) {
    return inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY &&
           inner.maxY <= outer.maxY;
}

// Whether `inner` lies inside `outer`, tested at one of its vertices that is
// not also a vertex of `outer`: neighbouring rings (the wards of a merged city)
// share border vertices, and a shared vertex says nothing about nesting.
bool ringInside(const std::vector<MapPoint>& inner, const std::vector<MapPoint>& outer) {
    if (!boxInside(ringsBounds({inner}), ringsBounds({outer}))) return false;
    for (const MapPoint& p : inner) {
        const bool shared = std::any_of(outer.begin(), outer.end(), [&](const MapPoint& q) {
            return q.x == p.x && q.y == p.y;
        });
        if (!shared) return ringsContain({outer}, p);
    }
    return false;  // the same ring twice
}

}  // namespace

double regionArea(const std::vector<std::vector<MapPoint>>& rings) {
    double area = 0;
    for (size_t i = 0; i < rings.size(); ++i) {
        if (rings[i].empty()) continue;
        int depth = 0;
        for (size_t k = 0; k < rings.size(); ++k)
            if (k != i && ringInside(rings[i], rings[k])) ++depth;
        const double a = std::fabs(signedRingArea(rings[i]));
        area += depth % 2 == 0 ? a : -a;
    }
    return area;
}

double trianglesArea(const MapRegion& region) {
    std::vector<MapPoint> points;
    for (const auto& ring : region.rings) points.insert(points.end(), ring.begin(), ring.end());
    double area = 0;
    for (size_t t = 0; t + 2 < region.triangles.size(); t += 3) {
        const MapPoint& a = points.at(region.triangles[t]);
        const MapPoint& b = points.at(region.triangles[t + 1]);
        const MapPoint& c = points.at(region.triangles[t + 2]);
        area += std::fabs((static_cast<double>(b.x) - a.x) * (static_cast<double>(c.y) - a.y) -
                          (static_cast<double>(c.x) - a.x) * (static_cast<double>(b.y) - a.y)) /
                2;
    }
    return area;
}

MapBox ringsBounds(const std::vector<std::vector<MapPoint>>& rings) {
    constexpr float inf = std::numeric_limits<float>::infinity();
    MapBox box{inf, inf, -inf, -inf};
    for (const auto& ring : rings)
        for (const auto& p : ring) {
            box.minX = std::min(box.minX, p.x);
            box.minY = std::min(box.minY, p.y);
            box.maxX = std::max(box.maxX, p.x);
            box.maxY = std::max(box.maxY, p.y);
        }
    return box.minX <= box.maxX ? box : MapBox{};
}

MapBox unite(const MapBox& a, const MapBox& b) {
    return MapBox{std::min(a.minX, b.minX), std::min(a.minY, b.minY), std::max(a.maxX, b.maxX),
                  std::max(a.maxY, b.maxY)};
}

double segmentDistance(MapPoint p, MapPoint a, MapPoint b) {
    const double dx = static_cast<double>(b.x) - a.x, dy = static_cast<double>(b.y) - a.y;
    const double px = static_cast<double>(p.x) - a.x, py = static_cast<double>(p.y) - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0 ? (px * dx + py * dy) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(px - t * dx, py - t * dy);
}

}  // namespace kiosk
