// The real interactive loop (runInteractive) on a NullDisplay: no window, no
// GL, a simulated clock, and the kiosk watched through its proof-of-play log.
#include <catch2/catch.hpp>

#include "interactive_loop.hpp"
#include "picture_service.hpp"
#include "screens/attract_screen.hpp"
#include "session/attract_playlist.hpp"
#include "support/null_kiosk.hpp"
#include "support/play_log_reader.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 320, kHeight = 180;

NullDisplaySettings smallPanel() {
    NullDisplaySettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    return settings;
}

std::vector<std::string> screensOf(const std::vector<test::PlayedShowing>& shown) {
    std::vector<std::string> names;
    for (const auto& s : shown) names.push_back(s.screen);
    return names;
}

}  // namespace

TEST_CASE("the loop starts in the attract loop and a tap wakes it and idling returns it there") {
    test::ScopedImGui imgui;
    test::TempDir dir;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 8.0, 2.0);
    settings.options.config.proofOfPlay.file = dir.path("plays.csv");
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplay display(smallPanel());
    display.queueTap(160, 90, 3.0);  // wakes: home comes up
    // Nobody touches again: the question 8 s after the tap, the attract loop 2 s later.
    const test::LoopRun run = test::runInteractiveFor(display, std::move(content), settings, 16.0);

    CHECK(run.exitStatus == 0);
    CHECK(run.endedAt == Approx(16.0));
    const auto shown = test::readPlayedScreens(settings.options.config.proofOfPlay.file);
    REQUIRE(screensOf(shown) == std::vector<std::string>{"attract", "home", "attract"});
    CHECK(shown[0].seconds == Approx(3.0).margin(0.1));
    CHECK(shown[1].seconds == Approx(10.0).margin(0.2));  // idle time and the question
    // Frames came, and each drew something.
    CHECK(run.framesPresented > 10);
    CHECK(display.lastDrawn().vertices > 0);
    CHECK(display.lastDrawn().commands > 0);
}

TEST_CASE("the four corners tapped clockwise open the staff PIN pad") {
    test::ScopedImGui imgui;
    test::TempDir dir;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    settings.options.config.proofOfPlay.file = dir.path("plays.csv");
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplay display(smallPanel());
    // Top left, top right, bottom right, bottom left, a second apart.
    display.queueTap(4, 4, 2.0);
    display.queueTap(kWidth - 4, 4, 3.0);
    display.queueTap(kWidth - 4, kHeight - 4, 4.0);
    display.queueTap(4, kHeight - 4, 5.0);
    const test::LoopRun run = test::runInteractiveFor(display, std::move(content), settings, 8.0);

    CHECK(run.exitStatus == 0);
    const auto shown = test::readPlayedScreens(settings.options.config.proofOfPlay.file);
    REQUIRE(!shown.empty());
    CHECK(shown.back().screen == "staff");
    CHECK(shown.back().seconds == Approx(3.0).margin(0.2));  // from the last tap to the end
}

TEST_CASE("taps elsewhere than the corners open no PIN pad") {
    test::ScopedImGui imgui;
    test::TempDir dir;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    settings.options.config.proofOfPlay.file = dir.path("plays.csv");
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplay display(smallPanel());
    display.queueTap(4, 4, 2.0);
    display.queueTap(kWidth - 4, 4, 3.0);
    display.queueTap(kWidth / 2.0f, kHeight - 4, 4.0);  // not a corner: starts over
    display.queueTap(4, kHeight - 4, 5.0);
    test::runInteractiveFor(display, std::move(content), settings, 8.0);

    const auto shown = test::readPlayedScreens(settings.options.config.proofOfPlay.file);
    REQUIRE(!shown.empty());
    CHECK(shown.back().screen != "staff");
}

TEST_CASE("the loop ends when the display asks to close") {
    test::ScopedImGui imgui;
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplaySettings panel = smallPanel();
    panel.maxFrames = 5;
    NullDisplay display(panel);
    const test::LoopRun run = test::runInteractiveFor(display, std::move(content), settings, 1e6);

    CHECK(run.exitStatus == 0);
    CHECK(run.framesPresented == 5);
    CHECK(run.frameStarts.size() >= 5);
    CHECK(run.endedAt < 10.0);
}

TEST_CASE("pictures become textures of the null display") {
    test::ScopedImGui imgui;
    NullDisplay display(smallPanel());
    // Headless: every decode is waited for, so the first frames show them.
    PictureService pictures(display, true, ImageCacheSettings().byteBudget);
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    settings.images = &pictures.cache;
    settings.options.startScreen = "event";  // the first highlighted event, with its picture
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    test::runInteractiveFor(display, std::move(content), settings, 2.0);

    CHECK(pictures.cache.liveTextures() > 0);
}

TEST_CASE("the attract loop asks for the next slide's picture only in its last seconds") {
    // The title slide shows for 6 s, then the first highlighted event: its
    // picture is not decoded beside the kiosk's first frames, but is there
    // before that slide slides in.
    const double titleSeconds = AttractPlaylist(test::defaultPack()).slideAt(0.0, 0).seconds;
    REQUIRE(titleSeconds > ui::AttractScreen::kPrefetchLeadSeconds + 1.0);
    const double quiet = titleSeconds - ui::AttractScreen::kPrefetchLeadSeconds - 0.5;
    for (const double seconds : {quiet, titleSeconds - 0.5}) {
        INFO(seconds << " s into the title slide");
        test::ScopedImGui imgui;
        NullDisplay display(smallPanel());
        PictureService pictures(display, true, ImageCacheSettings().byteBudget);
        LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
        settings.images = &pictures.cache;
        auto content = test::makeTestContent(settings);
        REQUIRE(content);
        test::runInteractiveFor(display, std::move(content), settings, seconds);
        CHECK(pictures.cache.liveTextures() == (seconds == quiet ? 0u : 1u));
    }
}
