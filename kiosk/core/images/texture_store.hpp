#pragma once
#include <cstdint>

#include "images/image_decoder.hpp"

namespace kiosk {

// A texture on the GPU, as the renderer knows it (0: none).
using TextureId = uint64_t;

// Where decoded pixels become textures: OpenGL in the kiosk (platform/), a
// counting fake in tests. Called on the render thread only.
class TextureStore {
  public:
    virtual ~TextureStore() = default;
    // Uploads `image` (ok() is true); 0 when the GPU refuses.
    virtual TextureId upload(const DecodedImage& image) = 0;
    virtual void release(TextureId texture) = 0;
};

}  // namespace kiosk
