#include <catch2/catch.hpp>

#include "staff/frame_stats.hpp"
#include "staff/visitor_stats.hpp"

using namespace kiosk;

TEST_CASE("visits are counted with their screens, taps and dwell times") {
    VisitorStats stats;
    stats.tapped("home");  // a tap outside a visit (attract) is not a visitor's
    stats.sessionStarted(100);
    stats.screenShown("home", 100);
    stats.tapped("home");
    stats.screenShown("timeline", 104);
    stats.tapped("timeline");
    stats.tapped("timeline");
    stats.screenShown("home", 130);
    stats.sessionEnded(140);
    stats.sessionStarted(200);
    stats.screenShown("home", 200);
    stats.sessionEnded(260);

    CHECK(stats.sessions() == 2);
    CHECK(stats.medianSessionSeconds() == Approx(50));  // 40 and 60
    const auto& home = stats.screens().at("home");
    CHECK(home.views == 3);
    CHECK(home.taps == 1);
    CHECK(home.dwellSeconds == Approx(4 + 10 + 60));
    CHECK(stats.screens().at("timeline").dwellSeconds == Approx(26));
    CHECK(stats.toCsv() ==
          "screen,views,taps,dwell_seconds\n"
          "home,3,1,74.0\n"
          "timeline,1,2,26.0\n"
          "# sessions,2\n"
          "# median_session_seconds,50.0\n");
}

TEST_CASE("frame statistics keep a fixed window") {
    FrameStats frames(4);
    for (int i = 1; i <= 10; ++i) frames.add(i / 1000.0, i * 0.1);
    CHECK(frames.recentMilliseconds() == std::vector<float>{7, 8, 9, 10});
    CHECK(frames.millisecondsAt(0.0) == Approx(7));
    CHECK(frames.millisecondsAt(1.0) == Approx(10));
    CHECK(frames.framesPerSecond(1.0, 0.25) == Approx(3 / 0.25));
}
