#include "input/kinetic_scroll.hpp"

#include <algorithm>
#include <cmath>

// Every motion here (decaying fling, critically damped spring) is solved in
// closed form over the whole step instead of integrated frame by frame, so a
// kiosk dropping to 20 fps scrolls the same distance as one at 120 fps. The
// only frame-rate dependent moment is the final half-pixel snap.
//
// velocity_ is always d(offset_)/dt, also past an edge where the rubber band
// makes the shown offset lag the spring's own ("raw") coordinate.

namespace kiosk {
namespace {

// Closer than this and slow, the content jumps onto its resting place, so that
// it ends exactly there instead of creeping forever.
constexpr double kSnapPixels = 0.5;

struct Motion {
    double position;  // relative to where the spring rests
    double velocity;
};

Motion criticallyDamped(Motion m, double omega, double seconds) {
    const double decay = std::exp(-omega * seconds);
    const double c = m.velocity + omega * m.position;
    return {(m.position + c * seconds) * decay, (m.velocity - omega * c * seconds) * decay};
}

// Asymptotically a critically damped spring moves at omega * distance; a faster
// one is passing through (say, a fling overtaking its target) and must not stop.
bool settled(Motion m, double omega) {
    return std::abs(m.position) < kSnapPixels && std::abs(m.velocity) < omega * 2 * kSnapPixels;
}

// Rubber band: raw overscroll x shows as limit * x / (limit + x), which grows
// 1:1 at first and never reaches the limit.
double band(double raw, double limit) {
    return limit * raw / (limit + raw);
}
double unband(double shown, double limit) {
    // The shown value cannot reach the limit, but rounding could put it there.
    shown = std::min(shown, limit * (1.0 - 1e-9));
    return shown * limit / (limit - shown);
}

}  // namespace

KineticScroll::KineticScroll(KineticScrollSettings settings) : settings_(settings) {}

void KineticScroll::setExtent(double contentLength, double viewportLength) {
    contentLength = std::max(0.0, contentLength);
    viewportLength = std::max(0.0, viewportLength);
    // Layout calls this every frame: unchanged extents must not disturb a drag
    // or a spring in progress.
    if (contentLength == content_ && viewportLength == viewport_) return;
    content_ = contentLength;
    viewport_ = viewportLength;
    target_ = std::clamp(target_, 0.0, maxOffset());
    // Content that shrank under the offset (or an overscroll whose edge moved)
    // goes onto the new edge at once: nobody pulled it there, so no spring.
    if (outsideBounds()) {
        offset_ = std::clamp(offset_, 0.0, maxOffset());
        velocity_ = 0.0;
    }
}

double KineticScroll::maxOffset() const {
    return std::max(0.0, content_ - viewport_);
}

bool KineticScroll::animating() const {
    return !held_ && (targeting_ || velocity_ != 0.0 || outsideBounds());
}

void KineticScroll::grab() {
    held_ = true;
    targeting_ = false;
    velocity_ = 0.0;
}

void KineticScroll::dragBy(double delta) {
    // A drag without grab() still means a finger holds the content.
    grab();
    offset_ = offsetFromRaw(rawFromOffset(offset_) + delta);
}

void KineticScroll::release(double velocity) {
    held_ = false;
    targeting_ = false;
    // Let go past an edge, the content only springs back; the flick that let
    // go is not carried into the spring.
    if (outsideBounds()) {
        velocity_ = 0.0;
        return;
    }
    velocity_ = std::clamp(velocity, -settings_.maxVelocity, settings_.maxVelocity);
    if (std::abs(velocity_) < settings_.stopVelocity) velocity_ = 0.0;
}

void KineticScroll::advance(double seconds) {
    if (held_ || !(seconds > 0.0)) return;
    if (targeting_) {
        stepTarget(seconds);
    } else if (outsideBounds()) {
        stepSpring(seconds);
    } else if (velocity_ != 0.0) {
        stepFling(seconds);
    }
}

void KineticScroll::jumpTo(double offset) {
    offset_ = std::clamp(offset, 0.0, maxOffset());
    velocity_ = 0.0;
    targeting_ = false;
}

void KineticScroll::animateTo(double offset) {
    held_ = false;
    target_ = std::clamp(offset, 0.0, maxOffset());
    // The current velocity is kept: redirecting a fling stays smooth.
    targeting_ = !(offset_ == target_ && velocity_ == 0.0);
}

void KineticScroll::stepFling(double seconds) {
    const double k = std::clamp(settings_.decayPerSecond, 1e-9, 1.0 - 1e-9);
    const double lnK = std::log(k);
    const double stopSpeed = std::max(settings_.stopVelocity, 1e-6);
    const double speed = std::abs(velocity_);
    if (speed <= stopSpeed) {
        velocity_ = 0.0;
        return;
    }
    // v(t) = v0 k^t, x(t) = x0 + v0 (k^t - 1) / ln k; it stops when v(t) = stopSpeed.
    const double stopTime = std::log(stopSpeed / speed) / lnK;
    const double t = std::min(seconds, stopTime);
    const double end = offset_ + velocity_ * (std::pow(k, t) - 1.0) / lnK;
    const double edge = velocity_ < 0.0 ? 0.0 : maxOffset();
    if (velocity_ < 0.0 ? end < edge : end > edge) {
        // Solve x(t) = edge for t; the spring takes over there with the speed left.
        const double fraction = std::clamp(1.0 + (edge - offset_) * lnK / velocity_, 1e-12, 1.0);
        const double crossing = std::min(std::log(fraction) / lnK, seconds);
        velocity_ *= std::pow(k, crossing);
        offset_ = edge;
        stepSpring(seconds - crossing);
        return;
    }
    offset_ = end;
    velocity_ = t >= stopTime ? 0.0 : velocity_ * std::pow(k, t);
}

void KineticScroll::stepSpring(double seconds) {
    // Which edge: the one it is past, or, right on an edge, the one it heads out of.
    const bool pastStart = offset_ < 0.0 || (offset_ <= maxOffset() && velocity_ < 0.0);
    const double side = pastStart ? -1.0 : 1.0;
    const double edge = pastStart ? 0.0 : maxOffset();
    const double limit = overscrollLimit();
    if (limit <= 0.0) {
        offset_ = edge;
        velocity_ = 0.0;
        return;
    }
    // The spring is linear in raw overscroll; shown overscroll is banded, so a
    // bounce after a fast fling stays within the same limit as a drag.
    const double shown = std::clamp((offset_ - edge) * side, 0.0, limit * (1.0 - 1e-9));
    const double slope = (1.0 - shown / limit) * (1.0 - shown / limit);  // d shown / d raw
    const double omega = 1.0 / std::max(settings_.springBackSeconds, 1e-6);
    const Motion raw =
        criticallyDamped({unband(shown, limit), velocity_ * side / slope}, omega, seconds);
    const double shownAfter = band(std::max(raw.position, 0.0), limit);
    const double slopeAfter = limit / (limit + std::max(raw.position, 0.0));
    const Motion after{shownAfter, raw.velocity * slopeAfter * slopeAfter};
    if (raw.position < 0.0 || settled(after, omega)) {
        offset_ = edge;
        velocity_ = 0.0;
        return;
    }
    offset_ = edge + side * after.position;
    velocity_ = side * after.velocity;
}

void KineticScroll::stepTarget(double seconds) {
    const double omega = 1.0 / std::max(settings_.springBackSeconds, 1e-6);
    const Motion m = criticallyDamped({offset_ - target_, velocity_}, omega, seconds);
    if (settled(m, omega)) {
        offset_ = target_;
        velocity_ = 0.0;
        targeting_ = false;
        return;
    }
    offset_ = target_ + m.position;
    velocity_ = m.velocity;
}

double KineticScroll::overscrollLimit() const {
    return std::max(0.0, settings_.maxOverscrollFraction * viewport_);
}

bool KineticScroll::outsideBounds() const {
    return offset_ < 0.0 || offset_ > maxOffset();
}

double KineticScroll::rawFromOffset(double offset) const {
    const double limit = overscrollLimit();
    if (limit <= 0.0) return offset;
    if (offset < 0.0) return -unband(-offset, limit);
    if (offset > maxOffset()) return maxOffset() + unband(offset - maxOffset(), limit);
    return offset;
}

double KineticScroll::offsetFromRaw(double raw) const {
    const double limit = overscrollLimit();
    if (limit <= 0.0) return std::clamp(raw, 0.0, maxOffset());
    if (raw < 0.0) return -band(-raw, limit);
    if (raw > maxOffset()) return maxOffset() + band(raw - maxOffset(), limit);
    return raw;
}

}  // namespace kiosk
