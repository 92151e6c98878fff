// The reach mode: on a tall screen the visitor's screen comes down within a
// seated reach, and the text drawn is recorded with its size for the check.
#include <catch2/catch.hpp>

#include "access/screen_geometry.hpp"
#include "paint.hpp"
#include "shell_layout.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

using namespace kiosk;

TEST_CASE("Without the reach mode the layout is as it always was") {
    const Rect screen{0, 0, 1080, 1920};
    const ui::ShellLayout plain = ui::shellLayout(screen, 1.0f);
    const ui::ShellLayout reachAtTop = ui::shellLayout(screen, 1.0f, 0.0f);
    CHECK(plain.header.y == 0.0f);
    CHECK(plain.area.y == plain.header.bottom());
    CHECK(reachAtTop.area.y == plain.area.y);
    CHECK(reachAtTop.area.h == plain.area.h);
}

TEST_CASE("On a 43-inch portrait screen 700 mm up the area starts at 1,220 mm") {
    const Rect screen{0, 0, 1080, 1920};
    const ScreenGeometry mounted(PhysicalScreen{43.0, 700.0, true}, 1080, 1920);
    const float reachTop = reachableRows(mounted).top;
    const ui::ShellLayout plain = ui::shellLayout(screen, 1.0f);
    const ui::ShellLayout reach = ui::shellLayout(screen, 1.0f, reachTop);
    CHECK(reach.area.y == std::round(reachTop));
    CHECK(mounted.heightAboveFloorMm(reach.area.y) <= 1220.5);
    // The header sits right above the area; the bottom bar stays where it was.
    CHECK(reach.header.bottom() == reach.area.y);
    CHECK(reach.header.h == plain.header.h);
    CHECK(reach.navBar.y == plain.navBar.y);
    CHECK(reach.area.bottom() == plain.area.bottom());
}

TEST_CASE("A short landscape screen keeps enough area to lay out in") {
    const Rect screen{0, 0, 1920, 1080};
    const ScreenGeometry lobby(lobbyScreen(), 1920, 1080);
    const ui::ShellLayout reach = ui::shellLayout(screen, 1.0f, reachableRows(lobby).top);
    CHECK(reach.area.h >= std::floor(1080 * ui::kLeastAreaShare));
    CHECK(reach.area.y > ui::shellLayout(screen, 1.0f).area.y);  // still lower than without
}

TEST_CASE("Text drawn through the helpers is recorded with its size while a scope is open") {
    test::ScopedImGui imgui;
    ImGui::GetIO().Fonts->AddFontDefault();
    platform::NullDisplay display;
    ScreenInventory inventory;
    test::drawNullFrame(display, 800, 600, [&] {
        ui::beginFullScreenWindow("t");
        ImFont* font = ImGui::GetFont();
        ImDrawList& list = *ImGui::GetWindowDrawList();
        {
            const ui::TextRecordingScope recording(inventory);
            ui::drawCenteredLine(list, font, "Centred", 400, 100, 600, IM_COL32_WHITE);
            ui::drawLaidOut(list, font, ui::layoutWith(font, "one two three", 40), 10, 200,
                            IM_COL32_WHITE);
        }
        ui::drawCenteredLine(list, font, "not recorded", 400, 300, 600, IM_COL32_WHITE);
        ImGui::End();
    });
    REQUIRE(inventory.texts().size() >= 3);  // a line, then the wrapped lines
    CHECK(inventory.texts()[0].text == "Centred");
    CHECK(inventory.texts()[0].typePx == ImGui::GetIO().Fonts->Fonts[0]->FontSize);
    CHECK(inventory.texts()[0].rect.y == 100.0f);
    CHECK(inventory.texts()[1].text == "one");
    for (const TextRun& run : inventory.texts()) CHECK(run.text != "not recorded");
}
