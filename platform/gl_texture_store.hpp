#pragma once
#include <cstddef>

#include "images/texture_store.hpp"

namespace kiosk::platform {

// Pictures as OpenGL textures, for the image cache. A TextureId is the GL
// texture name, which is also what ImGui's OpenGL 3 renderer takes as an
// ImTextureID. Needs the display's GL context current; render thread only.
class GlTextureStore : public TextureStore {
  public:
    GlTextureStore();
    // Deletes whatever is still live (the cache normally released it all).
    ~GlTextureStore() override;
    GlTextureStore(const GlTextureStore&) = delete;
    GlTextureStore& operator=(const GlTextureStore&) = delete;

    TextureId upload(const DecodedImage& image) override;
    void release(TextureId texture) override;

    // Textures alive now: flat over weeks when the cache keeps its budget.
    size_t liveTextures() const { return live_; }

  private:
    int maxSize_ = 0;
    size_t live_ = 0;
};

// Whether `texture` is a picture this store uploaded with every pixel opaque.
bool isOpaquePicture(TextureId texture);
// Marks a texture made elsewhere (a cached layer) as opaque or not.
void setOpaquePicture(TextureId texture, bool opaque);

}  // namespace kiosk::platform
