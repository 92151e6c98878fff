#pragma once
#include <imgui.h>

#include "shading_runs.hpp"

namespace kiosk::platform {

// Splits a finished frame's draw data so that ImGui's OpenGL 3 renderer draws
// its long runs of opaque triangles with blending off and of solid ones with a
// colour-only program (see shading_runs.hpp). `atlasTexture` is the font
// atlas's texture. Render thread, GL current.
void shadeCheaply(ImDrawData& data, unsigned atlasTexture);

// The draw-list callbacks that bracket a picture drawn with its shade in one
// opaque pass (ui::ShadedPictureCallbacks: the first one's data is the shade's
// colour). Render thread, GL current when they run.
ImDrawCallback shadedPictureOnCallback();
ImDrawCallback shadedPictureOffCallback();

// The pixels a frame split that way shades: in all, unblended and solid.
ShadedPixels shadedPixelsOf(const ImDrawData& data);

}  // namespace kiosk::platform
