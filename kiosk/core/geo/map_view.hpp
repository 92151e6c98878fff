#pragma once
#include <optional>
#include <string>
#include <vector>

#include "geo/map_data.hpp"
#include "input/rect.hpp"

namespace kiosk {

// Where the map camera looks: the map point at the viewport's centre and the
// zoom (screen pixels per map kilometre). A plain value, animated towards a
// target by MapCamera.
struct MapView {
    MapPoint center;
    float pixelsPerKm = 1.0f;

    Point toScreen(MapPoint p, const Rect& viewport) const;
    MapPoint toMap(Point p, const Rect& viewport) const;
};

// The box the whole-country view frames: every prefecture but those the pack's
// facts omit (far islands that would shrink everything else), and the hub's
// municipalities always. Falls back to the map's bounds when none of those
// regions is on the map.
MapBox mainlandBounds(const MapData& map);

// The box around the regions of `layer` with these codes (an association's
// members); unset when none of them is on the map.
std::optional<MapBox> boundsOf(const MapLayer& layer, const std::vector<std::string>& codes);

// The view that shows `box` centred in `viewport`, filling `fill` of its width
// or height, whichever is reached first.
MapView viewFraming(const MapBox& box, const Rect& viewport, float fill);

// A flight from one view to another, `u` 0..1 (eased by the caller): the zoom
// changes evenly in log space and the centre moves so that the picture zooms
// about one fixed point, as a camera flying straight in or out would see it.
MapView flyBetween(const MapView& from, const MapView& to, double u);

// Pan and zoom of the partner map with smooth animation and bounds: Japan (the
// map's bounds) never leaves the screen and zoom stays between showing all of
// it and kMaxZoom times that. Time comes in as dt; no clock is read.
class MapCamera {
  public:
    static constexpr float kMaxZoom = 12.0f;

    // Frames `bounds` in `viewport` (with a margin) and makes that the widest view.
    void fit(const MapBox& bounds, const Rect& viewport);
    // The viewport moved on the screen without changing size (a screen sliding
    // in): the view stays, and zooms about screen points follow the new place.
    void moveViewport(const Rect& viewport);
    const Rect& viewport() const { return viewport_; }
    const MapView& view() const { return view_; }
    const MapView& target() const { return target_; }
    bool animating() const;

    // A finger drag moves the map with it, at once (no animation lag).
    void panBy(Point screenDelta);
    // Zooms by `factor` keeping the map point under `screenPoint` where it is
    // (double tap, buttons), animated.
    void zoomAt(Point screenPoint, float factor);
    // Animates so that `box` fills the viewport (a selected region), within bounds.
    void showBox(const MapBox& box);
    // Back to the whole country.
    void reset();
    void advance(double dt);
    float zoomLevel() const { return target_.pixelsPerKm / minPixelsPerKm_; }

  private:
    MapView clamped(MapView v) const;

    MapBox bounds_;
    Rect viewport_;
    float minPixelsPerKm_ = 1.0f;
    MapView view_, target_, home_;
};

}  // namespace kiosk
