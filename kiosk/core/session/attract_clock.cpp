#include "session/attract_clock.hpp"

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

// Large but finite, so callers may add it to a time.
constexpr double kNoResume = 1e9;
// Slide starts are sums of doubles: a hair past a start is safely inside it.
constexpr double kInside = 1e-6;

}  // namespace

AttractClock::AttractClock(AttractClockSettings settings) : settings_(settings) {
    if (!(settings_.resumeAfterSeconds > 0.0)) settings_.resumeAfterSeconds = 0.0;
}

void AttractClock::restart(double now) {
    origin_ = now;
    paused_ = false;
    skip_.reset();
}

double AttractClock::loopSeconds(double now) const {
    if (!paused_) return std::max(0.0, now - origin_);
    // Past the pause's end the loop runs again from where it froze.
    const double overdue = now - pausedAt_ - settings_.resumeAfterSeconds;
    return pausedLoop_ + std::max(0.0, overdue);
}

bool AttractClock::paused(double now) const {
    return paused_ && now - pausedAt_ < settings_.resumeAfterSeconds;
}

void AttractClock::togglePause(double now) {
    const double loop = loopSeconds(now);
    if (paused(now)) {
        paused_ = false;
        origin_ = now - loop;
    } else {
        paused_ = true;
        pausedAt_ = now;
        pausedLoop_ = loop;
    }
}

void AttractClock::skip(double now, const AttractPlaylist& playlist, int direction) {
    const double loop = loopSeconds(now);
    const double currentStart = loop - playlist.positionAt(loop).secondsIn;
    double target = 0.0;
    if (direction >= 0) {
        target = loop + playlist.secondsUntilNextSlide(loop);
        if (target - loop < kInside) target = loop + playlist.secondsUntilNextSlide(loop + kInside);
    } else {
        if (currentStart < kInside) return;  // the very first slide: nothing before it
        const double previousEnd = currentStart - kInside;
        target = std::max(0.0, previousEnd - playlist.positionAt(previousEnd).secondsIn);
    }
    target += target > 0.0 ? kInside : 0.0;
    skip_ = AttractSkip{loop, target, direction >= 0 ? 1 : -1};
    paused_ = false;
    origin_ = now - target;
}

std::optional<AttractSkip> AttractClock::arriving(double now,
                                                  const AttractPlaylist& playlist) const {
    if (!skip_) return std::nullopt;
    const double loop = loopSeconds(now);
    const AttractPosition at = playlist.positionAt(loop);
    // Still on the slide the swipe brought, and it is still sliding in.
    if (std::abs((loop - at.secondsIn) - (skip_->toLoopSeconds)) > 1e-3 || at.transition >= 1.0)
        return std::nullopt;
    return skip_;
}

double AttractClock::secondsUntilResume(double now) const {
    if (!paused(now)) return kNoResume;
    return pausedAt_ + settings_.resumeAfterSeconds - now;
}

}  // namespace kiosk
