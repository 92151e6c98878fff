// The default pack's map against known places and against the pack's own data:
// what `kiosk-pack where` and the map screen's taps will answer.
#include <catch2/catch.hpp>

#include <set>

#include "content/pack_loader.hpp"
#include "geo/map_geometry.hpp"
#include "geo/map_lookup.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {

std::shared_ptr<const MapData> defaultMap() {
    PackLoadOptions options;
    options.checkImages = false;
    const auto result = loadPack(test::defaultPackDir(), options);
    REQUIRE(result.pack.has_value());
    REQUIRE(result.pack->map);
    return result.pack->map;
}

std::string municipalityAt(const MapData& map, double lat, double lon) {
    const MapRegion* region = placeAt(map, lon, lat).municipality;
    return region ? region->code + " " + region->name : "none";
}

}  // namespace

TEST_CASE("The default map has every prefecture and the partner prefectures' municipalities") {
    const auto map = defaultMap();
    CHECK(map->prefectures.regions.size() == 47);
    CHECK(map->prefectures.find("01000")->name == "北海道");
    CHECK(map->prefectures.find("47000")->name == "沖縄県");
    // 01 北海道 185 (札幌市 as one), 02 青森 40, 10 群馬 35, 11 埼玉 63, 12 千葉 54,
    // 13 東京 23 wards, 19 山梨 27, 26 京都 26, 29 奈良 39, 34 広島 23.
    CHECK(map->municipalities.regions.size() == 515);
    std::set<std::string> prefectures;
    for (const auto& r : map->municipalities.regions) prefectures.insert(r.code.substr(0, 2));
    CHECK(prefectures ==
          std::set<std::string>{"01", "02", "10", "11", "12", "13", "19", "26", "29", "34"});
}

TEST_CASE("Known places: 嬬恋村, Sapporo, Kyoto, Saitama, Chiba, Hiroshima, a Tokyo ward") {
    const auto map = defaultMap();
    CHECK(municipalityAt(*map, 36.516, 138.530) == "10425 嬬恋村");  // the village office
    CHECK(municipalityAt(*map, 43.062, 141.354) == "01100 札幌市");  // 中央区, merged into the city
    CHECK(municipalityAt(*map, 43.110, 141.340) == "01100 札幌市");    // 北区
    CHECK(municipalityAt(*map, 35.0116, 135.7681) == "26100 京都市");  // city hall, 中京区
    CHECK(municipalityAt(*map, 35.0394, 135.7292) == "26100 京都市");  // 金閣寺, 北区
    CHECK(municipalityAt(*map, 35.8617, 139.6455) == "11100 さいたま市");
    CHECK(municipalityAt(*map, 35.6074, 140.1065) == "12100 千葉市");
    CHECK(municipalityAt(*map, 34.3853, 132.4553) == "34100 広島市");
    CHECK(municipalityAt(*map, 35.6938, 139.7034) == "13104 新宿区");
    CHECK(municipalityAt(*map, 40.8244, 140.7400) == "02201 青森市");
}

TEST_CASE("No ward of a designated city is its own region") {
    const auto map = defaultMap();
    for (const char* ward : {"01101", "01110", "11101", "12101", "26101", "26111", "34101"})
        CHECK(map->municipalities.find(ward) == nullptr);
}

TEST_CASE("The sea and the unmapped: no municipality, or only the prefecture") {
    const auto map = defaultMap();
    CHECK(municipalityAt(*map, 37.0, 134.0) == "none");  // Sea of Japan
    CHECK(municipalityAt(*map, 30.0, 145.0) == "none");  // Pacific
    CHECK(placeAt(*map, 134.0, 37.0).prefecture == nullptr);
    // Osaka: a prefecture without partners, so only the prefecture layer.
    const MapPlace osaka = placeAt(*map, 135.5023, 34.6937);
    CHECK(osaka.municipality == nullptr);
    REQUIRE(osaka.prefecture);
    CHECK(osaka.prefecture->code == "27000");
    // 八王子市 is in Tokyo but not one of the 23 wards.
    const MapPlace hachioji = placeAt(*map, 139.3160, 35.6664);
    CHECK(hachioji.municipality == nullptr);
    REQUIRE(hachioji.prefecture);
    CHECK(hachioji.prefecture->code == "13000");
}

TEST_CASE("Tokyo's municipalities on the map are exactly the 23 special wards") {
    const auto map = defaultMap();
    int wards = 0;
    for (const auto& r : map->municipalities.regions)
        if (r.code.compare(0, 2, "13") == 0) {
            CHECK(r.code >= "13101");
            CHECK(r.code <= "13123");
            ++wards;
        }
    CHECK(wards == 23);
}

TEST_CASE("Every association's members all have a region: 13 associations, 372 municipalities") {
    PackLoadOptions options;
    options.checkImages = false;
    const auto result = loadPack(test::defaultPackDir(), options);
    REQUIRE(result.pack.has_value());
    const Pack& pack = *result.pack;
    REQUIRE(pack.map);
    CHECK(pack.associations.size() == 13);
    std::set<std::string> distinct;
    for (const auto& a : pack.associations) {
        size_t withRegion = 0;
        for (const auto& code : a.members) {
            if (pack.map->municipalities.find(code)) ++withRegion;
            distinct.insert(code);
        }
        INFO(a.id);
        CHECK(withRegion == a.members.size());
    }
    CHECK(distinct.size() == 372);
}

TEST_CASE("Each region's triangles cover its area, within 1%") {
    const auto map = defaultMap();
    for (const MapLayer* layer : {&map->prefectures, &map->municipalities})
        for (const auto& region : layer->regions) {
            INFO(region.code << " " << region.name);
            const double area = regionArea(region.rings);
            REQUIRE(area > 0);
            CHECK(trianglesArea(region) == Approx(area).epsilon(0.01));
        }
}

TEST_CASE("Each region's label lies inside it, and a tap there selects it") {
    const auto map = defaultMap();
    for (const MapLayer* layer : {&map->prefectures, &map->municipalities})
        for (const auto& region : layer->regions) {
            INFO(region.code << " " << region.name);
            CHECK(ringsContain(region.rings, region.label));
            const MapRegion* hit = regionAt(*layer, region.label);
            REQUIRE(hit);
            CHECK(hit->code == region.code);
        }
}

// Neighbours simplified each on its own would overlap in slivers (and leave
// gaps beside them); shared borders are simplified alike, so no point of a
// municipality lies in another of its prefecture. Across a prefecture border the
// two sides come from two source files that were simplified separately and do
// not share their border points, so slivers there are the source's; they stay
// a small fraction, and a tap in one selects the region with the lower code.
TEST_CASE("Municipalities of one prefecture do not overlap, across prefectures only slivers") {
    const auto map = defaultMap();
    const auto& regions = map->municipalities.regions;
    int samples = 0, samePrefecture = 0, otherPrefecture = 0;
    for (const auto& region : regions) {
        const MapBox& b = region.bounds;
        const float step = std::max(b.width(), b.height()) / 24;
        for (float x = b.minX + step / 2; x < b.maxX; x += step)
            for (float y = b.minY + step / 2; y < b.maxY; y += step) {
                const MapPoint p{x, y};
                if (!ringsContain(region.rings, p)) continue;
                ++samples;
                for (const auto& other : regions) {
                    if (&other == &region || !other.bounds.contains(p) ||
                        !ringsContain(other.rings, p))
                        continue;
                    if (other.code.compare(0, 2, region.code, 0, 2) == 0) {
                        UNSCOPED_INFO(region.code << " and " << other.code << " at " << x << ", "
                                                  << y);
                        ++samePrefecture;
                    } else {
                        ++otherPrefecture;
                    }
                }
            }
    }
    CHECK(samePrefecture == 0);
    INFO(otherPrefecture << " of " << samples
                         << " sample points lie in two prefectures' municipalities");
    CHECK(otherPrefecture < samples / 1000);
}
