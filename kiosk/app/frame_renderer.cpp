#include "frame_renderer.hpp"

#include <imgui.h>

#include <spdlog/spdlog.h>

#include <algorithm>

#include "display.hpp"
#include "input/screen_rotation.hpp"
#include "kiosk_app.hpp"
#include "layer_cache.hpp"
#include "offscreen_target.hpp"
#include "options.hpp"

namespace kiosk {

std::unique_ptr<platform::OffscreenTarget> createShotTarget(const AppOptions& options) {
    std::string error;
    auto target =
        platform::OffscreenTarget::create(options.headless.width, options.headless.height, error);
    if (!target) spdlog::error("{}", error);
    return target;
}

namespace {

// Turns the finished frame's geometry onto a panel mounted turned: every
// vertex and clip rectangle goes through the rotation (right angles keep clip
// rectangles axis-aligned), so the turned picture costs nothing extra to draw.
void turnDrawData(ImDrawData& data, const ScreenRotation& rotation) {
    const auto turn = [&](float x, float y) {
        const Point p = rotation.toPanel({x, y});
        return ImVec2(p.x, p.y);
    };
    for (int i = 0; i < data.CmdListsCount; ++i) {
        ImDrawList* list = data.CmdLists[i];
        for (ImDrawVert& v : list->VtxBuffer) v.pos = turn(v.pos.x, v.pos.y);
        for (ImDrawCmd& cmd : list->CmdBuffer) {
            const ImVec2 a = turn(cmd.ClipRect.x, cmd.ClipRect.y);
            const ImVec2 b = turn(cmd.ClipRect.z, cmd.ClipRect.w);
            cmd.ClipRect = ImVec4(std::min(a.x, b.x), std::min(a.y, b.y), std::max(a.x, b.x),
                                  std::max(a.y, b.y));
        }
    }
    data.DisplayPos = ImVec2(0, 0);
    data.DisplaySize = ImVec2(rotation.panelWidth, rotation.panelHeight);
}

}  // namespace

void buildFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                int rotationDegrees) {
    const ScreenRotation rotation{rotationDegrees, float(width), float(height)};
    display.beginFrame();
    ImGuiIO& io = ImGui::GetIO();
    // The screen is what we render into, not necessarily the window; on a
    // turned panel the kiosk lays out in the turned size.
    io.DisplaySize = ImVec2(rotation.contentWidth(), rotation.contentHeight());
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    app.drawFrame(now, Rect{0, 0, rotation.contentWidth(), rotation.contentHeight()});
    if (ui::LayerCache* layers = ui::layerCache()) layers->frameBuilt();
    ImGui::Render();
    if (rotation.turned()) turnDrawData(*ImGui::GetDrawData(), rotation);
}

void renderFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                 uint32_t background, platform::OffscreenTarget* target, int rotationDegrees) {
    buildFrame(display, app, now, width, height, rotationDegrees);
    if (target)
        target->bind();
    else
        display.bindWindowFramebuffer();
    display.renderDrawData(width, height, background);
    // A frame drawn offscreen is never swapped; finishing it stands in for the swap.
    if (target) target->finishFrame();
}

}  // namespace kiosk
