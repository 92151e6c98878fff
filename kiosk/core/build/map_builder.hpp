#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/problem.hpp"
#include "geo/map_data.hpp"

namespace kiosk {

// Triangulates one region (its rings filled by the even-odd rule) into indices
// of the rings' points taken in order; empty when it cannot. Injected so that
// the core stays free of GL headers: kiosk-pack passes the GLU tessellator.
using Triangulator =
    std::function<std::vector<uint32_t>(const std::vector<std::vector<MapPoint>>& rings)>;

struct MapBuildOptions {
    // Folder with prefectures-s0010.geojson and by-prefecture-s0010/.
    std::string geoDir;
    // Two-digit codes of the prefectures whose municipalities the map shows, all of them.
    std::vector<std::string> prefectures;
    // Single municipalities the map shows besides (the hub's): of a prefecture
    // not listed above, only these.
    std::vector<std::string> municipalities;
    // Douglas–Peucker tolerances in map kilometres. Japan whole on a 1920-pixel
    // screen is ~1.6 km a pixel, so 0.4 km keeps prefectures exact to a quarter
    // pixel; municipalities are looked at zoomed in, hence finer.
    double municipalityTolerance = 0.15;
    double prefectureTolerance = 0.4;
    MapProjection projection;
};

// Builds the pack's map from the boundary data: projects, simplifies (shared
// borders alike on both sides), drops rings that collapse, places labels and
// triangulates. The wards of a designated city become one region under the
// city's code, found by name in `official` (the official list, designated cities
// as one unit), because associations count the city, not its wards.
std::optional<MapData> buildMapData(const MapBuildOptions& options,
                                    const std::vector<Municipality>& official,
                                    const Triangulator& triangulate, ProblemList& problems);

}  // namespace kiosk
