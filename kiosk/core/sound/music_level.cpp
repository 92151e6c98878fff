#include "sound/music_level.hpp"

#include <algorithm>

namespace kiosk {

namespace {
// How far the level moves in `dt` when the whole range takes `seconds`; no
// fade time at all jumps straight there.
double stepFor(double dt, double seconds) {
    return seconds > 0.0 ? dt / seconds : 1.0;
}
}  // namespace

MusicLevel::MusicLevel(double fadeInSeconds, double fadeOutSeconds, double duckedLevel) {
    configure(fadeInSeconds, fadeOutSeconds, duckedLevel);
}

void MusicLevel::configure(double fadeInSeconds, double fadeOutSeconds, double duckedLevel) {
    fadeInSeconds_ = fadeInSeconds;
    fadeOutSeconds_ = fadeOutSeconds;
    duckedLevel_ = std::clamp(duckedLevel, 0.0, 1.0);
}

void MusicLevel::restart(double now) {
    level_ = 0.0;
    lastTime_ = now;
}

double MusicLevel::target(MusicScene scene) const {
    switch (scene) {
        case MusicScene::Attract:
            return 1.0;
        case MusicScene::Visitor:
            return duckedLevel_;
        case MusicScene::Off:
            return 0.0;
    }
    return 0.0;
}

double MusicLevel::advance(double now, MusicScene scene) {
    // A clock that steps back (a new session script, a restarted clock) only
    // re-bases; it never moves the level.
    const double dt = std::max(0.0, now - lastTime_);
    lastTime_ = now;
    const double goal = target(scene);
    if (level_ < goal)
        level_ = std::min(goal, level_ + stepFor(dt, fadeInSeconds_));
    else if (level_ > goal)
        level_ = std::max(goal, level_ - stepFor(dt, fadeOutSeconds_));
    return level_;
}

}  // namespace kiosk
