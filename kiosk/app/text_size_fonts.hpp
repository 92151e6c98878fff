#pragma once
#include <array>
#include <memory>
#include <vector>

#include "content/pack.hpp"
#include "font_atlas_slot.hpp"
#include "options.hpp"
#include "session/access_choices.hpp"

namespace kiosk {

// One pack's fonts at the text sizes a visitor may choose on the access
// screen (the pack's type, 1.4 and 2 times it), each rasterised at its size
// into an atlas of its own. ImGui draws a frame from the one atlas in its
// place, so a visitor's size goes there between frames and the frames after
// draw only with it. The first time a visitor picks a size, a worker builds
// it (with the standard size again: the atlas the pack started with gave its
// pixels to the display, so it could not come back); from then on each size
// is kept, with its pixels, for the next visitors.
class TextSizeFonts {
  public:
    TextSizeFonts() = default;
    TextSizeFonts(const TextSizeFonts&) = delete;
    TextSizeFonts& operator=(const TextSizeFonts&) = delete;
    // Takes whichever kept atlas is in ImGui's place out of it.
    ~TextSizeFonts();

    // `size` can go in ImGui's place now: it is kept, and so is the standard
    // size to come back to.
    bool ready(TextSize size) const;
    // The sizes a build must make before `size` is ready, the standard one first.
    std::vector<TextSize> missingFor(TextSize size) const;
    void keep(TextSize size, std::unique_ptr<ui::KeptFontAtlas> fonts);
    const ui::KeptFontAtlas* kept(TextSize size) const;
    // The memory the kept atlases' pixels take, in bytes.
    size_t bytes() const;

  private:
    std::array<std::unique_ptr<ui::KeptFontAtlas>, 3> kept_;
};

// On a worker: `pack`'s fonts at `size` for a screen whose shorter side is
// `shortSide`, within `maxTextureSize` pixels a side (0: no limit but the
// atlas's own), in an atlas of their own, kept; null when they cannot be built.
std::unique_ptr<ui::KeptFontAtlas> buildTextSizeFonts(const Pack& pack, const AppOptions& options,
                                                      float shortSide, int maxTextureSize,
                                                      TextSize size);

}  // namespace kiosk
