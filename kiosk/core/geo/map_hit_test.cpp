#include "geo/map_data.hpp"

namespace kiosk {

const MapRegion* MapLayer::find(const std::string& code) const {
    for (const auto& region : regions)
        if (region.code == code) return &region;
    return nullptr;
}

bool MapHub::contains(const std::string& code) const {
    for (const auto& m : municipalities)
        if (m == code) return true;
    return false;
}

// Even-odd by crossings of a ray towards +x. A point exactly on an edge counts
// as inside for edges on its left/top side and outside for the others (the
// half-open rule below), so a point on a border shared by two regions belongs to
// exactly one of them and a tap on a border never selects nothing or both.
bool ringsContain(const std::vector<std::vector<MapPoint>>& rings, MapPoint p) {
    bool inside = false;
    for (const auto& ring : rings) {
        const size_t n = ring.size();
        for (size_t i = 0, j = n - 1; i < n; j = i++) {
            const MapPoint& a = ring[i];
            const MapPoint& b = ring[j];
            if ((a.y > p.y) == (b.y > p.y)) continue;
            // Computed in double so that the crossing does not depend on the
            // float rounding of the division.
            const double t = (static_cast<double>(p.y) - a.y) / (static_cast<double>(b.y) - a.y);
            const double x = a.x + t * (static_cast<double>(b.x) - a.x);
            if (p.x < x) inside = !inside;
        }
    }
    return inside;
}

const MapRegion* regionAt(const MapLayer& layer, MapPoint p) {
    for (const auto& region : layer.regions)
        if (region.bounds.contains(p) && ringsContain(region.rings, p)) return &region;
    return nullptr;
}

}  // namespace kiosk
