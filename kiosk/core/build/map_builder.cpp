#include "build/map_builder.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "build/geo_features.hpp"
#include "content/json_reader.hpp"
#include "content/prefecture_names.hpp"
#include "geo/label_point.hpp"
#include "geo/map_geometry.hpp"
#include "geo/ring_simplifier.hpp"

namespace kiosk {

namespace {

namespace fs = std::filesystem;

constexpr const char* kPrefectureFile = "prefectures-s0010.geojson";

std::string municipalityFile(const std::string& prefecture) {
    return "by-prefecture-s0010/N03-21_" + prefecture + "_210101.geojson";
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// A region as read, before simplification. Features with the same code (the
// wards of one city) add their rings to one region.
struct RawRegion {
    std::string code, name;
    std::vector<std::vector<MapPoint>> rings;
};

class RawLayer {
  public:
    RawRegion& region(const std::string& code, const std::string& name) {
        auto [it, added] = byCode_.emplace(code, regions_.size());
        if (added) regions_.push_back(RawRegion{code, name, {}});
        return regions_[it->second];
    }
    bool empty() const { return regions_.empty(); }
    // Sorted by code, so that the same data gives the same map.bin.
    std::vector<RawRegion> take() {
        std::sort(regions_.begin(), regions_.end(),
                  [](const RawRegion& a, const RawRegion& b) { return a.code < b.code; });
        return std::move(regions_);
    }

  private:
    std::vector<RawRegion> regions_;
    std::map<std::string, size_t> byCode_;
};

void addRings(const GeoFeature& feature, const MapProjection& projection, RawRegion& region) {
    for (const auto& ring : feature.rings) {
        std::vector<MapPoint> points;
        points.reserve(ring.size());
        for (const auto& [lon, lat] : ring) points.push_back(projection.project(lon, lat));
        region.rings.push_back(std::move(points));
    }
}

bool readPrefectures(const MapBuildOptions& options, RawLayer& layer, ProblemList& problems) {
    const std::string path = (fs::path(options.geoDir) / kPrefectureFile).string();
    const auto features = readGeoFeatures(path, problems);
    if (!features) return false;
    for (const GeoFeature& f : *features) {
        // The file names prefectures but has no codes; take a code when present.
        const std::string code =
            f.code.size() == 5 ? f.code.substr(0, 2) : prefectureCode(f.prefecture);
        if (code.empty()) {
            problems.error(path, childPointer(childPointer("/features", f.index), "properties"),
                           "\"" + f.prefecture + "\" is not the name of a prefecture");
            return false;
        }
        addRings(f, options.projection, layer.region(code + "000", f.prefecture));
    }
    return true;
}

// The map's code and name for a municipality feature: a designated city's ward
// (札幌市 中央区) goes under its city, whose code the official list gives.
bool regionOf(const GeoFeature& f, const std::map<std::string, const Municipality*>& officialByName,
              std::string& code, std::string& name) {
    code = f.code;
    name = f.name;
    if (!endsWith(f.cityOrCounty, "市") || !endsWith(f.name, "区")) return true;
    const auto city = officialByName.find(f.prefecture + f.cityOrCounty);
    if (city == officialByName.end()) return false;
    code = city->second->code;
    name = f.cityOrCounty;
    return true;
}

// Adds one feature's rings to its region, checked against the official list.
bool addMunicipality(const GeoFeature& f, const std::string& path, const MapBuildOptions& options,
                     const std::map<std::string, const Municipality*>& officialByName,
                     const std::map<std::string, const Municipality*>& officialByCode,
                     RawLayer& layer, ProblemList& problems) {
    const std::string ptr = childPointer(childPointer("/features", f.index), "properties");
    std::string code, name;
    if (!regionOf(f, officialByName, code, name)) {
        problems.error(path, ptr,
                       f.code + " " + f.name + " is a ward of " + f.cityOrCounty +
                           ", which the official municipality list lacks");
        return false;
    }
    const auto listed = officialByCode.find(code);
    if (listed == officialByCode.end())
        problems.warning(path, ptr,
                         code + " " + name + " is not in the official municipality list");
    else if (listed->second->name != name)
        problems.warning(path, ptr,
                         code + " is " + name + " here and " + listed->second->name +
                             " in the official municipality list");
    addRings(f, options.projection, layer.region(code, name));
    return true;
}

bool readMunicipalities(const MapBuildOptions& options, const std::vector<Municipality>& official,
                        RawLayer& layer, ProblemList& problems) {
    std::map<std::string, const Municipality*> officialByName, officialByCode;
    for (const auto& m : official) {
        officialByName[m.prefecture + m.name] = &m;
        officialByCode[m.code] = &m;
    }
    const std::set<std::string> whole(options.prefectures.begin(), options.prefectures.end());
    const std::set<std::string> single(options.municipalities.begin(),
                                       options.municipalities.end());
    std::set<std::string> files = whole;
    for (const std::string& code : single) files.insert(code.substr(0, 2));
    for (const std::string& prefecture : files) {
        const std::string path = (fs::path(options.geoDir) / municipalityFile(prefecture)).string();
        const auto features = readGeoFeatures(path, problems);
        if (!features) return false;
        for (const GeoFeature& f : *features) {
            // 所属未定地 (land of undetermined affiliation) has no code.
            if (f.code.size() != 5 || f.rings.empty()) continue;
            // A single municipality may be a designated city, whose wards are features.
            std::string code, name;
            if (!whole.count(prefecture) &&
                !single.count(regionOf(f, officialByName, code, name) ? code : f.code))
                continue;
            if (!addMunicipality(f, path, options, officialByName, officialByCode, layer, problems))
                return false;
        }
    }
    return true;
}

// Simplifies, places labels and triangulates a whole layer.
bool finishLayer(std::vector<RawRegion> raw, double tolerance, const Triangulator& triangulate,
                 const std::string& source, MapLayer& layer, ProblemList& problems) {
    std::vector<std::vector<MapPoint>> all;
    for (const auto& region : raw) all.insert(all.end(), region.rings.begin(), region.rings.end());
    const auto simplified = simplifyRings(all, tolerance);
    // A ring this small is a sliver the simplification left, not a place.
    const double collapsedArea = tolerance * tolerance / 100;
    size_t next = 0;
    for (const auto& r : raw) {
        MapRegion region;
        region.code = r.code;
        region.name = r.name;
        for (size_t k = 0; k < r.rings.size(); ++k) {
            const auto& ring = simplified[next++];
            if (ring.size() >= 3 && std::fabs(signedRingArea(ring)) >= collapsedArea)
                region.rings.push_back(ring);
        }
        if (region.rings.empty()) {
            problems.error(source, "",
                           r.code + " " + r.name + " vanishes when simplified to " +
                               std::to_string(tolerance) + " km");
            return false;
        }
        region.bounds = ringsBounds(region.rings);
        const double precision =
            std::max(0.01, std::min(region.bounds.width(), region.bounds.height()) / 100.0);
        region.label = labelPoint(region.rings, precision);
        region.triangles = triangulate(region.rings);
        if (region.triangles.empty()) {
            problems.error(source, "", r.code + " " + r.name + " cannot be triangulated");
            return false;
        }
        layer.regions.push_back(std::move(region));
    }
    return true;
}

}  // namespace

std::optional<MapData> buildMapData(const MapBuildOptions& options,
                                    const std::vector<Municipality>& official,
                                    const Triangulator& triangulate, ProblemList& problems) {
    MapData map;
    map.projection = options.projection;
    RawLayer prefectures, municipalities;
    if (!readPrefectures(options, prefectures, problems) ||
        !readMunicipalities(options, official, municipalities, problems))
        return std::nullopt;
    const std::string geo = fs::path(options.geoDir).string();
    if (prefectures.empty()) {
        problems.error(geo + "/" + kPrefectureFile, "/features", "has no prefectures");
        return std::nullopt;
    }
    if (!finishLayer(prefectures.take(), options.prefectureTolerance, triangulate,
                     geo + "/" + kPrefectureFile, map.prefectures, problems) ||
        !finishLayer(municipalities.take(), options.municipalityTolerance, triangulate,
                     geo + "/by-prefecture-s0010", map.municipalities, problems))
        return std::nullopt;
    map.bounds = map.prefectures.regions.front().bounds;
    for (const auto& region : map.prefectures.regions)
        map.bounds = unite(map.bounds, region.bounds);
    return map;
}

}  // namespace kiosk
