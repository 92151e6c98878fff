#pragma once
#include <limits>

namespace kiosk {

// What the picture on screen needs from the frame loop, as reported by the
// shell and its screens: how fast it moves now, and when it next changes on
// its own. Render on demand draws no more than this asks for.
struct FrameNeed {
    // Frames per second the motion on screen needs now; 0 when nothing moves.
    // A push transition needs the display's full rate; a slow drift or a
    // gentle pulse looks the same at a fraction of it.
    double framesPerSecond = 0.0;
    // Kiosk-clock time at which the picture changes by itself although nothing
    // moves before it (the next slide, the idle question); infinity for never.
    double nextChangeAt = std::numeric_limits<double>::infinity();

    static FrameNeed still() { return {}; }
    // As fast as the display goes (a transition, a finger dragging).
    static FrameNeed fullRate() { return {std::numeric_limits<double>::infinity()}; }
    static FrameNeed moving(double framesPerSecond) { return {framesPerSecond}; }
    static FrameNeed changingAt(double at) { return {0.0, at}; }
    // The more demanding of two needs (two things on screen at once).
    FrameNeed with(const FrameNeed& other) const;
};

// How the frame loop paces itself (hello_imgui's FpsIdling, for a kiosk).
struct PacingSettings {
    // Never draw faster than this, whatever a screen asks for.
    double maxFramesPerSecond = 60.0;
    // Longest sleep without looking at the clock again, so that a change the
    // screens did not announce (a pack swapped underneath) shows within it.
    double maxWaitSeconds = 1.0;
};

// The state of the loop at one moment.
struct PacingInputs {
    double now = 0.0;
    // When the last frame was drawn; -infinity before the first one.
    double lastFrameAt = -std::numeric_limits<double>::infinity();
    // Input arrived, the window was exposed or resized, or content changed
    // since the last frame: the next frame must show it.
    bool redrawRequested = false;
    // The need of the picture last drawn, asked for as it was drawn: its
    // nextChangeAt is the change that picture does not show yet.
    FrameNeed need;
};

struct PacingDecision {
    bool drawNow = false;
    // When not drawing: how long to sleep waiting for input before deciding
    // again (always > 0 then, at most maxWaitSeconds).
    double waitSeconds = 0.0;
};

// Draw now, or sleep how long? A pure function of the clock and the needs,
// so render on demand is tested on a simulated clock.
PacingDecision decideFrame(const PacingSettings& settings, const PacingInputs& in);

}  // namespace kiosk
