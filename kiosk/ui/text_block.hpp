#pragma once
#include <string>

#include "text/line_breaker.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Lays text out with the kiosk's one line breaker at `font`'s size: between
// characters, kinsoku permitting, for Japanese and Chinese; at the spaces
// between words for English and Korean.
LaidOutText layoutWith(ImFont* font, const std::string& text, float maxWidth, int maxLines = 0,
                       WordBreaks breaks = WordBreaks::BetweenIdeographs);
// The same in the visitor's language (ui.language).
LaidOutText layoutWith(const UiContext& ui, ImFont* font, const std::string& text, float maxWidth,
                       int maxLines = 0);
// How a text in `language` breaks into lines.
WordBreaks wordBreaksFor(Language language);

// Draws laid-out text from (x, y); returns the height used.
float drawLaidOut(ImDrawList& list, ImFont* font, const LaidOutText& layout, float x, float y,
                  ImU32 color, float lineSpacing = 1.45f);

// Both in one: wraps `text` into `maxWidth` and draws it; returns the height
// used. The lines' box goes in the frame's inventory (ScreenInventory::texts).
float drawWrapped(const UiContext& ui, ImFont* font, const std::string& text, float x, float y,
                  float maxWidth, ImU32 color, int maxLines = 0, float lineSpacing = 1.45f);

float lineHeight(ImFont* font, float lineSpacing = 1.45f);
float textWidth(ImFont* font, const std::string& text);

// How many times the pack's type the fonts in use are: 1, or the visitor's
// larger text size (1.4, 2). Layouts that hold type in boxes of fixed design
// size grow them by it.
float textScaleOf(const UiContext& ui);

}  // namespace kiosk::ui
