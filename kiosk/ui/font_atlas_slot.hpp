#pragma once
#include <memory>
#include <vector>

#include "font_atlas.hpp"

struct ImFontAtlas;

namespace kiosk::ui {

// Deletes an atlas the way ImGui allocates one (IM_NEW / IM_DELETE).
struct FontAtlasDeleter {
    void operator()(ImFontAtlas* atlas) const;
};
using FontAtlasPtr = std::unique_ptr<ImFontAtlas, FontAtlasDeleter>;

// A new, empty atlas: a pack's fonts are built into one on a worker (a pack
// switch) while frames keep drawing from the atlas in ImGui's place.
FontAtlasPtr newFontAtlas();

// Puts `atlas` in the current ImGui context's place (io.Fonts) for the frames
// to come; the GL font texture must be refreshed after. Returns the atlas it
// replaces when the context owned that one (the fonts built at start-up), so
// that the caller frees it once nothing draws with its fonts; null otherwise.
FontAtlasPtr installFontAtlas(ImFontAtlas* atlas);

// Its owner is about to delete `atlas`: when it is in ImGui's place, an empty
// one takes its place, so that nothing (the GL backend shutting down) reaches a
// deleted atlas.
void releaseFontAtlas(ImFontAtlas* atlas);

// An atlas that leaves ImGui's place and comes back (one text size's fonts,
// between visitors). A frame draws from one atlas, and the display frees an
// atlas's pixels once it has made them a texture; so a copy of the pixels is
// kept here, to make the texture again each time the atlas comes back.
struct KeptFontAtlas {
    FontAtlasPtr atlas;
    LanguageFonts fonts;                // in `atlas`
    std::vector<unsigned char> pixels;  // its coverage, one byte a pixel, row by row
    // The memory it holds while kept, in bytes.
    size_t bytes() const { return pixels.size(); }
};

// Keeps `atlas`, just built with `fonts` (its pixels still in it), taking its
// pixels out of ImGui's hands.
std::unique_ptr<KeptFontAtlas> keepFontAtlas(FontAtlasPtr atlas, const LanguageFonts& fonts);

// Puts `kept` in ImGui's place with its pixels ready for the display's upload
// (refresh the GL font texture after); returns what installFontAtlas does.
FontAtlasPtr installKeptFontAtlas(const KeptFontAtlas& kept);

}  // namespace kiosk::ui
