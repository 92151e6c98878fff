#include "pacing/attract_pacing.hpp"

#include <algorithm>

namespace kiosk {

FrameNeed attractFrameNeed(const AttractPosition& at, double secondsToNextSlide, double now,
                           const AttractMotion& motion, const std::vector<SlideMove>& moves) {
    FrameNeed need = FrameNeed::changingAt(now + secondsToNextSlide);
    const bool moving = std::any_of(moves.begin(), moves.end(), [&](const SlideMove& m) {
        return at.secondsIn >= m.from && at.secondsIn < m.to;
    });
    if (at.transition < 1.0)
        need.framesPerSecond = motion.transitionFramesPerSecond;
    else if (at.secondsIn < motion.entranceSeconds || moving)
        need.framesPerSecond = motion.entranceFramesPerSecond;
    else
        need.framesPerSecond = motion.slowFramesPerSecond;
    // The slide is laid aside as it will leave a moment before the transition.
    if (at.transition >= 1.0 && secondsToNextSlide > motion.prepareSeconds)
        need.nextChangeAt =
            std::min(need.nextChangeAt, now + secondsToNextSlide - motion.prepareSeconds);
    // A flight starting between two slow frames starts on time.
    for (const SlideMove& m : moves)
        if (m.from > at.secondsIn)
            need.nextChangeAt = std::min(need.nextChangeAt, now + (m.from - at.secondsIn));
    return need;
}

}  // namespace kiosk
