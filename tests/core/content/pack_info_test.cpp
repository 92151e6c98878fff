#include <catch2/catch.hpp>

#include "content/pack_info.hpp"
#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

TEST_CASE("kiosk-pack info reports each of the five languages' coverage and whether declared") {
    const auto result = loadPack(test::defaultPackDir());
    REQUIRE(result.pack);
    std::vector<LanguageCoverage> coverage(2);
    coverage[0].language = Language::Japanese;
    coverage[0].declared = true;
    coverage[0].texts = coverage[0].present = 3;
    coverage[1].language = Language::Korean;
    coverage[1].texts = 3;
    coverage[1].present = 2;
    const auto info = packInfoJson(*result.pack, result.problems, coverage);
    REQUIRE(info["language_coverage"].size() == 2);
    CHECK(info["language_coverage"][0] == nlohmann::json{{"language", "ja"},
                                                         {"declared", true},
                                                         {"texts", 3},
                                                         {"present", 3},
                                                         {"percent", 100.0}});
    CHECK(info["language_coverage"][1]["percent"] == 66.7);
    CHECK(info["language_coverage"][1]["declared"] == false);

    const auto real = packInfoJson(*result.pack, result.problems,
                                   packLanguageCoverage(result.pack->root, result.pack->manifest));
    CHECK(real["language_coverage"].size() == 5);
    CHECK(real["language_coverage"][1]["language"] == "en");
    CHECK(real["language_coverage"][1]["percent"] == 100.0);
}
