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

#include "clean_stop.hpp"
#include "display.hpp"
#include "frame_renderer.hpp"
#include "glyph_sampling.hpp"
#include "headless_render.hpp"
#include "interactive_loop.hpp"
#include "live_content.hpp"
#include "logging.hpp"
#include "options.hpp"
#include "paint.hpp"
#include "picture_service.hpp"
#include "screen_benchmark.hpp"
#include "screens/screen_registry.hpp"
#include "script_runner.hpp"
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

// Opens the display and shows `packDir` (the default pack when it fails) in the
// mode the options ask for, until it ends; the exit status.
int showKiosk(const AppOptions& options, const std::string& packDir,
              const std::string& defaultDir, bool headless) {
    // Created before the pack's fonts are built into its atlas (below).
    ImGuiContextOwner imgui;
    platform::DisplaySettings settings;
    settings.fullscreen = !options.windowed && !headless;
    settings.hidden = headless;
    settings.width = headless ? 64 : options.windowWidth;
    settings.height = headless ? 64 : options.windowHeight;
    settings.partialPresent = !options.fullRedraw;
    // Start-up: the pack loads and its fonts are rasterised on a worker while
    // this thread finds the screen's size and opens the window and its GL
    // context (about as long each under software rendering); ImGui is not
    // touched here until the worker is done.
    struct Prepared {
        std::optional<Pack> pack;
        std::string dir;
        ui::Fonts fonts;
        bool fontsBuilt = false;
    };
    // Font sizes follow the screen's short side (0: no screen, no fonts).
    std::promise<float> shortSideKnown;
    std::future<Prepared> preparing =
        std::async(std::launch::async, [&, shortSide = shortSideKnown.get_future()]() mutable {
            Prepared p;
            p.dir = packDir;
            p.pack = loadPackForKiosk(p.dir);
            if (!p.pack && !headless && p.dir != defaultDir) {
                // A visitor should never face a blank screen: show the default
                // pack and leave the refusal in the log for staff.
                spdlog::warn("showing the default pack {} instead", defaultDir);
                p.pack = loadPackForKiosk(defaultDir);
                p.dir = defaultDir;
            }
            const float side = shortSide.get();
            if (p.pack && side > 0) p.fontsBuilt = buildKioskFonts(*p.pack, options, side, p.fonts);
            return p;
        });
    std::string error;
    platform::FramebufferSize screen{options.shotWidth, options.shotHeight};
    if (!headless) screen = {options.windowWidth, options.windowHeight};
    if (settings.fullscreen && !platform::primaryScreenSize(screen, error)) {
        spdlog::error("{}", error);
        shortSideKnown.set_value(0.0f);
        return 1;
    }
    if (const std::string problem = screenSizeProblem(screen.width, screen.height);
        settings.fullscreen && !problem.empty()) {
        spdlog::error("the primary monitor: {}", problem);
        shortSideKnown.set_value(0.0f);
        return 2;
    }
    const float shortSide = float(std::min(screen.width, screen.height));
    shortSideKnown.set_value(shortSide);
    auto display = platform::Display::open(settings, error);
    Prepared prepared = preparing.get();
    if (!display) {
        spdlog::error("{}", error);
        return 1;
    }
    if (!prepared.pack || !prepared.fontsBuilt) return 1;
    // The fonts were built while the window opened, before the GPU could say
    // how large a texture it takes; one that takes less than the atlas came
    // out gets the fonts again, capped to fit it.
    const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    if (std::max(atlas.TexWidth, atlas.TexHeight) > display->maxTextureSize() &&
        !buildKioskFonts(*prepared.pack, options, shortSide, prepared.fonts,
                         display->maxTextureSize()))
        return 1;
    if (!display->startImGui(error)) {
        spdlog::error("{}", error);
        return 1;
    }
    display->setTitle(prepared.pack->manifest.title.in(options.language));
    ui::setGlyphSampling({&platform::smoothGlyphsCallback, &platform::crispGlyphsCallback});

    PictureService pictures(*display, headless);
    LiveContentSettings live;
    live.options = options;
    live.images = &pictures.cache;
    live.session.idleSeconds = options.idleSeconds;
    live.session.countdownSeconds = options.countdownSeconds;
    live.screenShortSide = shortSide;
    live.maxTextureSize = display->maxTextureSize();
    std::unique_ptr<LiveContent> content =
        makeLiveContentWithFonts(std::move(*prepared.pack), prepared.dir, prepared.fonts, live);
    if (!content) return 1;
    KioskApp& app = *content->app;
    if (options.benchFrames > 0) return runScreenBenchmark(*display, app, *content->pack, options);
    if (!options.scriptPath.empty()) return runSessionScript(*display, std::move(content), live);
    if (options.soakHours > 0)
        return runSoak(*display, app, *content->pack, options, &pictures.cache);
    if (!options.screenshotPath.empty())
        return renderScreenshot(*display, app, *content->pack, options);
    return runInteractive(*display, std::move(content), live);
}

}  // namespace

int main(int argc, char** argv) {
    startLogging();
    AppOptions options;
    if (const OptionsOutcome outcome = parseOptions(argc, argv, options); outcome.exitNow)
        return outcome.exitCode;
    configureLogging(options.config.log);
    const ScreenRef requested = parseScreenArgument(options.screen);
    if (!ui::isScreenName(requested.name) &&
        !(options.benchFrames > 0 && options.screen == "all")) {
        std::string names;
        for (const auto& n : ui::screenNames()) names += (names.empty() ? "" : ", ") + n;
        spdlog::error("--screen \"{}\": expected one of {}", options.screen, names);
        return 2;
    }
    if (!options.startScreen.empty() &&
        !ui::isScreenName(parseScreenArgument(options.startScreen).name)) {
        spdlog::error("--start-screen \"{}\": not a screen (see --screen)", options.startScreen);
        return 2;
    }
    const bool headless = !options.screenshotPath.empty() || !options.scriptPath.empty() ||
                          options.benchFrames > 0 || options.soakHours > 0;
    const std::string defaultDir = defaultPackDir();
    std::string packDir = options.packDir.empty() ? defaultDir : options.packDir;
    CleanEndRecord cleanEnd;  // this run's, when it runs from a state folder
    if (!options.stateDir.empty()) {
        StateStart start = startFromState(options);
        packDir = start.packDir;
        cleanEnd = std::move(start.cleanEnd);
        if (packDir.empty()) {
            spdlog::error("no installed pack passes; showing the default pack");
            packDir = defaultDir;
        }
    }
    CleanStop cleanStop(std::move(cleanEnd));
    const int status = showKiosk(options, packDir, defaultDir, headless);
    cleanStop.leaving(status);
    return status;
}
