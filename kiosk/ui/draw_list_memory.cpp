#include "draw_list_memory.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "layer_cache.hpp"

namespace kiosk::ui {

void releaseDrawListMemory() {
    releaseLayerScratch();
    ImGuiContext* context = ImGui::GetCurrentContext();
    if (!context) return;
    // ImGui 1.86 keeps no public list of its windows' draw lists; each one is
    // reset (and regrown) by the window's next Begin.
    for (ImGuiWindow* window : context->Windows) window->DrawList->_ClearFreeMemory();
    for (ImGuiViewportP* viewport : context->Viewports)
        for (ImDrawList* list : viewport->DrawLists)
            if (list) list->_ClearFreeMemory();
}

}  // namespace kiosk::ui
