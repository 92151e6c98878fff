// The draw lists keep buffers the size of the largest frame they drew (the
// attract loop's map); releaseDrawListMemory gives them back between frames,
// and the next frame draws as before.
#include <catch2/catch.hpp>

#include <imgui.h>

#include "draw_list_memory.hpp"
#include "layer_cache.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

constexpr int kManyRects = 50000;  // 200,000 vertices, as a country-wide map

void fill(ImDrawList& list, int rects) {
    for (int i = 0; i < rects; ++i) {
        const float x = float(i % 800);
        list.AddRectFilled(ImVec2(x, 0), ImVec2(x + 1, 10), IM_COL32_WHITE);
    }
}

// One frame of a full-screen window with `rects` rectangles in it; its list.
ImDrawList* frame(int rects) {
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration);
    ImDrawList* list = ImGui::GetWindowDrawList();
    fill(*list, rects);
    ImGui::End();
    ImGui::Render();
    return list;
}

struct FrameImGui {
    test::ScopedImGui imgui;
    FrameImGui() {
        ImGuiIO& io = ImGui::GetIO();
        io.Fonts->AddFontDefault();
        io.Fonts->Build();
        io.DisplaySize = ImVec2(800, 600);
        // As the OpenGL 3 renderer: lists past 65,536 vertices (16-bit indices).
        io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;
    }
};

}  // namespace

TEST_CASE("a window's draw list gives back what a large frame grew it to, and draws on") {
    FrameImGui imgui;
    ImDrawList* list = frame(kManyRects);
    REQUIRE(list->VtxBuffer.Capacity >= 4 * kManyRects);
    frame(10);
    // A small frame keeps the large one's buffers: what there is to give back.
    REQUIRE(list->VtxBuffer.Capacity >= 4 * kManyRects);
    ui::releaseDrawListMemory();
    CHECK(list->VtxBuffer.Capacity == 0);
    CHECK(list->IdxBuffer.Capacity == 0);
    ImDrawList* again = frame(10);
    CHECK(again == list);
    CHECK(again->VtxBuffer.Size >= 40);
    CHECK(again->VtxBuffer.Capacity < 4 * kManyRects);
    CHECK(ImGui::GetDrawData()->TotalVtxCount == again->VtxBuffer.Size);
}

TEST_CASE("the layers' scratch lists are given back too, and the next layer gets a fresh one") {
    FrameImGui imgui;
    ImGui::NewFrame();
    {
        const ui::LayerDrawList layer(false);
        layer.reset(ImVec2(800, 600));
        fill(layer.list(), kManyRects);
        REQUIRE(layer.list().VtxBuffer.Capacity >= 4 * kManyRects);
    }
    ImGui::EndFrame();
    ui::releaseDrawListMemory();
    ImGui::NewFrame();
    {
        const ui::LayerDrawList layer(false);
        layer.reset(ImVec2(800, 600));
        fill(layer.list(), 10);
        CHECK(layer.list().VtxBuffer.Size == 40);
        CHECK(layer.list().VtxBuffer.Capacity < 4 * kManyRects);
    }
    ImGui::EndFrame();
}

TEST_CASE("a scratch list in use is kept: a layer is being drawn") {
    FrameImGui imgui;
    ImGui::NewFrame();
    const ui::LayerDrawList layer(false);
    layer.reset(ImVec2(800, 600));
    fill(layer.list(), 100);
    ui::releaseLayerScratch();
    CHECK(layer.list().VtxBuffer.Size == 400);
    ImGui::EndFrame();
}
