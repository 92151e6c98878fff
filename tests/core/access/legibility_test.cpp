// The visual angle rule: 25 minutes of arc for kanji, 16 for Latin capitals.
#include <catch2/catch.hpp>

#include "access/legibility.hpp"

using namespace kiosk;

TEST_CASE("Text with any Japanese character is measured as Japanese") {
    CHECK(scriptOf("これまでの歩み") == Script::Japanese);
    CHECK(scriptOf("2016年") == Script::Japanese);
    CHECK(scriptOf("Timeline") == Script::Latin);
    CHECK(scriptOf("3 of 13 › Timeline…") == Script::Latin);  // U+203A and U+2026 are not
    CHECK(scriptOf("") == Script::Latin);
}

TEST_CASE("The farthest reading distance follows the angle a character subtends") {
    // 7.27 mm of kanji subtends 25' at a metre.
    CHECK(farthestReadingMm(7.27, Script::Japanese) == Approx(1000.0).epsilon(0.001));
    // Latin type is measured on its capitals, 0.733 of the body: 16' at a
    // metre is 4.654 mm of capital, type of 6.35 mm.
    CHECK(characterHeightMm(10.0, Script::Latin) == Approx(7.33));
    CHECK(farthestReadingMm(6.349, Script::Latin) == Approx(1000.0).epsilon(0.001));
    // Twice the size, twice as far.
    CHECK(farthestReadingMm(20.0, Script::Japanese) ==
          Approx(2 * farthestReadingMm(10.0, Script::Japanese)));
}
