#include "unblended_draw.hpp"

#include <cstdint>

#include "gl.hpp"
#include "gl_texture_store.hpp"

namespace kiosk::platform {

namespace {

void blendingOff(const ImDrawList*, const ImDrawCmd*) {
    glDisable(GL_BLEND);
}

void blendingOn(const ImDrawList*, const ImDrawCmd*) {
    glEnable(GL_BLEND);
}

OpaqueRunSettings settingsFor(unsigned atlasTexture) {
    OpaqueRunSettings settings;
    settings.opaqueTexture = [](ImTextureID id) {
        return isOpaquePicture(TextureId(reinterpret_cast<intptr_t>(id)));
    };
    settings.atlas = ImTextureID(intptr_t(atlasTexture));
    settings.whitePixelUv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    settings.blendingOff = &blendingOff;
    settings.blendingOn = &blendingOn;
    return settings;
}

}  // namespace

void drawOpaqueUnblended(ImDrawData& data, unsigned atlasTexture) {
    splitOpaqueRuns(data, settingsFor(atlasTexture));
}

ShadedPixels shadedPixelsOf(const ImDrawData& data) {
    return countShadedPixels(data, settingsFor(0));
}

}  // namespace kiosk::platform
