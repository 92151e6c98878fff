#pragma once
#include "geo/map_data.hpp"

namespace kiosk {

// What lies at a place on the Earth: its municipality when the map has the
// municipalities there, and its prefecture. Both null at sea or abroad.
struct MapPlace {
    const MapRegion* municipality = nullptr;
    const MapRegion* prefecture = nullptr;
};

// The one lookup behind `kiosk-pack where` and the map screen's hit test (which
// calls regionAt with the tapped map point): project, then test the real shapes.
MapPlace placeAt(const MapData& map, double lon, double lat);

}  // namespace kiosk
