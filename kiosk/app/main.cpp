// The kiosk's entry point, in the order of Dear ImGui's GLFW/OpenGL3 example:
// options, content, ImGui context, display and backends, fonts; then the frame
// loop; then shutdown in reverse (destructors).
#include <imgui.h>

#include <cstdio>

#include "display.hpp"
#include "headless_render.hpp"
#include "options.hpp"
#include "process_clock.hpp"
#include "screen_registry.hpp"
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

}  // namespace

int main(int argc, char** argv) {
    AppOptions options;
    if (const OptionsOutcome outcome = parseOptions(argc, argv, options); outcome.exitNow)
        return outcome.exitCode;
    const ScreenEntry* screen = findScreen(options.screen);
    if (!screen) {
        std::fprintf(stderr, "kiosk: --screen \"%s\": expected one of %s\n", options.screen.c_str(),
                     screenNames().c_str());
        return 2;
    }
    const bool headless = !options.screenshotPath.empty();
    const std::string defaultDir = defaultPackDir(argv[0]);
    const std::string packDir = options.packDir.empty() ? defaultDir : options.packDir;
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

    if (headless) return renderScreenshot(*display, *pack, options, *screen, fonts);

    const double shownAt = display->seconds();
    bool firstFrame = true;
    while (!display->closeRequested()) {
        display->pollEvents();
        display->beginFrame();
        ImGui::NewFrame();
        screen->draw(ScreenContext{&*pack, options.language, display->seconds() - shownAt}, fonts);
        ImGui::Render();
        const platform::FramebufferSize size = display->framebufferSize();
        display->renderDrawData(size.width, size.height, pack->theme.background);
        display->present();
        if (firstFrame) {
            firstFrame = false;
            std::fprintf(stderr, "kiosk: first frame presented %.0f ms after process start, peak memory %ld KiB\n",
                         platform::secondsSinceProcessStart() * 1000.0, platform::peakResidentKiB());
            if (options.quitAfterFirstFrame) break;
        }
    }
    return 0;
}
