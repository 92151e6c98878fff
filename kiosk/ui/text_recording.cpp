#include "text_recording.hpp"

#include <imgui_internal.h>

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

// Whether a line at `at`, `width` wide and `sizePx` tall, shows whole within
// what the window's drawing is clipped to now: a line scrolled out of a
// list's view, or cut at its edge, is not read (yet).
bool showsWhole(ImVec2 at, float width, float sizePx) {
    if (!ImGui::GetCurrentContext() || !ImGui::GetCurrentWindowRead()) return true;
    const ImDrawList* list = ImGui::GetWindowDrawList();
    const ImVec2 min = list->GetClipRectMin(), max = list->GetClipRectMax();
    return at.x >= min.x - 0.5f && at.x + width <= max.x + 0.5f && at.y >= min.y - 0.5f &&
           at.y + sizePx <= max.y + 0.5f;
}

void recordText(float sizePx, ImVec2 at, float width, const std::string& text) {
    if (recordingInScope && !text.empty() && showsWhole(at, width, sizePx))
        recordingInScope->addText(Rect{at.x, at.y, width, sizePx}, sizePx, text);
}

void recordText(ImFont* font, float sizePx, ImVec2 at, const std::string& text) {
    if (!recordingInScope || text.empty()) return;  // measured only when recorded
    const float width =
        font->CalcTextSizeA(sizePx, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size()).x;
    recordText(sizePx, at, width, text);
}

}  // namespace kiosk::ui
