#pragma once
#include <optional>
#include <string>
#include <vector>

#include "config/kiosk_config.hpp"
#include "content/localized_text.hpp"

namespace kiosk {

// Command-line settings of the kiosk (kiosk --help lists them).
struct AppOptions {
    // The configuration file (--config); empty: /etc/kiosk/kiosk.json when it exists.
    std::string configPath;
    // Print the configuration in force (file, then flags) as JSON and exit.
    bool printConfig = false;
    // The configuration in force: the file's values with the command line's on
    // top. The fields below that have a flag already hold the merged values.
    KioskConfig config;
    // Pack folder to show, unverified (authoring and development); empty means
    // the default pack, unless stateDir is set.
    std::string packDir;
    // Installed-pack state folder (kiosk-pack install): the kiosk runs its
    // current pack, falling back to the last good one, and trusts only packs
    // signed by trustedKeys (unless allowUnsigned, a development setting).
    std::string stateDir;
    std::vector<std::string> trustedKeys;
    bool allowUnsigned = false;
    // Folders watched for USB sticks carrying packs (only with stateDir).
    std::vector<std::string> mountRoots = {"/media", "/run/media", "/mnt"};
    // Installed packs kept for rollback besides the one in use.
    int keepPacks = 3;
    // The staff PIN's libsodium hash (kiosk-pack hash-pin); empty keeps the
    // staff panel shut.
    std::string staffPinHash;
    // The panel is mounted turned: the picture is drawn turned clockwise by
    // this many degrees (0, 90, 180, 270) and touch follows (display.rotation).
    int rotation = 0;
    // Open a window of windowWidth x windowHeight instead of full screen.
    bool windowed = false;
    int windowWidth = 1280;
    int windowHeight = 720;
    // Render one screen into this PNG and exit (headless; needs an X display, Xvfb will do).
    std::string screenshotPath;
    // Size of the screenshot in pixels.
    int shotWidth = 1920;
    int shotHeight = 1080;
    // Language the visitor sees first.
    Language language = Language::Japanese;
    // Screen to render, by its registered name, optionally with a parameter
    // ("event:2016-04-26-...", "map:hokkaido-towns").
    std::string screen = "title";
    // Scripted session: play this script on a simulated clock, writing shots into outDir.
    std::string scriptPath;
    std::string outDir = ".";
    // Seconds without a touch before "still there?", and its countdown.
    double idleSeconds = 60.0;
    double countdownSeconds = 10.0;
    // Typefaces (Noto Sans CJK from fonts-noto-cjk when empty).
    std::string fontRegular;
    std::string fontBold;
    // Benchmark: render --screen (or "all") offscreen for this many frames and
    // print CPU time per frame and draw calls; 0 means no benchmark.
    int benchFrames = 0;
    // Exit once the first frame is on screen (start-up measurements).
    bool quitAfterFirstFrame = false;
    // Draw and swap every frame whole instead of redrawing what changed
    // (--full-redraw; measurements, or a window system that misbehaves).
    bool fullRedraw = false;
    // With --script: every frame is also redrawn in part over the frame before
    // and must equal the frame drawn whole, pixel for pixel.
    bool checkPartialRedraw = false;
    // Master volume in percent, 0 (silent: no sound device is opened) to 100
    // (--volume; the staff panel changes it while running).
    int volume = 80;
    // Master volume in percent during quiet hours (the schedule's, or --quiet):
    // 0, the default, is silent.
    int quietVolume = 0;
    // Treat the whole run as quiet hours (--quiet).
    bool quiet = false;
    // Scripted session: also write what it sounded like, mixed at the script's
    // simulated times, into this WAV file (--sound-out).
    std::string soundOut;
    // Run interactively but start on this screen (--screen syntax), as if a
    // visitor had opened it, instead of the attract loop (measurements).
    std::string startScreen;
    // Loop mode (--loop, or "mode": "loop" in the configuration): the attract
    // playlist forever between the schedule's on hours.
    bool loop = false;
    // --now: the wall clock's reading when a headless run (script, screenshot)
    // starts, in Unix seconds, so dated slides and booth hours can be tried
    // out; it also makes loop mode's on/off hours apply headless. Unset: the
    // real clock, and headless runs never go dark.
    std::optional<long long> wallClockAtStart;
    // Soak: run this many simulated hours of attract loop and visitors
    // headless, as fast as frames render, and report memory, GL objects and
    // descriptors at the start and the end; 0 means no soak.
    double soakHours = 0.0;
    // The soak fails (exit 4) when resident memory grows by more than this.
    long soakMaxRssGrowthKiB = 2048;
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
