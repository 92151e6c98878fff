#include "geo/ring_simplifier.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <unordered_map>
#include <utility>

#include "geo/map_arcs.hpp"

namespace kiosk {

namespace {

using Ring = std::vector<MapPoint>;

// Exact identity of a point: shared borders repeat the very same coordinates.
uint64_t keyOf(MapPoint p) {
    uint32_t x, y;
    std::memcpy(&x, &p.x, sizeof x);
    std::memcpy(&y, &p.y, sizeof y);
    return static_cast<uint64_t>(x) << 32 | y;
}

// The distinct points a point is joined to, across every ring that uses it.
// Two means it lies inside a border (or a coast); three or more make it a node
// where borders meet.
struct Links {
    uint64_t first = 0, second = 0;
    int count = 0;

    void add(uint64_t neighbour) {
        if (count >= 1 && neighbour == first) return;
        if (count >= 2 && neighbour == second) return;
        if (count == 0)
            first = neighbour;
        else if (count == 1)
            second = neighbour;
        ++count;
    }
    bool node() const { return count >= 3; }
};

Ring cleaned(const Ring& ring) {
    Ring out;
    for (const MapPoint& p : ring)
        if (out.empty() || keyOf(out.back()) != keyOf(p)) out.push_back(p);
    while (out.size() > 1 && keyOf(out.front()) == keyOf(out.back())) out.pop_back();
    return out;
}

// A ring as the arcs it runs along, each forwards or backwards.
struct ArcUse {
    size_t arc;
    bool reversed;
};

// Every border once. An arc is stored in a direction fixed by its content, so
// the ring on the other side of a border, which walks it backwards, finds the
// same arc: its first two points name it (a border's points have two
// neighbours each, so they decide the rest).
class ArcTable {
  public:
    ArcUse add(std::vector<MapPoint> points) {
        bool reversed = keyOf(points.back()) < keyOf(points.front());
        if (keyOf(points.back()) == keyOf(points.front()) && points.size() > 2)
            reversed = keyOf(points[points.size() - 2]) < keyOf(points[1]);
        if (reversed) std::reverse(points.begin(), points.end());
        const auto key = std::make_pair(keyOf(points[0]), keyOf(points[1]));
        const auto [it, added] = index_.emplace(key, arcs_.size());
        if (added) arcs_.push_back(MapArc{std::move(points), {}});
        return ArcUse{it->second, reversed};
    }
    std::vector<MapArc>& arcs() { return arcs_; }

  private:
    std::vector<MapArc> arcs_;
    std::map<std::pair<uint64_t, uint64_t>, size_t> index_;
};

// A ring that meets no other starts at its smallest point, towards its smaller
// neighbour, and closes on its start.
std::vector<MapPoint> loopArc(const Ring& ring) {
    const size_t n = ring.size();
    size_t start = 0;
    for (size_t i = 1; i < n; ++i)
        if (keyOf(ring[i]) < keyOf(ring[start])) start = i;
    const bool backwards = keyOf(ring[(start + n - 1) % n]) < keyOf(ring[(start + 1) % n]);
    std::vector<MapPoint> points;
    for (size_t k = 0; k <= n; ++k)
        points.push_back(ring[backwards ? (start + n - k % n) % n : (start + k) % n]);
    return points;
}

std::vector<ArcUse> splitIntoArcs(const Ring& ring,
                                  const std::unordered_map<uint64_t, Links>& links,
                                  ArcTable& table) {
    const size_t n = ring.size();
    std::vector<size_t> nodes;
    for (size_t i = 0; i < n; ++i)
        if (links.at(keyOf(ring[i])).node()) nodes.push_back(i);
    if (nodes.empty()) return {table.add(loopArc(ring))};
    std::vector<ArcUse> uses;
    for (size_t k = 0; k < nodes.size(); ++k) {
        const size_t to = k + 1 < nodes.size() ? nodes[k + 1] : nodes[0] + n;
        std::vector<MapPoint> points;
        for (size_t i = nodes[k]; i <= to; ++i) points.push_back(ring[i % n]);
        uses.push_back(table.add(std::move(points)));
    }
    return uses;
}

Ring joinArcs(const std::vector<ArcUse>& uses, const std::vector<MapArc>& arcs) {
    Ring ring;
    for (const ArcUse& use : uses) {
        const MapArc& arc = arcs[use.arc];
        const size_t n = arc.points.size();
        // Each arc's last point is the next one's first (or the loop's start).
        for (size_t k = 0; k + 1 < n; ++k) {
            const size_t i = use.reversed ? n - 1 - k : k;
            if (arc.keep[i]) ring.push_back(arc.points[i]);
        }
    }
    return ring;
}

}  // namespace

std::vector<std::vector<MapPoint>> simplifyRings(const std::vector<std::vector<MapPoint>>& rings,
                                                 double tolerance) {
    std::vector<Ring> clean;
    clean.reserve(rings.size());
    for (const auto& ring : rings) clean.push_back(cleaned(ring));

    std::unordered_map<uint64_t, Links> links;
    for (const auto& ring : clean) {
        const size_t n = ring.size();
        for (size_t i = 0; i < n; ++i) {
            Links& l = links[keyOf(ring[i])];
            l.add(keyOf(ring[(i + n - 1) % n]));
            l.add(keyOf(ring[(i + 1) % n]));
        }
    }

    ArcTable table;
    std::vector<std::vector<ArcUse>> uses;
    for (const auto& ring : clean)
        uses.push_back(ring.size() < 3 ? std::vector<ArcUse>{} : splitIntoArcs(ring, links, table));
    for (MapArc& arc : table.arcs()) simplifyArc(arc, tolerance);
    repairCrossings(table.arcs(), tolerance);

    std::vector<Ring> out;
    out.reserve(clean.size());
    for (size_t r = 0; r < clean.size(); ++r)
        out.push_back(clean[r].size() < 3 ? clean[r] : joinArcs(uses[r], table.arcs()));
    return out;
}

}  // namespace kiosk
