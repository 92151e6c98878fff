// The high-contrast colours a visitor may choose: the kiosk's own reach 7:1,
// a pack may give its own, and colours below 7:1 are refused by name.
#include <catch2/catch.hpp>

#include "content/color_contrast.hpp"
#include "content/high_contrast_theme.hpp"
#include "content/pack_loader.hpp"
#include "content/theme_contrast.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

TEST_CASE("the kiosk's own high-contrast colours reach 7:1 for text and 3:1 for outlines") {
    const Theme theme = defaultHighContrast(Theme{});
    for (const ThemeContrastPair& pair : themeContrastPairs(theme)) {
        INFO(pair.foreground << " on " << pair.background);
        const double needed =
            pair.required == kTextContrast ? kEnhancedTextContrast : kControlContrast;
        CHECK(contrastRatio(pair.foregroundColor, pair.backgroundColor) >= needed);
    }
    ProblemList problems;
    checkHighContrast(theme, "theme.json", problems);
    CHECK(problems.size() == 0);
}

TEST_CASE("a pack without high-contrast colours gets the kiosk's, with its own type sizes") {
    const PackLoadResult loaded = loadPack(test::defaultPackDir(), {});
    REQUIRE(loaded.pack);
    const Theme& hc = loaded.pack->highContrastTheme;
    CHECK(hc.background == 0x000000u);
    CHECK(hc.text == 0xFFFFFFu);
    CHECK(hc.body == loaded.pack->theme.body);
    CHECK(hc.sounds == loaded.pack->theme.sounds);
}

TEST_CASE("a pack's own high-contrast colours replace the kiosk's one by one") {
    test::TempPack pack;
    nlohmann::json theme = pack.readJson("theme.json");
    theme["high_contrast"] = {{"background", "#101010"}, {"accent", "#FFE14D"}};
    pack.writeJson("theme.json", theme);
    const PackLoadResult loaded = loadPack(pack.dir(), {});
    REQUIRE(loaded.pack);
    CHECK(loaded.pack->highContrastTheme.background == 0x101010u);
    CHECK(loaded.pack->highContrastTheme.accent == 0xFFE14Du);
    CHECK(loaded.pack->highContrastTheme.text == 0xFFFFFFu);  // the kiosk's
}

TEST_CASE("high-contrast colours below 7:1 are refused, naming file, field, pair and ratio") {
    test::TempPack pack;
    nlohmann::json theme = pack.readJson("theme.json");
    // 4.7:1 on black: enough for the ordinary theme, not for those who need more.
    theme["high_contrast"] = {{"muted", "#777777"}};
    pack.writeJson("theme.json", theme);
    const PackLoadResult loaded = loadPack(pack.dir(), {});
    CHECK_FALSE(loaded.pack);
    bool named = false;
    for (const Problem& p : loaded.problems.errors())
        if (p.format().rfind("theme.json: /high_contrast/muted: muted on background is 4.", 0) ==
                0 &&
            p.format().find("needs at least 7.0:1") != std::string::npos)
            named = true;
    CHECK(named);
}

TEST_CASE("a high-contrast colour that is not a colour is refused by its pointer") {
    test::TempPack pack;
    nlohmann::json theme = pack.readJson("theme.json");
    theme["high_contrast"] = {{"text", "white"}};
    pack.writeJson("theme.json", theme);
    const PackLoadResult loaded = loadPack(pack.dir(), {});
    CHECK_FALSE(loaded.pack);
    bool named = false;
    for (const Problem& p : loaded.problems.errors())
        if (p.format().find("/high_contrast/text") != std::string::npos) named = true;
    CHECK(named);
}
