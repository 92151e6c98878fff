#pragma once
#include <vector>

#include "geo/map_data.hpp"

namespace kiosk {

// Plane geometry on map points (square kilometres), shared by the map builder,
// its checks and the tests.

// Shoelace area of one ring; its sign follows the ring's direction.
double signedRingArea(const std::vector<MapPoint>& ring);

// The area the even-odd rule fills: each ring adds or removes its area by its
// nesting depth (an island in a lake in an island adds again). Assumes the
// rings do not cross, which holds for boundary data.
double regionArea(const std::vector<std::vector<MapPoint>>& rings);

// Sum of the areas of the region's triangles.
double trianglesArea(const MapRegion& region);

MapBox ringsBounds(const std::vector<std::vector<MapPoint>>& rings);
MapBox unite(const MapBox& a, const MapBox& b);

// Distance from p to the segment ab.
double segmentDistance(MapPoint p, MapPoint a, MapPoint b);

}  // namespace kiosk
