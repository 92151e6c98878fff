#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"

namespace kiosk {

// The official list of municipalities from the boundary data (国土数値情報 行政区域,
// N03_001 prefecture, N03_003/N03_004 names, N03_007 code), designated cities
// as one unit, plus one entry per prefecture with code PP000. Sorted by code.
std::vector<Municipality> readGeoMunicipalities(const std::string& geojsonPath,
                                                ProblemList& problems);

// The codes an association's rule selects: every 市 (kind cities) or every 町
// and 村 (kind towns) of its prefecture, minus its exclusions.
std::vector<std::string> deriveMembers(const Association& association,
                                       const std::vector<Municipality>& municipalities);

}  // namespace kiosk
