// A map texture shown by the runs of the tiles its drawing reaches: which
// tiles a draw list reaches, and the quads that show them.
#include <catch2/catch.hpp>

#include <cmath>

#include "drawn_tiles.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

void reset(ImDrawList& list, ImVec2 size) {
    list._ResetForNewFrame();
    list.PushTextureID(ImTextureID(intptr_t(1)));
    list.PushClipRect(ImVec2(0, 0), size);
}

}  // namespace

TEST_CASE("the tiles a drawing reaches are covered, two pixels around it included") {
    test::ScopedImGui imgui;
    ImDrawList list(ImGui::GetDrawListSharedData());
    reset(list, ImVec2(256, 128));
    list.AddRectFilled(ImVec2(40, 10), ImVec2(60, 20), IM_COL32(200, 30, 30, 255));
    TileCoverage tiles(256, 128, 32);
    ui::markDrawnTiles(list, tiles);
    CHECK(tiles.covered(1, 0));  // 38..62 x 8..22 lies in the tile at column 1, row 0
    CHECK_FALSE(tiles.covered(0, 0));
    CHECK_FALSE(tiles.covered(2, 0));
    CHECK_FALSE(tiles.covered(1, 1));
    CHECK(tiles.runs().size() == 1);

    // A shape two pixels short of the next tile reaches into it: a linear
    // sample there could read its edge.
    reset(list, ImVec2(256, 128));
    list.AddRectFilled(ImVec2(70, 40), ImVec2(93.5f, 50), IM_COL32(0, 0, 0, 255));
    TileCoverage edge(256, 128, 32);
    ui::markDrawnTiles(list, edge);
    CHECK(edge.covered(2, 1));
    CHECK_FALSE(edge.covered(3, 1));
    list.AddRectFilled(ImVec2(70, 40), ImVec2(94.5f, 50), IM_COL32(0, 0, 0, 255));
    ui::markDrawnTiles(list, edge);
    CHECK(edge.covered(3, 1));
    CHECK_FALSE(edge.covered(1, 1));
}

TEST_CASE("a drawing is covered only within its clip rectangle, as it is rendered") {
    test::ScopedImGui imgui;
    ImDrawList list(ImGui::GetDrawListSharedData());
    reset(list, ImVec2(256, 128));
    list.PushClipRect(ImVec2(0, 0), ImVec2(64, 64));  // a strip of the picture
    list.AddRectFilled(ImVec2(10, 10), ImVec2(250, 120), IM_COL32(0, 0, 0, 255));
    list.PopClipRect();
    list.AddCallback(ImDrawCallback_ResetRenderState, nullptr);  // no triangles
    TileCoverage tiles(256, 128, 32);
    ui::markDrawnTiles(list, tiles);
    CHECK(tiles.covered(0, 0));
    CHECK(tiles.covered(1, 1));
    CHECK(tiles.covered(2, 2));  // 64 + 2
    CHECK_FALSE(tiles.covered(3, 0));
    CHECK_FALSE(tiles.covered(0, 3));
}

TEST_CASE("the runs show the texture where one quad would, and meet without gaps") {
    test::ScopedImGui imgui;
    TileCoverage tiles(100, 70, 32);  // 4 x 3 tiles, the last of each partly outside
    tiles.mark(0, 0, 40, 10);         // row 0: columns 0..1
    tiles.mark(70, 5, 100, 10);       // row 0: columns 2..3
    tiles.mark(40, 66, 60, 70);       // row 2: column 1
    const Rect at{10, 20, 200, 140};  // shown twice its size
    ImDrawList list(ImGui::GetDrawListSharedData());
    reset(list, ImVec2(400, 400));
    ui::addTextureRuns(list, ImTextureID(intptr_t(7)), at, tiles);
    REQUIRE(list.VtxBuffer.Size == 2 * 4);  // row 0 in one run, row 2 in another
    for (const ImDrawVert& vertex : list.VtxBuffer) {
        // Where the whole quad (uv 0,1 at its top left, 1,0 at its bottom right)
        // would put the same texel.
        CHECK(vertex.uv.x == Approx((vertex.pos.x - at.x) / at.w).margin(1e-6));
        CHECK(vertex.uv.y == Approx(1.0f - (vertex.pos.y - at.y) / at.h).margin(1e-6));
        CHECK(vertex.pos.x >= at.x);
        CHECK(vertex.pos.x <= at.right());
        CHECK(vertex.pos.y <= at.bottom());
    }
    // Row 0 reaches the right edge exactly (the picture's last column, not the
    // tile's), row 2 the bottom edge.
    const ImDrawVert& rowZeroBottomRight = list.VtxBuffer[2];
    CHECK(rowZeroBottomRight.pos.x == at.right());
    CHECK(rowZeroBottomRight.pos.y == at.y + 32 * 2.0f);
    CHECK(list.VtxBuffer[6].pos.y == at.bottom());
}

TEST_CASE("runs in the rows above and below share their edges to the bit") {
    test::ScopedImGui imgui;
    TileCoverage tiles(300, 200, 32);
    tiles.mark(0, 0, 300, 200);
    const Rect at{13.37f, 7.77f, 451.3f, 299.9f};  // scaled by an awkward factor
    ImDrawList list(ImGui::GetDrawListSharedData());
    reset(list, ImVec2(600, 400));
    ui::addTextureRuns(list, ImTextureID(intptr_t(7)), at, tiles);
    REQUIRE(list.VtxBuffer.Size == tiles.rows() * 4);
    for (int row = 0; row + 1 < tiles.rows(); ++row) {
        const float bottom = list.VtxBuffer[row * 4 + 2].pos.y;
        const float nextTop = list.VtxBuffer[(row + 1) * 4].pos.y;
        CHECK(bottom == nextTop);
    }
}
