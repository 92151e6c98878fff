#include "pacing/attract_pacing.hpp"

namespace kiosk {

FrameNeed attractFrameNeed(const AttractPosition& at, double secondsToNextSlide, double now,
                           const AttractMotion& motion) {
    FrameNeed need = FrameNeed::changingAt(now + secondsToNextSlide);
    if (at.transition < 1.0)
        need.framesPerSecond = motion.transitionFramesPerSecond;
    else if (at.secondsIn < motion.entranceSeconds)
        need.framesPerSecond = motion.entranceFramesPerSecond;
    else
        need.framesPerSecond = motion.slowFramesPerSecond;
    return need;
}

}  // namespace kiosk
