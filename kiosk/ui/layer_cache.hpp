#pragma once
#include <imgui.h>

#include <cstddef>
#include <cstdint>

#include "input/rect.hpp"

namespace kiosk::ui {

// What the caller knows of a layer.
struct LayerHints {
    bool opaque = false;      // it covers every pixel of its box
    bool staysStill = false;  // it will look the same in the frames that follow
};

// Drawing that is expensive and often unchanged from one frame to the next
// (the map's hundred thousand vertices) kept as a picture: drawn once into a
// texture, then shown as one quad for as long as it stays the same. Under
// software OpenGL the triangles, not the pixels, are what such drawing costs.
class LayerCache {
  public:
    virtual ~LayerCache() = default;
    // The texture that holds `content` (drawn within `box`, whose corner is
    // the texture's) with premultiplied alpha, rendered now when it differs from
    // what the texture holds; null when it is better drawn directly: it
    // changed since the previous frame as well (moving), so a texture would be
    // drawn for one frame only. Layers are told apart by their order within a
    // frame.
    // An opaque layer (one that covers every pixel of its box, such as a whole
    // slide) is drawn over what lies beneath with blending off.
    virtual ImTextureID cached(ImDrawList& content, const Rect& box, const LayerHints& hints) = 0;
    // The frame is built: layers it did not draw give their memory back.
    virtual void frameBuilt() = 0;
    // Draw-list callback that composites a premultiplied texture ("over").
    virtual ImDrawCallback premultipliedBlending() const = 0;
    // Counts every re-render: a quad that looks the same may show new pixels.
    virtual uint64_t changes() const = 0;
    // Layers holding a texture now (each a texture and a framebuffer): they
    // come and go with what is shown, a few at most.
    virtual size_t liveLayers() const = 0;
};

// The layer cache drawing uses (null: everything is drawn directly).
void setLayerCache(LayerCache* cache);
LayerCache* layerCache();

// Sets the layer cache for as long as it lives.
class LayerCacheScope {
  public:
    explicit LayerCacheScope(LayerCache* cache) { setLayerCache(cache); }
    ~LayerCacheScope() { setLayerCache(nullptr); }
    LayerCacheScope(const LayerCacheScope&) = delete;
    LayerCacheScope& operator=(const LayerCacheScope&) = delete;
};

// A draw list for one layer's drawing, reused from frame to frame (its
// buffers keep their size, so drawing a layer allocates nothing), one for
// each layer being drawn inside another. Render thread only.
class LayerDrawList {
  public:
    // `staysStill`: the layer's LayerHints::staysStill, for insideStillLayer().
    explicit LayerDrawList(bool staysStill);
    ~LayerDrawList();
    LayerDrawList(const LayerDrawList&) = delete;
    LayerDrawList& operator=(const LayerDrawList&) = delete;
    // Empty, with the font atlas's texture and the layer's box as clip.
    ImDrawList& list() const { return *list_; }
    // Clears it for a layer of `size` (its corner at 0, 0).
    void reset(ImVec2 size) const;

  private:
    ImDrawList* list_;
    bool staysStill_;
};

// Frees the scratch lists' buffers, which keep the size of the largest layer
// drawn (a country-wide map: megabytes); they grow again as layers are drawn.
// Between frames only.
void releaseLayerScratch();

// Whether a layer said to stay still is being painted: the layers inside it
// stay still with it. Were they left to be cached only once unchanged for a
// frame, one would turn from triangles into a picture in the frame after the
// outer layer was rendered, and the outer layer would have to be rendered
// again (a map on a slide laid aside before it leaves).
bool insideStillLayer();

// Draws `paint(list, into)` through the layer cache into `list` at `box`: the
// cached picture when there is one, the drawing itself otherwise. A layer is
// painted into a box of the same size at (0, 0), so that the same drawing
// anywhere on the screen (a slide pushed across it) is the same layer.
template <typename Paint>
void drawThroughLayerCache(ImDrawList& list, const Rect& box, const LayerHints& hints,
                           Paint paint) {
    LayerCache* cache = layerCache();
    if (!cache) {
        paint(list, box);
        return;
    }
    const Rect local{0, 0, box.w, box.h};
    LayerHints layerHints = hints;
    layerHints.staysStill = hints.staysStill || insideStillLayer();
    const LayerDrawList scratch(
        layerHints.staysStill);  // kept from frame to frame: the map's is megabytes
    scratch.reset(ImVec2(box.w, box.h));
    ImDrawList& layer = scratch.list();
    paint(layer, local);
    if (const ImTextureID texture = cache->cached(layer, local, layerHints)) {
        if (!hints.opaque) list.AddCallback(cache->premultipliedBlending(), nullptr);
        // Rows of a rendered texture run bottom up.
        list.AddImage(texture, ImVec2(box.x, box.y), ImVec2(box.right(), box.bottom()),
                      ImVec2(0, 1), ImVec2(1, 0));
        if (!hints.opaque) list.AddCallback(ImDrawCallback_ResetRenderState, nullptr);
        return;
    }
    paint(list, box);
}

// Paints `paint(list, box)` into a list that is thrown away, for the sake of
// the layers it draws through the cache: they are rendered now, as layers that
// stay still are, so that a drawing about to appear (a slide about to push in,
// with its map) finds its layers in the cache when it does.
template <typename Paint>
void prepareLayers(const Rect& box, Paint paint) {
    if (!layerCache()) return;
    const LayerDrawList scratch(true);
    scratch.reset(ImVec2(box.right(), box.bottom()));
    paint(scratch.list(), box);
}

}  // namespace kiosk::ui
