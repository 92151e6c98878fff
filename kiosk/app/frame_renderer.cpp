#include "frame_renderer.hpp"

#include <imgui.h>

#include <spdlog/spdlog.h>

#include "display.hpp"
#include "kiosk_app.hpp"
#include "offscreen_target.hpp"
#include "options.hpp"

namespace kiosk {

std::unique_ptr<platform::OffscreenTarget> createShotTarget(const AppOptions& options) {
    std::string error;
    auto target = platform::OffscreenTarget::create(options.shotWidth, options.shotHeight, error);
    if (!target) spdlog::error("{}", error);
    return target;
}

void renderFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                 uint32_t background, platform::OffscreenTarget* target) {
    display.beginFrame();
    ImGuiIO& io = ImGui::GetIO();
    // The screen is what we render into, not necessarily the window.
    io.DisplaySize = ImVec2(float(width), float(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    app.drawFrame(now, Rect{0, 0, float(width), float(height)});
    ImGui::Render();
    if (target)
        target->bind();
    else
        display.bindWindowFramebuffer();
    display.renderDrawData(width, height, background);
}

}  // namespace kiosk
