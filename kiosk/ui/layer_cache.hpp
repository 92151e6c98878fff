#pragma once
#include <imgui.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "drawn_tiles.hpp"
#include "input/rect.hpp"

namespace kiosk::ui {

// How a keyed layer (LayerCache::renderKeyed) is rendered.
struct KeyedRender {
    int width = 0, height = 0;  // the texture's size
    int top = 0, bottom = -1;   // the rows drawn now; -1: to the last
    bool shown = false;         // on the screen this frame: its pixels change there
    bool scaled = true;         // shown scaled, so sampled linearly; else texel for texel
};

// What the caller knows of a layer.
struct LayerHints {
    bool opaque = false;      // it covers every pixel of its box
    bool staysStill = false;  // it will look the same in the frames that follow
};

// Drawing that is expensive and often unchanged from one frame to the next
// (a slide laid aside, with its text and shapes) kept as a picture: drawn once into a
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
    // Layers known by a key of the caller's rather than by their drawing (a
    // moving map's rasters: the frames that only show one do not build its
    // triangles), told apart from frame to frame by `owner`. The texture when
    // the owner's holds `key` at this size (null otherwise, or none yet);
    // either way the owner's texture is kept through this frame.
    virtual ImTextureID keyedHeld(uint64_t owner, uint64_t key, int width, int height) = 0;
    // Renders `content` (drawn within the texture's size) into rows of the
    // owner's texture, which then holds `key`: a large layer may be drawn a
    // strip a frame. Null when no texture can be made.
    virtual ImTextureID renderKeyed(uint64_t owner, uint64_t key, ImDrawList& content,
                                    const struct KeyedRender& how) = 0;
    // How the owner's texture is sampled where it is drawn in this frame:
    // linearly when it is scaled, texel for texel when it is not (cheaper
    // under software OpenGL, and sharp).
    virtual void keyedSampling(uint64_t owner, bool scaled) = 0;
    // Makes the owner's texture of this size now, holding nothing yet.
    virtual void keyedReserve(uint64_t owner, int width, int height) = 0;
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
        layerHints.staysStill);  // kept from frame to frame: a slide's is megabytes
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

// Renders the rows `how` names of the owner's texture of `key` (see
// LayerCache::renderKeyed), painted by `paint(list, box, rows)`: `box` where
// the drawing lies within the texture, `rows` the part to paint, already the
// list's clip rectangle. With `drawn`, the tiles the drawing reaches are
// covered in it (markDrawnTiles), for showing the texture by its runs.
template <typename Paint>
ImTextureID renderKeyedLayer(LayerCache& cache, uint64_t owner, uint64_t key,
                             const KeyedRender& how, const Rect& box, Paint paint,
                             TileCoverage* drawn = nullptr) {
    const LayerDrawList scratch(false);
    scratch.reset(ImVec2(float(how.width), float(how.height)));
    const int bottom = how.bottom < 0 ? how.height : how.bottom;
    const Rect rows{0, float(how.top), float(how.width), float(bottom - how.top)};
    // Clipped to the drawing's box too, as a layer drawn whole is.
    scratch.list().PushClipRect(
        ImVec2(std::max(rows.x, box.x), std::max(rows.y, box.y)),
        ImVec2(std::min(rows.right(), box.right()), std::min(rows.bottom(), box.bottom())));
    paint(scratch.list(), box, rows);
    scratch.list().PopClipRect();
    if (drawn) markDrawnTiles(scratch.list(), *drawn);
    return cache.renderKeyed(owner, key, scratch.list(), how);
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
