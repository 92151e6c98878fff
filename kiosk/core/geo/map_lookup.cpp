#include "geo/map_lookup.hpp"

namespace kiosk {

MapPlace placeAt(const MapData& map, double lon, double lat) {
    const MapPoint p = map.projection.project(lon, lat);
    return MapPlace{regionAt(map.municipalities, p), regionAt(map.prefectures, p)};
}

}  // namespace kiosk
