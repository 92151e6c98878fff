#include <catch2/catch.hpp>

#include "pacing/frame_damage.hpp"

using namespace kiosk;

namespace {

DrawPrimitive prim(uint64_t key, float x0, float y0, float x1, float y1) {
    return {key, x0, y0, x1, y1};
}

DrawPrimitive stateChange(uint64_t key) {
    return {key, 0, 0, 0, 0};
}

DamageSettings noMargin() {
    DamageSettings s;
    s.margin = 0;
    return s;
}

// A backdrop, a title, a pulsing prompt: the attract slide's shape.
std::vector<DrawPrimitive> slide(uint64_t promptKey, float promptGrow = 0) {
    return {
        prim(1, 0, 0, 1920, 1080), prim(2, 200, 300, 1700, 420),
        prim(promptKey, 700 - promptGrow, 900 - promptGrow, 1220 + promptGrow, 1000 + promptGrow)};
}

}  // namespace

TEST_CASE("the same frame twice has no damage") {
    CHECK(frameDamage(slide(3), slide(3), 1920, 1080).empty());
    CHECK(frameDamage({}, {}, 1920, 1080).empty());
}

TEST_CASE("a changed primitive damages its old and new bounds only") {
    const auto damage = frameDamage(slide(3), slide(4, 10), 1920, 1080, noMargin());
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{690, 890, 1230, 1010});
}

TEST_CASE("the margin widens damage for antialiased edges, within the screen") {
    const auto damage =
        frameDamage({prim(1, 0.5f, 10.2f, 20.5f, 30)}, {prim(2, 0.5f, 10.2f, 20.5f, 30)}, 100, 100);
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{0, 8, 23, 32});
}

TEST_CASE("everything between the first and the last difference in drawing order is damaged") {
    // Something drawn under the title changes: the title over it is redrawn in
    // the damaged box by the caller; the title's own box is not damage.
    const std::vector<DrawPrimitive> before{prim(1, 0, 0, 100, 100), prim(2, 10, 10, 20, 20),
                                            prim(3, 50, 50, 60, 60), prim(4, 0, 0, 100, 100)};
    std::vector<DrawPrimitive> after = before;
    after[1].key = 20;
    after[2].key = 30;
    const auto damage = frameDamage(before, after, 100, 100, noMargin());
    REQUIRE(damage.size() == 2);
    CHECK(damage[0] == PixelBox{10, 10, 20, 20});
    CHECK(damage[1] == PixelBox{50, 50, 60, 60});
}

TEST_CASE("a primitive added or removed damages where it was drawn") {
    std::vector<DrawPrimitive> before = slide(3);
    std::vector<DrawPrimitive> after = before;
    after.insert(after.begin() + 2, prim(9, 40, 40, 60, 80));  // a new glyph before the prompt
    auto damage = frameDamage(before, after, 1920, 1080, noMargin());
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{40, 40, 60, 80});
    damage = frameDamage(after, before, 1920, 1080, noMargin());
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{40, 40, 60, 80});
}

TEST_CASE("primitives drawn in another order damage the span they cover") {
    // Two overlapping translucent boxes swapped: their overlap blends the other
    // way round, so both are damage although each key is still drawn.
    const std::vector<DrawPrimitive> before{prim(1, 0, 0, 50, 50), prim(2, 30, 30, 80, 80)};
    const std::vector<DrawPrimitive> after{before[1], before[0]};
    const auto damage = frameDamage(before, after, 100, 100, noMargin());
    REQUIRE(damage.size() == 2);  // overlapping, not worth uniting into one
    CHECK(damage[0] == PixelBox{0, 0, 50, 50});
    CHECK(damage[1] == PixelBox{30, 30, 80, 80});
}

TEST_CASE("a change of drawing state damages the primitives drawn around it") {
    const std::vector<DrawPrimitive> before{prim(1, 0, 0, 10, 10), stateChange(7),
                                            prim(2, 20, 20, 30, 30)};
    std::vector<DrawPrimitive> after = before;
    after[1].key = 8;
    // Only the state changed: nothing it covers... but the caller keys a
    // primitive by what it draws, state included, so the next one differs too.
    after[2].key = 3;
    const auto damage = frameDamage(before, after, 100, 100, noMargin());
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{20, 20, 30, 30});
}

TEST_CASE("far apart changes stay separate boxes up to the limit, then merge cheaply") {
    std::vector<DrawPrimitive> before, after;
    const float corners[][2] = {{0, 0}, {1900, 0}, {0, 1060}, {1900, 1060}, {950, 530}};
    uint64_t key = 1;
    for (const auto& c : corners) {
        before.push_back(prim(key++, c[0], c[1], c[0] + 20, c[1] + 20));
        after.push_back(prim(key++, c[0], c[1], c[0] + 20, c[1] + 20));
    }
    DamageSettings settings = noMargin();
    settings.maxBoxes = 5;
    CHECK(frameDamage(before, after, 1920, 1080, settings).size() == 5);
    settings.maxBoxes = 4;
    const auto merged = frameDamage(before, after, 1920, 1080, settings);
    REQUIRE(merged.size() == 4);
    long long area = 0;
    for (const PixelBox& b : merged) area += b.area();
    CHECK(area < 1920LL * 1080 / 4);  // the centre joined one corner, not all of them
}

TEST_CASE("damage over most of the screen redraws the whole screen once") {
    const auto damage = frameDamage({prim(1, 0, 0, 1800, 1000)}, {prim(2, 0, 0, 1800, 1000)}, 1920,
                                    1080, noMargin());
    REQUIRE(damage.size() == 1);
    CHECK(damage[0] == PixelBox{0, 0, 1920, 1080});
}

TEST_CASE("primitives off screen or without area damage nothing") {
    const auto damage =
        frameDamage({prim(1, -50, -50, -10, -10), prim(5, 10, 10, 10, 40)},
                    {prim(2, 2000, 5, 2100, 50), prim(6, 10, 10, 10, 40)}, 1920, 1080, noMargin());
    CHECK(damage.empty());
}
