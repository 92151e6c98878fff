#pragma once
// Internal to the map's simplification (ring_simplifier.cpp): the borders of a
// layer as arcs, each stored once however many rings use it.
#include <cstddef>
#include <vector>

#include "geo/map_data.hpp"

namespace kiosk {

// A run of border points between two nodes (where three or more borders meet),
// or a whole ring that meets no other (then its last point repeats its first).
// `keep` marks the points the simplification keeps; both ends are always kept.
struct MapArc {
    std::vector<MapPoint> points;
    std::vector<char> keep;
};

// Douglas–Peucker: marks the points of the arc to keep for `tolerance` (km).
void simplifyArc(MapArc& arc, double tolerance);

// Simplification can make a kept segment cross another (a narrow bay closing,
// an island's outline cutting a coast). Finds such crossings across the whole
// layer and puts back, on each crossing segment, the dropped point farthest
// from it, until nothing crosses or only segments of the original data do.
// Returns the crossings left.
size_t repairCrossings(std::vector<MapArc>& arcs, double tolerance);

}  // namespace kiosk
