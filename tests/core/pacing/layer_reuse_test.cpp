#include <catch2/catch.hpp>

#include <vector>

#include "pacing/layer_reuse.hpp"

using kiosk::decideLayerUse;
using kiosk::LayerUse;

TEST_CASE("a layer is drawn directly while it moves and cached once it stands still") {
    // Frames of a map: moving (hashes 1, 2, 3), then still (3, 3, 3).
    uint64_t previous = 0, held = 0;
    std::vector<LayerUse> uses;
    for (uint64_t hash : {1, 2, 3, 3, 3, 3}) {
        const LayerUse use = decideLayerUse(hash, previous, held);
        if (use == LayerUse::RenderAndShow) held = hash;
        previous = hash;
        uses.push_back(use);
    }
    CHECK(uses == std::vector<LayerUse>{LayerUse::DrawDirectly, LayerUse::DrawDirectly,
                                        LayerUse::DrawDirectly, LayerUse::RenderAndShow,
                                        LayerUse::Show, LayerUse::Show});
}

TEST_CASE("a layer that comes back to what the texture holds is shown at once") {
    CHECK(decideLayerUse(7, 9, 7) == LayerUse::Show);
    CHECK(decideLayerUse(9, 9, 7) == LayerUse::RenderAndShow);
    CHECK(decideLayerUse(9, 8, 7) == LayerUse::DrawDirectly);
}

TEST_CASE("an empty texture is never taken for a drawing") {
    CHECK(decideLayerUse(0, 5, 0) == LayerUse::DrawDirectly);
    CHECK(decideLayerUse(0, 0, 0) == LayerUse::RenderAndShow);
}

TEST_CASE("a layer known to stay still is cached from its first frame") {
    CHECK(decideLayerUse(4, 0, 0, true) == LayerUse::RenderAndShow);
    CHECK(decideLayerUse(4, 0, 4, true) == LayerUse::Show);
    CHECK(decideLayerUse(4, 0, 0, false) == LayerUse::DrawDirectly);
}
