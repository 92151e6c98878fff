#include "options.hpp"

#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "config/config_json.hpp"
#include "config/setting_flags.hpp"
#include "config_options.hpp"
#include "schedule/civil_time.hpp"

namespace kiosk {

bool parseSize(const std::string& text, int& width, int& height) {
    const size_t x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 >= text.size()) return false;
    for (size_t i = 0; i < text.size(); ++i)
        if (i != x && (text[i] < '0' || text[i] > '9')) return false;
    if (x > 5 || text.size() - x - 1 > 5) return false;
    const int w = std::stoi(text.substr(0, x)), h = std::stoi(text.substr(x + 1));
    if (w < 16 || h < 16 || w > 16384 || h > 16384) return false;
    width = w;
    height = h;
    return true;
}

std::string screenSizeProblem(int width, int height, const ScreenSizeRange& range) {
    const int shortSide = std::min(width, height), longSide = std::max(width, height);
    if (shortSide >= range.minShort && shortSide <= range.maxShort && longSide >= range.minLong &&
        longSide <= range.maxLong)
        return "";
    const auto size = [](int w, int h) { return std::to_string(w) + "x" + std::to_string(h); };
    return size(width, height) + " is outside the sizes the kiosk supports, " +
           size(range.minLong, range.minShort) + " to " + size(range.maxLong, range.maxShort) +
           ", landscape or portrait";
}

namespace {

// Run-mode values given as text on the command line, checked after parsing.
struct RunTexts {
    std::string windowed, size, lang = languageCode(RunOptions{}.language), now, access;
};

std::string sizeText(int width, int height) {
    return std::to_string(width) + "x" + std::to_string(height);
}

// Measurements and checks of the kiosk itself.
void addMeasurementOptions(CLI::App& app, AppOptions& options) {
    const HeadlessOptions defaults;
    app.add_flag("--quit-after-first-frame", options.quitAfterFirstFrame,
                 "Exit once the first frame is presented (start-up measurements)");
    app.add_flag("--full-redraw", options.fullRedraw,
                 "Draw and show every frame whole instead of only what changed (measurements)");
    app.add_option("--gl-context", options.glContext,
                   "How to ask for the OpenGL context: auto (3.3 core, then 3.1, then 3.0, "
                   "through GLX, then the same through EGL), glx or egl (that API only)")
        ->check(CLI::IsMember({"auto", "glx", "egl"}));
    app.add_flag("--check-partial-redraw", options.headless.checkPartialRedraw,
                 "With --script: redraw every frame also in part over the frame before and fail "
                 "unless it equals the frame drawn whole");
    app.add_flag("--quiet", options.quiet, "Run as if in the schedule's quiet hours throughout");
    app.add_option("--sound-out", options.headless.soundOut,
                   "With --script: write the session's sound, mixed at the script's times, into "
                   "this WAV file");
    app.add_option("--start-screen", options.startScreen,
                   "Run as usual but start on this screen (as --screen) instead of the attract "
                   "loop, as if a visitor had opened it (measurements)");
    app.add_option("--soak", options.headless.soakHours,
                   "Run HOURS of simulated attract loop and visitors headless at --size, as fast "
                   "as it renders; print memory, GL objects and open files at start and end")
        ->check(CLI::Range(0.01, 100000.0));
    app.add_option("--reload-soak", options.headless.reloadSoak,
                   "With --watch: reload the watched pack N times headless at --size, on an "
                   "event, and fail unless memory (--soak-max-rss-growth), GL objects and open "
                   "files stay flat")
        ->check(CLI::Range(1, 100000));
    app.add_option("--soak-max-rss-growth", options.headless.soakMaxRssGrowthKiB,
                   "KiB of resident memory growth over the soak that fail it (default " +
                       std::to_string(defaults.soakMaxRssGrowthKiB) + ")")
        ->check(CLI::Range(0L, 1L << 30));
}

// The options of this run that are no setting of a kiosk PC (headless
// renders, scripts, measurements, a window on a desktop); the settings come
// from the table (addSettingFlags).
void addRunOptions(CLI::App& app, AppOptions& options, RunTexts& texts) {
    // The help's defaults are the structs' own.
    const RunOptions defaults;
    app.add_option("--config", options.configPath,
                   std::string("Configuration file (default ") + kDefaultConfigPath +
                       " when it exists); flags given here override it");
    app.add_flag("--print-config", options.printConfig,
                 "Print the configuration in force (file and flags) as JSON and exit");
    app.add_option("--windowed", texts.windowed,
                   "Open a window of WxH instead of full screen, e.g. " +
                       sizeText(defaults.window.width, defaults.window.height) +
                       " (320x180 to 7680x4320, either way round)");
    app.add_option("--screenshot", options.headless.screenshotPath,
                   "Render --screen into this PNG after its animations settle, then exit");
    app.add_option("--size", texts.size,
                   "Size of --screenshot and --script shots, WxH (default " +
                       sizeText(defaults.headless.width, defaults.headless.height) +
                       "; 320x180 to 7680x4320, either way round)");
    app.add_option("--lang", texts.lang,
                   std::string("Language shown first: ja, en, zh-Hans, zh-Hant or ko (default ") +
                       languageCode(defaults.language) + ")");
    app.add_option("--access", texts.access,
                   "A visitor's access choices for --screenshot and --screen, comma "
                   "separated: larger, largest, contrast, speech, louder, more-time, less-motion, "
                   "reach");
    app.add_option("--screen", options.headless.screen,
                   "Screen for --screenshot: attract, title, home, timeline, event[:ID], "
                   "highlights, partners, numbers, about, map[:ASSOCIATION] (default " +
                       defaults.headless.screen + ")");
    app.add_option("--script", options.headless.scriptPath,
                   "Play a scripted session (tap X Y, drag X1 Y1 X2 Y2 MS, wait MS, shot NAME, "
                   "expect-screen NAME)");
    app.add_option("--out", options.headless.outDir,
                   "Folder for the shots of --script (default " + defaults.headless.outDir + ")");
    app.add_option("--font", options.fontRegular, "Regular typeface (default Noto Sans CJK JP)");
    app.add_option("--font-bold", options.fontBold,
                   "Bold typeface (default Noto Sans CJK JP Bold)");
    app.add_option("--font-cache", options.fontCacheDir,
                   "Keep built glyph atlases in this folder between runs (default under "
                   "systemd: $CACHE_DIRECTORY/fonts; otherwise none)");
    app.add_option("--bench", options.headless.benchFrames,
                   "Render --screen (a name or all) offscreen for N frames at --size and print CPU "
                   "ms per frame and draw calls as JSON lines")
        ->check(CLI::Range(1, 100000));
    app.add_option("--now", texts.now,
                   "Wall clock at the start of a --script or --screenshot run, e.g. "
                   "2026-12-01T09:00:00+09:00 (dated slides; in loop mode also the on hours)");
    app.add_flag(
        "--check-access", options.checkAccess,
        "Print each visitor screen's smallest target and text in millimetres and the "
        "controls out of a wheelchair user's reach, at --size on the configured screen "
        "(display.diagonal_inches, display.bottom_edge_mm), under --access; exit 3 when one falls "
        "short");
    app.add_flag("--watch", options.watch,
                 "With --pack DIR (a pack source or a built pack): reload it within a second of "
                 "a saved file, on the screen being shown, drawing its problems over the screen");
    app.add_option("--geo", options.geoDir,
                   "With --watch on a pack source: the boundary data folder it is built with "
                   "(default " +
                       defaults.geoDir + ")");
    app.add_flag("--preview", options.preview,
                 "Show the pack at 1920x1080, 1080x1920, 1280x800 and 3840x2160 side by side, "
                 "each a kiosk of its own (a click drives the tile under it); with --screenshot, "
                 "into the PNG at --size");
    addMeasurementOptions(app, options);
}

OptionsOutcome failed(const std::string& message) {
    spdlog::error("{}", message);
    return OptionsOutcome{true, 2};
}

// Checks and converts the run-mode values given as text.
OptionsOutcome applyRunTexts(const RunTexts& texts, AppOptions& options) {
    if (!texts.windowed.empty()) {
        if (!parseSize(texts.windowed, options.window.width, options.window.height))
            return failed("--windowed \"" + texts.windowed + "\": expected WxH such as 1280x720");
        if (const std::string problem =
                screenSizeProblem(options.window.width, options.window.height);
            !problem.empty())
            return failed("--windowed: " + problem);
        options.window.windowed = true;
    }
    if (!texts.size.empty()) {
        if (!parseSize(texts.size, options.headless.width, options.headless.height))
            return failed("--size \"" + texts.size + "\": expected WxH such as 1920x1080");
        if (const std::string problem =
                screenSizeProblem(options.headless.width, options.headless.height);
            !problem.empty())
            return failed("--size: " + problem);
    }
    if (!texts.now.empty()) {
        options.wallClockAtStart = parseIsoMoment(texts.now);
        if (!options.wallClockAtStart)
            return failed("--now \"" + texts.now +
                          "\": expected a moment such as 2026-12-01T09:00:00+09:00");
    }
    if (!parseLanguageCode(texts.lang, options.language))
        return failed("--lang \"" + texts.lang + "\": expected ja, en, zh-Hans, zh-Hant or ko");
    std::string accessError;
    if (!parseAccessChoices(texts.access, options.access, accessError))
        return failed("--access: " + accessError);
    return {};
}

}  // namespace

OptionsOutcome parseOptions(int argc, char** argv, AppOptions& options) {
    CLI::App app{"Touch-screen kiosk for the Tokyo special wards' nationwide partnership project"};
    RunTexts texts;
    KioskConfig fromFlags;
    addRunOptions(app, options, texts);
    addSettingFlags(app, fromFlags);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return {true, app.exit(e)};
    }
    if (!loadConfigIntoOptions(app, fromFlags, options)) return {true, 2};
    // systemd's CacheDirectory= names the unit's cache folder in the environment.
    if (app.count("--font-cache") == 0)
        if (const char* cache = std::getenv("CACHE_DIRECTORY"); cache && *cache)
            options.fontCacheDir = std::string(cache) + "/fonts";
    if (options.printConfig) {
        std::printf("%s\n", configToJson(options.config).dump(2).c_str());
        return {true, 0};
    }
    return applyRunTexts(texts, options);
}

}  // namespace kiosk
