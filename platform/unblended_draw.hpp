#pragma once
#include <imgui.h>

#include "opaque_runs.hpp"

namespace kiosk::platform {

// Splits a finished frame's draw data so that its large opaque runs (see
// opaque_runs.hpp) are drawn with blending off by ImGui's OpenGL 3 renderer.
// `atlasTexture` is the font atlas's texture. Render thread, GL current.
void drawOpaqueUnblended(ImDrawData& data, unsigned atlasTexture);

// The pixels a frame split that way shades, in all and unblended.
ShadedPixels shadedPixelsOf(const ImDrawData& data);

}  // namespace kiosk::platform
