#pragma once
#include <string>

#include <memory>

#include "live_content.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// Drives the real app from a script (kiosk --script FILE --out DIR) on a
// simulated clock: taps and drags become pointer samples, waits advance time,
// shots write PNGs, expect-screen checks where the visitor is, usb-scan
// installs what a mount root holds (--state, --mount-root). Returns the exit
// code: 0, or non-zero naming the failing line.
int runSessionScript(platform::Display& display, std::unique_ptr<LiveContent> live,
                     const LiveContentSettings& settings);

}  // namespace kiosk
