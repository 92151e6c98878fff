#pragma once
#include <imgui.h>

namespace kiosk::platform {

// How the font atlas is sampled. Glyphs are drawn at their own size on whole
// pixels, and every solid fill samples the atlas's white pixel, so nearest
// sampling gives the same picture as bilinear; under software rendering
// (llvmpipe) it costs about a third less per frame at 1920x1080
// (BENCHMARKS.md). Text drawn smaller than its font, the one case where
// bilinear matters, switches to it through the draw callbacks below.
void useCrispGlyphSampling();

// Draw-list callbacks (ImDrawList::AddCallback) around glyphs drawn scaled.
void smoothGlyphsCallback(const ImDrawList*, const ImDrawCmd*);
void crispGlyphsCallback(const ImDrawList*, const ImDrawCmd*);

}  // namespace kiosk::platform
