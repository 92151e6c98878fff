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
}  // namespace

void useCrispGlyphSampling() {
    setAtlasFilter(GL_NEAREST);
}

void smoothGlyphsCallback(const ImDrawList*, const ImDrawCmd*) {
    setAtlasFilter(GL_LINEAR);
}

void crispGlyphsCallback(const ImDrawList*, const ImDrawCmd*) {
    setAtlasFilter(GL_NEAREST);
}

}  // namespace kiosk::platform
