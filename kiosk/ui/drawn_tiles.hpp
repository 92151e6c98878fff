#pragma once
#include <imgui.h>

#include "geo/tile_coverage.hpp"
#include "input/rect.hpp"

namespace kiosk::ui {

// Covers in `tiles` every tile that a triangle of `list` (drawn into the
// picture `tiles` describes, at its pixels) reaches: the triangle's bounds
// within its command's clip rectangle, grown by two pixels, so that a texel a
// linear sample of a tile left out could read is never one drawn on.
void markDrawnTiles(const ImDrawList& list, TileCoverage& tiles);

// Adds `texture` (rows bottom up, as rendered) stretched over `at`, as the
// runs of its covered tiles instead of one quad: the pixels left out are
// those the whole quad would have left as they were (clear texels, blended
// over). Neighbouring runs share their edges exactly, so no pixel is drawn
// twice or missed.
void addTextureRuns(ImDrawList& list, ImTextureID texture, const Rect& at,
                    const TileCoverage& tiles);

}  // namespace kiosk::ui
