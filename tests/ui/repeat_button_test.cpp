// The Repeat button: in the bottom bar only while the visitor has spoken
// guidance on, clear of the buttons beside it, in both languages and shapes.
#include <catch2/catch.hpp>

#include "shell_layout.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

}  // namespace

TEST_CASE("Repeat sits in the bottom bar only while speech is on, clear of its neighbours") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    for (const auto& [w, h] : {std::pair{1920, 1080}, std::pair{1080, 1920}})
        for (Language language : {Language::Japanese, Language::English}) {
            INFO(w << "x" << h << " " << languageCode(language));
            ui::UiContext ui;
            ui.pack = &test::defaultPack();
            ui.fonts = &fonts;
            ui.language = language;
            ui.screen = Rect{0, 0, float(w), float(h)};
            ui.unit = float(std::min(w, h)) / 1080.0f;
            const ui::ShellLayout layout = ui::shellLayout(ui.screen, ui.unit);
            CHECK_FALSE(ui::navButtons(ui, layout.navBar, true).repeat.has_value());
            ui.access.speech = true;
            const ui::NavButtons b = ui::navButtons(ui, layout.navBar, true);
            REQUIRE(b.repeat.has_value());
            CHECK(b.repeat->y >= layout.navBar.y);
            CHECK(b.repeat->bottom() <= layout.navBar.bottom());
            CHECK(b.repeat->x > b.back.right());
            CHECK_FALSE(overlap(*b.repeat, b.language));
            CHECK_FALSE(overlap(*b.repeat, b.back));
        }
}

TEST_CASE("When the bar cannot hold every button with its words, Home and Back show icons alone") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    // Type made for a 1080-pixel side on a 720-pixel one: 1.5 times what the
    // bar was laid out for, as with larger text.
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.fonts = &fonts;
    ui.language = Language::Japanese;
    ui.screen = Rect{0, 0, 720, 1280};
    ui.unit = 720.0f / 1080.0f;
    ui.access.speech = true;
    const ui::ShellLayout layout = ui::shellLayout(ui.screen, ui.unit);
    const ui::NavButtons b = ui::navButtons(ui, layout.navBar, true);
    REQUIRE(b.repeat.has_value());
    CHECK(b.iconsOnly);
    const Rect all[] = {b.home, b.back, *b.repeat, b.language, b.access};
    for (size_t i = 0; i < 5; ++i)
        for (size_t j = i + 1; j < 5; ++j) {
            INFO(i << " and " << j);
            CHECK_FALSE(overlap(all[i], all[j]));
        }
    // With room to spare the words stay.
    ui.access.speech = false;
    ui.screen = Rect{0, 0, 1920, 1080};
    ui.unit = 1.0f;
    CHECK_FALSE(ui::navButtons(ui, ui::shellLayout(ui.screen, ui.unit).navBar, true).iconsOnly);
}
