// The grid's readable measure: a line of running text holds about 75 letters
// of English or 40 kanji of body type, whatever the screen.
#include <catch2/catch.hpp>

#include "support/null_kiosk.hpp"
#include "text_block.hpp"
#include "ui_context.hpp"

using namespace kiosk;

TEST_CASE("A readable line holds about 75 English letters or 40 kanji of body type") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.fonts = &fonts;
    ui.unit = 1.0f;
    const std::string english = test::defaultPack().text("about_body", Language::English);
    const float letter = ui::textWidth(fonts.body, english) / float(english.size());
    ui.language = Language::English;
    CHECK(ui.measure() / letter > 65.0f);
    CHECK(ui.measure() / letter < 85.0f);
    ui.language = Language::Japanese;
    // Three kanji every pack has (its own title).
    const float kanji = ui::textWidth(fonts.body, "特別区") / 3.0f;
    CHECK(ui.measure() / kanji == Approx(40.0f).epsilon(0.05));
}
