// What the loader says about the pack's map: a damaged map.bin is an error
// with the decoder's byte offset; members and places the map cannot show are
// warnings naming them.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string readBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

MapData defaultMapData(const TempPack& pack) {
    std::string error;
    auto map = decodeMapData(readBytes(pack.path("map.bin")), error);
    REQUIRE(map.has_value());
    return std::move(*map);
}

}  // namespace

TEST_CASE("The default pack carries its map") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    REQUIRE(result.pack->map);
    CHECK(result.pack->manifest.content.map == "map.bin");
    CHECK(result.pack->map->prefectures.regions.size() == 47);
}

TEST_CASE("A damaged map.bin is an error with the byte where it goes wrong") {
    TempPack pack;
    std::string bytes = readBytes(pack.path("map.bin"));
    bytes[4] = 7;  // format version
    pack.writeText("map.bin", bytes);
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"map.bin: (file): byte 4: format version 7; this kiosk reads version 1"});
}

TEST_CASE("A missing map.bin is an error") {
    TempPack pack;
    pack.remove("map.bin");
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(contains(errorLines(result),
                   "map.bin: (file): file is missing; the manifest lists it at /files/" +
                       std::to_string(fileIndex(pack, "map.bin"))));
}

TEST_CASE("A member and a place without a region in the map are warnings") {
    TempPack pack;
    MapData map = defaultMapData(pack);
    auto& regions = map.municipalities.regions;
    regions.erase(
        std::remove_if(regions.begin(), regions.end(),
                       [](const MapRegion& r) { return r.code == "10425" || r.code == "10449"; }),
        regions.end());
    pack.writeText("map.bin", encodeMapData(map));
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) == Lines{"partners.json: /associations/9/members: 群馬県町村会: 2 "
                                         "of its 23 members have no region "
                                         "in the map: 10425, 10449",
                                         "events/2018.json: /events/13/places/1: 10425 has no "
                                         "region in the map, which has other "
                                         "municipalities of prefecture 10",
                                         "events/2018.json: /events/13/places/3: 10449 has no "
                                         "region in the map, which has other "
                                         "municipalities of prefecture 10"});
}

TEST_CASE("A pack without a map still loads") {
    TempPack pack;
    editJson(pack, "pack.json", [](nlohmann::json& m) {
        m["content"].erase("map");
        auto& files = m["files"];
        for (size_t i = 0; i < files.size(); ++i)
            if (files[i]["path"] == "map.bin") files.erase(i);
    });
    pack.remove("map.bin");
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(result.pack->map == nullptr);
    CHECK(warningLines(result) == defaultPackWarnings());
}
