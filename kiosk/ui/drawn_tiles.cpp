#include "drawn_tiles.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {
// Linear sampling reads a texel on either side of where a pixel lands; one
// more for rounding.
constexpr float kSampleReach = 2.0f;
}  // namespace

void markDrawnTiles(const ImDrawList& list, TileCoverage& tiles) {
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
        if (cmd.UserCallback || cmd.ElemCount == 0) continue;
        const ImVec4& clip = cmd.ClipRect;
        const unsigned end = cmd.IdxOffset + cmd.ElemCount - cmd.ElemCount % 3;
        for (unsigned i = cmd.IdxOffset; i < end; i += 3) {
            ImVec2 lo(1e30f, 1e30f), hi(-1e30f, -1e30f);
            for (unsigned k = 0; k < 3; ++k) {
                const ImVec2& p =
                    list.VtxBuffer[int(cmd.VtxOffset + list.IdxBuffer[int(i + k)])].pos;
                lo = ImVec2(std::min(lo.x, p.x), std::min(lo.y, p.y));
                hi = ImVec2(std::max(hi.x, p.x), std::max(hi.y, p.y));
            }
            tiles.mark(std::max(lo.x, clip.x) - kSampleReach, std::max(lo.y, clip.y) - kSampleReach,
                       std::min(hi.x, clip.z) + kSampleReach,
                       std::min(hi.y, clip.w) + kSampleReach);
        }
    }
}

void addTextureRuns(ImDrawList& list, ImTextureID texture, const Rect& at,
                    const TileCoverage& tiles) {
    const float w = float(tiles.width()), h = float(tiles.height());
    if (w <= 0 || h <= 0) return;
    const float sx = at.w / w, sy = at.h / h;
    // Every edge from its pixel column or row alone: runs meeting there agree.
    const auto edgeX = [&](int x) { return at.x + float(x) * sx; };
    const auto edgeY = [&](int y) { return at.y + float(y) * sy; };
    const int tile = tiles.tile();
    for (const TileCoverage::Run& run : tiles.runs()) {
        const int x0 = run.first * tile, x1 = std::min(run.end * tile, tiles.width());
        const int y0 = run.row * tile, y1 = std::min((run.row + 1) * tile, tiles.height());
        list.AddImage(texture, ImVec2(edgeX(x0), edgeY(y0)), ImVec2(edgeX(x1), edgeY(y1)),
                      ImVec2(float(x0) / w, 1.0f - float(y0) / h),
                      ImVec2(float(x1) / w, 1.0f - float(y1) / h));
    }
}

}  // namespace kiosk::ui
