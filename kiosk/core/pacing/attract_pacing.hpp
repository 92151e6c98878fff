#pragma once
#include <limits>
#include <vector>

#include "pacing/frame_pacing.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk {

// How fast each phase of an attract slide moves, in frames per second. Under
// software rendering a full frame costs tens of milliseconds, so the loop draws
// only as often as what moves on screen needs.
struct AttractMotion {
    // Push transitions between slides sweep the whole width in a second: as
    // fast as the display goes.
    double transitionFramesPerSecond = std::numeric_limits<double>::infinity();
    // After a slide starts (its transition included) its entrance moves
    // quickly (the title rising in, the bars growing, the first rows fading
    // in) for this long...
    double entranceSeconds = 2.5;
    // ... at this rate.
    double entranceFramesPerSecond = 30.0;
    // Then only slow things move: the backdrop's drift and zoom (about 15 px a
    // second at 1080p), the prompt's pulse (a 2.6 s period) and late rows
    // fading in. At 12 frames a second every step stays under 3 px.
    double slowFramesPerSecond = 12.0;
    // For this long before each push transition the slide is drawn as it
    // will leave (its last moment) into a layer kept as a texture, and a frame
    // is due at the start of it: the transition's first frame then shows the
    // leaving slide as one picture instead of drawing it, which made that frame
    // the slowest of the loop. A slow frame comes every 1/12 s, so the slide's
    // drift stops at most this long early, by a pixel or two.
    double prepareSeconds = 0.1;
};

// The part of a slide's time the loop is in, which sets how often it draws:
// a push transition bringing the slide in, a camera flight (AttractSlide::moves),
// the quick entrance after the push, or the slow phase after it.
enum class AttractPhase { Push, Flight, Entrance, Slow };

AttractPhase attractPhase(const AttractPosition& at, const AttractMotion& motion = {},
                          const std::vector<SlideMove>& moves = {});

// "push", "flight", "entrance", "slow".
const char* attractPhaseName(AttractPhase phase);

// What the attract loop needs drawn at a position of its playlist;
// `secondsToNextSlide` (infinity for a slide that stays) makes the next
// transition start on time, `now` is the kiosk clock. `moves` are the spans of
// the slide during which its camera flies (AttractSlide::moves): they are drawn
// at the entrance rate like an entrance, and the slow phase before one ends on
// time for it; outside them the slide stays slow.
FrameNeed attractFrameNeed(const AttractPosition& at, double secondsToNextSlide, double now,
                           const AttractMotion& motion = {},
                           const std::vector<SlideMove>& moves = {});

}  // namespace kiosk
