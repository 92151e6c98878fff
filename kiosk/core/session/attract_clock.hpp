#pragma once
#include <optional>

#include "session/attract_playlist.hpp"

namespace kiosk {

struct AttractClockSettings {
    // A paused slide plays on by itself after this many seconds: a visitor who
    // paused the booth's loop and walked away must not leave it on one slide.
    double resumeAfterSeconds = 60.0;
};

// A jump made by a swipe, kept so the arriving slide can push the one it
// replaces out in the swipe's direction.
struct AttractSkip {
    double fromLoopSeconds = 0.0;  // where the loop was when the swipe came
    double toLoopSeconds = 0.0;    // start of the slide it jumped to
    int direction = 1;             // +1 to the next slide, -1 to the previous
};

// The attract loop's own time, which the playlist turns into slides. It runs
// with the kiosk clock; in loop mode a tap pauses it and a swipe jumps to the
// next or previous slide. Plain logic; time comes in as an argument.
class AttractClock {
  public:
    explicit AttractClock(AttractClockSettings settings = {});

    // Loop time 0 at `now`, running (the loop starts from its first slide).
    void restart(double now);
    // Seconds of loop time at `now` (frozen while paused).
    double loopSeconds(double now) const;
    bool paused(double now) const;
    void togglePause(double now);
    // Jumps to the start of the next (direction +1) or previous (-1) slide,
    // so its transition plays; a paused loop plays on. Going back from the
    // loop's very first slide does nothing.
    void skip(double now, const AttractPlaylist& playlist, int direction);
    // The last jump, while its slide is the one showing.
    std::optional<AttractSkip> arriving(double now, const AttractPlaylist& playlist) const;
    // Seconds until a pause ends by itself; a large number when running.
    double secondsUntilResume(double now) const;

  private:
    AttractClockSettings settings_;
    double origin_ = 0.0;  // kiosk time at which loop time was 0, while running
    bool paused_ = false;
    double pausedAt_ = 0.0;    // kiosk time of the pause
    double pausedLoop_ = 0.0;  // loop time it froze at
    std::optional<AttractSkip> skip_;
};

}  // namespace kiosk
