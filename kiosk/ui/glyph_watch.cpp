#include "glyph_watch.hpp"

#include <imgui.h>

#include <cstdio>

#include "font_atlas.hpp"
#include "text/utf8.hpp"

namespace kiosk::ui {

namespace {

const char* const kUnknownFont = "a font the kiosk did not build";

// The watch in scope; one kiosk draws at a time on the render thread.
GlyphWatch* watchInScope = nullptr;

bool drawable(const ImFont& font, char32_t c) {
    // This ImGui stores glyphs as 16-bit ImWchar: nothing beyond the Basic
    // Multilingual Plane has a glyph.
    return c <= 0xFFFF && font.FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
}

}  // namespace

std::string describe(const MissingGlyph& missing) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(missing.codepoint));
    return std::string("missing glyph ") + code + " in " + missing.face + " (" +
           encodeUtf8(missing.codepoint) + ")";
}

void GlyphWatch::watch(const Fonts& fonts) {
    faces_ = {Face{fonts.display, "display"}, Face{fonts.title, "title"}, Face{fonts.body, "body"},
              Face{fonts.caption, "caption"}};
}

void GlyphWatch::watch(const LanguageFonts& fonts) {
    faces_.clear();
    for (const Language language : allLanguages()) {
        if (!fonts.has(language)) continue;
        const Fonts& f = fonts.of(language);
        const std::string in =
            faces_.empty() ? std::string() : std::string(" (") + languageCode(language) + ")";
        for (const Face& face : {Face{f.display, "display"}, Face{f.title, "title"},
                                 Face{f.body, "body"}, Face{f.caption, "caption"}})
            if (nameOf(face.font) == kUnknownFont) faces_.push_back({face.font, face.name + in});
    }
}

const char* GlyphWatch::nameOf(const ImFont* font) const {
    for (const Face& face : faces_)
        if (face.font == font) return face.name.c_str();
    return kUnknownFont;
}

void GlyphWatch::check(const ImFont* font, const char* begin, const char* end) {
    if (!font) return;
    for (const char* p = begin; p < end;) {
        const char32_t c = decodeNextCodepoint(p, end);
        // Control characters (line breaks) are never drawn as glyphs.
        if (c < 0x20 || drawable(*font, c)) continue;
        MissingGlyph missing{c, nameOf(font)};
        if (!reported_.insert(missing).second) continue;
        missing_.push_back(missing);
        if (report_) report_(missing);
    }
}

GlyphWatchScope::GlyphWatchScope(GlyphWatch& watch) : previous_(watchInScope) {
    watchInScope = &watch;
}

GlyphWatchScope::~GlyphWatchScope() {
    watchInScope = previous_;
}

void watchGlyphs(const ImFont* font, const char* begin, const char* end) {
    if (watchInScope) watchInScope->check(font, begin, end);
}

}  // namespace kiosk::ui
