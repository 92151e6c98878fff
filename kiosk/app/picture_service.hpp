#pragma once
#include <cstdint>
#include <memory>

#include "display.hpp"
#include "images/decode_pool.hpp"
#include "images/image_cache.hpp"

namespace kiosk {

// The kiosk's pictures: decoded and scaled on worker threads, turned into
// textures of the display (GL textures on a window) a few a frame, cached
// within a byte budget. One for the whole run (a new pack's pictures have
// other paths; the old ones age out of the cache). Declared after the
// display, so it goes first.
struct PictureService {
    // Headless renders wait for every decode at each frame, so that a shot
    // never depends on how fast the machine decodes. `byteBudget`: the
    // cache's, from the screen's size (pictureCacheBudget).
    PictureService(platform::Display& display, bool headless, uint64_t byteBudget);

    std::unique_ptr<TextureStore> textures;
    DecodePool decoder;
    ImageCache cache;  // last: releases its textures before the store goes
};

}  // namespace kiosk
