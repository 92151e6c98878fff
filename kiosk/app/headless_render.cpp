#include "headless_render.hpp"

#include <spdlog/spdlog.h>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "offscreen_target.hpp"
#include "screens/screen_registry.hpp"

namespace kiosk {

bool isScreenArgument(const std::string& text) {
    const auto screen = parseScreenRef(text);
    return screen && ui::screenEntry(screen->id).create != nullptr;
}

ScreenRef resolveScreenArgument(const std::string& text, const Pack& pack) {
    if (!isScreenArgument(text)) return {ScreenId::Home, {}};
    ScreenRef screen = *parseScreenRef(text);
    if (screen.id == ScreenId::Event && screen.param.empty()) {
        // Without an id, show the first highlighted event.
        for (const auto& e : pack.events)
            if (e.highlight && screen.param.empty()) screen.param = e.id;
    }
    return screen;
}

float headlessTextScale(const AppOptions& options) {
    return options.headless.screenshotPath.empty() ? 1.0f
                                                   : float(textScale(options.access.textSize));
}

int renderScreenshot(platform::Display& display, KioskApp& app, const Pack& pack,
                     const AppOptions& options) {
    auto target = createShotTarget(options);
    if (!target) return 1;
    std::string error;
    const ScreenRef screen = resolveScreenArgument(options.headless.screen, pack);
    app.showScreen(screen, options.language, 0.0, options.access);
    // The clock is simulated, so the picture never depends on the machine's
    // speed: frames at 20 Hz (state is frame-rate independent) until it has settled.
    const double settle = app.settleSeconds();
    for (double t = 0.0; t < settle; t += 1.0 / 20.0)
        renderFrame(display, app, t, options.headless.width, options.headless.height,
                    app.background(), target.get(), options.config.display.rotation);
    renderFrame(display, app, settle, options.headless.width, options.headless.height,
                app.background(), target.get(), options.config.display.rotation);
    const auto pixels = target->readRgba();
    display.bindWindowFramebuffer();
    if (!platform::writePng(options.headless.screenshotPath, options.headless.width,
                            options.headless.height, pixels, error)) {
        spdlog::error("{}", error);
        return 1;
    }
    return 0;
}

}  // namespace kiosk
