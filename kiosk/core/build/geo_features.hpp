#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "content/problem.hpp"

namespace kiosk {

// One feature of a 国土数値情報 行政区域 GeoJSON file: its N03 properties (empty
// where null) and its outline as longitude/latitude rings, outer rings and
// holes of every polygon together (the map fills them by the even-odd rule).
struct GeoFeature {
    std::string prefecture;                                 // N03_001
    std::string cityOrCounty;                               // N03_003: a designated city or a 郡
    std::string name;                                       // N03_004
    std::string code;                                       // N03_007
    std::vector<std::vector<std::array<double, 2>>> rings;  // empty for a null geometry
    size_t index = 0;                                       // in the file's "features"
};

// Reads every feature; reports a file that cannot be read or a geometry that
// is neither a Polygon nor a MultiPolygon of [lon, lat] positions.
std::optional<std::vector<GeoFeature>> readGeoFeatures(const std::string& path,
                                                       ProblemList& problems);

}  // namespace kiosk
