#pragma once
#include <imgui.h>

#include <string>

#include "input/screen_inventory.hpp"

namespace kiosk::ui {

// Makes `inventory` the one the kiosk's text drawing records its runs into
// while this lives: the text helpers (drawLaidOut, drawCenteredLine) take a
// draw list, not a UiContext, as the glyph watch's hook does not either.
// The shell opens one around each visitor frame, so that speech and the
// access check see every line of text with the size it was drawn at.
class TextRecordingScope {
  public:
    explicit TextRecordingScope(ScreenInventory& inventory);
    ~TextRecordingScope();
    TextRecordingScope(const TextRecordingScope&) = delete;
    TextRecordingScope& operator=(const TextRecordingScope&) = delete;

  private:
    ScreenInventory* previous_;
};

// Records one line of `text` drawn in `font` at `sizePx` with its top left at
// `at` (nothing without a scope). Call beside a direct AddText.
void recordText(ImFont* font, float sizePx, ImVec2 at, const std::string& text);
// The same for a line whose width is known.
void recordText(float sizePx, ImVec2 at, float width, const std::string& text);

}  // namespace kiosk::ui
