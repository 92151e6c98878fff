// Contrast as WCAG 2.x computes it, checked against figures WCAG and common
// checkers publish, and the default theme held to the ratios it promises.
#include <catch2/catch.hpp>

#include "content/color_contrast.hpp"
#include "content/pack_loader.hpp"
#include "content/theme_contrast.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

TEST_CASE("relative luminance and contrast match WCAG's published figures") {
    CHECK(relativeLuminance(0x000000) == Approx(0.0));
    CHECK(relativeLuminance(0xFFFFFF) == Approx(1.0));
    CHECK(contrastRatio(0x000000, 0xFFFFFF) == Approx(21.0));
    CHECK(contrastRatio(0xFFFFFF, 0x000000) == Approx(21.0));  // order does not matter
    CHECK(contrastRatio(0x123456, 0x123456) == Approx(1.0));
    // #777 on white is the classic near miss: 4.48:1, below 4.5.
    CHECK(contrastRatio(0x777777, 0xFFFFFF) == Approx(4.48).margin(0.005));
    CHECK(contrastRatio(0x767676, 0xFFFFFF) == Approx(4.54).margin(0.005));
    CHECK(contrastRatio(0x595959, 0xFFFFFF) == Approx(7.0).margin(0.005));
    CHECK(contrastRatio(0x949494, 0xFFFFFF) == Approx(3.03).margin(0.005));
    CHECK(contrastRatio(0xFF0000, 0xFFFFFF) == Approx(4.0).margin(0.005));
    CHECK(contrastRatio(0x0000FF, 0xFFFFFF) == Approx(8.59).margin(0.005));
    // What the issue measured: the old controls (#13315C on #0B2545).
    CHECK(contrastRatio(0x13315C, 0x0B2545) == Approx(1.19).margin(0.005));
}

TEST_CASE("a colour drawn with an opacity is mixed with what lies under it") {
    CHECK(blendOver(0xFFFFFF, 0x000000, 1.0) == 0xFFFFFFu);
    CHECK(blendOver(0xFFFFFF, 0x000000, 0.0) == 0x000000u);
    CHECK(blendOver(0xFFFFFF, 0x000000, 0.5) == 0x808080u);
    CHECK(blendOver(0x204060, 0x204060, 0.3) == 0x204060u);
}

TEST_CASE("large text is 24 px, or 18.66 px bold") {
    CHECK(isLargeText(24.0, false));
    CHECK_FALSE(isLargeText(23.9, false));
    CHECK(isLargeText(18.66, true));
    CHECK_FALSE(isLargeText(18.0, true));
}

TEST_CASE("the default theme's pairs reach 4.5:1 for text and 3:1 for outlines") {
    const PackLoadResult loaded = loadPack(test::defaultPackDir(), {});
    REQUIRE(loaded.pack);
    const Theme& theme = loaded.pack->theme;
    for (const ThemeContrastPair& pair : themeContrastPairs(theme)) {
        INFO(pair.foreground << " on " << pair.background);
        CHECK(contrastRatio(pair.foregroundColor, pair.backgroundColor) >= pair.required);
    }
    // Controls were once the surface colour alone, 1.19:1 against the screen.
    CHECK(contrastRatio(theme.outline, theme.background) >= kControlContrast);
    ProblemList problems;
    checkThemeContrast(theme, "theme.json", problems);
    CHECK(problems.size() == 0);
}

TEST_CASE("a theme below the ratios is warned about by file, field pair and ratio") {
    Theme theme;
    theme.muted = 0x6585AD;    // 4.04:1 on the background, 3.40:1 on the surface
    theme.outline = 0x1A3B66;  // a control outline close to the surface
    ProblemList problems;
    checkThemeContrast(theme, "theme.json", problems);
    CHECK_FALSE(problems.hasErrors());
    std::vector<std::string> lines;
    for (const Problem& p : problems.all()) lines.push_back(p.format());
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].rfind("theme.json: /colors/muted: muted on background is ", 0) == 0);
    CHECK(lines[1].rfind("theme.json: /colors/muted: muted on surface is ", 0) == 0);
    CHECK(lines[1].find("text needs at least 4.5:1") != std::string::npos);
    CHECK(lines[3].rfind("theme.json: /colors/outline: outline on surface is 1.", 0) == 0);
    CHECK(lines[3].find("a control's outline needs at least 3.0:1") != std::string::npos);
}

TEST_CASE("text below 3:1 is an error: no size of type reads there") {
    Theme theme;
    theme.muted = 0x3A5A80;  // 2.16:1 on the background, 1.82:1 on the surface
    ProblemList problems;
    checkThemeContrast(theme, "theme.json", problems);
    const std::vector<Problem> errors = problems.errors();
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].format().rfind("theme.json: /colors/muted: muted on background is 2.16:1", 0) ==
          0);
    CHECK(errors[1].format().find("no text reads below 3:1") != std::string::npos);
    // The same colour as an outline is a warning only: the control's label says what it is.
    Theme outlined;
    outlined.outline = 0x3A5A80;
    ProblemList outlineProblems;
    checkThemeContrast(outlined, "theme.json", outlineProblems);
    CHECK_FALSE(outlineProblems.hasErrors());
    CHECK(outlineProblems.warnings().size() == 2);
}

namespace {

size_t contrastProblems(const std::vector<Problem>& problems) {
    size_t count = 0;
    for (const Problem& p : problems)
        if (p.file == "theme.json" && p.message.find(":1;") != std::string::npos) ++count;
    return count;
}

}  // namespace

TEST_CASE("the loader reads a theme's outline, or takes muted for a theme without one") {
    test::TempPack pack;
    nlohmann::json theme = pack.readJson("theme.json");
    theme["colors"].erase("outline");
    theme["colors"]["muted"] = "#6585AD";
    pack.writeJson("theme.json", theme);
    const PackLoadResult loaded = loadPack(pack.dir(), {});
    REQUIRE(loaded.pack);
    CHECK(loaded.pack->theme.outline == 0x6585ADu);
    // The muted text is under 4.5:1 on both backgrounds (warnings that name the
    // file, the field and the ratio; the pack still loads); as an outline it
    // reaches 3:1 and says nothing.
    CHECK(contrastProblems(loaded.problems.warnings()) == 2);
}

TEST_CASE("the loader refuses a theme whose text is below 3:1, naming file, field and ratio") {
    test::TempPack pack;
    nlohmann::json theme = pack.readJson("theme.json");
    theme["colors"]["muted"] = "#3A5A80";
    pack.writeJson("theme.json", theme);
    const PackLoadResult loaded = loadPack(pack.dir(), {});
    CHECK_FALSE(loaded.pack);
    CHECK(contrastProblems(loaded.problems.errors()) == 2);
}
