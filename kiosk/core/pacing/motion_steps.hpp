#pragma once

namespace kiosk {

// A slow motion's progress (0..1) held in `steps` equal jumps over its whole
// course. A backdrop's drift or a picture's pan moves a pixel or two a step
// either way; held between steps, it stays put in the frames drawn for faster
// things (the prompt's pulse, a title rising in), and partial redraw then
// redraws only those. Progress outside 0..1 is clamped; steps < 1 leave it as is.
double steppedProgress(double progress, int steps);

}  // namespace kiosk
