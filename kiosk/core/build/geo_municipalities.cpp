#include "build/geo_municipalities.hpp"

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace kiosk {

using nlohmann::json;

namespace {

std::string stringProperty(const json& properties, const char* key) {
    auto it = properties.find(key);
    return it != properties.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::vector<Municipality> readGeoMunicipalities(const std::string& geojsonPath,
                                                ProblemList& problems) {
    std::ifstream in(geojsonPath);
    if (!in) {
        problems.error(geojsonPath, "", "cannot read the boundary data");
        return {};
    }
    json document;
    try {
        in >> document;
    } catch (const json::exception& e) {
        problems.error(geojsonPath, "", std::string("not valid GeoJSON: ") + e.what());
        return {};
    }
    const auto features = document.find("features");
    if (features == document.end() || !features->is_array()) {
        problems.error(geojsonPath, "/features", "missing; expected a GeoJSON FeatureCollection");
        return {};
    }
    std::map<std::string, Municipality> byCode;
    std::map<std::string, std::string> prefectures;  // two-digit code -> name
    for (const auto& feature : *features) {
        const json& properties = feature.value("properties", json::object());
        const std::string code = stringProperty(properties, "N03_007");
        if (code.size() != 5) continue;  // 所属未定地 (land of undetermined affiliation)
        const std::string prefecture = stringProperty(properties, "N03_001");
        // A designated city's wards are merged in this file: the city's name is
        // in N03_003 and N03_004 is empty.
        std::string name = stringProperty(properties, "N03_004");
        if (name.empty()) name = stringProperty(properties, "N03_003");
        byCode[code] = Municipality{code, prefecture, name};
        prefectures[code.substr(0, 2)] = prefecture;
    }
    for (const auto& [prefix, name] : prefectures)
        byCode[prefix + "000"] = Municipality{prefix + "000", name, name};
    std::vector<Municipality> out;
    for (auto& [code, m] : byCode) out.push_back(std::move(m));
    return out;
}

std::vector<std::string> deriveMembers(const Association& association,
                                       const std::vector<Municipality>& municipalities) {
    const std::set<std::string> excluded(association.exclude.begin(), association.exclude.end());
    std::vector<std::string> members;
    for (const auto& m : municipalities) {
        if (m.code.compare(0, 2, association.prefecture) != 0 || m.code.substr(2) == "000")
            continue;
        if (excluded.count(m.code)) continue;
        const bool city = endsWith(m.name, "市");
        const bool townOrVillage = endsWith(m.name, "町") || endsWith(m.name, "村");
        if (association.kind == AssociationKind::Cities ? city : townOrVillage)
            members.push_back(m.code);
    }
    return members;
}

}  // namespace kiosk
