#include "geo/map_arcs.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <utility>

#include "geo/map_geometry.hpp"

namespace kiosk {

namespace {

// The dropped point of arc[i..j] farthest from the segment ij; i when none.
size_t farthestBetween(const std::vector<MapPoint>& points, size_t i, size_t j, double& distance) {
    distance = -1;
    size_t at = i;
    for (size_t k = i + 1; k < j; ++k) {
        const double d = segmentDistance(points[k], points[i], points[j]);
        if (d > distance) distance = d, at = k;
    }
    return at;
}

struct Segment {
    size_t arc, from, to;  // indices into the arc's points, both kept
};

int orientation(MapPoint a, MapPoint b, MapPoint c) {
    const double v = (static_cast<double>(b.x) - a.x) * (static_cast<double>(c.y) - a.y) -
                     (static_cast<double>(b.y) - a.y) * (static_cast<double>(c.x) - a.x);
    return (v > 0) - (v < 0);
}

// A proper crossing: touching at an end (neighbouring segments, borders meeting
// at a node) is not one.
bool cross(MapPoint a, MapPoint b, MapPoint c, MapPoint d) {
    return orientation(a, b, c) * orientation(a, b, d) < 0 &&
           orientation(c, d, a) * orientation(c, d, b) < 0;
}

std::vector<Segment> keptSegments(const std::vector<MapArc>& arcs) {
    std::vector<Segment> segments;
    for (size_t a = 0; a < arcs.size(); ++a) {
        size_t from = 0;
        for (size_t k = 1; k < arcs[a].points.size(); ++k)
            if (arcs[a].keep[k]) {
                segments.push_back({a, from, k});
                from = k;
            }
    }
    return segments;
}

// Pairs of segments that cross, found through a grid of square cells so that
// only segments near each other are compared.
std::set<std::pair<size_t, size_t>> crossings(const std::vector<MapArc>& arcs,
                                              const std::vector<Segment>& segments, double cell) {
    std::unordered_map<int64_t, std::vector<size_t>> grid;
    auto cellOf = [cell](float v) { return static_cast<int64_t>(std::floor(v / cell)); };
    for (size_t s = 0; s < segments.size(); ++s) {
        const MapPoint a = arcs[segments[s].arc].points[segments[s].from];
        const MapPoint b = arcs[segments[s].arc].points[segments[s].to];
        for (int64_t x = cellOf(std::min(a.x, b.x)); x <= cellOf(std::max(a.x, b.x)); ++x)
            for (int64_t y = cellOf(std::min(a.y, b.y)); y <= cellOf(std::max(a.y, b.y)); ++y)
                grid[x * 1'000'003 + y].push_back(s);
    }
    std::set<std::pair<size_t, size_t>> found;
    for (const auto& [key, inCell] : grid)
        for (size_t i = 0; i < inCell.size(); ++i)
            for (size_t k = i + 1; k < inCell.size(); ++k) {
                const Segment &s = segments[inCell[i]], &t = segments[inCell[k]];
                const auto& p = arcs[s.arc].points;
                const auto& q = arcs[t.arc].points;
                if (cross(p[s.from], p[s.to], q[t.from], q[t.to]))
                    found.insert({std::min(inCell[i], inCell[k]), std::max(inCell[i], inCell[k])});
            }
    return found;
}

}  // namespace

void simplifyArc(MapArc& arc, double tolerance) {
    arc.keep.assign(arc.points.size(), 0);
    if (arc.points.empty()) return;
    arc.keep.front() = arc.keep.back() = 1;
    std::vector<std::pair<size_t, size_t>> stack{{0, arc.points.size() - 1}};
    // A closed arc's ends coincide; split it first at its point farthest away.
    if (arc.points.size() > 2 && arc.points.front().x == arc.points.back().x &&
        arc.points.front().y == arc.points.back().y) {
        size_t far = 0;
        double best = -1;
        for (size_t k = 1; k + 1 < arc.points.size(); ++k) {
            const double d = segmentDistance(arc.points[k], arc.points[0], arc.points[0]);
            if (d > best) best = d, far = k;
        }
        arc.keep[far] = 1;
        stack = {{0, far}, {far, arc.points.size() - 1}};
    }
    while (!stack.empty()) {
        const auto [i, j] = stack.back();
        stack.pop_back();
        double distance;
        const size_t at = farthestBetween(arc.points, i, j, distance);
        if (distance <= tolerance) continue;
        arc.keep[at] = 1;
        stack.push_back({i, at});
        stack.push_back({at, j});
    }
}

size_t repairCrossings(std::vector<MapArc>& arcs, double tolerance) {
    const double cell = std::max(1.0, 10 * tolerance);
    for (;;) {
        const std::vector<Segment> segments = keptSegments(arcs);
        const auto found = crossings(arcs, segments, cell);
        bool refined = false;
        for (const auto& [s, t] : found)
            for (size_t index : {s, t}) {
                const Segment& seg = segments[index];
                double distance;
                const size_t at = farthestBetween(arcs[seg.arc].points, seg.from, seg.to, distance);
                if (at == seg.from || arcs[seg.arc].keep[at]) continue;
                arcs[seg.arc].keep[at] = 1;
                refined = true;
            }
        // Each round keeps at least one more point, so this ends.
        if (!refined) return found.size();
    }
}

}  // namespace kiosk
