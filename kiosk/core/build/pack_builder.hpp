#pragma once
#include <functional>
#include <string>
#include <vector>

#include "build/map_builder.hpp"
#include "content/problem.hpp"
#include "places/place_names.hpp"

namespace kiosk {

struct PackBuildOptions {
    std::string sourceDir;
    std::string outputDir;
    // Folder with the boundary data (municipalities-designated-city-s0001.geojson,
    // and for the map prefectures-s0010.geojson and by-prefecture-s0010/).
    std::string geoDir;
    // Fonts for the glyph check of the result (regular and bold); no check
    // when empty.
    std::string fontPath;
    std::string boldFontPath;
    // Triangulates the map's regions; without one the pack gets no map.bin.
    Triangulator triangulate;
    // The map's tolerances and projection; buildPack fills in its geoDir and
    // prefectures.
    MapBuildOptions map;
    // The Chinese forms of the places' names (kiosk-pack gives one that asks
    // OpenCC); without one the names have no Chinese of their own.
    ChineseConverter chinese;
    // Makes the narration of the built pack (`built`, loaded from `staging`),
    // naming the files it wrote in `written`; kiosk-pack gives one that runs
    // espeak-ng and MeCab. Without one the pack has no narration.
    std::function<bool(const Pack& built, const std::string& staging,
                       std::vector<std::string>& written, ProblemList& problems)>
        narrate;
};

// Turns a source pack into a pack the kiosk loads: derives each association's
// members from the boundary data, writes the official municipality list and the
// map (every prefecture; the municipalities of the associations' prefectures and
// of the hub pack.json names), copies the content and writes the manifest with every
// file's size and SHA-256. The output replaces `outputDir` only when the result
// loads without errors.
bool buildPack(const PackBuildOptions& options, ProblemList& problems);

}  // namespace kiosk
