// A scrolled region: a card half scrolled out of view can be tapped only on
// the part that shows.
#include <catch2/catch.hpp>

#include "scroll_driver.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"
#include "widgets.hpp"

using namespace kiosk;

TEST_CASE("a card at the edge of a scrolled list is tapped only where it shows") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    platform::NullDisplaySettings settings;
    settings.width = 1920;
    settings.height = 1080;
    platform::NullDisplay display(settings);
    std::string error;
    REQUIRE(display.startImGui(error));

    const Rect view{0, 200, 1920, 600};
    const Rect card{100, 150, 400, 120};  // 50 px of it above the view, hidden
    ui::ScrollDriver driver(ui::ScrollDriver::Axis::Vertical);
    const auto tappedAt = [&](Point p) {
        TouchFrame touch;
        touch.tap = p;
        touch.pressStart = touch.position = p;
        bool tapped = false;
        test::drawNullFrame(display, 1920, 1080, [&] {
            ImGui::Begin("test");
            ui::UiContext ui;
            ui.pack = &test::defaultPack();
            ui.fonts = &fonts;
            ui.list = ImGui::GetWindowDrawList();
            ui.screen = Rect{0, 0, 1920, 1080};
            ui.area = view;
            ui.touch = &touch;
            driver.update(ui.touch, view, 1.0 / 60.0);
            ui::ScrollView scrolled(ui, view, driver, ui.theme().background);
            tapped = ui::button(scrolled.ui(), card, "card", ui::ButtonStyle::Surface);
            ImGui::End();
        });
        return tapped;
    };
    CHECK_FALSE(tappedAt(Point{300, 170}));  // on the hidden part
    CHECK(tappedAt(Point{300, 240}));        // on the part that shows
}
