#pragma once
#include <imgui.h>

namespace kiosk::platform {

// Uploads ImGui's font atlas (built, its pixels not yet cleared) as a one-byte
// texture whose texels read as (1, 1, 1, coverage), and makes it the atlas's
// texture: a quarter of the RGBA texture the OpenGL 3 backend makes (12 MB less
// with the CJK glyph sets, in system memory under software rendering), drawn
// the same. A context without texture swizzle gets the RGBA texture instead.
// Returns the GL texture name, the caller's to delete.
//
// It is sampled nearest. Glyphs are drawn at their own size on whole pixels,
// and every solid fill samples the atlas's white pixel, so nearest sampling
// gives the same picture as bilinear; under software rendering (llvmpipe) it
// costs about a third less per frame at 1920x1080 (BENCHMARKS.md). Text drawn
// smaller than its font, the one case where bilinear matters, switches to it
// through the draw callbacks below. An atlas whose largest type was rasterised
// smaller than it is drawn (a size capped to fit the GPU, buildFontAtlas) is
// sampled bilinear throughout, which costs that third back only then.
unsigned uploadAlphaAtlas();

// Draw-list callbacks (ImDrawList::AddCallback) around glyphs drawn smaller:
// bilinear, then back to the atlas's own sampling.
void smoothGlyphsCallback(const ImDrawList*, const ImDrawCmd*);
void crispGlyphsCallback(const ImDrawList*, const ImDrawCmd*);

}  // namespace kiosk::platform
