#pragma once
#include <cstdint>
#include <vector>

#include "geo/map_data.hpp"

namespace kiosk {

// The map builder's Triangulator (build/map_builder.hpp), done by the GLU
// tessellator: rings filled by the odd winding rule, islands and holes alike.
// Tessellation needs no GL context. Where simplified rings cross, GLU makes a
// new vertex; the triangles may only index the rings' own points, so that
// vertex takes the place of the nearest contributing point (the one with the
// largest weight), a shift of at most the simplification's tolerance. Empty when
// GLU reports an error.
std::vector<uint32_t> triangulateWithGlu(const std::vector<std::vector<MapPoint>>& rings);

}  // namespace kiosk
