#pragma once
#include <array>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

struct ImFont;

namespace kiosk::ui {

struct Fonts;
struct LanguageFonts;

// A character drawn in a face whose glyphs lack it: Dear ImGui 1.86 draws its
// fallback glyph ("?") in its place without a word.
struct MissingGlyph {
    char32_t codepoint = 0;
    // The face's name: "display", "title", "body" or "caption" (Fonts' members),
    // with the language after it for any but the first language's fonts
    // ("title (ko)").
    std::string face;
    bool operator<(const MissingGlyph& o) const {
        return std::tie(face, codepoint) < std::tie(o.face, o.codepoint);
    }
};

// "missing glyph U+5DDD in title (川)", the line the log gets.
std::string describe(const MissingGlyph& missing);

// Checks every character of the text the kiosk draws against the glyphs of the
// face it is drawn in, and reports each one missing once per face. Checking is
// a lookup in the font's own index per character (FindGlyphNoFallback), so it
// runs on every frame for little: the default pack's busiest screen checks a
// few thousand characters a frame.
class GlyphWatch {
  public:
    using Report = std::function<void(const MissingGlyph&)>;
    // `report` hears of each missing glyph the first time it is drawn.
    explicit GlyphWatch(Report report = {}) : report_(std::move(report)) {}

    // The faces text is drawn in from now on (a pack's fonts went live), by name.
    void watch(const Fonts& fonts);
    // Every language's faces the atlas holds.
    void watch(const LanguageFonts& fonts);
    // Checks the UTF-8 text [begin, end) drawn in `font`.
    void check(const ImFont* font, const char* begin, const char* end);
    void check(const ImFont* font, const std::string& text) {
        check(font, text.data(), text.data() + text.size());
    }
    // Every glyph found missing so far, in the order they were first drawn.
    const std::vector<MissingGlyph>& missing() const { return missing_; }

  private:
    struct Face {
        const ImFont* font = nullptr;
        std::string name;
    };
    const char* nameOf(const ImFont* font) const;

    Report report_;
    std::vector<Face> faces_;
    std::set<MissingGlyph> reported_;
    std::vector<MissingGlyph> missing_;
};

// Makes `watch` the one the kiosk's text drawing reports to while this lives
// (the text helpers take no context, as the glyph sampling callbacks do not).
class GlyphWatchScope {
  public:
    explicit GlyphWatchScope(GlyphWatch& watch);
    ~GlyphWatchScope();
    GlyphWatchScope(const GlyphWatchScope&) = delete;
    GlyphWatchScope& operator=(const GlyphWatchScope&) = delete;

  private:
    GlyphWatch* previous_;
};

// The text helpers' hook (drawWrapped, textWidth, drawCenteredLine): checks
// text drawn in `font` with the watch in scope; nothing when there is none.
void watchGlyphs(const ImFont* font, const char* begin, const char* end);
inline void watchGlyphs(const ImFont* font, const std::string& text) {
    watchGlyphs(font, text.data(), text.data() + text.size());
}

}  // namespace kiosk::ui
