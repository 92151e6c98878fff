#pragma once
#include <memory>

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

}  // namespace kiosk::ui
