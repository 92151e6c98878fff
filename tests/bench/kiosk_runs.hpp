#pragma once
#include <nlohmann/json.hpp>
#include <string>

namespace kiosk::bench {

// How the kiosk binary is run for measurements (on the X display in $DISPLAY).
struct KioskRunSettings {
    std::string kiosk;    // path of the kiosk executable
    std::string packDir;  // pack to show
    std::string workDir;  // where its output files go
    std::string size = "1920x1080";
};

// Start-up: `kiosk --quit-after-first-frame`, `runs` times. Time from process
// start to the first presented frame and peak RSS, as the kiosk reports them.
nlohmann::json measureStartup(const KioskRunSettings& run, int runs);

// `kiosk --bench frames --screen all`: CPU ms per frame for every screen and for
// the attract loop's transitions, offscreen at run.size.
nlohmann::json measureFrames(const KioskRunSettings& run, int frames);

// The kiosk running for real (full screen on the display) for `seconds` after
// it settled, on `startScreen` ("" for the attract loop): CPU seconds used,
// PSS sampled twice a second (peak and median of the second half: steady).
// `label` names the run in the report; `extraArgs` go to the kiosk as well.
nlohmann::json measureRunning(const KioskRunSettings& run, const std::string& startScreen,
                              double seconds, const std::string& label = "",
                              const std::vector<std::string>& extraArgs = {});

}  // namespace kiosk::bench
