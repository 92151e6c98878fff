#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "layer_cache.hpp"
#include "offscreen_target.hpp"

namespace kiosk::platform {

// Layers rendered into framebuffer objects of their own, each the size of its
// box, through Dear ImGui's OpenGL 3 renderer. Render thread, GL current.
class GlLayerCache : public ui::LayerCache {
  public:
    ImTextureID cached(ImDrawList& content, const Rect& box, const ui::LayerHints& hints) override;
    ImTextureID keyedHeld(uint64_t owner, uint64_t key, int width, int height) override;
    ImTextureID renderKeyed(uint64_t owner, uint64_t key, ImDrawList& content,
                            const ui::KeyedRender& how) override;
    void keyedSampling(uint64_t owner, bool scaled) override;
    void keyedReserve(uint64_t owner, int width, int height) override;
    void frameBuilt() override;
    ImDrawCallback premultipliedBlending() const override;
    uint64_t changes() const override { return changes_; }
    size_t liveLayers() const override;

  private:
    struct Slot {
        std::unique_ptr<OffscreenTarget> target;
        uint64_t held = 0;      // what the target holds (content hash); 0: nothing
        uint64_t previous = 0;  // the content the frame before
        bool used = false;      // in the frame being built
    };
    struct KeyedSlot {
        uint64_t owner = 0;
        Slot slot;       // `held`: the caller's key
        int filter = 0;  // GL_LINEAR or GL_NEAREST as last set; 0: not yet
    };
    // Rows [top, bottom) only are cleared (bottom -1: all of it).
    bool render(Slot& slot, ImDrawList& content, const Rect& box, int top = 0, int bottom = -1);
    KeyedSlot& keyedSlot(uint64_t owner);
    static void setFilter(KeyedSlot& keyed, int filter);

    std::vector<Slot> slots_;
    std::vector<KeyedSlot> keyed_;
    int frame_ = -1;   // ImGui's frame count when next_ was last reset
    size_t next_ = 0;  // the next slot in this frame
    uint64_t changes_ = 0;
};

// Hash of everything a draw list draws.
uint64_t layerContentHash(const ImDrawList& content);

}  // namespace kiosk::platform
