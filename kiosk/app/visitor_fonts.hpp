#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "content/pack.hpp"
#include "font_atlas_slot.hpp"
#include "options.hpp"
#include "session/access_choices.hpp"

namespace kiosk {

// Which fonts a frame draws with: the visitor's text size, and the face of
// Noto Sans CJK their language takes its Han forms from (notoCjkFace). Every
// atlas also holds the pack's first language's fonts (the attract loop's, and
// the call to action's in every language), so a visitor in Korean is drawn
// from an atlas of Japanese, English and Korean fonts, never of all five.
struct FontKey {
    TextSize size = TextSize::Standard;
    int face = 0;

    bool operator==(const FontKey& o) const { return size == o.size && face == o.face; }
    bool operator!=(const FontKey& o) const { return !(*this == o); }
};

// The fonts a visitor in `language` at `size` needs.
FontKey fontKeyFor(TextSize size, Language language);

// The pack's first language's fonts at the standard size: what the kiosk
// starts with and comes back to.
FontKey homeFontKey(const Pack& pack);

// The languages whose own fonts an atlas for `key` holds: the pack's languages
// that take their Han forms from the first language's face or from key's.
std::vector<Language> fontLanguages(const Pack& pack, const FontKey& key);

// One pack's fonts at the text sizes and in the languages visitors chose, each
// rasterised into an atlas of its own. ImGui draws a frame from the one atlas
// in its place, so a visitor's fonts go there between frames and the frames
// after draw only with them. The first time a visitor picks a size or a
// language, a worker builds its fonts (with the home fonts again: the atlas
// the pack started with gave its pixels to the display, so it could not come
// back); from then on they are kept, with their pixels, for the next
// visitors: the home fonts always, and the three others used last.
class VisitorFonts {
  public:
    // Kept besides the home fonts: enough for a visitor at each larger size in
    // a language of their own, not every size in every language (at 1080 an
    // atlas with Chinese fonts at twice the type holds 46 MiB).
    static constexpr size_t kKeptBesidesHome = 3;

    explicit VisitorFonts(FontKey home = {}) : home_(home) {}
    VisitorFonts(const VisitorFonts&) = delete;
    VisitorFonts& operator=(const VisitorFonts&) = delete;
    // Takes whichever kept atlas is in ImGui's place out of it.
    ~VisitorFonts();

    FontKey home() const { return home_; }
    // `key` can go in ImGui's place now: it is kept, and so are the home fonts
    // to come back to.
    bool ready(const FontKey& key) const;
    // The fonts a build must make before `key` is ready, the home ones first.
    std::vector<FontKey> missingFor(const FontKey& key) const;
    // Keeps `fonts` for `key`, letting go of the least recently used fonts
    // beyond kKeptBesidesHome, never the home fonts nor those of `inUse`.
    void keep(const FontKey& key, std::unique_ptr<ui::KeptFontAtlas> fonts, const FontKey& inUse);
    const ui::KeptFontAtlas* kept(const FontKey& key) const;
    // `key`'s fonts went in ImGui's place: the last to be let go.
    void used(const FontKey& key);
    size_t count() const { return kept_.size(); }
    // The memory the kept atlases' pixels take, in bytes.
    size_t bytes() const;

  private:
    struct Kept {
        FontKey key;
        std::unique_ptr<ui::KeptFontAtlas> fonts;
        uint64_t lastUsed = 0;
    };
    const Kept* find(const FontKey& key) const;

    FontKey home_;
    std::vector<Kept> kept_;
    uint64_t uses_ = 0;
};

// On a worker: `pack`'s fonts for `key` on a screen whose shorter side is
// `shortSide`, within `maxTextureSize` pixels a side (0: no limit but the
// atlas's own), in an atlas of their own, kept; null when they cannot be built.
std::unique_ptr<ui::KeptFontAtlas> buildVisitorFonts(const Pack& pack, const AppOptions& options,
                                                     float shortSide, int maxTextureSize,
                                                     const FontKey& key);

}  // namespace kiosk
