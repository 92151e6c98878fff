#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "geo/map_data.hpp"
#include "geo/map_view.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the partner map shows: which municipalities are filled in which colour
// and how strongly, which are picked out, and whether the hub arcs show.
struct MapPaint {
    std::map<std::string, uint32_t> fill;    // municipality code -> 0xRRGGBB
    std::map<std::string, float> fillAlpha;  // 0..1 (time-lapse reveal); 1 when absent
    std::vector<std::string> picked;         // outlined strongly (a selection)
    std::vector<std::string> places;         // marked with a dot (an event's places)
    bool hubArcs = true;                     // arcs from the pack's hub to each association
    bool labels = true;
    float arcProgress = 1.0f;  // 0..1: arcs grow from the hub
    // Municipality borders when zoomed in far enough to see them. A camera in
    // flight leaves them out: they are most of a frame's vertices, and a
    // moving picture does not show them anyway.
    bool municipalityBorders = true;
    // Where the view is animating to and will rest, when known (a camera's
    // target): the moving map's next picture of itself is drawn there.
    std::optional<MapView> heading;
};

// Colours and anchors derived once from a pack: each member municipality in its
// association's colour, and where each association's arc lands.
MapPaint partnerPaint(const Pack& pack);
MapPoint associationAnchor(const MapData& map, const Association& association);

// Draws the map into `viewport` as seen by `view`: every prefecture, the
// municipalities as painted, the pack's hub (map.facts) with arcs, and labels
// that do not collide. Only regions whose bounds meet the viewport are drawn.
void paintMap(const UiContext& ui, const MapData& map, const MapView& view, const Rect& viewport,
              const MapPaint& paint);

// Whether a map drawn in the last frame is drawing its still picture a strip
// a frame (it came to rest where no picture of it was drawn): until it is
// done, frames must go on coming, or the map would stay on the moving one.
bool mapsFinishing();

}  // namespace kiosk::ui
