#pragma once
#include <nlohmann/json.hpp>

#include "chromium_runs.hpp"
#include "kiosk_runs.hpp"

namespace kiosk::bench {

// What the side-by-side comparison runs.
struct SideBySideSettings {
    double seconds = 30.0;       // each CPU and memory window
    int firstContentRuns = 3;    // launches of each program per page (median)
    double frameSeconds = 10.0;  // Chromium timing the title page's frames
    int kioskFrames = 120;       // kiosk --bench frames of the title slide
};

// The kiosk and Chromium's kiosk mode on the same pages (the attract loop's
// title slide, Home as a still screen), one after the other on $DISPLAY:
// first content (median of launches alternating between the two), PSS peak
// and steady and CPU over the window (the X server's apart), and for the
// title, frame cost: the kiosk's CPU ms per whole frame (--bench, 1920x1080)
// against Chromium's CPU ms per frame it drew and the intervals between them.
nlohmann::json measureSideBySide(const KioskRunSettings& kiosk, const ChromiumSettings& chromium,
                                 const SideBySideSettings& settings);

}  // namespace kiosk::bench
