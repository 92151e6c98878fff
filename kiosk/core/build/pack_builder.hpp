#pragma once
#include <string>

#include "content/problem.hpp"

namespace kiosk {

struct PackBuildOptions {
    std::string sourceDir;
    std::string outputDir;
    // Folder with the boundary data (municipalities-designated-city-s0001.geojson).
    std::string geoDir;
    // Font for the glyph check of the result; no check when empty.
    std::string fontPath;
};

// Turns a source pack into a pack the kiosk loads: derives each association's
// members from the boundary data, writes the official municipality list, copies
// the content and writes the manifest with every file's size and SHA-256. The
// output replaces `outputDir` only when the result loads without errors.
bool buildPack(const PackBuildOptions& options, ProblemList& problems);

}  // namespace kiosk
