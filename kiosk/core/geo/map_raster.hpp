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
    // While the view animates to where it will rest (plan's `heading`), a
    // raster may be enlarged this far: a double tap's zoom goes on showing
    // the raster it started on, a little soft, while the one at the heading
    // is drawn, instead of falling back to triangles half way.
    float maxScaleToward = 2.05f;
    // A map that comes to rest where no raster was drawn goes on showing
    // its raster while its still picture is drawn in this many strips, one a
    // frame, instead of the whole map in one frame.
    int stillStrips = 4;
};

// The raster to draw for `view` in `viewport`.
MapRaster rasterAround(const MapView& view, const Rect& viewport, const MapRasterLimits& limits);

// Where `raster` lies on the screen when the map is seen at `view` in
// `viewport`; unset when it no longer covers the whole viewport or would be
// scaled past the limits.
std::optional<Rect> placeRaster(const MapRaster& raster, const MapView& view, const Rect& viewport,
                                const MapRasterLimits& limits);

// Where `raster` lies when it was drawn at `view`'s zoom and lies a whole
// number of pixels off the viewport's corner: texel for texel, it then holds
// the very pixels the still picture at `view` would. Unset otherwise.
std::optional<Rect> rasterAtWholePixels(const MapRaster& raster, const MapView& view,
                                        const Rect& viewport);

// How much of its margin or scale a raster shown at `view` has used: 0 as
// drawn, 1 at the limits.
float rasterWear(const MapRaster& raster, const MapView& view, const Rect& viewport,
                 const MapRasterLimits& limits);

// The rows of strip `index` of a raster `height` pixels high cut in `strips`.
struct RowRange {
    int top = 0, bottom = 0;
};
RowRange rasterStrip(int height, int index, int strips);

// MapDrawingPlan::shown when the map's still picture is what is shown.
constexpr int kStillPicture = 2;

// How a map is drawn this frame.
enum class MapDrawing {
    Exact,         // from its triangles: new, or its drawing changes
    Settled,       // it stood still since the frame before: its still picture; its
                   // rasters are kept, or one is drawn for when it moves
    ShowRaster,    // moving: a raster it has, at `placed`
    DrawDirectly,  // moving, and no raster it has serves yet: from its triangles
};

// Strips [from, to) of a picture drawn in strips.
struct StripRange {
    int from = 0, to = 0;
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
    int shown = 0;  // the slot shown (ShowRaster), or kStillPicture
    Rect placed;    // where, on the screen
    // The still picture when it is shown as a raster (shown is
    // kStillPicture): a zoom in that starts with no raster ready.
    MapRaster still;
    std::optional<MapRasterWork> work;
    // A slot whose texture is to be made now, empty, for a raster to come
    // (making one costs a frame on a slow machine, better spent standing still).
    std::optional<int> reserve;
    // Strips of the map's still picture (the viewport at this view, in
    // `stillStrips`) to draw this frame. It is shown (Settled) once all of
    // them are; until then a raster is (ShowRaster), or, with none that
    // covers, the rest is drawn at once.
    std::optional<StripRange> stillWork;
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
    // `heading`: where the view is animating to and will rest, when that is
    // known (a camera's target): the next raster is drawn there.
    MapDrawingPlan plan(uint64_t frame, uint64_t contentKey, const MapView& view,
                        const Rect& viewport, bool stillLayer = false,
                        const std::optional<MapView>& heading = std::nullopt);
    // Whether a map drawn in `frame` (the last one built) is drawing its
    // still picture strip by strip: frames must go on coming until it shows.
    bool finishing(uint64_t frame) const;

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
        // The still picture: the view it is drawn at and its strips drawn.
        std::optional<MapView> stillView;
        int stillDone = 0;
        MapDrawingPlan plan;
    };
    MapDrawingPlan settled(Tracked& map, const MapView& view, const Rect& viewport);
    std::optional<MapDrawingPlan> onRasterWhileStill(Tracked& map, const MapView& view,
                                                     const Rect& viewport);
    MapDrawingPlan moved(Tracked& map, const MapView& view, const Rect& viewport,
                         const std::optional<MapView>& heading);
    MapView predicted(const Tracked& map, const MapView& view,
                      const std::optional<MapView>& heading) const;
    // Follows the view the still picture is drawn at, starting it afresh at another.
    static void followStill(Tracked& map, const MapView& view);
    // The rasters the map has, into the plan (their textures are kept).
    static void listRasters(const Tracked& map, MapDrawingPlan& plan);
    // The map's still picture as a raster with no margin, once it is whole.
    std::optional<MapRaster> stillPicture(const Tracked& map, const Rect& viewport) const;

    MapRasterLimits limits_;
    std::vector<Tracked> tracked_;
};

}  // namespace kiosk
