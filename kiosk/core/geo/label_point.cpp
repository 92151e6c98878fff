#include "geo/label_point.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <queue>
#include <utility>

#include "geo/map_geometry.hpp"

namespace kiosk {

namespace {

struct Segment {
    MapPoint a, b;
};

uint64_t keyOf(MapPoint p) {
    uint32_t x, y;
    std::memcpy(&x, &p.x, sizeof x);
    std::memcpy(&y, &p.y, sizeof y);
    return static_cast<uint64_t>(x) << 32 | y;
}

// The edges that appear once: those that appear twice lie between two of the
// region's own rings and are not part of what a visitor sees as its outline.
std::vector<Segment> outline(const std::vector<std::vector<MapPoint>>& rings) {
    std::map<std::pair<uint64_t, uint64_t>, std::pair<Segment, int>> edges;
    for (const auto& ring : rings)
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const uint64_t a = keyOf(ring[j]), b = keyOf(ring[i]);
            auto& entry = edges[{std::min(a, b), std::max(a, b)}];
            entry.first = Segment{ring[j], ring[i]};
            ++entry.second;
        }
    std::vector<Segment> out;
    for (const auto& [key, entry] : edges)
        if (entry.second == 1) out.push_back(entry.first);
    return out;
}

struct Cell {
    MapPoint centre;
    double half = 0;      // half the cell's side
    double distance = 0;  // signed distance of the centre to the outline, positive inside
    double potential() const { return distance + half * std::sqrt(2.0); }
    bool operator<(const Cell& other) const { return potential() < other.potential(); }
};

class Search {
  public:
    explicit Search(const std::vector<std::vector<MapPoint>>& rings)
        : rings_(rings), outline_(outline(rings)) {}

    Cell cell(MapPoint centre, double half) const {
        double d = std::numeric_limits<double>::infinity();
        for (const Segment& s : outline_) d = std::min(d, segmentDistance(centre, s.a, s.b));
        return Cell{centre, half, ringsContain(rings_, centre) ? d : -d};
    }

  private:
    const std::vector<std::vector<MapPoint>>& rings_;
    std::vector<Segment> outline_;
};

// Cells looked at before settling: enough for the biggest prefecture at a
// tenth of a kilometre, a bound on the build's time for strange input.
constexpr int kMaxCells = 20000;

MapPoint polylabel(const std::vector<std::vector<MapPoint>>& rings, const MapBox& box,
                   double precision, bool& inside) {
    const Search search(rings);
    // Square cells as wide as the box is thin, but no more than 100 along it
    // however thin it is.
    const double side = std::max<double>(std::min(box.width(), box.height()),
                                         std::max(box.width(), box.height()) / 100.0);
    const double half = side / 2;
    std::priority_queue<Cell> queue;
    for (double x = box.minX; x < box.maxX; x += side)
        for (double y = box.minY; y < box.maxY; y += side)
            queue.push(search.cell(
                MapPoint{static_cast<float>(x + half), static_cast<float>(y + half)}, half));
    Cell best = search.cell(MapPoint{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2}, 0);
    for (int looked = 0; !queue.empty() && looked < kMaxCells; ++looked) {
        const Cell cell = queue.top();
        queue.pop();
        if (cell.distance > best.distance) best = cell;
        if (cell.potential() - best.distance <= precision) continue;
        const double h = cell.half / 2;
        for (double dx : {-h, h})
            for (double dy : {-h, h})
                queue.push(search.cell(MapPoint{static_cast<float>(cell.centre.x + dx),
                                                static_cast<float>(cell.centre.y + dy)},
                                       h));
    }
    inside = best.distance > 0;
    return best.centre;
}

// The middle of the widest inside stretch of the horizontal line through the
// middle of the largest ring.
MapPoint scanline(const std::vector<std::vector<MapPoint>>& rings) {
    size_t largest = 0;
    for (size_t i = 1; i < rings.size(); ++i)
        if (std::fabs(signedRingArea(rings[i])) > std::fabs(signedRingArea(rings[largest])))
            largest = i;
    const MapBox box = ringsBounds({rings[largest]});
    const double y = (static_cast<double>(box.minY) + box.maxY) / 2;
    std::vector<double> crossings;
    for (const auto& ring : rings)
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const MapPoint &a = ring[i], &b = ring[j];
            if ((a.y > y) == (b.y > y)) continue;
            crossings.push_back(a.x + (y - a.y) / (static_cast<double>(b.y) - a.y) * (b.x - a.x));
        }
    std::sort(crossings.begin(), crossings.end());
    double bestWidth = -1, bestX = (box.minX + box.maxX) / 2.0;
    for (size_t i = 0; i + 1 < crossings.size(); i += 2)
        if (crossings[i + 1] - crossings[i] > bestWidth) {
            bestWidth = crossings[i + 1] - crossings[i];
            bestX = (crossings[i] + crossings[i + 1]) / 2;
        }
    return MapPoint{static_cast<float>(bestX), static_cast<float>(y)};
}

}  // namespace

MapPoint labelPoint(const std::vector<std::vector<MapPoint>>& rings, double precision) {
    if (rings.empty() || rings[0].empty()) return MapPoint{};
    const MapBox box = ringsBounds(rings);
    if (box.width() > 0 && box.height() > 0) {
        bool inside = false;
        const MapPoint p = polylabel(rings, box, precision, inside);
        if (inside) return p;
    }
    return scanline(rings);
}

}  // namespace kiosk
