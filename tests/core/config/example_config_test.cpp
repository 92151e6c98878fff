// The example configuration shipped with the kiosk is valid and says what a
// real installation needs (signed packs from a state folder, logs, proof of play).
#include <catch2/catch.hpp>
#include <fstream>

#include "config/config_reader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

TEST_CASE("The example configuration loads without a problem") {
    const std::string path = kiosk::test::sourceDir() + "/platform/kiosk.example.json";
    const ConfigLoad load = loadKioskConfig(path, true);
    for (const auto& p : load.problems.all()) INFO(p.format());
    CHECK(load.problems.size() == 0);
    CHECK(load.fromFile);
    const KioskConfig& c = load.config;
    CHECK(c.packs.stateDir == "/var/lib/kiosk");
    CHECK_FALSE(c.packs.trustedKeys.empty());
    CHECK_FALSE(c.packs.allowUnsigned);
    CHECK_FALSE(c.log.file.empty());
    CHECK_FALSE(c.proofOfPlay.file.empty());
}

TEST_CASE("The example's commented-out schedule is valid once switched on") {
    const std::string path = kiosk::test::sourceDir() + "/platform/kiosk.example.json";
    std::ifstream in(path);
    nlohmann::json document = nlohmann::json::parse(in);
    REQUIRE(document.contains("// schedule"));
    document["schedule"] = document["// schedule"];
    ProblemList problems;
    const KioskConfig c = readKioskConfig(document, path, "/etc/kiosk", problems);
    for (const auto& p : problems.all()) INFO(p.format());
    CHECK(problems.size() == 0);
    CHECK(c.schedule.present);
    CHECK(c.schedule.weekly[6].empty());  // closed on Sundays
    CHECK(c.schedule.overrides.size() == 2);
}
