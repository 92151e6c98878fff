// The kiosk's entry point, in the order of Dear ImGui's GLFW/OpenGL3 example:
// options, content, ImGui context, display and backends, fonts; then the frame
// loop; then shutdown in reverse (destructors).
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "headless_render.hpp"
#include "kiosk_app.hpp"
#include "kiosk_sound.hpp"
#include "options.hpp"
#include "picture_service.hpp"
#include "process_clock.hpp"
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

PointerEvent toPointerEvent(const platform::PointerSample& s) {
    const PointerEvent::Type type =
        s.kind == platform::PointerSample::Kind::Down ? PointerEvent::Type::Down
        : s.kind == platform::PointerSample::Kind::Up ? PointerEvent::Type::Up
                                                      : PointerEvent::Type::Move;
    return {type, {s.x, s.y}, s.time};
}

int runInteractive(platform::Display& display, KioskApp& app, const Pack& pack,
                   const AppOptions& options) {
    app.start(display.seconds());
    // Sound opens and loads on its own thread; until it is ready, and for good
    // without a device, the kiosk runs silently.
    KioskSound sound(platform::openSdlAudio(soundFilesFor(pack)), soundSettingsFrom(options));
    sound.start(display.seconds());
    bool firstFrame = true;
    while (!display.closeRequested()) {
        for (const auto& sample : display.takePointerSamples())
            app.onPointer(toPointerEvent(sample));
        const double now = display.seconds();
        sound.frame(app, pack, now);
        const platform::FramebufferSize size = display.framebufferSize();
        renderFrame(display, app, now, size.width, size.height, pack.theme.background, nullptr);
        display.present();
        if (firstFrame) {
            firstFrame = false;
            std::fprintf(
                stderr,
                "kiosk: first frame presented %.0f ms after process start, peak memory %ld KiB\n",
                platform::secondsSinceProcessStart() * 1000.0, platform::peakResidentKiB());
            markPackGood(options);  // it loaded and shows: the state's last-good follows it
            if (options.quitAfterFirstFrame) break;
        }
        // Render on demand: when nothing moves, sleep until input or the next
        // timed change (idle question, countdown).
        if (app.animating(display.seconds()))
            display.pollEvents();
        else
            display.waitEvents(
                std::clamp(app.secondsUntilNextChange(display.seconds()), 0.01, 1.0));
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    AppOptions options;
    if (const OptionsOutcome outcome = parseOptions(argc, argv, options); outcome.exitNow)
        return outcome.exitCode;
    const ScreenRef requested = parseScreenArgument(options.screen);
    if (!ui::isScreenName(requested.name) &&
        !(options.benchFrames > 0 && options.screen == "all")) {
        std::string names;
        for (const auto& n : ui::screenNames()) names += (names.empty() ? "" : ", ") + n;
        std::fprintf(stderr, "kiosk: --screen \"%s\": expected one of %s\n", options.screen.c_str(),
                     names.c_str());
        return 2;
    }
    const bool headless =
        !options.screenshotPath.empty() || !options.scriptPath.empty() || options.benchFrames > 0 ||
        options.soakHours > 0;
    const std::string defaultDir = defaultPackDir(argv[0]);
    std::string packDir = options.packDir.empty() ? defaultDir : options.packDir;
    if (!options.stateDir.empty()) {
        packDir = packDirFromState(options);
        if (packDir.empty()) {
            std::fprintf(stderr, "kiosk: no installed pack passes; showing the default pack\n");
            packDir = defaultDir;
        }
    }
    std::optional<Pack> pack = loadPackForKiosk(packDir);
    if (!pack && !headless && packDir != defaultDir) {
        // A visitor should never face a blank screen: show the default pack and
        // leave the refusal in the log for staff.
        std::fprintf(stderr, "kiosk: showing the default pack %s instead\n", defaultDir.c_str());
        pack = loadPackForKiosk(defaultDir);
    }
    if (!pack) return 1;

    ImGuiContextOwner imgui;
    platform::DisplaySettings settings;
    settings.fullscreen = !options.windowed && !headless;
    settings.hidden = headless;
    settings.width = headless ? 64 : options.windowWidth;
    settings.height = headless ? 64 : options.windowHeight;
    settings.title = pack->manifest.title.in(options.language);
    std::string error;
    auto display = platform::Display::open(settings, error);
    if (!display) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 1;
    }

    const platform::FramebufferSize fb = display->framebufferSize();
    const float shortSide = headless ? float(std::min(options.shotWidth, options.shotHeight))
                                     : float(std::min(fb.width, fb.height));
    ui::Fonts fonts;
    if (!buildKioskFonts(*pack, options, shortSide, fonts)) return 1;

    SessionSettings session;
    session.idleSeconds = options.idleSeconds;
    session.countdownSeconds = options.countdownSeconds;
    PictureService pictures(headless);
    KioskApp app(*pack, fonts, session, shortSide);
    app.setImages(&pictures.cache);
    if (options.benchFrames > 0) return runScreenBenchmark(*display, app, *pack, options);
    if (!options.scriptPath.empty()) return runSessionScript(*display, app, *pack, options);
    if (options.soakHours > 0) return runSoak(*display, app, *pack, options);
    if (!options.screenshotPath.empty()) return renderScreenshot(*display, app, *pack, options);
    return runInteractive(*display, app, *pack, options);
}
