// The access button and its screen, driven through the shell as a visitor's
// taps reach it: the button opens the screen, each row changes one choice,
// and what the frame records says what can be touched there.
#include <catch2/catch.hpp>

#include "kiosk_shell.hpp"
#include "shell_layout.hpp"
#include "support/null_frame.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;

namespace {

constexpr int kW = 1920, kH = 1080;

struct AccessRig {
    test::ScopedImGui imgui;
    ui::LanguageFonts fonts;
    NullDisplay display;
    VisitorFlow flow;
    ui::KioskShell shell{test::defaultPack(), fonts, flow};
    double now = 0.0;

    AccessRig() {
        REQUIRE(test::buildTestFonts(test::defaultPack(), 1080.0f, fonts));
        shell.recordEveryFrame(true);  // Home's targets, before speech is on
        flow.show({ScreenId::Home, {}}, Language::English, 0.0);
        shell.follow(flow.takeEntered());
        frame(nullptr);
    }
    // One frame with `touch` (null: none); the intent is applied as the app does.
    void frame(const TouchFrame* touch) {
        now += 1.0;  // past any transition
        ui::ShellFrame in;
        in.now = now;
        in.dt = 1.0 / 60.0;
        in.screen = Rect{0, 0, float(kW), float(kH)};
        in.touch = touch;
        Intent intent;
        test::drawNullFrame(display, kW, kH, [&] { intent = shell.frame(in); });
        flow.apply(intent, now);
        shell.follow(flow.takeEntered());
    }
    void tap(Point p) {
        TouchFrame touch;
        touch.tap = p;
        touch.position = touch.pressStart = p;
        frame(&touch);
        frame(nullptr);
    }
    // The centre of what the last frame recorded under this spoken label.
    std::optional<Point> target(const std::string& label) const {
        for (const TouchTarget& t : shell.inventory().targets())
            if (t.label == label) return t.rect.center();
        return std::nullopt;
    }
};

}  // namespace

TEST_CASE("The access button sits in the bottom right corner and opens the access screen") {
    AccessRig rig;
    const auto button = rig.target("Accessibility");
    REQUIRE(button);
    CHECK(button->x > kW * 0.9f);
    CHECK(button->y > kH * 0.9f);
    rig.tap(*button);
    CHECK(rig.flow.current().id == ScreenId::Access);
}

TEST_CASE("Each row of the access screen changes one choice, and says its state") {
    AccessRig rig;
    rig.tap(*rig.target("Accessibility"));
    REQUIRE(rig.flow.current().id == ScreenId::Access);
    rig.frame(nullptr);
    const auto speechOff = rig.target("Spoken guidance: Off");
    REQUIRE(speechOff);
    rig.tap(*speechOff);
    CHECK(rig.flow.access().speech);
    CHECK(rig.target("Spoken guidance: On"));

    rig.tap(*rig.target("High contrast: Off"));
    CHECK(rig.flow.access().highContrast);
    rig.tap(*rig.target("Less motion: Off"));
    CHECK(rig.flow.access().reduceMotion);
    // Last: at twice the type the screen turns to one column, longer than it shows.
    rig.tap(*rig.target("Extra large"));
    CHECK(rig.flow.access().textSize == TextSize::Largest);
    // Every other choice is where it was.
    CHECK(rig.flow.access().speech);
    CHECK_FALSE(rig.flow.access().moreTime);
}

TEST_CASE("The access button pressed again on its screen turns spoken guidance on and off") {
    AccessRig rig;
    const Point corner = *rig.target("Accessibility");
    rig.tap(corner);
    REQUIRE(rig.flow.current().id == ScreenId::Access);
    rig.tap(corner);
    CHECK(rig.flow.access().speech);
    CHECK(rig.flow.current().id == ScreenId::Access);
    rig.tap(corner);
    CHECK_FALSE(rig.flow.access().speech);
}

TEST_CASE("In a language the narration does not speak, the access screen says so instead") {
    AccessRig rig;
    REQUIRE_FALSE(test::defaultPack().narration.speaks(Language::ChineseSimplified));
    rig.flow.apply(Intent::setLanguage(Language::ChineseSimplified), rig.now);
    rig.frame(nullptr);
    rig.tap(*rig.target("无障碍设置"));
    REQUIRE(rig.flow.current().id == ScreenId::Access);
    rig.frame(nullptr);
    for (const TouchTarget& t : rig.shell.inventory().targets())
        CHECK(t.label.find("语音导览:") == std::string::npos);
    bool said = false;
    for (const TextRun& run : rig.shell.inventory().texts())
        said = said || run.text.find("语音导览") != std::string::npos;
    CHECK(said);
    CHECK(rig.target("延长时间: 关"));
}

TEST_CASE("In Korean, which the narration speaks, the access screen offers spoken guidance") {
    AccessRig rig;
    REQUIRE(test::defaultPack().narration.speaks(Language::Korean));
    rig.flow.apply(Intent::setLanguage(Language::Korean), rig.now);
    rig.frame(nullptr);
    rig.tap(*rig.target("편의 기능"));
    rig.frame(nullptr);
    const auto speechOff = rig.target("음성 안내: 꺼짐");
    REQUIRE(speechOff);
    rig.tap(*speechOff);
    CHECK(rig.flow.access().speech);
}

TEST_CASE("The language button opens the list of five, and a language chosen there returns") {
    AccessRig rig;
    rig.tap(*rig.target("Language"));
    REQUIRE(rig.flow.current().id == ScreenId::Language);
    rig.frame(nullptr);
    rig.tap(*rig.target("繁體中文"));
    CHECK(rig.flow.language() == Language::ChineseTraditional);
    CHECK(rig.flow.current().id == ScreenId::Home);
}
