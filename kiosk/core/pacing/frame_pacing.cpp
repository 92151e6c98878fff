#include "pacing/frame_pacing.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
// A frame due within this much is drawn now: sleeping for less than a
// millisecond costs a wake-up and gains nothing.
constexpr double kEarlyToleranceSeconds = 0.001;
constexpr double kShortestWaitSeconds = 0.001;
}  // namespace

FrameNeed FrameNeed::with(const FrameNeed& other) const {
    return {std::max(framesPerSecond, other.framesPerSecond),
            std::min(nextChangeAt, other.nextChangeAt)};
}

PacingDecision decideFrame(const PacingSettings& settings, const PacingInputs& in) {
    if (in.redrawRequested || !std::isfinite(in.lastFrameAt)) return {true, 0.0};
    double dueAt = in.need.nextChangeAt;
    const double rate = std::min(in.need.framesPerSecond, settings.maxFramesPerSecond);
    if (rate > 0.0) dueAt = std::min(dueAt, in.lastFrameAt + 1.0 / rate);
    if (dueAt - in.now <= kEarlyToleranceSeconds) return {true, 0.0};
    const double wait = std::min(dueAt - in.now, settings.maxWaitSeconds);
    return {false, std::max(wait, kShortestWaitSeconds)};
}

}  // namespace kiosk
