#include "text_block.hpp"

#include <algorithm>

#include "glyph_watch.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

LaidOutText layoutWith(ImFont* font, const std::string& text, float maxWidth, int maxLines,
                       WordBreaks breaks) {
    const CharacterWidth width = [font](char32_t c) {
        return c <= 0xFFFF ? font->GetCharAdvance(static_cast<ImWchar>(c)) : font->FallbackAdvanceX;
    };
    return layoutText(text, TextBox{maxWidth, maxLines}, width, breaks);
}

LaidOutText layoutWith(const UiContext& ui, ImFont* font, const std::string& text, float maxWidth,
                       int maxLines) {
    return layoutWith(font, text, maxWidth, maxLines, wordBreaksFor(ui.language));
}

WordBreaks wordBreaksFor(Language language) {
    // English breaks the same either way (its words hold no ideographs), and
    // a Japanese name left in an English text still breaks between its
    // characters; Korean breaks only between its words.
    return language == Language::Korean ? WordBreaks::AtSpaces : WordBreaks::BetweenIdeographs;
}

float lineHeight(ImFont* font, float lineSpacing) {
    return font->FontSize * lineSpacing;
}

float drawLaidOut(ImDrawList& list, ImFont* font, const LaidOutText& layout, float x, float y,
                  ImU32 color, float lineSpacing) {
    const float step = lineHeight(font, lineSpacing);
    // Centre the glyphs in the taller line box, as CSS line-height does.
    const float lead = (step - font->FontSize) * 0.5f;
    for (size_t i = 0; i < layout.lines.size(); ++i) {
        const std::string& line = layout.lines[i];
        watchGlyphs(font, line);
        const ImVec2 at(x, y + lead + step * float(i));
        list.AddText(font, font->FontSize, at, color, line.c_str(), line.c_str() + line.size());
        recordText(font->FontSize, at, i < layout.widths.size() ? layout.widths[i] : 0.0f, line);
    }
    return step * float(layout.lines.size());
}

float drawWrapped(const UiContext& ui, ImFont* font, const std::string& text, float x, float y,
                  float maxWidth, ImU32 color, int maxLines, float lineSpacing) {
    return drawLaidOut(*ui.list, font, layoutWith(ui, font, text, maxWidth, maxLines), x, y, color,
                       lineSpacing);
}

float textScaleOf(const UiContext& ui) {
    if (!ui.pack || !ui.fonts || !ui.fonts->body) return 1.0f;
    const float standard = float(ui.pack->theme.body) * std::min(ui.screen.w, ui.screen.h);
    return standard > 0.0f ? ui.fonts->body->FontSize / standard : 1.0f;
}

float textWidth(ImFont* font, const std::string& text) {
    watchGlyphs(font, text);  // measured to be drawn, often by ImGui directly
    return font
        ->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.c_str(), text.c_str() + text.size())
        .x;
}

}  // namespace kiosk::ui
