#pragma once
#include <optional>
#include <string>
#include <vector>

#include "config/kiosk_config.hpp"
#include "content/localized_text.hpp"
#include "session/access_choices.hpp"
#include "session/screen_id.hpp"

namespace kiosk {

// A window on a desktop instead of the full screen (--windowed WxH).
struct WindowOptions {
    bool windowed = false;
    int width = 1280;
    int height = 720;
};

// A headless run: a screenshot, a scripted session or a measurement, drawn
// offscreen at width x height (--size) and then the kiosk exits.
struct HeadlessOptions {
    // Render `screen` into this PNG and exit (needs an X display; Xvfb will do).
    std::string screenshotPath;
    int width = 1920;
    int height = 1080;
    // Screen to render, by its registered name, optionally with a parameter
    // ("event:2016-04-26-...", "map:hokkaido-towns"); "all" for --bench.
    std::string screen = screenName(ScreenId::Title);
    // Scripted session: play this script on a simulated clock, writing shots
    // into outDir and, when soundOut is set, what it sounded like into that WAV.
    std::string scriptPath;
    std::string outDir = ".";
    std::string soundOut;
    // With a script: every frame is also redrawn in part over the frame before
    // and must equal the frame drawn whole, pixel for pixel.
    bool checkPartialRedraw = false;
    // Benchmark: render `screen` for this many frames and print CPU time per
    // frame and draw calls; 0: no benchmark.
    int benchFrames = 0;
    // Soak: this many simulated hours of attract loop and visitors, reporting
    // memory, GL objects and descriptors; it fails (exit 4) when resident
    // memory grows by more than soakMaxRssGrowthKiB. 0 hours: no soak.
    double soakHours = 0.0;
    long soakMaxRssGrowthKiB = 2048;
    // With --watch: reload the watched pack this many times, a frame after
    // each, and fail (exit 4) when memory, GL objects or open files grew.
    int reloadSoak = 0;

    // Any of the above: nothing is shown on a screen.
    bool any() const {
        return !screenshotPath.empty() || !scriptPath.empty() || benchFrames > 0 || soakHours > 0 ||
               reloadSoak > 0;
    }
};

// How this run goes: what the command line asks besides the settings of a
// kiosk PC (those are KioskConfig, from the settings table). Each field is
// its flag's default.
struct RunOptions {
    // The configuration file (--config); empty: /etc/kiosk/kiosk.json when it exists.
    std::string configPath;
    // Print the configuration in force (file, then flags) as JSON and exit.
    bool printConfig = false;
    // Language the visitor sees first.
    Language language = Language::Japanese;
    // A visitor's access choices for --screenshot and --screen
    // (--access largest,contrast,...): as if chosen on the access screen.
    AccessChoices access;
    // Typefaces (Noto Sans CJK from fonts-noto-cjk when empty).
    std::string fontRegular;
    std::string fontBold;
    // Where built glyph atlases are kept between runs (--font-cache; under
    // systemd, the unit's cache folder, $CACHE_DIRECTORY/fonts); empty: none,
    // every atlas is built (tests, one-off runs).
    std::string fontCacheDir;
    // Treat the whole run as the schedule's quiet hours (--quiet).
    bool quiet = false;
    // Run interactively but start on this screen (--screen syntax), as if a
    // visitor had opened it, instead of the attract loop (measurements).
    std::string startScreen;
    // Draw and swap every frame whole instead of redrawing what changed
    // (--full-redraw; measurements, or a window system that misbehaves).
    bool fullRedraw = false;
    // --gl-context: how the OpenGL context is asked for: "auto" (3.3 core,
    // 3.1, 3.0 through GLX, then the same through EGL), "glx" or "egl" only.
    std::string glContext = "auto";
    // Exit once the first frame is on screen (start-up measurements).
    bool quitAfterFirstFrame = false;
    // --now: the wall clock's reading when a headless run starts, in Unix
    // seconds, so dated slides and booth hours can be tried out; it also makes
    // loop mode's on/off hours apply headless. Unset: the real clock, and
    // headless runs never go dark.
    std::optional<long long> wallClockAtStart;
    // --check-access: measure every visitor screen at --size on the configured
    // screen (sizes in millimetres, reach), under `access`, and exit.
    bool checkAccess = false;
    // --watch: reload --pack DIR (a source or a built pack) whenever a file in
    // it is saved, keeping the screen on show, and draw its problems over the
    // screen instead of refusing it. A source is built with the boundary data
    // in geoDir (--geo), as kiosk-pack build does.
    bool watch = false;
    std::string geoDir = "../shared/geo";
    // --preview: the pack at several sizes side by side, each a kiosk of its own.
    bool preview = false;
    WindowOptions window;
    HeadlessOptions headless;
};

// Everything the command line and the configuration file decide: this run's
// options, reached as before (options.startScreen), and the configuration in
// force, the file's values with the flags given on top (options.config).
struct AppOptions : RunOptions {
    KioskConfig config;
};

struct OptionsOutcome {
    bool exitNow = false;  // --help, or an error already reported
    int exitCode = 0;
};

OptionsOutcome parseOptions(int argc, char** argv, AppOptions& options);

// Parses "1920x1080"; false for anything else or sizes outside 16..16384.
bool parseSize(const std::string& text, int& width, int& height);

// The screen sizes the kiosk lays out and renders, landscape or portrait
// (README, "Using it"): the shorter side within 180..4320 and the longer within
// 320..7680, so 320x180 up to 7680x4320. Beyond them layouts are not drawn
// for, and offscreen targets and type grow past what a kiosk PC holds.
struct ScreenSizeRange {
    int minShort = 180, minLong = 320;
    int maxShort = 4320, maxLong = 7680;
};

// Empty when `width` x `height` is within `range`; otherwise why not, naming
// the range.
std::string screenSizeProblem(int width, int height, const ScreenSizeRange& range = {});

}  // namespace kiosk
