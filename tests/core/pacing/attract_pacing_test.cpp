#include "pacing/attract_pacing.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <string>

using namespace kiosk;

namespace {

constexpr double kSlideSeconds = 10.0;
constexpr double kTransitionSeconds = 1.0;

// A loop of 10 s slides, each pushed in over 1 s, as AttractPlaylist reports it.
AttractPosition positionAt(double t) {
    AttractPosition at;
    at.secondsIn = std::fmod(t, kSlideSeconds);
    at.progress = at.secondsIn / kSlideSeconds;
    if (t >= kSlideSeconds && at.secondsIn < kTransitionSeconds)
        at.transition = at.secondsIn / kTransitionSeconds;
    return at;
}

double secondsToNextSlide(double t) {
    return kSlideSeconds - std::fmod(t, kSlideSeconds);
}

}  // namespace

TEST_CASE("Attract: transitions at full rate, entrances faster than the slow drift") {
    const AttractMotion motion;
    AttractPosition at;
    at.secondsIn = 0.4;
    at.transition = 0.4;
    CHECK(attractFrameNeed(at, 9.6, 100.0).framesPerSecond ==
          std::numeric_limits<double>::infinity());
    at.transition = 1.0;
    at.secondsIn = 1.8;
    CHECK(attractFrameNeed(at, 8.2, 100.0).framesPerSecond == motion.entranceFramesPerSecond);
    at.secondsIn = 5.0;
    const FrameNeed slow = attractFrameNeed(at, 5.0, 100.0);
    CHECK(slow.framesPerSecond == motion.slowFramesPerSecond);
    CHECK(slow.nextChangeAt == Approx(105.0 - motion.prepareSeconds));  // laid aside, then pushed
}

TEST_CASE("Attract: a held slide never asks for a slide change") {
    AttractPosition at;
    at.secondsIn = 30.0;
    const FrameNeed need =
        attractFrameNeed(at, std::numeric_limits<double>::infinity(), 50.0, AttractMotion{});
    CHECK(std::isinf(need.nextChangeAt));
    CHECK(need.framesPerSecond == AttractMotion{}.slowFramesPerSecond);
}

TEST_CASE("Attract: paced loop draws about a third of the frames of a 60 fps loop") {
    // 30 s of the loop on a simulated clock with 5 ms frames.
    const PacingSettings settings;
    double now = 0.0, lastFrame = -std::numeric_limits<double>::infinity();
    int frames = 0, transitionFrames = 0;
    double firstFrameOfSecondSlide = -1.0;
    FrameNeed need;
    while (now < 30.0) {
        PacingInputs in;
        in.now = now;
        in.lastFrameAt = lastFrame;
        in.need = need;
        const PacingDecision d = decideFrame(settings, in);
        if (!d.drawNow) {
            now += d.waitSeconds;
            continue;
        }
        ++frames;
        if (positionAt(now).transition < 1.0) ++transitionFrames;
        if (now >= kSlideSeconds && firstFrameOfSecondSlide < 0) firstFrameOfSecondSlide = now;
        lastFrame = now;
        need = attractFrameNeed(positionAt(now), secondsToNextSlide(now), now);
        now += 0.005;
    }
    // Two transitions at 60 fps, three entrances (1.5 s after the transition,
    // 2.5 s for the first slide) at 30, the rest at 12.
    const int expected = 2 * 60 + (2 * 45 + 75) + (2 * 90 + 90);
    CHECK(transitionFrames == Approx(120).margin(2));
    CHECK(frames == Approx(expected).margin(6));
    // The transition starts on time, not at the next slow frame.
    CHECK(firstFrameOfSecondSlide == Approx(kSlideSeconds).margin(0.002));
}

TEST_CASE("Attract: a slide's camera flights are drawn at the entrance rate, on time") {
    const AttractMotion motion;
    const std::vector<SlideMove> moves = {{1.2, 3.4}, {12.4, 14.0}};
    AttractPosition at;
    // The fly-in continues the entrance past its usual 2.5 s.
    at.secondsIn = 3.0;
    CHECK(attractFrameNeed(at, 11.0, 100.0, motion, moves).framesPerSecond ==
          motion.entranceFramesPerSecond);
    CHECK(attractFrameNeed(at, 11.0, 100.0, motion).framesPerSecond == motion.slowFramesPerSecond);
    // Between the flights the slide is slow, and its next frame is due when
    // the fly-out starts at the latest.
    at.secondsIn = 8.0;
    const FrameNeed resting = attractFrameNeed(at, 6.0, 100.0, motion, moves);
    CHECK(resting.framesPerSecond == motion.slowFramesPerSecond);
    CHECK(resting.nextChangeAt == Approx(104.4));
    at.secondsIn = 13.0;
    const FrameNeed leaving = attractFrameNeed(at, 1.0, 100.0, motion, moves);
    CHECK(leaving.framesPerSecond == motion.entranceFramesPerSecond);
    CHECK(leaving.nextChangeAt == Approx(101.0 - motion.prepareSeconds));
    // The push transition keeps its full rate whatever moves.
    at.secondsIn = 0.5;
    at.transition = 0.5;
    CHECK(attractFrameNeed(at, 13.5, 100.0, motion, moves).framesPerSecond ==
          motion.transitionFramesPerSecond);
}

TEST_CASE("Attract: a tour slide costs few frames beyond its flights") {
    // An 18 s tour of three stops, simulated: how many frames the pacing asks
    // for at each rate. Full rate only in the 1 s push transition.
    const AttractMotion motion;
    TourTiming timing;
    timing.seconds = 18.0;
    timing.stops = 3;
    const std::vector<SlideMove> moves = tourMoves(timing);
    double fast = 0.0, slow = 0.0;
    for (double t = 1.0; t < 18.0; t += 0.001) {
        AttractPosition at;
        at.secondsIn = t;
        const double fps = attractFrameNeed(at, 18.0 - t, t, motion, moves).framesPerSecond;
        (fps == motion.entranceFramesPerSecond ? fast : slow) += 0.001;
        CHECK(fps <= motion.entranceFramesPerSecond);
    }
    // The entrance to 2.5 s overlaps the first flight (2.0 to 3.4): 1.5 + 0.9
    // + two more flights of 1.4 s, so 5.2 s at 30 frames a second, the other
    // 11.8 s at 12.
    CHECK(fast == Approx(5.2).margin(0.01));
    CHECK(slow == Approx(11.8).margin(0.01));
}

TEST_CASE("Attract: a frame is due a moment before each push, to lay the slide aside") {
    const AttractMotion motion;
    AttractPosition at;
    at.transition = 1.0;
    at.secondsIn = 5.0;
    // A slow drift: the next frame comes at 12 a second, and none later than
    // prepareSeconds before the next slide.
    const FrameNeed need = attractFrameNeed(at, 3.0, 100.0, motion);
    CHECK(need.nextChangeAt == Approx(103.0 - motion.prepareSeconds));
    // Inside that moment, the next change is the push itself.
    const FrameNeed last = attractFrameNeed(at, motion.prepareSeconds * 0.5, 100.0, motion);
    CHECK(last.nextChangeAt == Approx(100.0 + motion.prepareSeconds * 0.5));
    // A slide that stays has no push to prepare for.
    CHECK(std::isinf(
        attractFrameNeed(at, std::numeric_limits<double>::infinity(), 100.0, motion).nextChangeAt));
}

TEST_CASE("Attract: each moment of a slide is in one phase, flights before the entrance") {
    const AttractMotion motion;
    const std::vector<SlideMove> moves = {{1.5, 3.0}, {7.0, 8.5}};
    AttractPosition at;
    at.secondsIn = 0.5;
    at.transition = 0.5;
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Push);
    at.transition = 1.0;
    at.secondsIn = 1.2;
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Entrance);
    at.secondsIn = 1.5;  // a flight within the entrance is a flight
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Flight);
    at.secondsIn = 5.0;
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Slow);
    at.secondsIn = 8.0;
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Flight);
    at.secondsIn = 8.5;  // a flight ends where it says
    CHECK(attractPhase(at, motion, moves) == AttractPhase::Slow);
    CHECK(std::string(attractPhaseName(AttractPhase::Push)) == "push");
    CHECK(std::string(attractPhaseName(AttractPhase::Slow)) == "slow");
    // The rate follows the phase: a flight is drawn as fast as an entrance.
    at.secondsIn = 8.0;
    CHECK(attractFrameNeed(at, 2.0, 0.0, motion, moves).framesPerSecond ==
          motion.entranceFramesPerSecond);
}
