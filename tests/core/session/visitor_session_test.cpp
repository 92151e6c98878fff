#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "session/visitor_session.hpp"

using namespace kiosk;

// Every test runs on a fake clock: `now` is just the number passed in.

TEST_CASE("The first touch only wakes the kiosk, the next one reaches the screen") {
    VisitorSession session({60.0, 10.0});
    CHECK(session.phase() == SessionPhase::Attract);
    CHECK(session.onTouchDown(100.0) == TouchRoute::Swallowed);
    CHECK(session.phase() == SessionPhase::Active);
    CHECK(session.onTouchDown(101.0) == TouchRoute::ToScreen);
    CHECK(session.phase() == SessionPhase::Active);
}

TEST_CASE("Idling exactly idleSeconds asks whether the visitor is still there, once") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    session.onTouchDown(5.0);  // the idle time counts from the last touch
    CHECK(session.update(64.999) == SessionChange::None);
    CHECK(session.phase() == SessionPhase::Active);
    CHECK(session.update(65.0) == SessionChange::AskedStillThere);
    CHECK(session.phase() == SessionPhase::StillThere);
    CHECK(session.update(65.0) == SessionChange::None);
    CHECK(session.update(66.0) == SessionChange::None);
}

TEST_CASE("A touch during the countdown is swallowed and resumes the session") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    REQUIRE(session.update(60.0) == SessionChange::AskedStillThere);
    CHECK(session.onTouchDown(65.0) == TouchRoute::Swallowed);
    CHECK(session.phase() == SessionPhase::Active);
    CHECK(session.countdownRemaining(65.0) == 0.0);
    // The answer restarts the idle time; the old countdown does not fire.
    CHECK(session.update(70.0) == SessionChange::None);
    CHECK(session.update(124.9) == SessionChange::None);
    CHECK(session.update(125.0) == SessionChange::AskedStillThere);
    // And the next touch is an ordinary one again after answering.
    CHECK(session.onTouchDown(126.0) == TouchRoute::Swallowed);
    CHECK(session.onTouchDown(127.0) == TouchRoute::ToScreen);
}

TEST_CASE("The countdown expiring returns to attract exactly once") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    REQUIRE(session.update(60.0) == SessionChange::AskedStillThere);
    CHECK(session.countdownRemaining(60.0) == 10.0);
    CHECK(session.countdownRemaining(63.5) == 6.5);
    CHECK(session.update(69.999) == SessionChange::None);
    CHECK(session.update(70.0) == SessionChange::TimedOut);
    CHECK(session.phase() == SessionPhase::Attract);
    CHECK(session.update(70.0) == SessionChange::None);
    CHECK(session.update(1e6) == SessionChange::None);
    // The next visitor's first touch wakes again.
    CHECK(session.onTouchDown(1e6 + 1) == TouchRoute::Swallowed);
}

TEST_CASE("The countdown starts when the question is asked, even when update came late") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    REQUIRE(session.update(75.0) == SessionChange::AskedStillThere);  // a long stall
    CHECK(session.countdownRemaining(75.0) == 10.0);
    CHECK(session.update(84.0) == SessionChange::None);
    CHECK(session.update(85.0) == SessionChange::TimedOut);
}

TEST_CASE("Moves and releases keep a session alive but do not answer the question") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    session.onActivity(50.0);
    session.onActivity(100.0);
    CHECK(session.update(159.0) == SessionChange::None);
    CHECK(session.update(160.0) == SessionChange::AskedStillThere);
    // A hand resting on the glass since before the question is not an answer.
    session.onActivity(162.0);
    CHECK(session.phase() == SessionPhase::StillThere);
    CHECK(session.update(170.0) == SessionChange::TimedOut);
    // Nor does activity wake the attract loop: only a touch down does.
    session.onActivity(171.0);
    CHECK(session.phase() == SessionPhase::Attract);
}

TEST_CASE("Custom idle and countdown times are respected") {
    VisitorSession session({5.0, 3.0});
    session.onTouchDown(10.0);
    CHECK(session.secondsUntilNextChange(11.0) == 4.0);
    CHECK(session.update(14.9) == SessionChange::None);
    CHECK(session.update(15.0) == SessionChange::AskedStillThere);
    CHECK(session.countdownRemaining(15.0) == 3.0);
    CHECK(session.secondsUntilNextChange(16.0) == 2.0);
    CHECK(session.update(17.9) == SessionChange::None);
    CHECK(session.update(18.0) == SessionChange::TimedOut);
}

TEST_CASE("Zero, negative or NaN times act at once without looping") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (SessionSettings settings :
         {SessionSettings{0.0, 0.0}, SessionSettings{-5.0, -1.0}, SessionSettings{nan, nan}}) {
        VisitorSession session(settings);
        session.onTouchDown(10.0);
        CHECK(session.secondsUntilNextChange(10.0) == 0.0);
        // One step per update: the app sees each change.
        CHECK(session.update(10.0) == SessionChange::AskedStillThere);
        CHECK(session.countdownRemaining(10.0) == 0.0);
        CHECK(session.update(10.0) == SessionChange::TimedOut);
        CHECK(session.update(10.0) == SessionChange::None);
        CHECK(session.phase() == SessionPhase::Attract);
    }
}

TEST_CASE("Render on demand knows when the session next changes") {
    VisitorSession session({60.0, 10.0});
    CHECK(session.secondsUntilNextChange(0.0) >= 1e6);
    CHECK(session.countdownRemaining(0.0) == 0.0);
    session.onTouchDown(0.0);
    CHECK(session.secondsUntilNextChange(20.0) == 40.0);
    CHECK(session.secondsUntilNextChange(61.0) == 0.0);  // overdue: clamps, never negative
    REQUIRE(session.update(61.0) == SessionChange::AskedStillThere);
    CHECK(session.secondsUntilNextChange(65.0) == 6.0);
    CHECK(session.countdownRemaining(80.0) == 0.0);  // clamps at zero
    CHECK(session.secondsUntilNextChange(80.0) == 0.0);
}

TEST_CASE("Resetting to attract ends the session without reporting a timeout") {
    VisitorSession session({60.0, 10.0});
    session.onTouchDown(0.0);
    REQUIRE(session.update(60.0) == SessionChange::AskedStillThere);
    session.resetToAttract();
    CHECK(session.phase() == SessionPhase::Attract);
    CHECK(session.update(100.0) == SessionChange::None);
    CHECK(session.onTouchDown(101.0) == TouchRoute::Swallowed);
    CHECK(session.update(160.9) == SessionChange::None);
    CHECK(session.update(161.0) == SessionChange::AskedStillThere);
}

TEST_CASE("The countdown's ring runs over the countdown the venue set, not a fixed ten seconds") {
    VisitorSession session({60.0, 30.0});
    session.onTouchDown(0.0);
    session.update(60.0);  // asked
    REQUIRE(session.phase() == SessionPhase::StillThere);
    CHECK(session.countdownFraction(60.0) == Approx(1.0));
    CHECK(session.countdownFraction(75.0) == Approx(0.5));  // 15 of 30 s left
    CHECK(session.countdownFraction(87.0) == Approx(0.1));
    CHECK(session.countdownFraction(95.0) == 0.0);
    VisitorSession instant({60.0, 0.0});
    CHECK(instant.countdownFraction(0.0) == 0.0);
}

TEST_CASE("By default \"still there?\" warns 20 seconds ahead of the time-out (WCAG 2.2.1)") {
    VisitorSession session;
    session.onTouchDown(0.0);
    REQUIRE(session.update(60.0) == SessionChange::AskedStillThere);
    CHECK(session.countdownRemaining(60.0) == 20.0);
    CHECK(session.update(79.9) == SessionChange::None);
    CHECK(session.update(80.0) == SessionChange::TimedOut);
}
