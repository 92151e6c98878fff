#include "pacing/layer_reuse.hpp"

namespace kiosk {

LayerUse decideLayerUse(uint64_t now, uint64_t previous, uint64_t held, bool staysStill) {
    if (held != 0 && now == held) return LayerUse::Show;
    if (now == previous || staysStill) return LayerUse::RenderAndShow;
    return LayerUse::DrawDirectly;
}

}  // namespace kiosk
