#include "paint.hpp"

#include <algorithm>
#include <cmath>

#include "glyph_watch.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

ImU32 themeColor(uint32_t rgb, float alpha) {
    const int a = static_cast<int>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f);
    return IM_COL32((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255, a);
}

uint32_t mixColor(uint32_t a, uint32_t b, float t) {
    uint32_t out = 0;
    for (int shift = 16; shift >= 0; shift -= 8) {
        const float ca = float((a >> shift) & 255), cb = float((b >> shift) & 255);
        out |= uint32_t(ca + (cb - ca) * t + 0.5f) << shift;
    }
    return out;
}

kiosk::Rect snapped(const kiosk::Rect& r) {
    const float x = std::round(r.x), y = std::round(r.y);
    return {x, y, std::round(r.right()) - x, std::round(r.bottom()) - y};
}

float wholePixels(float thickness) {
    return std::max(1.0f, std::round(thickness));
}

void drawOutline(ImDrawList& list, const kiosk::Rect& r, ImU32 color, float rounding,
                 float thickness, ImDrawFlags flags) {
    const kiosk::Rect s = snapped(r);
    const float t = wholePixels(thickness);
    // ImGui strokes AddRect's path half a pixel in from the corners it is
    // given; moving them in by the rest of half the thickness lays the stroke
    // exactly on the outermost `t` pixel rows and columns.
    const float in = t * 0.5f - 0.5f;
    list.AddRect(v(s.x + in, s.y + in), v(s.right() - in, s.bottom() - in), color,
                 std::max(0.0f, rounding - in), flags, t);
}

void drawRule(ImDrawList& list, float x0, float x1, float y, float thickness, ImU32 color) {
    const float top = std::round(y);
    list.AddRectFilled(v(std::round(x0), top), v(std::round(x1), top + wholePixels(thickness)),
                       color);
}

namespace {
GlyphSampling glyphSampling;
}  // namespace

void setGlyphSampling(const GlyphSampling& sampling) {
    glyphSampling = sampling;
}

void drawCenteredLine(ImDrawList& list, ImFont* font, const std::string& text, float centerX,
                      float top, float maxWidth, ImU32 color) {
    float size = font->FontSize;
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    watchGlyphs(font, begin, end);
    ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end);
    if (extent.x > maxWidth && extent.x > 0.0f) {
        size *= maxWidth / extent.x;
        extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, begin, end);
    }
    const bool shrunk = size != font->FontSize && glyphSampling.smooth && glyphSampling.crisp;
    if (shrunk) list.AddCallback(glyphSampling.smooth, nullptr);
    list.AddText(font, size, ImVec2(centerX - extent.x * 0.5f, top), color, begin, end);
    recordText(size, ImVec2(centerX - extent.x * 0.5f, top), extent.x, text);
    if (shrunk) list.AddCallback(glyphSampling.crisp, nullptr);
}

void beginFullScreenWindow(const char* name) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                     ImGuiWindowFlags_NoBackground);
    ImGui::PopStyleVar(2);
}

}  // namespace kiosk::ui
