#pragma once
#include "content/pack.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// kiosk --bench: renders screens offscreen for a number of frames on a
// simulated 60 Hz clock and prints, per screen, the CPU time per frame (median,
// p99, max, all threads of the process, GL driver included) and the draw calls
// and vertices of the last frame, as one JSON object per line. With the
// attract loop it also measures the frames of its transitions
// ("attract-transition"), where two slides are drawn at once.
int runScreenBenchmark(platform::Display& display, KioskApp& app, const Pack& pack,
                       const AppOptions& options);

}  // namespace kiosk
