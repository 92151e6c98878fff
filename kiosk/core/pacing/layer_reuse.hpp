#pragma once
#include <cstdint>

namespace kiosk {

// What to do with a cached layer (a drawing kept as a texture) this frame.
enum class LayerUse {
    Show,           // the texture holds this very drawing: one quad
    RenderAndShow,  // unchanged since the last frame but not held: render it once, then show
    DrawDirectly,   // changed since the last frame: it is moving, a texture would serve once
};

// Decides from the hashes of the drawing now, the frame before and what the
// texture holds (0: nothing). Rendering into a texture costs as much as
// drawing, so a drawing is cached only once it has stood still for a frame,
// or at once when its caller knows it will (`staysStill`: a slide leaving).
LayerUse decideLayerUse(uint64_t now, uint64_t previous, uint64_t held, bool staysStill = false);

}  // namespace kiosk
