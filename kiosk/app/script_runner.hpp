#pragma once
#include <string>

#include "content/pack.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// Drives the real app from a script (kiosk --script FILE --out DIR) on a
// simulated clock: taps and drags become pointer samples, waits advance time,
// shots write PNGs, expect-screen checks where the visitor is. Returns the exit
// code: 0, or non-zero naming the failing line.
int runSessionScript(platform::Display& display, KioskApp& app, const Pack& pack,
                     const AppOptions& options);

}  // namespace kiosk
