// pack.json "hub" and "overview_omits": read, checked with file, pointer and
// problem, attached to the map; a pack built before them reads as it looked.
#include <catch2/catch.hpp>

#include "content/manifest.hpp"
#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::vector<std::string> tokyoWards() {
    std::vector<std::string> wards;
    for (int ward = 101; ward <= 123; ++ward) wards.push_back("13" + std::to_string(ward));
    return wards;
}

template <typename Edit>
PackLoadResult loadWithManifest(Edit&& edit) {
    TempPack pack;
    editJson(pack, "pack.json", edit);
    return loadPack(pack.dir());
}

}  // namespace

TEST_CASE("The default pack states its hub and what its overview omits") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    const MapFacts& facts = result.pack->manifest.mapFacts;
    CHECK(facts.hub.prefecture == "13");
    CHECK(facts.hub.municipalities == tokyoWards());
    CHECK(facts.hub.anchor == "13101");
    CHECK(facts.overviewOmits == std::vector<std::string>{"13000", "47000"});
    REQUIRE(result.pack->map);
    CHECK(result.pack->map->facts.hub.municipalities == tokyoWards());
    CHECK(result.pack->map->facts.overviewOmits == facts.overviewOmits);
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("A pack built before the facts reads as the Tokyo pack it was, with a warning each") {
    const auto result = loadWithManifest([](nlohmann::json& manifest) {
        manifest.erase("hub");
        manifest.erase("overview_omits");
    });
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) ==
          Lines{"pack.json: /hub: is missing; read as in packs built before it, for Tokyo's 23 "
                "wards (see content/README.md); state it and build again",
                "pack.json: /overview_omits: is missing; read as in packs built before it, for "
                "Tokyo's 23 wards (see content/README.md); state it and build again"});
    const MapFacts& facts = result.pack->map->facts;
    CHECK(facts.hub.municipalities == legacyMapFacts().hub.municipalities);
    CHECK(facts.hub.anchor == "13101");
    CHECK(facts.overviewOmits == std::vector<std::string>{"13000", "47000"});
}

TEST_CASE("Another hub: Sapporo, in Hokkaido") {
    const auto result = loadWithManifest([](nlohmann::json& manifest) {
        manifest["hub"] = {
            {"prefecture", "01"}, {"municipalities", {"01100"}}, {"anchor", "01100"}};
        manifest["overview_omits"] = {"47000"};
    });
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
    const MapHub& hub = result.pack->map->facts.hub;
    CHECK(hub.prefecture == "01");
    CHECK(hub.municipalities == std::vector<std::string>{"01100"});
    CHECK(hub.contains("01100"));
    CHECK_FALSE(hub.contains("13101"));
}

TEST_CASE("A hub's fields are checked with their place") {
    SECTION("an unknown prefecture") {
        const auto result =
            loadWithManifest([](nlohmann::json& m) { m["hub"]["prefecture"] = "48"; });
        CHECK(errorLines(result) == Lines{"pack.json: /hub/prefecture: \"48\" is not a prefecture "
                                          "code; expected two digits, 01 to 47"});
    }
    SECTION("municipalities outside the prefecture, repeated, or not municipalities") {
        const auto result = loadWithManifest([](nlohmann::json& m) {
            m["hub"]["municipalities"] = {"13101", "27100", "13101", "13000"};
        });
        CHECK(errorLines(result) ==
              Lines{"pack.json: /hub/municipalities/1: \"27100\" is not in the hub's prefecture 13",
                    "pack.json: /hub/municipalities/2: \"13101\" is listed twice; expected each "
                    "code once",
                    "pack.json: /hub/municipalities/3: \"13000\" is not a municipality code; "
                    "expected five digits not ending in 000"});
    }
    SECTION("no municipalities") {
        const auto result = loadWithManifest(
            [](nlohmann::json& m) { m["hub"]["municipalities"] = nlohmann::json::array(); });
        CHECK(errorLines(result) == Lines{"pack.json: /hub/municipalities: is empty; expected the "
                                          "codes of the hub's municipalities"});
    }
    SECTION("an anchor that is not one of them") {
        const auto result =
            loadWithManifest([](nlohmann::json& m) { m["hub"]["anchor"] = "13201"; });
        CHECK(errorLines(result) == Lines{"pack.json: /hub/anchor: \"13201\" is not one of the "
                                          "hub's municipalities; expected one of "
                                          "/hub/municipalities"});
    }
    SECTION("an unknown key") {
        const auto result = loadWithManifest([](nlohmann::json& m) { m["hub"]["label"] = "x"; });
        CHECK(errorLines(result) == Lines{"pack.json: /hub/label: unknown key; expected anchor, "
                                          "municipalities, prefecture"});
    }
    SECTION("a missing field") {
        const auto result = loadWithManifest([](nlohmann::json& m) { m["hub"].erase("anchor"); });
        REQUIRE(errorLines(result).size() == 1);
        CHECK(errorLines(result)[0].rfind("pack.json: /hub/anchor: ", 0) == 0);
    }
}

TEST_CASE("A hub municipality the map lacks is an error: the hub would be half drawn") {
    const auto result = loadWithManifest([](nlohmann::json& m) {
        m["hub"] = {{"prefecture", "27"}, {"municipalities", {"27100"}}, {"anchor", "27100"}};
    });
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /hub/municipalities/0: 27100 has no region in map.bin; expected every "
                "municipality of the hub on the map (build the pack again)"});
}

TEST_CASE("overview_omits names prefectures the map has") {
    SECTION("not a prefecture") {
        const auto result = loadWithManifest([](nlohmann::json& m) {
            m["overview_omits"] = {"47000", "47201"};
        });
        CHECK(errorLines(result) == Lines{"pack.json: /overview_omits/1: \"47201\" is not a "
                                          "prefecture; expected its code with 000, like "
                                          "\"47000\""});
    }
    SECTION("empty is fine: the whole map is framed") {
        const auto result = loadWithManifest(
            [](nlohmann::json& m) { m["overview_omits"] = nlohmann::json::array(); });
        REQUIRE(result.pack.has_value());
        CHECK(result.pack->map->facts.overviewOmits.empty());
    }
}
