#pragma once

namespace kiosk {

// Timing of a visitor's session (configurable; defaults from PRODUCT.md).
struct SessionSettings {
    // Seconds without a touch before the kiosk asks "まだご覧になりますか？ / Still there?".
    double idleSeconds = 60.0;
    // Seconds the question counts down before the kiosk returns to the attract
    // loop: 20, the least warning WCAG 2.2.1 allows before a time-out.
    double countdownSeconds = 20.0;
};

enum class SessionPhase {
    Attract,     // nobody is using it: the attract loop plays
    Active,      // a visitor is tapping through
    StillThere,  // idle: asking with a countdown
};

// What happened to a touch that went down.
enum class TouchRoute {
    ToScreen,  // an ordinary touch: the screen under it may react
    Swallowed  // it woke the kiosk or answered "still there": nothing under it is pressed
};

// Things the session reports as time passes.
enum class SessionChange {
    None,
    AskedStillThere,  // entered StillThere
    TimedOut          // back to Attract: the app clears the path and language
};

// The attract/session state machine: the first touch only wakes the kiosk,
// idling asks "still there?", and the countdown returns to attract. Plain
// logic on the caller's clock.
class VisitorSession {
  public:
    explicit VisitorSession(SessionSettings settings = {});

    SessionPhase phase() const { return phase_; }
    // A pointer went down at `now`. Swallowed touches must be ignored up to and
    // including their release.
    TouchRoute onTouchDown(double now);
    // Any pointer activity (move, up) keeps the session alive.
    void onActivity(double now);
    // Advances the clock; call every frame (or before handling events).
    SessionChange update(double now);
    // Seconds left on the "still there?" countdown (0 outside StillThere).
    double countdownRemaining(double now) const;
    // The part of the countdown still to run, 1 when asked to 0 at its end,
    // whatever countdownSeconds the venue set (the ring the question shows).
    double countdownFraction(double now) const;
    // Seconds until update() will next change something (for render on demand);
    // a large number in Attract.
    double secondsUntilNextChange(double now) const;
    // "More time": the idle time before "still there?" is multiplied by
    // `factor` (1 restores it) from now on.
    void setIdleFactor(double factor) { idleFactor_ = factor > 0.0 ? factor : 1.0; }
    // Ends the session at once (e.g. a staff action); no TimedOut is reported.
    void resetToAttract();

  private:
    SessionSettings settings_;
    SessionPhase phase_ = SessionPhase::Attract;
    double lastActivity_ = 0.0;
    double askedAt_ = 0.0;
    double idleFactor_ = 1.0;
};

}  // namespace kiosk
