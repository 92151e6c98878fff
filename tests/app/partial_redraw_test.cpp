// Partial redraw on a display with no GL: the changed rectangles go through
// the display when it can show them, whole frames when it cannot; it never
// makes an offscreen picture of its own there.
#include <catch2/catch.hpp>

#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 320, kHeight = 180;

// The question's countdown (from 9 s to 11 s) moves a ring over a still screen.
test::LoopRun runThroughQuestion(NullDisplay& display) {
    const LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 8.0, 2.0);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    display.queueTap(160, 90, 1.0);
    return test::runInteractiveFor(display, std::move(content), settings, 10.5);
}

NullDisplaySettings panel(bool presentsRects) {
    NullDisplaySettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    settings.presentsRects = presentsRects;
    return settings;
}

}  // namespace

TEST_CASE("a display that shows rectangles gets only what changed") {
    test::ScopedImGui imgui;
    NullDisplay display(panel(true));
    const test::LoopRun run = runThroughQuestion(display);
    CHECK(run.framesPresented > 60);
    CHECK(display.partialPresents() > run.framesPresented / 2);
}

TEST_CASE("a display without rectangles or GL gets every frame whole") {
    test::ScopedImGui imgui;
    NullDisplay display(panel(false));
    const test::LoopRun run = runThroughQuestion(display);
    CHECK(run.framesPresented > 60);
    CHECK(display.partialPresents() == 0);
    // Every frame begun was shown: nothing was kept to show again.
    CHECK(run.framesPresented == long(run.frameStarts.size()));
}
