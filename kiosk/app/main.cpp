// The kiosk's entry point, in the order of Dear ImGui's GLFW/OpenGL3 example:
// options, content, ImGui context, display and backends, fonts; then the frame
// loop; then shutdown in reverse (destructors). Around it, the run's start and
// clean end are recorded for the crash-loop guard.
#include <imgui.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <future>
#include <memory>

#include "access_check.hpp"
#include "clean_stop.hpp"
#include "display.hpp"
#include "frame_renderer.hpp"
#include "gl_layer_cache.hpp"
#include "glyph_log.hpp"
#include "glyph_sampling.hpp"
#include "headless_render.hpp"
#include "images/picture_budget.hpp"
#include "imgui_renderer_start.hpp"
#include "interactive_loop.hpp"
#include "live_content.hpp"
#include "logging.hpp"
#include "options.hpp"
#include "pack_watcher.hpp"
#include "paint.hpp"
#include "picture.hpp"
#include "picture_service.hpp"
#include "preview_run.hpp"
#include "preview_tiles.hpp"
#include "process_memory.hpp"
#include "reload_soak.hpp"
#include "screen_benchmark.hpp"
#include "screens/attract_slides.hpp"
#include "screens/screen_registry.hpp"
#include "script_runner.hpp"
#include "shading_states.hpp"
#include "soak_runner.hpp"
#include "startup.hpp"

using namespace kiosk;

namespace {

struct ImGuiContextOwner {
    ImGuiContextOwner() {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // a kiosk keeps no window layout files
    }
    ~ImGuiContextOwner() { ImGui::DestroyContext(); }
};

// The pack and its fonts, made ready on a worker while the display opens.
struct Prepared {
    std::optional<Pack> pack;
    std::string dir;
    ui::LanguageFonts fonts;
    bool fontsBuilt = false;
    // --watch: the watcher, and the first load's problems for the screen.
    std::shared_ptr<PackWatcher> watcher;
    PackReload firstLoad;
};

// The fonts the kiosk starts with, into ImGui's atlas: the pack's first
// language's and those of the language it shows first (--lang), not every
// language's (a visitor's language gets its fonts when first chosen).
bool buildStartFonts(const Pack& pack, const AppOptions& options, float shortSide,
                     ui::LanguageFonts& fonts, int maxAtlasSide = 0) {
    return buildKioskFonts(pack, options, shortSide, fonts, maxAtlasSide, nullptr,
                           headlessTextScale(options),
                           fontLanguages(pack, startFontKey(pack, options)));
}

// --watch: the first load of the watched folder (a source is built first);
// the default pack, under the problems, when it has errors.
void startWatchingInto(Prepared& p, const AppOptions& options, const std::string& defaultDir,
                       float shortSide) {
    PackWatchSettings watch;
    watch.dir = p.dir;
    watch.geoDir = options.geoDir;
    watch.inlineLooks = options.headless.any();
    LiveContentSettings content;
    content.options = options;
    content.screenShortSide = shortSide > 0 ? shortSide : 1080.0f;
    WatchStart start = startWatching(watch, content);
    p.watcher = std::move(start.watcher);
    p.firstLoad = std::move(start.first);
    if (p.firstLoad.prepared) {
        p.pack = std::move(*p.firstLoad.prepared->pack);
        p.dir = p.firstLoad.prepared->dir;
        p.firstLoad.prepared.reset();
        return;
    }
    spdlog::warn("showing the default pack {} under the problems until they are fixed", defaultDir);
    p.pack = loadPackForKiosk(defaultDir);
    p.dir = defaultDir;
}

// Start-up: the pack loads and its fonts are rasterised on a worker while the
// caller finds the screen's size and opens the window and its GL context
// (about as long each under software rendering); ImGui is not touched by the
// caller until the worker is done. Font sizes follow the screen's short side,
// which the caller sends through `shortSide` (0: no screen, no fonts).
std::future<Prepared> prepareContent(const AppOptions& options, const std::string& packDir,
                                     const std::string& defaultDir, bool headless,
                                     std::future<float> shortSide) {
    return std::async(std::launch::async, [&options, packDir, defaultDir, headless,
                                           shortSide = std::move(shortSide)]() mutable {
        Prepared p;
        p.dir = packDir;
        if (options.watch) {
            const float side = shortSide.get();
            startWatchingInto(p, options, defaultDir, side);
            if (p.pack && side > 0) p.fontsBuilt = buildStartFonts(*p.pack, options, side, p.fonts);
            return p;
        }
        p.pack = loadPackForKiosk(p.dir);
        if (!p.pack && !headless && p.dir != defaultDir) {
            // A visitor should never face a blank screen: show the default
            // pack and leave the refusal in the log for staff.
            spdlog::warn("showing the default pack {} instead", defaultDir);
            p.pack = loadPackForKiosk(defaultDir);
            p.dir = defaultDir;
        }
        const float side = shortSide.get();
        if (p.pack && side > 0) p.fontsBuilt = buildStartFonts(*p.pack, options, side, p.fonts);
        return p;
    });
}

platform::DisplaySettings displaySettings(const AppOptions& options, bool headless) {
    platform::DisplaySettings settings;
    settings.fullscreen = !options.window.windowed && !headless;
    settings.hidden = headless;
    settings.width = headless ? 64 : options.window.width;
    settings.height = headless ? 64 : options.window.height;
    settings.partialPresent = !options.fullRedraw;
    platform::parseGlContextChoice(options.glContext, settings.glContext);  // a value CLI11 checked
    return settings;
}

// The size the kiosk lays out for: the primary monitor's in full screen,
// else the window's or the shots'. 0 when it may go on, else the exit status.
int findScreenSize(const AppOptions& options, const platform::DisplaySettings& settings,
                   bool headless, platform::FramebufferSize& screen) {
    screen = {options.headless.width, options.headless.height};
    if (!headless) screen = {options.window.width, options.window.height};
    if (!settings.fullscreen) return 0;
    std::string error;
    if (!platform::primaryScreenSize(screen, error)) {
        spdlog::error("{}", error);
        return 1;
    }
    if (const std::string problem = screenSizeProblem(screen.width, screen.height);
        !problem.empty()) {
        spdlog::error("the primary monitor: {}", problem);
        return 2;
    }
    return 0;
}

// The fonts were built while the window opened, before the GPU could say how
// large a texture it takes; one that takes less than the atlas came out gets
// the fonts again, capped to fit it. Then ImGui's backends start.
bool finishImGui(platform::Display& display, Prepared& prepared, const AppOptions& options,
                 float shortSide) {
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (std::max(atlas.TexWidth, atlas.TexHeight) > display.maxTextureSize() &&
        !buildStartFonts(*prepared.pack, options, shortSide, prepared.fonts,
                         display.maxTextureSize()))
        return false;
    std::string error;
    if (!display.startImGui(error)) {
        spdlog::error("{}", error);
        return false;
    }
    if (display.hasGl() && !platform::startImGuiRendererWithoutRgbaAtlas()) {
        spdlog::error("the ImGui OpenGL3 backend cannot make its shaders and buffers");
        return false;
    }
    display.setTitle(prepared.pack->manifest.title.in(options.language));
    ui::setGlyphSampling({&platform::smoothGlyphsCallback, &platform::crispGlyphsCallback});
    return true;
}

// The picture cache's budget: what the next slides need on this screen, or on
// each of the preview's kiosks, which share one cache.
uint64_t pictureBudget(const AppOptions& options, const platform::FramebufferSize& screen) {
    if (!options.preview) return pictureCacheBudget(screen.width, screen.height, ui::kSlideZoom);
    uint64_t budget = 0;
    for (const PreviewSize& size : previewSizes())
        budget += pictureCacheBudget(size.width, size.height, ui::kSlideZoom);
    return budget;
}

// Runs the mode the options ask for on the ready display; the exit status.
int runMode(platform::Display& display, Prepared& prepared, const AppOptions& options,
            const platform::FramebufferSize& screen, bool headless) {
    const float shortSide = float(std::min(screen.width, screen.height));
    PictureService pictures(display, headless, pictureBudget(options, screen));
    // Drawing that stays the same between frames (the map) kept as pictures.
    std::unique_ptr<platform::GlLayerCache> layers;
    if (display.hasGl()) layers = std::make_unique<platform::GlLayerCache>();
    const ui::LayerCacheScope layering(layers.get());
    // Pictures under a shade (the attract loop's) in one pass, not two.
    if (display.hasGl())
        ui::setShadedPictureCallbacks(
            {platform::shadedPictureOnCallback(), platform::shadedPictureOffCallback()});
    ui::GlyphWatch glyphs(logMissingGlyph);
    const ui::GlyphWatchScope watching(glyphs);
    LiveContentSettings live;
    live.options = options;
    live.images = &pictures.cache;
    live.glyphs = &glyphs;
    live.session.idleSeconds = options.config.session.idleSeconds;
    live.session.countdownSeconds = options.config.session.countdownSeconds;
    live.screenShortSide = shortSide;
    live.maxTextureSize = display.maxTextureSize();
    if (prepared.watcher) {
        // An author at work is no visitor who left: no return to the loop for an hour.
        live.session.idleSeconds = std::max(live.session.idleSeconds, 3600.0);
        if (!prepared.firstLoad.problems.all().empty())
            prepared.watcher->offer(std::move(prepared.firstLoad));
        live.watcher = std::move(prepared.watcher);
    }
    if (options.preview) return runPreview(display, std::move(*prepared.pack), live);
    std::unique_ptr<LiveContent> content =
        makeLiveContentWithFonts(std::move(*prepared.pack), prepared.dir, prepared.fonts, live);
    if (!content) return 1;
    KioskApp& app = *content->app;
    const HeadlessOptions& run = options.headless;
    if (run.benchFrames > 0) return runScreenBenchmark(display, app, *content->pack, options);
    if (!run.scriptPath.empty()) return runSessionScript(display, std::move(content), live);
    if (run.reloadSoak > 0) return runReloadSoak(display, std::move(content), live, run.reloadSoak);
    if (run.soakHours > 0) return runSoak(display, app, *content->pack, options, &pictures.cache);
    if (!run.screenshotPath.empty()) {
        if (auto first = live.watcher ? live.watcher->takeReady() : std::nullopt)
            app.setPackProblems(problemsView(*first));
        return failOnMissingGlyphs(renderScreenshot(display, app, *content->pack, options), glyphs,
                                   run.screenshotPath);
    }
    return runInteractive(display, std::move(content), live);
}

// Opens the display and shows `packDir` (the default pack when it fails) in the
// mode the options ask for, until it ends; the exit status.
int showKiosk(const AppOptions& options, const std::string& packDir,
              const std::string& defaultDir) {
    const bool headless = options.headless.any();
    // Created before the pack's fonts are built into its atlas.
    ImGuiContextOwner imgui;
    const platform::DisplaySettings settings = displaySettings(options, headless);
    std::promise<float> shortSideKnown;
    std::future<Prepared> preparing =
        prepareContent(options, packDir, defaultDir, headless, shortSideKnown.get_future());
    platform::FramebufferSize screen;
    if (const int status = findScreenSize(options, settings, headless, screen); status != 0) {
        shortSideKnown.set_value(0.0f);
        return status;
    }
    const float shortSide = float(std::min(screen.width, screen.height));
    shortSideKnown.set_value(shortSide);
    platform::DisplayOpenFailure failure;
    auto display = platform::Display::open(settings, failure);
    Prepared prepared = preparing.get();
    if (!display) {
        spdlog::error("{}", failure.message);
        return failure.exitStatus;
    }
    if (!prepared.pack || !prepared.fontsBuilt) return 1;
    if (!finishImGui(*display, prepared, options, shortSide)) return 1;
    return runMode(*display, prepared, options, screen, headless);
}

// --screen and --start-screen name registered screens; 0, or exit status 2.
int checkScreenArguments(const AppOptions& options) {
    const std::string& screen = options.headless.screen;
    if (!isScreenArgument(screen) && !(options.headless.benchFrames > 0 && screen == "all")) {
        std::string names;
        for (const auto& n : ui::screenNames()) names += (names.empty() ? "" : ", ") + n;
        spdlog::error("--screen \"{}\": expected one of {}", screen, names);
        return 2;
    }
    if (!options.startScreen.empty() && !isScreenArgument(options.startScreen)) {
        spdlog::error("--start-screen \"{}\": not a screen (see --screen)", options.startScreen);
        return 2;
    }
    return 0;
}

// The pack folder to show: the state folder's current pack when there is one
// (recording this run's start in `cleanEnd`), else --pack, else the default.
std::string packDirToShow(const AppOptions& options, const std::string& defaultDir,
                          CleanEndRecord& cleanEnd) {
    const PacksConfig& packs = options.config.packs;
    if (packs.stateDir.empty()) return packs.packDir.empty() ? defaultDir : packs.packDir;
    StateStart start = startFromState(options);
    cleanEnd = std::move(start.cleanEnd);
    if (!start.packDir.empty()) return start.packDir;
    spdlog::error("no installed pack passes; showing the default pack");
    return defaultDir;
}

}  // namespace

int main(int argc, char** argv) {
    // Before any thread starts: pictures, textures and the font atlas's
    // pixels go back to the system when freed (process_memory.hpp).
    platform::configureHeap({});
    startLogging();
    AppOptions options;
    if (const OptionsOutcome outcome = parseOptions(argc, argv, options); outcome.exitNow)
        return outcome.exitCode;
    configureLogging(options.config.log);
    if (const int status = checkScreenArguments(options); status != 0) return status;
    const std::string defaultDir = defaultPackDir();
    if (options.checkAccess) {
        const std::string& pack = options.config.packs.packDir;
        return runAccessCheck(options, pack.empty() ? defaultDir : pack);
    }
    CleanEndRecord cleanEnd;  // this run's, when it runs from a state folder
    const std::string packDir = packDirToShow(options, defaultDir, cleanEnd);
    CleanStop cleanStop(std::move(cleanEnd));
    const int status = showKiosk(options, packDir, defaultDir);
    cleanStop.leaving(status);
    return status;
}
