#include "text_recording.hpp"

#include <cfloat>

namespace kiosk::ui {

namespace {
// The inventory in scope; render thread only, as drawing is.
ScreenInventory* recordingInScope = nullptr;
}  // namespace

TextRecordingScope::TextRecordingScope(ScreenInventory& inventory) : previous_(recordingInScope) {
    recordingInScope = &inventory;
}

TextRecordingScope::~TextRecordingScope() {
    recordingInScope = previous_;
}

void recordText(float sizePx, ImVec2 at, float width, const std::string& text) {
    if (recordingInScope && !text.empty())
        recordingInScope->addText(Rect{at.x, at.y, width, sizePx}, sizePx, text);
}

void recordText(ImFont* font, float sizePx, ImVec2 at, const std::string& text) {
    if (!recordingInScope || text.empty()) return;  // measured only when recorded
    const float width =
        font->CalcTextSizeA(sizePx, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size()).x;
    recordText(sizePx, at, width, text);
}

}  // namespace kiosk::ui
