#pragma once
#include <array>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "content/pack_texts.hpp"
#include "text/atlas_plan.hpp"

struct ImFont;
struct ImFontAtlas;

namespace kiosk::ui {

// The four type sizes of the theme, built for one screen size, in one
// language's glyph forms.
struct Fonts {
    ImFont* display = nullptr;
    ImFont* title = nullptr;
    ImFont* body = nullptr;
    ImFont* caption = nullptr;
};

// The fonts of each language a visitor may read, in one atlas: a screen draws
// with those of the visitor's language, whose Han characters take its forms
// (直, 骨 and 写 differ between Japanese, Chinese and Korean type). Languages
// that set Han alike share their fonts (Japanese and English).
struct LanguageFonts {
    std::array<Fonts, kLanguageCount> byLanguage;
    // Whether the atlas holds the language's own fonts. One it does not hold
    // has the first built language's fonts in its place, so that nothing
    // draws with a null font (what they lack, the glyph watch reports).
    std::array<bool, kLanguageCount> built{};

    const Fonts& of(Language language) const { return byLanguage[languageIndex(language)]; }
    bool has(Language language) const { return built[languageIndex(language)]; }
};

// Where the typefaces come from: Noto Sans CJK from Debian's fonts-noto-cjk by
// default, each language's Han forms from its own face of the collection
// (notoCjkFace). A font file with one face serves every language from it.
struct FontSources {
    std::string regular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    std::string bold = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";
};

struct FontAtlasReport {
    // One line per character a font file lacks, naming the font, its faces
    // and a string that needs it.
    std::vector<std::string> missingGlyphs;
    // Characters in each face, added up over the languages' fonts (a
    // character two languages' fonts hold counts twice: it is drawn twice).
    int glyphCount = 0;
    // The sets of fonts the atlas holds: one per face of the collection the
    // texts' languages take their Han forms from.
    int fontSets = 0;
    // The atlas texture, in pixels.
    int atlasWidth = 0, atlasHeight = 0;
    // One line when the largest type is rasterised smaller and drawn scaled
    // (planGlyphAtlas's cap); empty when every size is rasterised as drawn.
    std::string capped;
};

// Builds the atlas from exactly the characters `texts` use, each language's
// fonts from the texts shown in it (NamedText::language: collectShownTexts),
// in its own face of the font files; every character in every face (body,
// caption, title, display) its font file can draw, so that
// whatever a screen sets in whichever face, rare kanji in place names included,
// finds its glyph; no table of which text goes in which face can fall behind
// the screens. Sizes follow the theme's type scale as fractions of the screen's
// shorter side, times `textScale` (the visitor's text size: 1, 1.4 or 2),
// each rasterised at the size it is drawn. When those sizes would not fit
// within `limits`, the largest are rasterised smaller and drawn scaled up
// (report.capped says so): text never goes missing, it only grows softer.
bool buildFontAtlas(ImFontAtlas& atlas, const std::vector<NamedText>& texts, const Theme& theme,
                    float screenShortSide, float textScale, const FontSources& sources,
                    LanguageFonts& fonts, FontAtlasReport& report, std::string& error,
                    const AtlasLimits& limits = {});

// Empties `atlas` as buildFontAtlas does before it builds: the font files it
// maps are handed back first, never freed by ImGui as if it owned them.
void clearFontAtlas(ImFontAtlas& atlas);

}  // namespace kiosk::ui
