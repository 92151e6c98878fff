// The attract loop's clock on a fake kiosk clock: pause, resume by itself,
// and swipes to the next or previous slide.
#include <catch2/catch.hpp>

#include "session/attract_clock.hpp"

using namespace kiosk;

namespace {

Slide slide(std::string type, double seconds) {
    Slide s;
    s.type = std::move(type);
    s.seconds = seconds;
    return s;
}

// title 10 s, numbers 12 s, partners 8 s: 30 s a pass, 1 s transitions.
Pack threeSlides() {
    Pack pack;
    pack.playlist = {slide("title", 10), slide("numbers", 12), slide("partners", 8)};
    return pack;
}

AttractClockSettings resumeAfter(double seconds) {
    AttractClockSettings s;
    s.resumeAfterSeconds = seconds;
    return s;
}

}  // namespace

TEST_CASE("Attract clock runs with the kiosk clock from its restart") {
    AttractClock clock;
    clock.restart(100.0);
    CHECK(clock.loopSeconds(100.0) == 0.0);
    CHECK(clock.loopSeconds(112.5) == 12.5);
    CHECK_FALSE(clock.paused(112.5));
    CHECK(clock.secondsUntilResume(112.5) >= 1e6);
}

TEST_CASE("A tap pauses the loop and a second tap resumes it where it stood") {
    AttractClock clock(resumeAfter(60.0));
    clock.restart(0.0);
    clock.togglePause(5.0);
    CHECK(clock.paused(5.0));
    CHECK(clock.loopSeconds(5.0) == 5.0);
    CHECK(clock.loopSeconds(40.0) == 5.0);  // frozen
    clock.togglePause(40.0);
    CHECK_FALSE(clock.paused(40.0));
    CHECK(clock.loopSeconds(40.0) == 5.0);
    CHECK(clock.loopSeconds(42.0) == 7.0);
}

TEST_CASE("A pause nobody ends plays on by itself") {
    AttractClock clock(resumeAfter(60.0));
    clock.restart(0.0);
    clock.togglePause(5.0);
    CHECK(clock.secondsUntilResume(20.0) == Approx(45.0));
    CHECK(clock.paused(64.9));
    CHECK_FALSE(clock.paused(65.0));
    CHECK(clock.loopSeconds(65.0) == 5.0);
    CHECK(clock.loopSeconds(75.0) == 15.0);
    // A tap after it resumed pauses again (it does not "resume" once more).
    clock.togglePause(75.0);
    CHECK(clock.paused(75.0));
    CHECK(clock.loopSeconds(80.0) == Approx(15.0));
}

TEST_CASE("A swipe left jumps to the next slide's start, whose transition plays") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    clock.skip(4.0, playlist, +1);  // 4 s into the title
    const double loop = clock.loopSeconds(4.0);
    CHECK(loop == Approx(10.0));
    const AttractPosition at = playlist.positionAt(loop);
    CHECK(at.index == 1);
    CHECK(at.transition < 0.01);
    const auto arriving = clock.arriving(4.5, playlist);
    REQUIRE(arriving.has_value());
    CHECK(arriving->direction == 1);
    CHECK(arriving->fromLoopSeconds == Approx(4.0));
    // Once the transition is over, nothing is arriving any more.
    CHECK_FALSE(clock.arriving(5.5, playlist).has_value());
}

TEST_CASE("Swiping on past the last slide continues with the next pass") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    for (int i = 0; i < 3; ++i) clock.skip(1.0, playlist, +1);
    const AttractPosition at = playlist.positionAt(clock.loopSeconds(1.0));
    CHECK(at.index == 0);
    CHECK(clock.loopSeconds(1.0) == Approx(30.0));
    CHECK(at.transition < 0.01);  // the title slides in again, not cut
}

TEST_CASE("A swipe right goes to the previous slide's start") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    // 15 s: the numbers slide (10..22).
    clock.skip(15.0, playlist, -1);
    CHECK(clock.loopSeconds(15.0) == Approx(0.0).margin(1e-5));
    CHECK(playlist.positionAt(clock.loopSeconds(15.0)).index == 0);
    // From the partners slide of the second pass back to its numbers slide.
    clock.restart(0.0);
    clock.skip(55.0, playlist, -1);  // 55 s = pass 2, partners (52..60)
    CHECK(clock.loopSeconds(55.0) == Approx(40.0));
    const auto arriving = clock.arriving(55.2, playlist);
    REQUIRE(arriving.has_value());
    CHECK(arriving->direction == -1);
}

TEST_CASE("Back on the loop's very first slide does nothing") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    clock.skip(3.0, playlist, -1);
    CHECK(clock.loopSeconds(3.0) == 3.0);
    CHECK_FALSE(clock.arriving(3.0, playlist).has_value());
}

TEST_CASE("A swipe on a paused loop plays on from the new slide") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    clock.togglePause(2.0);
    clock.skip(20.0, playlist, +1);
    CHECK_FALSE(clock.paused(20.0));
    CHECK(clock.loopSeconds(20.0) == Approx(10.0));
    CHECK(clock.loopSeconds(21.0) == Approx(11.0));
}

TEST_CASE("Restart clears a pause and a swipe") {
    const AttractPlaylist playlist(threeSlides());
    AttractClock clock;
    clock.restart(0.0);
    clock.skip(2.0, playlist, +1);
    clock.togglePause(2.1);
    clock.restart(50.0);
    CHECK_FALSE(clock.paused(50.0));
    CHECK(clock.loopSeconds(51.0) == 1.0);
    CHECK_FALSE(clock.arriving(50.2, playlist).has_value());
}
