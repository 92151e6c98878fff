#include "layer_cache.hpp"

namespace kiosk::ui {

namespace {
LayerCache* current = nullptr;
}

void setLayerCache(LayerCache* cache) {
    current = cache;
}

LayerCache* layerCache() {
    return current;
}

}  // namespace kiosk::ui
