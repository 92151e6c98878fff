#pragma once
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "bench_stats.hpp"
#include "process_probe.hpp"

namespace kiosk::bench {

// How the kiosk binary is run for measurements (on the X display in $DISPLAY).
struct KioskRunSettings {
    std::string kiosk;    // path of the kiosk executable
    std::string packDir;  // pack to show
    std::string workDir;  // where its output files go
    std::string size = "1920x1080";  // offscreen size of --bench frames
    // Where the kiosk keeps its glyph atlases between runs (--font-cache), as
    // the installed unit does in /var/cache/kiosk; empty: none.
    std::string fontCacheDir;
};

// Seconds the kiosk gets after its first frame before a measurement starts:
// the first slide's entrance is over, caches are warm.
constexpr double kSettleSeconds = 3.0;

// Start-up: `kiosk --quit-after-first-frame`, `runs` times, on `startScreen`
// ("" for the attract loop). Time from process start to the first presented
// frame and peak RSS, as the kiosk reports them: "first_frame_ms" and
// "peak_rss_mib" with the glyph atlas kept from the run before (every start
// but a pack's or screen's first), "first_frame_cold_ms" and
// "peak_rss_cold_mib" with the font cache emptied first, the two kinds
// interleaved. Without a font cache both are the same kind of run.
nlohmann::json measureStartup(const KioskRunSettings& run, int runs,
                              const std::string& startScreen = "");

// `kiosk --bench frames --screen SCREEN --size run.size`: CPU ms per frame for
// every screen ("all": with the attract loop's transitions and flights),
// offscreen, as {"size", "screens": [...]}, plus "gl_context", "gl_api",
// "gl_version" and "gl_renderer" when the kiosk reports them (a JSON line with
// those keys).
nlohmann::json measureFrames(const KioskRunSettings& run, int frames,
                             const std::string& screen = "all");

// The kiosk started in its window with `args` after the usual ones, once its
// first frame is presented (its stderr in `errPath`); throws when it does not
// get there within a minute.
std::unique_ptr<ChildProcess> startKiosk(const KioskRunSettings& run,
                                         const std::vector<std::string>& args,
                                         const std::string& errPath);

// The kiosk running for real (full screen on the display) for `seconds` after
// it settled, on `startScreen` ("" for the attract loop): CPU seconds used
// (and the X server's, when found), PSS sampled twice a second (peak and median
// of the second half: steady). `label` names the run in the report;
// `extraArgs` go to the kiosk as well.
nlohmann::json measureRunning(const KioskRunSettings& run, const std::string& startScreen,
                              double seconds, const std::string& label = "",
                              const std::vector<std::string>& extraArgs = {});

// Median, least, most and count of `values`.
nlohmann::json spread(const std::vector<double>& values);

}  // namespace kiosk::bench
