#include "font_glyph_tables.hpp"

#include <imgui.h>

#include <algorithm>

namespace kiosk::ui {

namespace {

FaceGlyphs tableOf(const ImFont* font, Language language, const char* face) {
    FaceGlyphs table;
    table.language = language;
    table.face = std::string(face) + " (" + languageCode(language) + ")";
    if (!font) return table;
    for (const ImFontGlyph& glyph : font->Glyphs) table.codepoints.push_back(glyph.Codepoint);
    std::sort(table.codepoints.begin(), table.codepoints.end());
    return table;
}

}  // namespace

std::vector<FaceGlyphs> fontGlyphTables(const LanguageFonts& fonts,
                                        const std::vector<Language>& languages) {
    std::vector<FaceGlyphs> tables;
    for (const Language language : languages) {
        const Fonts& f = fonts.of(language);
        tables.push_back(tableOf(f.display, language, "display"));
        tables.push_back(tableOf(f.title, language, "title"));
        tables.push_back(tableOf(f.body, language, "body"));
        tables.push_back(tableOf(f.caption, language, "caption"));
    }
    return tables;
}

}  // namespace kiosk::ui
