#include "pacing/attract_pacing.hpp"

#include <algorithm>

namespace kiosk {

AttractPhase attractPhase(const AttractPosition& at, const AttractMotion& motion,
                          const std::vector<SlideMove>& moves) {
    if (at.transition < 1.0) return AttractPhase::Push;
    if (std::any_of(moves.begin(), moves.end(), [&](const SlideMove& m) {
            return at.secondsIn >= m.from && at.secondsIn < m.to;
        }))
        return AttractPhase::Flight;
    return at.secondsIn < motion.entranceSeconds ? AttractPhase::Entrance : AttractPhase::Slow;
}

const char* attractPhaseName(AttractPhase phase) {
    switch (phase) {
        case AttractPhase::Push:
            return "push";
        case AttractPhase::Flight:
            return "flight";
        case AttractPhase::Entrance:
            return "entrance";
        case AttractPhase::Slow:
            break;
    }
    return "slow";
}

FrameNeed attractFrameNeed(const AttractPosition& at, double secondsToNextSlide, double now,
                           const AttractMotion& motion, const std::vector<SlideMove>& moves) {
    FrameNeed need = FrameNeed::changingAt(now + secondsToNextSlide);
    switch (attractPhase(at, motion, moves)) {
        case AttractPhase::Push:
            need.framesPerSecond = motion.transitionFramesPerSecond;
            break;
        case AttractPhase::Flight:
        case AttractPhase::Entrance:
            need.framesPerSecond = motion.entranceFramesPerSecond;
            break;
        case AttractPhase::Slow:
            need.framesPerSecond = motion.slowFramesPerSecond;
            break;
    }
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
