// drawThroughLayerCache: what the layer cache is told about each layer, and
// what ends up in the frame's draw list.
#include <catch2/catch.hpp>

#include <vector>

#include "layer_cache.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

// Holds a picture of every layer said to stay still, as the GL cache renders
// one at once (decideLayerUse), and nothing of the others; records the hints
// of each layer in the order the frame asks.
class RecordingLayerCache final : public ui::LayerCache {
  public:
    std::vector<ui::LayerHints> asked;
    ImTextureID cached(ImDrawList&, const Rect&, const ui::LayerHints& hints) override {
        asked.push_back(hints);
        return hints.staysStill ? ImTextureID(intptr_t(100 + asked.size())) : nullptr;
    }
    ImTextureID keyedHeld(uint64_t, uint64_t, int, int) override { return nullptr; }
    ImTextureID renderKeyed(uint64_t, uint64_t, ImDrawList&, const ui::KeyedRender&) override {
        return nullptr;
    }
    void keyedSampling(uint64_t, bool) override {}
    void keyedReserve(uint64_t, int, int) override {}
    void frameBuilt() override {}
    ImDrawCallback premultipliedBlending() const override { return nullptr; }
    uint64_t changes() const override { return 0; }
    size_t liveLayers() const override { return 0; }
};

}  // namespace

TEST_CASE("a layer drawn inside a layer that stays still stays still with it") {
    test::ScopedImGui imgui;
    RecordingLayerCache cache;
    const ui::LayerCacheScope scope(&cache);
    ImDrawList frame(ImGui::GetDrawListSharedData());
    frame._ResetForNewFrame();
    frame.PushClipRectFullScreen();
    frame.PushTextureID(ImTextureID(intptr_t(1)));
    const auto drawMap = [](ImDrawList& list, const Rect& box) {
        ui::drawThroughLayerCache(list, box, ui::LayerHints{}, [](ImDrawList& map, const Rect& r) {
            map.AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.right(), r.bottom()),
                              IM_COL32(40, 90, 60, 255));
        });
    };
    // A slide laid aside as it will leave, with a map on it.
    ui::drawThroughLayerCache(frame, Rect{0, 0, 640, 360}, ui::LayerHints{true, true},
                              [&](ImDrawList& slide, const Rect& box) {
                                  drawMap(slide, Rect{box.x + 20, box.y + 20, 300, 200});
                              });
    REQUIRE(cache.asked.size() == 2);
    CHECK(cache.asked[0].staysStill);  // the map, asked first: inside the slide
    CHECK_FALSE(cache.asked[0].opaque);
    CHECK(cache.asked[1].staysStill);  // the slide
    CHECK(cache.asked[1].opaque);
    // The same map on its own is left to be cached once it has stood still.
    drawMap(frame, Rect{0, 0, 300, 200});
    REQUIRE(cache.asked.size() == 3);
    CHECK_FALSE(cache.asked[2].staysStill);
    // The frame holds the slide's picture (one quad), then the map drawn directly.
    REQUIRE(frame.CmdBuffer.Size >= 2);
    CHECK(frame.CmdBuffer[frame.CmdBuffer.Size - 2].TextureId == ImTextureID(intptr_t(102)));
}

TEST_CASE("layers prepared ahead are rendered as staying still and drawn nowhere") {
    test::ScopedImGui imgui;
    RecordingLayerCache cache;
    const ui::LayerCacheScope scope(&cache);
    int painted = 0;
    ui::prepareLayers(Rect{1920, 0, 1920, 1080}, [&](ImDrawList& slide, const Rect& box) {
        ++painted;
        CHECK(box.x == 1920.0f);  // where the slide will push in from
        ui::drawThroughLayerCache(slide, Rect{box.x + 100, box.y, 800, 600}, ui::LayerHints{},
                                  [](ImDrawList& map, const Rect& r) {
                                      map.AddRectFilled(ImVec2(r.x, r.y),
                                                        ImVec2(r.right(), r.bottom()),
                                                        IM_COL32(40, 90, 60, 255));
                                  });
    });
    CHECK(painted == 1);
    REQUIRE(cache.asked.size() == 1);
    CHECK(cache.asked[0].staysStill);
    // Without a layer cache there is nothing to prepare, and nothing is painted.
    ui::setLayerCache(nullptr);
    ui::prepareLayers(Rect{0, 0, 10, 10}, [&](ImDrawList&, const Rect&) { ++painted; });
    CHECK(painted == 1);
}
