#include "glyph_sampling.hpp"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "gl.hpp"
#include "gl_context.hpp"

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

// A context without texture swizzle (OpenGL 3.0 to 3.2 lacking the extension):
// the atlas as ImGui's own RGBA texture would be, built a band of rows at a
// time so that the CPU never holds four bytes a texel of the whole atlas.
void uploadAsWhiteRgba(const unsigned char* coverage, int width, int height) {
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    const int bandRows = std::max(1, (1 << 20) / std::max(1, width));
    std::vector<unsigned char> band(4 * size_t(width) * size_t(std::min(bandRows, height)), 255);
    for (int top = 0; top < height; top += bandRows) {
        const int rows = std::min(bandRows, height - top);
        const unsigned char* from = coverage + size_t(top) * size_t(width);
        for (size_t i = 0; i < size_t(width) * size_t(rows); ++i) band[4 * i + 3] = from[i];
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, top, width, rows, GL_RGBA, GL_UNSIGNED_BYTE,
                        band.data());
    }
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
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    if (currentGl().textureSwizzle) {
        // What ImGui's RGBA atlas holds: white, with the glyph's coverage as alpha.
        const GLint swizzle[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, swizzle);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    } else {
        uploadAsWhiteRgba(pixels, width, height);
    }
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
