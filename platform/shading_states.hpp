#pragma once
#include <imgui.h>

#include "shading_runs.hpp"

namespace kiosk::platform {

// Splits a finished frame's draw data so that ImGui's OpenGL 3 renderer draws
// its long runs of opaque triangles with blending off and of solid ones with a
// colour-only program (see shading_runs.hpp). `atlasTexture` is the font
// atlas's texture. Render thread, GL current.
void shadeCheaply(ImDrawData& data, unsigned atlasTexture);

// The pixels a frame split that way shades: in all, unblended and solid.
ShadedPixels shadedPixelsOf(const ImDrawData& data);

}  // namespace kiosk::platform
