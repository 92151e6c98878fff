#pragma once
#include "input/kinetic_scroll.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What tells a visitor that a region scrolls: its content fades out at an edge
// with more beyond it, and a bar at its right edge shows how much there is and
// where the view is. Nothing is drawn when everything fits.
//
// `region` is the scrolled region's visible rectangle, `fill` the colour it is
// drawn on (the fades end in it), `scroll` its scroll state after setExtent.
void drawScrollCues(const UiContext& ui, const Rect& region, uint32_t fill,
                    const KineticScroll& scroll, double contentLength);

// The part of `r` (an item of scrolled content) inside `visible` (the region
// it scrolls in), empty when none is: only that part answers a touch, so that
// an item scrolled under the region's edge cannot be tapped where it is hidden.
Rect visiblePart(const Rect& r, const Rect& visible);

// The width drawScrollCues' bar takes at the region's right edge, which the
// content should leave free.
float scrollBarRoom(const UiContext& ui);

}  // namespace kiosk::ui
