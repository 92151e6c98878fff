#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

// A point on the projected map, in kilometres east (x) and south (y) of the
// projection's centre, so that y grows downwards like the screen.
struct MapPoint {
    float x = 0;
    float y = 0;
};

struct MapBox {
    float minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool contains(MapPoint p) const {
        return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY;
    }
    float width() const { return maxX - minX; }
    float height() const { return maxY - minY; }
};

// Longitude/latitude to map kilometres: an equirectangular projection centred
// on (lon0, lat0) with x scaled by cos(lat0). Japan spans ~3,000 km, where this
// keeps shapes honest enough for a kiosk map and stays trivially invertible.
struct MapProjection {
    double lon0 = 137.0;
    double lat0 = 36.0;

    MapPoint project(double lon, double lat) const;
    void unproject(MapPoint p, double& lon, double& lat) const;
};

// One municipality or prefecture: its outline rings (outer rings and holes,
// even-odd rule, each implicitly closed) and a triangulation of its area for
// drawing. `triangles` index into the rings' points taken in order (ring 0's
// points, then ring 1's, ...).
struct MapRegion {
    std::string code;  // national local-government code; prefectures use PP000
    std::string name;  // 嬬恋村, 群馬県
    std::vector<std::vector<MapPoint>> rings;
    std::vector<uint32_t> triangles;
    MapPoint label;  // a point inside the region for its label
    MapBox bounds;
};

struct MapLayer {
    std::vector<MapRegion> regions;
    const MapRegion* find(const std::string& code) const;
};

// The place every partnership of a pack connects to (pack.json "hub"): the map
// fills its municipalities in the accent colour and draws the arcs from it.
struct MapHub {
    std::string prefecture;                   // two-digit code; empty: the pack has no hub
    std::vector<std::string> municipalities;  // codes of the municipalities that make it up
    std::string anchor;  // one of them: its label point is where the marker and arcs start

    bool empty() const { return municipalities.empty(); }
    bool contains(const std::string& code) const;
};

// What a pack says about its map beyond the shapes (pack.json "hub" and
// "overview_omits"). The loader attaches it to the map decoded from map.bin, so
// that nothing that draws a map needs to know which pack it comes from.
struct MapFacts {
    MapHub hub;
    // Prefectures (PP000) the whole-country view does not frame, though it
    // draws them: far islands that would shrink everything else.
    std::vector<std::string> overviewOmits;
};

// The map of a pack: every prefecture, and the municipalities of the partner
// prefectures and of the hub, prepared once by `kiosk-pack build`.
struct MapData {
    MapProjection projection;
    MapLayer prefectures;
    MapLayer municipalities;
    MapBox bounds;   // of all prefectures
    MapFacts facts;  // from pack.json, not from map.bin
};

// Exact hit test: the region whose rings contain `p` (even-odd rule, bounding
// boxes only as a first filter); null when none does. The kiosk's taps and
// `kiosk-pack where` both use it.
const MapRegion* regionAt(const MapLayer& layer, MapPoint p);
bool ringsContain(const std::vector<std::vector<MapPoint>>& rings, MapPoint p);

// The pack file "map.bin": a small binary format (magic "KMAP", version, then
// the layers), read with every length and index checked so that a damaged or
// hostile file gives an error, never a crash.
std::string encodeMapData(const MapData& map);
std::optional<MapData> decodeMapData(const std::string& bytes, std::string& error);

}  // namespace kiosk
