#pragma once
#include <imgui.h>

#include <cstdint>
#include <string>

#include "input/rect.hpp"

namespace kiosk::ui {

// A point on the screen: short, so that a shape's corners fit on one line of a
// draw call (list.AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()), ...)).
inline ImVec2 v(float x, float y) {
    return ImVec2(x, y);
}

// 0xRRGGBB from the theme to ImGui's packed colour, with an opacity.
ImU32 themeColor(uint32_t rgb, float alpha = 1.0f);
// Mixes two theme colours (t = 0 gives a, 1 gives b).
uint32_t mixColor(uint32_t a, uint32_t b, float t);

// Draw-list callbacks, set by the renderer, that switch the glyph atlas to
// smooth (bilinear) sampling and back to crisp (nearest): glyphs drawn at their
// own size are crisp and cheaper so; text shrunk to fit needs smooth sampling.
struct GlyphSampling {
    ImDrawCallback smooth = nullptr;
    ImDrawCallback crisp = nullptr;
};
void setGlyphSampling(const GlyphSampling& sampling);

// `r` with each edge moved to the nearest whole pixel, so that a fill and an
// outline drawn on it fall on pixel rows and columns: no 1-px jogs where a
// fractional edge would be shaded on one side and not on the other.
kiosk::Rect snapped(const kiosk::Rect& r);
// A stroke's thickness in whole pixels, at least one, so that it reads the
// same along its length and at any screen size.
float wholePixels(float thickness);
// An outline lying inside `r` (snapped), `thickness` whole pixels wide.
void drawOutline(ImDrawList& list, const kiosk::Rect& r, ImU32 color, float rounding,
                 float thickness, ImDrawFlags flags = 0);
// A horizontal rule from x0 to x1 whose top is the pixel row nearest `y`: one
// thickness in whole pixels along its length.
void drawRule(ImDrawList& list, float x0, float x1, float y, float thickness, ImU32 color);

// Draws one line of text centred on `centerX` with its top at `top`; shrinks
// it to fit `maxWidth` rather than letting it run off the screen.
void drawCenteredLine(ImDrawList& list, ImFont* font, const std::string& text, float centerX,
                      float top, float maxWidth, ImU32 color);

// Opens the borderless window that covers the whole display; every screen draws
// inside one. Pair with ImGui::End().
void beginFullScreenWindow(const char* name);

}  // namespace kiosk::ui
