#include "pacing/frame_pacing.hpp"

#include <catch2/catch.hpp>
#include <limits>

using namespace kiosk;

namespace {

constexpr double kNever = std::numeric_limits<double>::infinity();

// Runs the frame loop's decisions on a simulated clock: each drawn frame takes
// `frameCost` seconds and reports its need as it is drawn, each wait sleeps the
// full time (no input arrives). Returns the times at which frames were drawn.
template <typename NeedAt>
std::vector<double> simulate(double seconds, double frameCost, NeedAt needAt,
                             const PacingSettings& settings = {}) {
    std::vector<double> frames;
    double now = 0.0, lastFrame = -kNever;
    FrameNeed need;
    while (now < seconds) {
        PacingInputs in;
        in.now = now;
        in.lastFrameAt = lastFrame;
        in.need = need;
        const PacingDecision d = decideFrame(settings, in);
        if (d.drawNow) {
            frames.push_back(now);
            lastFrame = now;
            need = needAt(now);
            now += frameCost;
        } else {
            REQUIRE(d.waitSeconds > 0.0);
            REQUIRE(d.waitSeconds <= settings.maxWaitSeconds);
            now += d.waitSeconds;
        }
    }
    return frames;
}

}  // namespace

TEST_CASE("The first frame is drawn at once") {
    PacingInputs in;
    in.now = 5.0;
    CHECK(decideFrame({}, in).drawNow);
}

TEST_CASE("A still screen draws nothing and sleeps the longest wait") {
    PacingInputs in;
    in.now = 10.0;
    in.lastFrameAt = 9.0;
    in.need = FrameNeed::still();
    const PacingDecision d = decideFrame({}, in);
    CHECK_FALSE(d.drawNow);
    CHECK(d.waitSeconds == Approx(1.0));
    // Over half a minute it draws only the first frame.
    const auto frames = simulate(30.0, 0.01, [](double) { return FrameNeed::still(); });
    CHECK(frames.size() == 1);
}

TEST_CASE("Input is drawn at once, even between paced frames") {
    PacingInputs in;
    in.now = 10.001;
    in.lastFrameAt = 10.0;
    in.need = FrameNeed::moving(15.0);
    CHECK_FALSE(decideFrame({}, in).drawNow);
    in.redrawRequested = true;
    CHECK(decideFrame({}, in).drawNow);
}

TEST_CASE("Motion is drawn at the rate it asks for, capped at the display's") {
    const auto slow = simulate(10.0, 0.005, [](double) { return FrameNeed::moving(15.0); });
    CHECK(slow.size() >= 148);
    CHECK(slow.size() <= 151);
    const auto fast = simulate(10.0, 0.005, [](double) { return FrameNeed::moving(240.0); });
    CHECK(fast.size() >= 598);
    CHECK(fast.size() <= 601);
}

TEST_CASE("A frame slower than the rate is followed by the next at once") {
    // 40 ms frames cannot keep 60 fps: no sleeping between them.
    const auto frames = simulate(1.0, 0.04, [](double) { return FrameNeed::moving(60.0); });
    CHECK(frames.size() == 25);
}

TEST_CASE("A timed change is drawn when it is due, not before") {
    PacingInputs in;
    in.lastFrameAt = 0.0;
    in.need = FrameNeed::changingAt(2.5);
    in.now = 2.0;
    PacingDecision d = decideFrame({}, in);
    CHECK_FALSE(d.drawNow);
    CHECK(d.waitSeconds == Approx(0.5));
    in.now = 2.5;
    CHECK(decideFrame({}, in).drawNow);
    // A slide every 8 s with nothing moving between: one frame per slide.
    const auto frames = simulate(
        24.0, 0.01, [](double now) { return FrameNeed::changingAt((int(now / 8.0) + 1) * 8.0); });
    CHECK(frames == std::vector<double>{0.0, 8.0, 16.0});
}

TEST_CASE("A change due before the next paced frame is not delayed") {
    PacingInputs in;
    in.now = 1.02;
    in.lastFrameAt = 1.0;
    in.need = FrameNeed::moving(10.0).with(FrameNeed::changingAt(1.03));
    const PacingDecision d = decideFrame({}, in);
    CHECK_FALSE(d.drawNow);
    CHECK(d.waitSeconds == Approx(0.01));
}

TEST_CASE("Two needs together take the faster rate and the earlier change") {
    const FrameNeed a{12.0, 30.0};
    const FrameNeed b{60.0, 40.0};
    const FrameNeed both = a.with(b);
    CHECK(both.framesPerSecond == 60.0);
    CHECK(both.nextChangeAt == 30.0);
    CHECK(FrameNeed::still().with(a).framesPerSecond == 12.0);
}
