#include "glyph_sampling.hpp"

#include <cstdint>

#include "gl.hpp"

namespace kiosk::platform {

namespace {

void setAtlasFilter(GLint filter) {
    const ImTextureID atlas = ImGui::GetIO().Fonts->TexID;
    if (!atlas) return;  // not uploaded yet
    glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(atlas)));
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
}

// Whether some font's glyphs are drawn larger than they were rasterised (type
// over the atlas's capped size, see buildFontAtlas): read from the glyphs
// themselves, a quad wider than its texels.
bool glyphsDrawnEnlarged(const ImFontAtlas& atlas) {
    for (const ImFont* font : atlas.Fonts)
        for (const ImFontGlyph& glyph : font->Glyphs) {
            if (!glyph.Visible) continue;
            const float texels = (glyph.U1 - glyph.U0) * float(atlas.TexWidth);
            if (glyph.X1 - glyph.X0 > texels + 0.5f) return true;
            break;  // a font is scaled as a whole: one glyph tells
        }
    return false;
}

// Nearest, unless glyphs are drawn enlarged: they need bilinear, or their
// texels show as blocks.
GLint restingAtlasFilter() {
    return glyphsDrawnEnlarged(*ImGui::GetIO().Fonts) ? GL_LINEAR : GL_NEAREST;
}

}  // namespace

unsigned uploadAlphaAtlas() {
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    const GLint filter = restingAtlasFilter();
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    // What ImGui's RGBA atlas holds: white, with the glyph's coverage as alpha.
    const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
    glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    atlas.SetTexID(ImTextureID(intptr_t(texture)));
    return texture;
}

void smoothGlyphsCallback(const ImDrawList*, const ImDrawCmd*) {
    setAtlasFilter(GL_LINEAR);
}

void crispGlyphsCallback(const ImDrawList*, const ImDrawCmd*) {
    setAtlasFilter(restingAtlasFilter());
}

}  // namespace kiosk::platform
