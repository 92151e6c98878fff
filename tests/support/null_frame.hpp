#pragma once
// One ImGui frame on a NullDisplay, as the kiosk's frame renderer makes it
// (display frame, size, NewFrame, drawing, Render, render and present).
#include <imgui.h>

#include "display_null.hpp"

namespace kiosk::test {

// Draws one frame of `width` x `height` whose content `draw` adds; what the
// display saw of it.
template <class Draw>
platform::DrawTotals drawNullFrame(platform::NullDisplay& display, int width, int height,
                                   Draw&& draw) {
    display.beginFrame();
    ImGui::GetIO().DisplaySize = ImVec2(float(width), float(height));
    ImGui::NewFrame();
    draw();
    ImGui::Render();
    display.renderDrawData(width, height, 0);
    display.present();
    return display.lastDrawn();
}

}  // namespace kiosk::test
