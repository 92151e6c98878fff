#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "geo/map_view.hpp"
#include "input/rect.hpp"

namespace kiosk {

// A picture of the map drawn at one view and shown, shifted and scaled, while
// the view pans and zooms: a moving map then costs a quad a frame instead of
// its tens of thousands of triangles. Its centre is the viewport's centre at
// `view`, and it reaches past the viewport on every side, so that a pan or a
// zoom out stays within it for a while.
struct MapRaster {
    MapView view;
    int width = 0, height = 0;  // pixels; 0: none
};

struct MapRasterLimits {
    float margin = 0.25f;   // how far a raster reaches past the viewport, of its size, each side
    float maxScale = 1.5f;  // how far it may be scaled either way (blurred, or lines thinned)
    int maxPixels = 12'000'000;  // the margin shrinks to stay within this (a 4K screen)
    // The next raster is drawn a strip a frame, ahead of the view, once the
    // one shown has used this much of its margin or scale: no frame draws a
    // whole map while it keeps moving.
    int strips = 4;
    float renewAt = 0.4f;
};

// The raster to draw for `view` in `viewport`.
MapRaster rasterAround(const MapView& view, const Rect& viewport, const MapRasterLimits& limits);

// Where `raster` lies on the screen when the map is seen at `view` in
// `viewport`; unset when it no longer covers the whole viewport or would be
// scaled past the limits.
std::optional<Rect> placeRaster(const MapRaster& raster, const MapView& view, const Rect& viewport,
                                const MapRasterLimits& limits);

// How much of its margin or scale a raster shown at `view` has used: 0 as
// drawn, 1 at the limits.
float rasterWear(const MapRaster& raster, const MapView& view, const Rect& viewport,
                 const MapRasterLimits& limits);

// The rows of strip `index` of a raster `height` pixels high cut in `strips`.
struct RowRange {
    int top = 0, bottom = 0;
};
RowRange rasterStrip(int height, int index, int strips);

// How a map is drawn this frame.
enum class MapDrawing {
    Exact,         // from its triangles: new, or its drawing changes
    Settled,       // it stood still since the frame before: its still picture; its
                   // rasters are kept, or one is drawn for when it moves
    ShowRaster,    // moving: a raster it has, at `placed`
    DrawDirectly,  // moving, and no raster it has serves yet: from its triangles
};

// Strips [from, to) of the raster in `slot` to draw this frame (never the one shown).
struct MapRasterWork {
    int slot = 0;
    MapRaster raster;
    int from = 0, to = 0;
};

struct MapDrawingPlan {
    MapDrawing how = MapDrawing::Exact;
    uint64_t owner = 0;  // the map's identity from frame to frame
    // Each map has two rasters: the one shown and the next, drawn a strip a
    // frame (each slot's texture is kept while the map is drawn).
    MapRaster rasters[2];
    int shown = 0;  // the slot shown (ShowRaster)
    Rect placed;    // where, on the screen
    std::optional<MapRasterWork> work;
    // A slot whose texture is to be made now, empty, for a raster to come
    // (making one costs a frame on a slow machine, better spent standing still).
    std::optional<int> reserve;
};

// Follows each map drawn from frame to frame, told apart by `contentKey`
// (everything its drawing depends on but the view) and its viewport's size,
// and decides how it is drawn: a map whose view changed since the frame
// before, and nothing else, is moving. Maps not drawn in a frame are
// forgotten. Render thread; no clock: frames are counted by the caller.
class MovingMaps {
  public:
    explicit MovingMaps(MapRasterLimits limits = {}) : limits_(limits) {}
    // `stillLayer`: drawn inside a layer rendered once (LayerHints::staysStill).
    MapDrawingPlan plan(uint64_t frame, uint64_t contentKey, const MapView& view,
                        const Rect& viewport, bool stillLayer = false);

  private:
    struct Slot {
        enum class State { Empty, Drawing, Ready, Spent } state = State::Empty;
        MapRaster raster;
        int stripsDone = 0;  // while Drawing
    };
    struct Tracked {
        uint64_t owner = 0;
        uint64_t frame = 0;  // the last frame it was drawn in
        MapView view;        // its view then
        Slot slots[2];
        int current = 0;
        Point at;             // the viewport's corner on the screen
        int stillFrames = 0;  // frames it stood still in, there
        float wear = 0.0f;    // of the raster shown in the frame before
        int wearOf = -1;      // its slot; -1: none was shown
        MapDrawingPlan plan;
    };
    MapDrawingPlan settled(Tracked& map, const MapView& view, const Rect& viewport);
    MapDrawingPlan moved(Tracked& map, const MapView& view, const Rect& viewport);
    MapView predicted(const Tracked& map, const MapView& view) const;

    MapRasterLimits limits_;
    std::vector<Tracked> tracked_;
};

}  // namespace kiosk
