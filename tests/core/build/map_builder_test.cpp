// Which municipalities the pack's map keeps: all of a partner prefecture's, and
// of any other prefecture only the hub's, as the pack names them.
#include <stdlib.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "build/map_builder.hpp"

using namespace kiosk;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// A square a tenth of a degree wide at (lon, lat), as a GeoJSON feature.
json squareFeature(const std::string& prefecture, const std::string& city, const std::string& name,
                   const std::string& code, double lon, double lat) {
    const json ring = {
        {lon, lat}, {lon + 0.1, lat}, {lon + 0.1, lat + 0.1}, {lon, lat + 0.1}, {lon, lat}};
    return {{"type", "Feature"},
            {"properties",
             {{"N03_001", prefecture}, {"N03_003", city}, {"N03_004", name}, {"N03_007", code}}},
            {"geometry", {{"type", "Polygon"}, {"coordinates", {ring}}}}};
}

void writeCollection(const fs::path& path, const json& features) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << json{{"type", "FeatureCollection"}, {"features", features}}.dump();
}

// Boundary data for two prefectures: 大阪府 (27) with two cities, one of them a
// designated city of two wards, and 北海道 (01) with two towns.
struct GeoFolder {
    fs::path dir;
    std::vector<Municipality> official = {
        {"01000", "北海道", "北海道"},   {"01303", "北海道", "当別町"},
        {"01304", "北海道", "新篠津村"}, {"27000", "大阪府", "大阪府"},
        {"27100", "大阪府", "大阪市"},   {"27203", "大阪府", "豊中市"}};

    GeoFolder() {
        std::string pattern = (fs::temp_directory_path() / "kiosk-map-builder-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
        dir = pattern;
        writeCollection(dir / "prefectures-s0010.geojson",
                        {squareFeature("北海道", "", "", "", 141, 43),
                         squareFeature("大阪府", "", "", "", 135, 34)});
        writeCollection(dir / "by-prefecture-s0010/N03-21_01_210101.geojson",
                        {squareFeature("北海道", "石狩郡", "当別町", "01303", 141.3, 43.2),
                         squareFeature("北海道", "石狩郡", "新篠津村", "01304", 141.5, 43.2)});
        writeCollection(dir / "by-prefecture-s0010/N03-21_27_210101.geojson",
                        {squareFeature("大阪府", "大阪市", "北区", "27127", 135.5, 34.7),
                         squareFeature("大阪府", "大阪市", "中央区", "27128", 135.6, 34.7),
                         squareFeature("大阪府", "", "豊中市", "27203", 135.4, 34.8)});
    }
    ~GeoFolder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
};

// A fan from the first point: enough for the squares above.
std::vector<uint32_t> fan(const std::vector<std::vector<MapPoint>>& rings) {
    std::vector<uint32_t> triangles;
    for (uint32_t i = 1; i + 1 < rings.front().size(); ++i)
        triangles.insert(triangles.end(), {0, i, i + 1});
    return triangles;
}

std::vector<std::string> codesOf(const MapLayer& layer) {
    std::vector<std::string> codes;
    for (const MapRegion& r : layer.regions) codes.push_back(r.code);
    return codes;
}

}  // namespace

TEST_CASE("The map keeps a partner prefecture whole and of the hub's prefecture only the hub") {
    GeoFolder geo;
    MapBuildOptions options;
    options.geoDir = geo.dir.string();
    options.prefectures = {"01"};
    options.municipalities = {"27100"};  // the hub: 大阪市, a designated city of two wards
    ProblemList problems;
    const auto map = buildMapData(options, geo.official, fan, problems);
    INFO((problems.all().empty() ? std::string() : problems.all().front().format()));
    REQUIRE(map.has_value());
    CHECK(codesOf(map->prefectures) == std::vector<std::string>{"01000", "27000"});
    // 豊中市 is in the hub's prefecture but not in the hub: left out.
    CHECK(codesOf(map->municipalities) == std::vector<std::string>{"01303", "01304", "27100"});
    CHECK(map->municipalities.find("27100")->rings.size() == 2);
}

TEST_CASE("A map without a hub has the partner prefectures' municipalities only") {
    GeoFolder geo;
    MapBuildOptions options;
    options.geoDir = geo.dir.string();
    options.prefectures = {"27"};
    ProblemList problems;
    const auto map = buildMapData(options, geo.official, fan, problems);
    REQUIRE(map.has_value());
    CHECK(codesOf(map->municipalities) == std::vector<std::string>{"27100", "27203"});
}
