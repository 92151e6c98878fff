#include <catch2/catch.hpp>

#include "speech_text/place_reading.hpp"

using namespace kiosk;

TEST_CASE("a municipality's suffix is read by its prefecture's rule") {
    PlaceSuffixRules rules;
    rules.byPrefecture["群馬県"] = {{"町", "マチ"}, {"村", "ムラ"}};
    rules.byPrefecture["北海道"] = {{"町", "チョウ"}, {"村", "ムラ"}};
    CHECK(municipalityReading(splitPlaceName("草津町"), "クサツ", "群馬県", rules) == "クサツマチ");
    CHECK(municipalityReading(splitPlaceName("白糠町"), "シラヌカ", "北海道", rules) ==
          "シラヌカチョウ");
    CHECK(municipalityReading(splitPlaceName("嬬恋村"), "ツマゴイ", "群馬県", rules) ==
          "ツマゴイムラ");
    CHECK(municipalityReading(splitPlaceName("前橋市"), "マエバシ", "群馬県", rules) ==
          "マエバシシ");
    CHECK(splitPlaceName("北海道").suffix.empty());
}
