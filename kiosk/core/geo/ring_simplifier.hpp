#pragma once
#include <vector>

#include "geo/map_data.hpp"

namespace kiosk {

// Douglas–Peucker simplification of all the rings of a layer at once, keeping
// shared borders shared. Neighbouring municipalities, the wards of a merged
// city, and an enclave and the hole it fills trace the same border points; each
// such border is simplified once, the same way for every ring that uses it, so
// the simplified map has neither gaps nor overlapping slivers. Points where
// three or more borders meet are always kept.
//
// `tolerance` is in map kilometres. A closing point equal to the first and
// repeated points are dropped. The rings come back in the same order; a ring
// that collapses comes back with fewer than 3 points, and the caller drops it.
std::vector<std::vector<MapPoint>> simplifyRings(const std::vector<std::vector<MapPoint>>& rings,
                                                 double tolerance);

}  // namespace kiosk
