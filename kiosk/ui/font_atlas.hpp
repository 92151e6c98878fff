#pragma once
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/pack_texts.hpp"
#include "text/atlas_plan.hpp"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

// The four type sizes of the theme, built for one screen size.
struct Fonts {
    ImFont* display = nullptr;
    ImFont* title = nullptr;
    ImFont* body = nullptr;
    ImFont* caption = nullptr;
};

// Where the typefaces come from: Noto Sans CJK from Debian's fonts-noto-cjk by
// default (face 0 of the collection is the Japanese one).
struct FontSources {
    std::string regular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    std::string bold = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
    int face = 0;
};

struct FontAtlasReport {
    // One line per character a font file lacks, naming the font, its faces
    // and a string that needs it.
    std::vector<std::string> missingGlyphs;
    // Distinct characters in the atlas.
    int glyphCount = 0;
    // The atlas texture, in pixels.
    int atlasWidth = 0, atlasHeight = 0;
    // One line when the largest type is rasterised smaller and drawn scaled
    // (planGlyphAtlas's cap); empty when every size is rasterised as drawn.
    std::string capped;
};

// Builds the atlas from exactly the characters `texts` use, every one of them
// in every face (body, caption, title, display) its font file can draw, so that
// whatever a screen sets in whichever face, rare kanji in place names included,
// finds its glyph; no table of which text goes in which face can fall behind
// the screens. Sizes follow the theme's type scale as fractions of the screen's
// shorter side, times `textScale` (the visitor's text size: 1, 1.4 or 2),
// each rasterised at the size it is drawn. When those sizes would not fit
// within `limits`, the largest are rasterised smaller and drawn scaled up
// (report.capped says so): text never goes missing, it only grows softer.
bool buildFontAtlas(ImFontAtlas& atlas, const std::vector<NamedText>& texts, const Theme& theme,
                    float screenShortSide, float textScale, const FontSources& sources,
                    Fonts& fonts, FontAtlasReport& report, std::string& error,
                    const AtlasLimits& limits = {});

}  // namespace kiosk::ui
