#include "gl_texture_store.hpp"

#include <unordered_set>

#include "gl.hpp"

namespace kiosk::platform {

namespace {
// Textures of pictures without transparency (render thread only).
std::unordered_set<TextureId>& opaqueTextures() {
    static std::unordered_set<TextureId> textures;
    return textures;
}
}  // namespace

bool isOpaquePicture(TextureId texture) {
    return opaqueTextures().count(texture) != 0;
}

void setOpaquePicture(TextureId texture, bool opaque) {
    if (opaque)
        opaqueTextures().insert(texture);
    else
        opaqueTextures().erase(texture);
}

GlTextureStore::GlTextureStore() {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSize);
    maxSize_ = maxSize;
}

GlTextureStore::~GlTextureStore() = default;

TextureId GlTextureStore::upload(const DecodedImage& image) {
    if (!image.ok() || image.width > maxSize_ || image.height > maxSize_) return 0;
    while (glGetError() != GL_NO_ERROR) {
    }
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    // Pictures are decoded at the size they are shown, so no mipmaps: linear
    // filtering covers the attract loop's slow zoom.
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA,
                 GL_UNSIGNED_BYTE, image.rgba.data());
    const bool failed = glGetError() != GL_NO_ERROR;
    glBindTexture(GL_TEXTURE_2D, GLuint(previous));
    if (failed) {
        glDeleteTextures(1, &texture);
        return 0;
    }
    ++live_;
    if (image.opaque) opaqueTextures().insert(TextureId(texture));
    return TextureId(texture);
}

void GlTextureStore::release(TextureId texture) {
    const GLuint name = GLuint(texture);
    glDeleteTextures(1, &name);
    opaqueTextures().erase(texture);
    --live_;
}

}  // namespace kiosk::platform
