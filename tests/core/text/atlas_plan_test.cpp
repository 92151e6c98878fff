#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "text/atlas_plan.hpp"

using namespace kiosk;

namespace {

// The default pack's 1,133 characters in each of the theme's four faces (any
// text may be set in any face), at their sizes for a screen whose shorter side
// is `side`: body, caption, title, display.
constexpr int kPackCharacters = 1133;
std::vector<AtlasFont> theme(float side, double body, double caption, double title,
                             double display) {
    return {{float(body * side), kPackCharacters},
            {float(caption * side), kPackCharacters},
            {float(title * side), kPackCharacters},
            {float(display * side), kPackCharacters}};
}

std::vector<AtlasFont> defaultTheme(float side) {
    return theme(side, 0.028, 0.020, 0.045, 0.075);
}

// The largest type scale a theme validates with, for every size.
std::vector<AtlasFont> largestTheme(float side) {
    return theme(side, 0.25, 0.25, 0.25, 0.25);
}

bool isPowerOfTwo(int n) {
    return n > 0 && (n & (n - 1)) == 0;
}

AtlasLimits side(int maxSide) {
    AtlasLimits limits;
    limits.maxSide = maxSide;
    return limits;
}

}  // namespace

TEST_CASE("the default theme is rasterised as drawn up to 3840x2160") {
    for (float shortSide : {180.0f, 1080.0f, 2160.0f}) {
        const auto fonts = defaultTheme(shortSide);
        const AtlasPlan plan = planGlyphAtlas(fonts, AtlasLimits{});
        CAPTURE(shortSide);
        CHECK(plan.fits);
        CHECK(plan.capPixels == 0);
        for (size_t i = 0; i < fonts.size(); ++i) CHECK(plan.rasterPixels[i] == fonts[i].pixels);
        CHECK(plan.expectedHeight <= AtlasLimits{}.maxSide);
    }
}

TEST_CASE("at 7680x4320 only the default theme's display type is capped") {
    const auto fonts = defaultTheme(4320);
    const AtlasPlan plan = planGlyphAtlas(fonts, AtlasLimits{});
    REQUIRE(plan.fits);
    // Every character in every face takes more room than the raster limit
    // leaves: the 324 px display type is rasterised at about 200 px, over the
    // 194 px title type, which stays as drawn.
    CHECK(plan.capPixels > fonts[2].pixels);
    CHECK(plan.capPixels < AtlasLimits{}.maxRasterPixels);
    for (size_t i = 0; i < 3; ++i) CHECK(plan.rasterPixels[i] == fonts[i].pixels);
    CHECK(plan.rasterPixels[3] == plan.capPixels);
}

TEST_CASE("no glyph is rasterised over the raster limit, however roomy the atlas") {
    AtlasLimits roomy;
    roomy.maxSide = 1 << 20;
    const AtlasPlan plan = planGlyphAtlas({{540.0f, 10}, {30.0f, 10}}, roomy);
    REQUIRE(plan.fits);
    CHECK(plan.capPixels == roomy.maxRasterPixels);
    CHECK(plan.rasterPixels[0] == roomy.maxRasterPixels);
    CHECK(plan.rasterPixels[1] == 30.0f);
}

TEST_CASE("the largest type scale at 3840x2160 is capped to fit the atlas") {
    const auto fonts = largestTheme(2160);
    const AtlasPlan plan = planGlyphAtlas(fonts, side(4096));
    REQUIRE(plan.fits);
    REQUIRE(plan.capPixels > 0);
    CHECK(plan.capPixels < AtlasLimits{}.maxRasterPixels);  // capped by room, not the limit
    CHECK(plan.capPixels == std::floor(plan.capPixels));    // whole pixels
    for (float pixels : plan.rasterPixels) CHECK(pixels == plan.capPixels);
    CHECK(plan.width <= 4096);
    CHECK(plan.expectedHeight <= 4096);
}

TEST_CASE("the cap is the greatest whole size that fits") {
    const auto fonts = largestTheme(2160);
    const AtlasPlan plan = planGlyphAtlas(fonts, side(4096));
    REQUIRE(plan.capPixels > 0);
    // One pixel more, asked for outright, no longer fits uncapped.
    std::vector<AtlasFont> onePixelMore = fonts;
    for (AtlasFont& font : onePixelMore) font.pixels = plan.capPixels + 1;
    CHECK(planGlyphAtlas(onePixelMore, side(4096)).capPixels > 0);
    std::vector<AtlasFont> atTheCap = fonts;
    for (AtlasFont& font : atTheCap) font.pixels = plan.capPixels;
    CHECK(planGlyphAtlas(atTheCap, side(4096)).capPixels == 0);
}

TEST_CASE("only the sizes over the cap are capped: small text stays sharp") {
    auto fonts = defaultTheme(2160);
    fonts[3].pixels = 0.25f * 2160;  // display type at the largest scale
    fonts[3].glyphs = kPackCharacters;
    const AtlasPlan plan = planGlyphAtlas(fonts, AtlasLimits{});
    REQUIRE(plan.fits);
    REQUIRE(plan.capPixels > 0);
    CHECK(plan.rasterPixels[0] == fonts[0].pixels);
    CHECK(plan.rasterPixels[1] == fonts[1].pixels);
    CHECK(plan.rasterPixels[2] == fonts[2].pixels);
    CHECK(plan.rasterPixels[3] == plan.capPixels);
    CHECK(plan.capPixels > fonts[2].pixels);
}

TEST_CASE("a smaller GPU texture limit caps lower") {
    const auto fonts = largestTheme(4320);
    const AtlasPlan big = planGlyphAtlas(fonts, side(16384));
    const AtlasPlan small = planGlyphAtlas(fonts, side(2048));
    REQUIRE(big.fits);
    REQUIRE(small.fits);
    CHECK(small.capPixels > 0);
    CHECK(small.capPixels < big.capPixels);
    CHECK(small.width <= 2048);
    CHECK(small.expectedHeight <= 2048);
}

TEST_CASE("the atlas width is a power of two within the limit, even an odd one") {
    for (int maxSide : {1000, 4096, 6000, 16384}) {
        for (const auto& fonts : {defaultTheme(1080), largestTheme(2160), largestTheme(4320)}) {
            const AtlasPlan plan = planGlyphAtlas(fonts, side(maxSide));
            CAPTURE(maxSide);
            REQUIRE(plan.fits);
            CHECK(isPowerOfTwo(plan.width));
            CHECK(plan.width <= maxSide);
            CHECK(plan.expectedHeight <= maxSide);
        }
    }
}

TEST_CASE("characters that would not fit even at the smallest size are refused, not packed") {
    const std::vector<AtlasFont> fonts = {{40.0f, 60000}, {40.0f, 60000}};
    const AtlasPlan plan = planGlyphAtlas(fonts, side(512));
    CHECK_FALSE(plan.fits);
}

TEST_CASE("no fonts need only an empty atlas") {
    const AtlasPlan plan = planGlyphAtlas({}, side(4096));
    CHECK(plan.fits);
    CHECK(plan.capPixels == 0);
    CHECK(plan.rasterPixels.empty());
}
