#pragma once
#include <vector>

namespace kiosk {

// One type size the glyph atlas must hold.
struct AtlasFont {
    // The size text is drawn at, in pixels (ImGui's font size: ascender to
    // descender).
    float pixels = 0;
    // How many characters it needs.
    int glyphs = 0;
};

// What bounds the atlas, and how its glyphs are guessed before FreeType draws
// them (it draws them all before packing, so a guess that comes too late costs
// the memory the plan is there to save).
struct AtlasLimits {
    // Longest side the atlas texture may have: the GPU's GL_MAX_TEXTURE_SIZE
    // when smaller. 8192 (64 MiB at one byte a texel, at most) is within any
    // GPU that runs OpenGL 3.3 on a PC, and has room for the default theme's
    // type, every character in every face, up to 7680x4320 (only its 324 px
    // display type is capped there, at 200 px: 8192x5871 texels).
    int maxSide = 8192;
    // A glyph's bitmap side as a share of the font size, on average over the
    // characters a pack uses, with a margin: the default pack's 1,131
    // characters packed at 4096 pixels wide measure about 0.6 (ideographs
    // near 0.9, Latin letters and digits much narrower).
    float glyphSide = 0.7f;
    // Empty texels ImGui leaves around each glyph.
    int padding = 1;
    // Share of the atlas's area the rectangle packer manages to fill.
    float packedShare = 0.85f;
    // Smallest size a glyph is ever rasterised at: below it, text is not read.
    float minPixels = 8;
    // Largest size a glyph is ever rasterised at, whatever room the atlas has:
    // ImGui 1.86's FreeType builder draws each glyph, at four bytes a pixel,
    // into 256 KiB chunks and runs past one for a bitmap over 65,536 pixels
    // (the default pack's bold display type crashed it at 389 px, not at 346
    // px). At 256 px Noto Sans CJK's em is 177 px: a glyph may cover two em
    // squares and still fit.
    float maxRasterPixels = 256;
};

struct AtlasPlan {
    // The size each font is rasterised at, in the order asked: its pixels, or
    // the cap when that is smaller. Text is drawn scaled up from these.
    std::vector<float> rasterPixels;
    // The largest size rasterised as asked; 0 when no font was capped.
    float capPixels = 0;
    // The atlas width to ask for (a power of two, at most maxSide).
    int width = 0;
    // The atlas's expected height at that width, at most maxSide when it fits.
    int expectedHeight = 0;
    // False when even minPixels glyphs would not fit: too many characters.
    bool fits = false;
};

// Rasterises every font at its own size when the atlas fits within the limits,
// and otherwise caps the largest sizes at the greatest whole pixel size that
// fits (and at most maxRasterPixels), so the smaller text stays as sharp as
// before. A pure function, so the
// plan for any theme and screen is tested without a window.
AtlasPlan planGlyphAtlas(const std::vector<AtlasFont>& fonts, const AtlasLimits& limits);

}  // namespace kiosk
