// The attract loop's call to action, one part per language: the real
// interactive loop on a NullDisplay, touched where the parts are drawn.
#include <catch2/catch.hpp>

#include <map>

#include "interactive_loop.hpp"
#include "kiosk_runtime.hpp"
#include "session/attract_call_to_action.hpp"
#include "support/null_kiosk.hpp"
#include "support/play_log_reader.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 320, kHeight = 180;

// Where the call to action's part for `language` is on the panel.
Point partCenter(Language language) {
    const Rect screen{0, 0, float(kWidth), float(kHeight)};
    const CallToAction cta = layoutCallToAction(
        screen, float(kHeight) / 1080.0f, visitorLanguages(test::defaultPack().manifest.languages));
    for (const CallToActionPart& part : cta.parts)
        if (part.language == language) return part.box.center();
    FAIL("no part for the language");
    return {};
}

// What the kiosk showed, and in which language, at moments of its clock.
struct Seen {
    ScreenId screen = ScreenId::Attract;
    Language language = Language::Japanese;
};

}  // namespace

TEST_CASE("a tap on the English part opens Home in English, and the next visitor starts afresh") {
    test::ScopedImGui imgui;
    test::TempDir dir;
    // The question 8 s after the last touch, the attract loop 2 s later.
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 8.0, 2.0);
    settings.options.config.proofOfPlay.file = dir.path("plays.csv");
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplaySettings panel;
    panel.width = kWidth;
    panel.height = kHeight;
    NullDisplay display(panel);
    const Point english = partCenter(Language::English);
    display.queueTap(english.x, english.y, 2.0);            // wakes the kiosk, in English
    display.queueTap(kWidth * 0.5f, kHeight * 0.3f, 16.0);  // the next visitor, above the parts

    std::map<int, Seen> seen;  // by whole second of the clock
    const auto watch = [&](KioskRuntime& runtime, double now) {
        seen[int(now)] = {runtime.app().currentScreen(), runtime.app().language()};
    };
    const test::LoopRun run =
        test::runInteractiveFor(display, std::move(content), settings, 19.0, watch);
    CHECK(run.exitStatus == 0);

    REQUIRE(seen.count(1));
    CHECK(seen[1].screen == ScreenId::Attract);
    CHECK(seen[1].language == Language::Japanese);
    REQUIRE(seen.count(4));
    CHECK(seen[4].screen == ScreenId::Home);
    CHECK(seen[4].language == Language::English);
    // The visitor left: the loop, in the pack's first language.
    REQUIRE(seen.count(14));
    CHECK(seen[14].screen == ScreenId::Attract);
    CHECK(seen[14].language == Language::Japanese);
    // A touch away from the parts wakes it in the pack's first language.
    REQUIRE(seen.count(18));
    CHECK(seen[18].screen == ScreenId::Home);
    CHECK(seen[18].language == Language::Japanese);

    std::vector<std::string> screens;
    for (const auto& s : test::readPlayedScreens(settings.options.config.proofOfPlay.file))
        screens.push_back(s.screen);
    CHECK(screens == std::vector<std::string>{"attract", "home", "attract", "home"});
}

TEST_CASE("a tap on the Japanese part opens Home in Japanese") {
    test::ScopedImGui imgui;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplaySettings panel;
    panel.width = kWidth;
    panel.height = kHeight;
    NullDisplay display(panel);
    const Point japanese = partCenter(Language::Japanese);
    display.queueTap(japanese.x, japanese.y, 1.0);
    Seen last;
    const auto watch = [&](KioskRuntime& runtime, double) {
        last = {runtime.app().currentScreen(), runtime.app().language()};
    };
    test::runInteractiveFor(display, std::move(content), settings, 3.0, watch);
    CHECK(last.screen == ScreenId::Home);
    CHECK(last.language == Language::Japanese);
}
