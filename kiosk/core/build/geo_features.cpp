#include "build/geo_features.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "content/json_reader.hpp"

namespace kiosk {

using nlohmann::json;

namespace {

std::string stringProperty(const json& properties, const char* key) {
    auto it = properties.find(key);
    return it != properties.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool readRing(const json& positions, std::vector<std::array<double, 2>>& ring) {
    if (!positions.is_array()) return false;
    for (const json& position : positions) {
        if (!position.is_array() || position.size() < 2 || !position[0].is_number() ||
            !position[1].is_number())
            return false;
        ring.push_back({position[0].get<double>(), position[1].get<double>()});
    }
    return true;
}

bool readPolygon(const json& polygon, GeoFeature& feature) {
    if (!polygon.is_array()) return false;
    for (const json& positions : polygon) {
        feature.rings.emplace_back();
        if (!readRing(positions, feature.rings.back())) return false;
    }
    return true;
}

bool readGeometry(const json& geometry, GeoFeature& feature) {
    if (geometry.is_null()) return true;
    if (!geometry.is_object()) return false;
    const std::string type = geometry.value("type", "");
    const json& coordinates = geometry.value("coordinates", json());
    if (type == "Polygon") return readPolygon(coordinates, feature);
    if (type != "MultiPolygon" || !coordinates.is_array()) return false;
    for (const json& polygon : coordinates)
        if (!readPolygon(polygon, feature)) return false;
    return true;
}

}  // namespace

std::optional<std::vector<GeoFeature>> readGeoFeatures(const std::string& path,
                                                       ProblemList& problems) {
    std::ifstream in(path);
    if (!in) {
        problems.error(path, "", "cannot read the boundary data");
        return std::nullopt;
    }
    json document;
    try {
        in >> document;
    } catch (const json::exception& e) {
        problems.error(path, "", std::string("not valid GeoJSON: ") + e.what());
        return std::nullopt;
    }
    const auto features = document.find("features");
    if (features == document.end() || !features->is_array()) {
        problems.error(path, "/features", "missing; expected a GeoJSON FeatureCollection");
        return std::nullopt;
    }
    std::vector<GeoFeature> out;
    for (size_t i = 0; i < features->size(); ++i) {
        const json& f = (*features)[i];
        const json& properties =
            f.is_object() ? f.value("properties", json::object()) : json::object();
        GeoFeature feature;
        feature.index = i;
        feature.prefecture = stringProperty(properties, "N03_001");
        feature.cityOrCounty = stringProperty(properties, "N03_003");
        feature.name = stringProperty(properties, "N03_004");
        feature.code = stringProperty(properties, "N03_007");
        if (!f.is_object() || !readGeometry(f.value("geometry", json()), feature)) {
            problems.error(path, childPointer(childPointer("/features", i), "geometry"),
                           "is not a Polygon or MultiPolygon of [longitude, latitude] positions");
            return std::nullopt;
        }
        out.push_back(std::move(feature));
    }
    return out;
}

}  // namespace kiosk
