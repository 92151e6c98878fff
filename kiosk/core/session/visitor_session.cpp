#include "session/visitor_session.hpp"

#include <algorithm>

namespace kiosk {

namespace {

// A zero, negative or NaN setting (a typo in the configuration) must not leave
// the session stuck or spinning: it means "at once", and update() still moves
// one step per call, so even zero seconds cannot loop.
double nonNegative(double seconds) {
    return seconds > 0.0 ? seconds : 0.0;
}

// Shown to render on demand as "nothing will change"; large but finite so that
// callers may add it to a time.
constexpr double kNothingScheduled = 1e9;

}  // namespace

VisitorSession::VisitorSession(SessionSettings settings) : settings_(settings) {
    settings_.idleSeconds = nonNegative(settings_.idleSeconds);
    settings_.countdownSeconds = nonNegative(settings_.countdownSeconds);
}

TouchRoute VisitorSession::onTouchDown(double now) {
    switch (phase_) {
        case SessionPhase::Attract:
            // The first touch only wakes the kiosk: the visitor cannot see what
            // lies under the attract loop, so pressing it would surprise them.
            phase_ = SessionPhase::Active;
            lastActivity_ = now;
            return TouchRoute::Swallowed;
        case SessionPhase::StillThere:
            // The touch answers the question; the dialog covers the screen, so
            // whatever lies under it was not what the visitor aimed at.
            phase_ = SessionPhase::Active;
            lastActivity_ = now;
            return TouchRoute::Swallowed;
        case SessionPhase::Active:
            lastActivity_ = std::max(lastActivity_, now);
            return TouchRoute::ToScreen;
    }
    return TouchRoute::Swallowed;
}

void VisitorSession::onActivity(double now) {
    // Only keeps an active session alive. In StillThere a move or release
    // belongs to a touch that went down before the question appeared (a hand
    // resting on the glass); only a new touch down is a deliberate answer.
    if (phase_ == SessionPhase::Active) lastActivity_ = std::max(lastActivity_, now);
}

SessionChange VisitorSession::update(double now) {
    switch (phase_) {
        case SessionPhase::Attract:
            return SessionChange::None;
        case SessionPhase::Active:
            if (now - lastActivity_ < settings_.idleSeconds * idleFactor_)
                return SessionChange::None;
            phase_ = SessionPhase::StillThere;
            // The countdown starts when the question is shown, not when it was
            // due: after a late frame the visitor still gets the whole countdown.
            askedAt_ = now;
            return SessionChange::AskedStillThere;
        case SessionPhase::StillThere:
            if (now - askedAt_ < settings_.countdownSeconds) return SessionChange::None;
            phase_ = SessionPhase::Attract;
            return SessionChange::TimedOut;
    }
    return SessionChange::None;
}

double VisitorSession::countdownRemaining(double now) const {
    if (phase_ != SessionPhase::StillThere) return 0.0;
    return std::clamp(askedAt_ + settings_.countdownSeconds - now, 0.0, settings_.countdownSeconds);
}

double VisitorSession::countdownFraction(double now) const {
    if (settings_.countdownSeconds <= 0.0) return 0.0;
    return countdownRemaining(now) / settings_.countdownSeconds;
}

double VisitorSession::secondsUntilNextChange(double now) const {
    switch (phase_) {
        case SessionPhase::Attract:
            return kNothingScheduled;
        case SessionPhase::Active:
            return std::max(0.0, lastActivity_ + settings_.idleSeconds * idleFactor_ - now);
        case SessionPhase::StillThere:
            return std::max(0.0, askedAt_ + settings_.countdownSeconds - now);
    }
    return kNothingScheduled;
}

void VisitorSession::resetToAttract() {
    phase_ = SessionPhase::Attract;
}

}  // namespace kiosk
