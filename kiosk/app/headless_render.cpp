#include "headless_render.hpp"

#include <imgui.h>

#include <cstdio>

#include "display.hpp"
#include "offscreen_target.hpp"

namespace kiosk {

int renderScreenshot(platform::Display& display, const Pack& pack, const AppOptions& options,
                     const ScreenEntry& screen, const ui::Fonts& fonts) {
    std::string error;
    auto target = platform::OffscreenTarget::create(options.shotWidth, options.shotHeight, error);
    if (!target) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 1;
    }
    ImGuiIO& io = ImGui::GetIO();
    // Two frames: ImGui lays windows out on the first and draws them settled on
    // the second. The clock is simulated, so the picture never depends on speed.
    const double times[] = {0.0, screen.settleSeconds + 1.0};
    for (double t : times) {
        display.beginFrame();
        io.DisplaySize = ImVec2(float(options.shotWidth), float(options.shotHeight));
        io.DisplayFramebufferScale = ImVec2(1, 1);
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        screen.draw(ScreenContext{&pack, options.language, t}, fonts);
        ImGui::Render();
        target->bind();
        display.renderDrawData(options.shotWidth, options.shotHeight, pack.theme.background);
    }
    const auto pixels = target->readRgba();
    display.bindWindowFramebuffer();
    if (!platform::writePng(options.screenshotPath, options.shotWidth, options.shotHeight, pixels, error)) {
        std::fprintf(stderr, "kiosk: %s\n", error.c_str());
        return 1;
    }
    return 0;
}

}  // namespace kiosk
