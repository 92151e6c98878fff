// The shell's two bars: the navigation a visitor needs within reach at the
// bottom, the header saying where the visitor is, and the screen's area
// between them.
#include <catch2/catch.hpp>

#include "header_path.hpp"
#include "kiosk_shell.hpp"
#include "screens/screen_registry.hpp"
#include "shell_layout.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

// A display mounted in the venue: its size in pixels, millimetres a pixel,
// and how high its bottom edge is above the floor.
struct Mounted {
    int width, height;
    double mmPerPixel, bottomEdgeMm;
};
// The lobby's 55-inch landscape screen and the booth's 43-inch portrait one
// (952 mm tall over 1,920 pixels), both with their bottom edge 900 mm up.
constexpr Mounted kLobby{1920, 1080, 0.63, 900.0};
constexpr Mounted kBooth{1080, 1920, 952.0 / 1920.0, 900.0};
// The highest a visitor in a wheelchair reaches forward (ADA 308.2.1).
constexpr double kForwardReachMm = 1220.0;

double heightAboveFloor(const Mounted& m, float y) {
    return m.bottomEdgeMm + (double(m.height) - double(y)) * m.mmPerPixel;
}

ui::UiContext contextFor(const ui::Fonts& fonts, int width, int height) {
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.fonts = &fonts;
    ui.screen = Rect{0, 0, float(width), float(height)};
    ui.unit = float(std::min(width, height)) / 1080.0f;
    return ui;
}

// A screen that says where within itself the visitor is.
class PartsScreen : public ui::Screen {
  public:
    explicit PartsScreen(std::vector<std::string> parts) : parts_(std::move(parts)) {}
    std::vector<std::string> headingParts(const ui::UiContext&) const override { return parts_; }

  protected:
    Intent drawContent(const ui::UiContext&) override { return {}; }

  private:
    std::vector<std::string> parts_;
};

}  // namespace

TEST_CASE("Home, Back and the language switch are within a wheelchair's forward reach") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    for (const Mounted& m : {kLobby, kBooth}) {
        INFO(m.width << "x" << m.height);
        ui::UiContext ui = contextFor(fonts, m.width, m.height);
        ui.language = Language::English;
        const ui::ShellLayout layout = ui::shellLayout(ui.screen, ui.unit);
        const ui::NavButtons b = ui::navButtons(ui, layout.navBar, true);
        for (const Rect& r : {b.home, b.back, b.language, b.access}) {
            const double centre = heightAboveFloor(m, r.center().y);
            CHECK(centre <= kForwardReachMm);
            // In the bar along the bottom edge, below everything a screen draws.
            CHECK(r.y >= layout.area.bottom());
            CHECK(r.bottom() <= float(m.height));
            CHECK(r.h >= ui.px(64));
        }
        CHECK(b.back.x >= b.home.right() + ui.gutter() - 0.5f);
        CHECK(b.language.x > b.back.right());
        // The access button in the corner, where a hand finds it unseen.
        CHECK(b.access.x >= b.language.right());
        CHECK(b.access.right() >= float(m.width) - ui.margin() - 0.5f);
    }
}

TEST_CASE("the screen's area lies between the header and the bottom bar, on whole pixels") {
    for (const Mounted& m : {kLobby, kBooth, Mounted{320, 180, 1.0, 0.0}}) {
        const Rect screen{0, 0, float(m.width), float(m.height)};
        const ui::ShellLayout layout =
            ui::shellLayout(screen, float(std::min(m.width, m.height)) / 1080.0f);
        CHECK(layout.header.y == 0.0f);
        CHECK(layout.area.y == layout.header.bottom());
        CHECK(layout.area.bottom() == layout.navBar.y);
        CHECK(layout.navBar.bottom() == float(m.height));
        CHECK(layout.area.h > float(m.height) * 0.7f);
        for (float edge : {layout.header.bottom(), layout.navBar.y})
            CHECK(edge == std::round(edge));
        // The "still there?" question stays clear of both bars.
        ui::UiContext ui;
        ui.screen = screen;
        ui.area = layout.area;
        ui.unit = float(std::min(m.width, m.height)) / 1080.0f;
        const Rect box = ui::stillThereBox(ui);
        CHECK(box.y >= layout.header.bottom());
        CHECK(box.bottom() <= layout.navBar.y);
        CHECK(box.x >= 0.0f);
        CHECK(box.right() <= float(m.width));
    }
}

TEST_CASE("the header's path: the screens from Home, then where the current one is") {
    test::ScopedImGui imgui;
    ui::Fonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    ui::UiContext ui = contextFor(fonts, 1920, 1080);
    ui.language = Language::English;
    const ScreenRef home{ScreenId::Home, {}}, timeline{ScreenId::Timeline, {}},
        event{ScreenId::Event, "e"}, partners{ScreenId::Partners, {}}, map{ScreenId::Map, "a"};
    const PartsScreen eventScreen({"2016", "Hokkaido and Kyoto agreements"});
    const PartsScreen none({});
    using Items = std::vector<std::string>;

    CHECK(ui::headerPath(ui, {home}, nullptr) == Items{"Home"});
    CHECK(ui::headerPath(ui, {home, timeline}, &none) == Items{"Timeline"});
    // The event gives way to its year and title after the screen it came from.
    CHECK(ui::headerPath(ui, {home, timeline, event}, &eventScreen) ==
          Items{"Timeline", "2016", "Hokkaido and Kyoto agreements"});
    // Opened on its own, it keeps its label; with nothing to add, the label alone.
    CHECK(ui::headerPath(ui, {home, event}, &eventScreen) ==
          Items{"Event", "2016", "Hokkaido and Kyoto agreements"});
    CHECK(ui::headerPath(ui, {home, timeline, event}, &none) == Items{"Timeline", "Event"});
    // A Home destination keeps its label before what it adds.
    const PartsScreen association({"Kyoto association"});
    CHECK(ui::headerPath(ui, {home, partners, map}, &association) ==
          Items{"Partners", "Partner map", "Kyoto association"});
}

TEST_CASE("the bottom bar goes Home, Back (within a screen first) or to the language list") {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
    platform::NullDisplaySettings settings;
    settings.width = 1920;
    settings.height = 1080;
    platform::NullDisplay display(settings);
    std::string error;
    REQUIRE(display.startImGui(error));
    VisitorFlow flow;
    ui::KioskShell shell(test::defaultPack(), fonts, flow);
    const ui::UiContext ui = contextFor(fonts.of(Language::Japanese), 1920, 1080);
    const ui::NavButtons b = ui::navButtons(ui, ui::shellLayout(ui.screen, ui.unit).navBar, true);

    const auto tapOn = [&](Point p, double now) {
        TouchFrame touch;
        touch.tap = p;
        touch.pressStart = touch.position = p;
        ui::ShellFrame frame;
        frame.now = now;
        frame.dt = 1.0 / 60.0;
        frame.screen = ui.screen;
        frame.touch = &touch;
        Intent intent;
        test::drawNullFrame(display, 1920, 1080, [&] { intent = shell.frame(frame); });
        return intent.type;
    };
    const auto tapAt = [&](Point p) {
        flow.show({ScreenId::Timeline, {}}, Language::Japanese, 0.0);
        shell.follow(flow.takeEntered());
        return tapOn(p, 2.0);
    };
    CHECK(tapAt(b.home.center()) == Intent::Type::Home);
    CHECK(tapAt(b.back.center()) == Intent::Type::Back);
    CHECK(tapAt(b.language.center()) == Intent::Type::Open);
    // The bar between them is not the screen's: nothing there opens anything.
    CHECK(tapAt(Point{960, b.home.center().y}) == Intent::Type::None);

    // Back on the map with an association open returns to the legend first
    // (the map's stepBack), and only then leaves the map.
    flow.show({ScreenId::Map, "kyoto-towns"}, Language::Japanese, 0.0);
    shell.follow(flow.takeEntered());
    CHECK(tapOn(b.back.center(), 2.0) == Intent::Type::None);
    CHECK(flow.current().id == ScreenId::Map);
    CHECK(tapOn(b.back.center(), 3.0) == Intent::Type::Back);
}
