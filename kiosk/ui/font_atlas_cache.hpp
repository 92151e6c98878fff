#pragma once
#include <string>
#include <vector>

#include "font_atlas.hpp"

namespace kiosk::ui {

// What a built glyph atlas depends on, as one key: the texts' characters and
// languages, the theme's type sizes, the screen and text scale, the limits,
// the font files (path, size, modification time, inode), the ImGui and
// FreeType the kiosk was built with and this cache's format. An atlas kept
// under another key is never used.
std::string fontAtlasKey(const std::vector<NamedText>& texts, const Theme& theme,
                         float screenShortSide, float textScale, const FontSources& sources,
                         const AtlasLimits& limits);

// A built atlas kept on disk, so that a kiosk starting again on the same pack,
// fonts and screen (every morning in the lobby) reads its glyphs in a few
// milliseconds instead of rasterising thousands of them (100 to 900 ms). One
// file per key in a folder of the kiosk's own; the cache is only ever a copy:
// any file that is not exactly what was written (torn, truncated, from another
// build, edited) is ignored and the atlas built again.
class FontAtlasCache {
  public:
    // `folder`: where the files go (made when missing); empty: no cache.
    explicit FontAtlasCache(std::string folder, size_t maxBytes = kDefaultMaxBytes);

    // Fills `atlas` (empty, as buildFontAtlas takes it), `fonts` and
    // `report` from the file kept under `key`; false when there is none or it
    // does not read back whole, with `why` saying which.
    bool load(const std::string& key, ImFontAtlas& atlas, LanguageFonts& fonts,
              FontAtlasReport& report, std::string& why) const;
    // Keeps a built atlas (its pixels still in it) under `key`, written to a
    // new file and renamed over the old, then drops the least recently used
    // files past `maxBytes`. False, with `error`, when it cannot be written.
    bool save(const std::string& key, const ImFontAtlas& atlas, const LanguageFonts& fonts,
              const FontAtlasReport& report, std::string& error) const;

    bool enabled() const { return !folder_.empty(); }
    std::string fileFor(const std::string& key) const;

    // Five languages at 4K are 45 MiB an atlas; a lobby PC keeps a few.
    static constexpr size_t kDefaultMaxBytes = size_t(256) << 20;

  private:
    void dropLeastRecentlyUsed() const;

    std::string folder_;
    size_t maxBytes_;
};

// How buildFontAtlasCached went with the cache.
struct FontCacheUse {
    bool fromCache = false;  // read back, not built
    std::string file;        // the cache file read or written; empty: no cache
    std::string problem;     // why a built atlas could not be kept; empty: kept or no cache
};

// buildFontAtlas through `cache`: the kept atlas when there is one for these
// inputs, else built and kept.
bool buildFontAtlasCached(const FontAtlasCache& cache, ImFontAtlas& atlas,
                          const std::vector<NamedText>& texts, const Theme& theme,
                          float screenShortSide, float textScale, const FontSources& sources,
                          LanguageFonts& fonts, FontAtlasReport& report, std::string& error,
                          const AtlasLimits& limits, FontCacheUse& use);

}  // namespace kiosk::ui
