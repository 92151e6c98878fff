#include <cmath>

#include "geo/map_data.hpp"

namespace kiosk {

namespace {

// Kilometres per degree of latitude on a sphere of the Earth's mean radius
// (6371 km); the map needs screen accuracy, not geodesy.
constexpr double kKmPerDegree = 6371.0 * 3.14159265358979323846 / 180.0;

double xScale(double lat0) {
    return kKmPerDegree * std::cos(lat0 * 3.14159265358979323846 / 180.0);
}

}  // namespace

MapPoint MapProjection::project(double lon, double lat) const {
    return MapPoint{static_cast<float>((lon - lon0) * xScale(lat0)),
                    static_cast<float>(-(lat - lat0) * kKmPerDegree)};
}

void MapProjection::unproject(MapPoint p, double& lon, double& lat) const {
    lon = lon0 + p.x / xScale(lat0);
    lat = lat0 - p.y / kKmPerDegree;
}

}  // namespace kiosk
