// "map.bin" round trip, and what the decoder says about damaged files: each
// test breaks one thing at a known byte and pins the message.
#include <catch2/catch.hpp>

#include <cstring>
#include <limits>

#include "geo/map_data.hpp"
#include "geo/map_geometry.hpp"

using namespace kiosk;

namespace {

// The sample's layout: 40-byte header, then the prefecture layer's count at 40
// and its one region (群馬県, a square) at 44, then the municipality layer.
constexpr size_t kPrefectureCount = 40;
constexpr size_t kRegion = 44;
constexpr size_t kNameLength = kRegion + 5;
constexpr size_t kName = kNameLength + 2;          // 群馬県, 9 bytes
constexpr size_t kRingCount = kName + 9 + 8 + 16;  // after label and bounds
constexpr size_t kPointCount = kRingCount + 4;
constexpr size_t kPoints = kPointCount + 4;  // 4 points
constexpr size_t kIndexCount = kPoints + 4 * 8;
constexpr size_t kIndices = kIndexCount + 4;  // 6 indices
constexpr size_t kMunicipalityCount = kIndices + 6 * 4;

MapRegion makeRegion(const std::string& code, const std::string& name,
                     std::vector<std::vector<MapPoint>> rings, std::vector<uint32_t> triangles) {
    MapRegion r;
    r.code = code;
    r.name = name;
    r.rings = std::move(rings);
    r.triangles = std::move(triangles);
    r.bounds = ringsBounds(r.rings);
    r.label = {1.5f, 1.5f};
    return r;
}

MapData sample() {
    MapData map;
    map.projection.lon0 = 138.5;
    map.projection.lat0 = 36.25;
    map.prefectures.regions.push_back(
        makeRegion("10000", "群馬県", {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}}, {0, 1, 2, 0, 2, 3}));
    // A square with a square hole, triangulated by hand around the hole.
    map.municipalities.regions.push_back(makeRegion(
        "10425", "嬬恋村", {{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, {{3, 3}, {3, 7}, {7, 7}, {7, 3}}},
        {0, 1, 7, 0, 7, 4, 1, 2, 6, 1, 6, 7, 2, 3, 5, 2, 5, 6, 3, 0, 4, 3, 4, 5}));
    map.bounds = map.prefectures.regions[0].bounds;
    return map;
}

void putU32(std::string& bytes, size_t at, uint32_t value) {
    for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

std::string decodeError(const std::string& bytes) {
    std::string error;
    const auto map = decodeMapData(bytes, error);
    CHECK_FALSE(map.has_value());
    return error;
}

}  // namespace

TEST_CASE("map.bin round trip keeps every value") {
    const MapData original = sample();
    const std::string bytes = encodeMapData(original);
    REQUIRE(bytes.substr(0, 4) == "KMAP");
    REQUIRE(bytes.size() > kMunicipalityCount);
    std::string error;
    const auto decoded = decodeMapData(bytes, error);
    REQUIRE(decoded.has_value());
    CHECK(error.empty());
    CHECK(decoded->projection.lon0 == 138.5);
    CHECK(decoded->projection.lat0 == 36.25);
    CHECK(decoded->bounds.maxX == 10);
    const std::pair<const MapLayer*, const MapLayer*> layers[] = {
        {&original.prefectures, &decoded->prefectures},
        {&original.municipalities, &decoded->municipalities}};
    for (const auto& [a, b] : layers) {
        REQUIRE(a->regions.size() == b->regions.size());
        for (size_t i = 0; i < a->regions.size(); ++i) {
            const MapRegion &ra = a->regions[i], &rb = b->regions[i];
            CHECK(ra.code == rb.code);
            CHECK(ra.name == rb.name);
            CHECK(ra.triangles == rb.triangles);
            CHECK(ra.label.x == rb.label.x);
            CHECK(ra.bounds.maxY == rb.bounds.maxY);
            REQUIRE(ra.rings.size() == rb.rings.size());
            for (size_t k = 0; k < ra.rings.size(); ++k) {
                REQUIRE(ra.rings[k].size() == rb.rings[k].size());
                for (size_t p = 0; p < ra.rings[k].size(); ++p) {
                    CHECK(ra.rings[k][p].x == rb.rings[k][p].x);
                    CHECK(ra.rings[k][p].y == rb.rings[k][p].y);
                }
            }
        }
    }
    // The hand-made triangles cover the square less its hole.
    CHECK(trianglesArea(decoded->municipalities.regions[0]) == Approx(84));
    CHECK(encodeMapData(*decoded) == bytes);
}

TEST_CASE("map.bin: an empty file") {
    CHECK(decodeError("") == "byte 0: file ends inside the header (needs 4 bytes, 0 remain)");
}

// A count is checked against the bytes left before anything is read, so a cut
// file is mostly caught at the count whose items no longer fit.
TEST_CASE("map.bin: truncated inside the last triangle index") {
    std::string bytes = encodeMapData(sample());
    const size_t indexCount = bytes.size() - 24 * 4 - 4;
    bytes.resize(bytes.size() - 2);
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(indexCount) +
              ": triangle index count of region 10425 is 24, needing at least 96 "
              "bytes; 94 remain");
}

TEST_CASE("map.bin: truncated inside the header") {
    std::string bytes = encodeMapData(sample());
    bytes.resize(20);
    CHECK(decodeError(bytes) ==
          "byte 16: file ends inside the projection's latitude (needs 8 bytes, 4 remain)");
}

TEST_CASE("map.bin: truncated inside a long name") {
    MapData map = sample();
    std::string name;
    for (int i = 0; i < 30; ++i) name += "村";  // 90 bytes: longer than a region's least size
    map.municipalities.regions[0].name = name;
    std::string bytes = encodeMapData(map);
    const size_t nameAt = kMunicipalityCount + 4 + 5 + 2;
    bytes.resize(nameAt + 50);
    CHECK(decodeError(bytes) == "byte " + std::to_string(nameAt) +
                                    ": file ends inside a region name (needs 90 bytes, 50 remain)");
}

TEST_CASE("map.bin: bad magic") {
    std::string bytes = encodeMapData(sample());
    bytes[3] = 'Q';
    CHECK(decodeError(bytes) == "byte 0: not a map file (it does not start with \"KMAP\")");
    CHECK(decodeError("{\"map\": 1}") ==
          "byte 0: not a map file (it does not start with \"KMAP\")");
}

TEST_CASE("map.bin: a format version this kiosk does not read") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, 4, 2);
    CHECK(decodeError(bytes) == "byte 4: format version 2; this kiosk reads version 1");
}

TEST_CASE("map.bin: a projection centre that is not a place") {
    std::string bytes = encodeMapData(sample());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    std::memcpy(&bytes[8], &nan, sizeof nan);
    CHECK(decodeError(bytes) == "byte 8: the projection's longitude is not a finite number");
}

TEST_CASE("map.bin: a huge region count") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kPrefectureCount, 0xFFFFFFFF);
    CHECK(decodeError(bytes) ==
          "byte 40: region count of the prefecture layer is 4294967295; at most 20000 allowed");
}

TEST_CASE("map.bin: a region count the file is too short for") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kPrefectureCount, 1000);
    CHECK(decodeError(bytes) ==
          "byte 40: region count of the prefecture layer is 1000, needing at least "
          "39000 bytes; " +
              std::to_string(bytes.size() - 44) + " remain");
}

TEST_CASE("map.bin: a huge point count") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kPointCount, 0x7FFFFFFF);
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(kPointCount) +
              ": point count of a ring of region 10000 is 2147483647; at most "
              "4000000 allowed");
}

TEST_CASE("map.bin: a ring of two points") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kPointCount, 2);
    CHECK(decodeError(bytes) == "byte " + std::to_string(kPointCount) +
                                    ": a ring of region 10000 has 2 points; a ring needs 3");
}

TEST_CASE("map.bin: a triangle index out of range") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kIndices + 2 * 4, 4);  // the square has points 0 to 3
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(kIndices + 8) +
              ": triangle index 4 of region 10000 is out of range (the region has 4 "
              "points)");
}

TEST_CASE("map.bin: an index count that is not whole triangles") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kIndexCount, 5);
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(kIndexCount) +
              ": triangle index count of region 10000 is 5; expected a multiple of 3");
}

TEST_CASE("map.bin: a code that is not five digits") {
    std::string bytes = encodeMapData(sample());
    bytes[kRegion + 2] = 'a';
    CHECK(decodeError(bytes) == "byte 44: region code is not 5 ASCII digits");
}

TEST_CASE("map.bin: a name that is not UTF-8") {
    std::string bytes = encodeMapData(sample());
    bytes[kName + 1] = '\x41';  // breaks the three-byte sequence of 群
    CHECK(decodeError(bytes) == "byte 51: name of region 10000 is not valid UTF-8");
    bytes = encodeMapData(sample());
    // An overlong encoding of '/', which strict decoders must refuse.
    bytes[kName] = '\xC0';
    bytes[kName + 1] = '\xAF';
    CHECK(decodeError(bytes) == "byte 51: name of region 10000 is not valid UTF-8");
}

TEST_CASE("map.bin: a name longer than 256 bytes") {
    std::string bytes = encodeMapData(sample());
    bytes[kNameLength] = '\x01';
    bytes[kNameLength + 1] = '\x01';  // 257
    CHECK(decodeError(bytes) == "byte 49: name of region 10000 is 257 bytes; at most 256 allowed");
}

TEST_CASE("map.bin: a point that is not a number") {
    std::string bytes = encodeMapData(sample());
    const float inf = std::numeric_limits<float>::infinity();
    std::memcpy(&bytes[kPoints + 12], &inf, sizeof inf);
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(kPoints + 12) + ": a ring point is not a finite number");
}

TEST_CASE("map.bin: bytes after the end") {
    std::string bytes = encodeMapData(sample());
    const size_t end = bytes.size();
    bytes += "xyz";
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(end) + ": 3 bytes follow the end of the map");
}

TEST_CASE("map.bin: the municipality layer's count is checked like the prefectures'") {
    std::string bytes = encodeMapData(sample());
    putU32(bytes, kMunicipalityCount, 20001);
    CHECK(decodeError(bytes) ==
          "byte " + std::to_string(kMunicipalityCount) +
              ": region count of the municipality layer is 20001; at most 20000 allowed");
}
