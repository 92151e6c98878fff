// The shell draws every registered screen, in both languages, at the sizes
// the kiosk runs at (landscape, portrait, the smallest), on a NullDisplay.
#include <catch2/catch.hpp>

#include "kiosk_shell.hpp"
#include "screens/screen_registry.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

struct ScreenSize {
    int width, height;
};

// The screen as a visitor opens it: an event screen shows a highlighted event.
ScreenRef screenToShow(ScreenId id, const Pack& pack) {
    ScreenRef screen{id, {}};
    if (id == ScreenId::Event)
        for (const auto& e : pack.events)
            if (e.highlight && screen.param.empty()) screen.param = e.id;
    return screen;
}

// Shows `id` and draws it from its entrance until it has settled; the
// vertices of its last frame.
int drawScreen(NullDisplay& display, VisitorFlow& flow, ui::KioskShell& shell, ScreenId id,
               Language language, ScreenSize size) {
    const Pack& pack = test::defaultPack();
    flow.show(screenToShow(id, pack), language, 0.0);
    shell.follow(flow.takeEntered());
    const TouchFrame noTouch;
    const double settle = shell.settleSeconds();
    platform::DrawTotals drawn;
    for (double t : {0.0, settle / 2, settle, settle + 1.0}) {
        ui::ShellFrame frame;
        frame.now = t;
        frame.dt = 1.0 / 60.0;
        frame.screen = Rect{0, 0, float(size.width), float(size.height)};
        frame.touch = &noTouch;
        drawn = test::drawNullFrame(display, size.width, size.height, [&] { shell.frame(frame); });
    }
    return drawn.vertices;
}

void drawEveryScreen(std::initializer_list<ScreenSize> sizes) {
    test::ScopedImGui imgui;
    const ScreenSize first = *sizes.begin();
    ui::LanguageFonts fonts;
    // One font build for all the sizes: they share their shorter side.
    REQUIRE(test::buildTestFonts(test::defaultPack(), float(std::min(first.width, first.height)),
                                 fonts));
    for (const ScreenSize size : sizes) {
        NullDisplaySettings settings;
        settings.width = size.width;
        settings.height = size.height;
        NullDisplay display(settings);
        std::string error;
        REQUIRE(display.startImGui(error));
        for (Language language : {Language::Japanese, Language::English}) {
            VisitorFlow flow;
            ui::KioskShell shell(test::defaultPack(), fonts, flow);
            for (ScreenId id : ui::drawableScreens()) {
                INFO(screenName(id) << " at " << size.width << "x" << size.height << " in "
                                    << (language == Language::Japanese ? "Japanese" : "English"));
                CHECK(drawScreen(display, flow, shell, id, language, size) > 0);
            }
        }
    }
}

}  // namespace

TEST_CASE("every screen draws at 1920x1080 and 1080x1920 in both languages") {
    drawEveryScreen({{1920, 1080}, {1080, 1920}});
}

TEST_CASE("every screen draws at 320x180 in both languages") {
    drawEveryScreen({{320, 180}});
}

TEST_CASE("the registry makes every screen but the staff panel, and Home's tiles in order") {
    const auto drawable = ui::drawableScreens();
    REQUIRE(drawable.size() >= 10);
    for (ScreenId id : drawable) {
        INFO(screenName(id));
        CHECK(ui::screenEntry(id).id == id);
        CHECK(ui::createScreen(id) != nullptr);
    }
    CHECK(ui::createScreen(ScreenId::Staff) == nullptr);
    const auto names = ui::screenNames();
    CHECK(std::count(names.begin(), names.end(), "staff") == 0);
    // The six tiles of the product, in its order, each labelled by a ui string.
    std::vector<ScreenId> tiles;
    for (const ui::ScreenEntry& e : ui::homeTiles()) {
        tiles.push_back(e.id);
        CHECK(e.labelKey != nullptr);
        CHECK(test::defaultPack().strings.count(e.labelKey) == 1);
    }
    CHECK(tiles == std::vector<ScreenId>{ScreenId::Timeline, ScreenId::Highlights, ScreenId::Map,
                                         ScreenId::Partners, ScreenId::Numbers, ScreenId::About});
}
