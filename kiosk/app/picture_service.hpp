#pragma once
#include "gl_texture_store.hpp"
#include "images/decode_pool.hpp"
#include "images/image_cache.hpp"

namespace kiosk {

// The kiosk's pictures: decoded and scaled on worker threads, turned into GL
// textures a few a frame, cached within a byte budget. One for the whole run
// (a new pack's pictures have other paths; the old ones age out of the cache).
// Needs the display's GL context; declared after the display, so it goes first.
struct PictureService {
    // Headless renders wait for every decode at each frame, so that a shot
    // never depends on how fast the machine decodes.
    explicit PictureService(bool headless);

    platform::GlTextureStore textures;
    DecodePool decoder;
    ImageCache cache;  // last: releases its textures before the store goes
};

}  // namespace kiosk
