#pragma once
#include <vector>

#include "geo/map_data.hpp"

namespace kiosk {

// Where a region's label goes: a point inside the region, as far from its
// outline as `precision` (km) allows finding — an approximation of the pole of
// inaccessibility, after Mapbox's polylabel. A border shared by two of the
// region's own rings (the wards of a merged city) is not outline. For a region
// too thin for that search, the middle of the widest inside stretch of a
// horizontal line through its largest ring.
MapPoint labelPoint(const std::vector<std::vector<MapPoint>>& rings, double precision);

}  // namespace kiosk
