// Render on demand in the real interactive loop, seen through the start time of
// every frame (runInteractiveFor): frames come at the paced rate while
// something moves, and not at all while nothing does.
#include <catch2/catch.hpp>

#include <algorithm>

#include "support/null_kiosk.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;

namespace {

constexpr int kWidth = 320, kHeight = 180;

NullDisplaySettings smallPanel(bool simulated = true) {
    NullDisplaySettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    settings.simulatedClock = simulated;
    return settings;
}

long framesWithin(const std::vector<double>& starts, double from, double to) {
    return std::count_if(starts.begin(), starts.end(),
                         [&](double t) { return t >= from && t < to; });
}

double shortestGap(const std::vector<double>& starts, double from, double to) {
    double shortest = 1e9;
    for (size_t i = 1; i < starts.size(); ++i)
        if (starts[i - 1] >= from && starts[i] < to)
            shortest = std::min(shortest, starts[i] - starts[i - 1]);
    return shortest;
}

}  // namespace

TEST_CASE(
    "frames come at the paced rate while the question counts down and rest on a still screen") {
    test::ScopedImGui imgui;
    const LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 8.0, 2.0);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplay display(smallPanel());
    display.queueTap(160, 90, 1.0);  // home until the question at 9 s, attract at 11 s
    const test::LoopRun run = test::runInteractiveFor(display, std::move(content), settings, 12.0);

    const std::vector<double>& starts = run.frameStarts;
    REQUIRE(std::is_sorted(starts.begin(), starts.end()));
    // The countdown ring moves: the full 60 frames a second, never faster.
    CHECK(framesWithin(starts, 9.2, 10.8) == Approx(1.6 * 60).margin(3));
    CHECK(shortestGap(starts, 9.2, 10.8) >= Approx(1.0 / 60).margin(0.0011));
    // Home, once its entrance has settled, holds still: hardly a frame.
    CHECK(framesWithin(starts, 4.0, 8.9) <= 5);
}

TEST_CASE("the loop runs for a given real duration on a real clock") {
    test::ScopedImGui imgui;
    const LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    NullDisplay display(smallPanel(false));
    const double start = display.seconds();
    const test::LoopRun run = test::runInteractiveFor(display, std::move(content), settings, 0.3);

    CHECK(run.exitStatus == 0);
    CHECK(run.endedAt - start >= 0.3);
    CHECK(run.endedAt - start < 1.0);
    REQUIRE(!run.frameStarts.empty());
    CHECK(run.frameStarts.front() >= start);
    CHECK(std::is_sorted(run.frameStarts.begin(), run.frameStarts.end()));
}
