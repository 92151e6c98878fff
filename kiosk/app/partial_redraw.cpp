#include "partial_redraw.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>
#include <xxhash.h>

#include <algorithm>
#include <cstring>

#include "display.hpp"
#include "layer_cache.hpp"
#include "offscreen_target.hpp"

namespace kiosk {

void collectDrawPrimitives(const ImDrawData& data, std::vector<DrawPrimitive>& out) {
    out.clear();
    // What a triangle draws: its three vertices (position, texture coordinate,
    // colour), the texture and the clip rectangle, packed and hashed as one block.
    static_assert(sizeof(ImDrawVert) == 20, "ImDrawVert is packed");
    constexpr size_t kVertices = 3 * sizeof(ImDrawVert);
    unsigned char key[kVertices + sizeof(ImTextureID) + sizeof(ImVec4)];
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) {
                // The callback and its data (a shade's colour): a state change.
                DrawPrimitive state;
                const uintptr_t callback[2] = {reinterpret_cast<uintptr_t>(cmd.UserCallback),
                                               reinterpret_cast<uintptr_t>(cmd.UserCallbackData)};
                state.key = XXH3_64bits(callback, sizeof(callback));
                out.push_back(state);
                continue;
            }
            const ImVec4& c = cmd.ClipRect;
            for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                ImDrawVert v[3];
                for (int k = 0; k < 3; ++k)
                    v[k] = list.VtxBuffer[int(
                        cmd.VtxOffset + list.IdxBuffer[int(cmd.IdxOffset + i + unsigned(k))])];
                std::memcpy(key, v, kVertices);
                std::memcpy(key + kVertices, &cmd.TextureId, sizeof(ImTextureID));
                std::memcpy(key + kVertices + sizeof(ImTextureID), &c, sizeof(ImVec4));
                DrawPrimitive p;
                p.key = XXH3_64bits(key, sizeof(key));
                p.x0 = std::max(c.x, std::min({v[0].pos.x, v[1].pos.x, v[2].pos.x}));
                p.y0 = std::max(c.y, std::min({v[0].pos.y, v[1].pos.y, v[2].pos.y}));
                p.x1 = std::min(c.z, std::max({v[0].pos.x, v[1].pos.x, v[2].pos.x}));
                p.y1 = std::min(c.w, std::max({v[0].pos.y, v[1].pos.y, v[2].pos.y}));
                out.push_back(p);
            }
        }
    }
}

namespace {
std::vector<platform::PixelRect> pixelRects(const std::vector<PixelBox>& boxes) {
    std::vector<platform::PixelRect> rects;
    for (const PixelBox& b : boxes) rects.push_back({b.x0, b.y0, b.x1, b.y1});
    return rects;
}
}  // namespace

PartialRedraw::PartialRedraw() = default;
PartialRedraw::~PartialRedraw() = default;

std::vector<PixelBox> PartialRedraw::nextDamage(int width, int height, uint32_t background,
                                                uint64_t textureChanges, bool pictureLost) {
    collectDrawPrimitives(*ImGui::GetDrawData(), current_);
    // A cached layer drawn anew shows new pixels through the same quad.
    if (const ui::LayerCache* layers = ui::layerCache()) textureChanges += layers->changes();
    const bool sameScene = valid_ && !pictureLost && width == width_ && height == height_ &&
                           background == background_ && textureChanges == textureChanges_;
    std::vector<PixelBox> damage = sameScene ? frameDamage(last_, current_, width, height)
                                             : std::vector<PixelBox>{{0, 0, width, height}};
    width_ = width;
    height_ = height;
    background_ = background;
    textureChanges_ = textureChanges;
    valid_ = true;
    last_.swap(current_);
    return damage;
}

RedrawReport PartialRedraw::reportOf(const std::vector<PixelBox>& damage, int width, int height) {
    RedrawReport report;
    report.rects = damage.size();
    for (const PixelBox& b : damage) report.pixelsRedrawn += b.area();
    report.whole = damage.size() == 1 && damage[0] == PixelBox{0, 0, width, height};
    return report;
}

bool PartialRedraw::ensureScene(int width, int height) {
    if (scene_ && scene_->width() == width && scene_->height() == height) return true;
    std::string error;
    scene_ = platform::OffscreenTarget::create(width, height, error);
    if (!scene_) spdlog::warn("every frame drawn in full: {}", error);
    return scene_ != nullptr;
}

RedrawReport PartialRedraw::draw(platform::Display& display, int width, int height,
                                 uint32_t background, uint64_t textureChanges) {
    const bool onWindow = display.canPresentRects();
    // A picture kept offscreen is lost only when it is made anew (a new size).
    const bool lost =
        display.takeExposed() ||
        (!onWindow && !(scene_ && scene_->width() == width && scene_->height() == height));
    const std::vector<PixelBox> damage =
        nextDamage(width, height, background, textureChanges, lost);
    const RedrawReport report = reportOf(damage, width, height);
    if (damage.empty()) return report;  // the window shows this very picture already
    if (onWindow) {
        // The back buffer is never swapped: it holds the last frame, and only
        // the changed rectangles are drawn and shown.
        display.bindWindowFramebuffer();
        render(display, report.whole, damage, width, height, background);
        display.presentRects(pixelRects(damage));
        return report;
    }
    // Otherwise a swap leaves the back buffer undefined: the frame is kept in
    // a picture of its own, redrawn where it changed and copied whole (which
    // takes GL of our own; a display without it gets whole frames).
    if (!display.hasGl() || !ensureScene(width, height)) {
        display.bindWindowFramebuffer();
        display.renderDrawData(width, height, background);
        display.present();
        valid_ = false;
        return reportOf({{0, 0, width, height}}, width, height);
    }
    scene_->bind();
    render(display, report.whole, damage, width, height, background);
    scene_->copyToWindow();
    display.present();
    return report;
}

RedrawReport PartialRedraw::drawOffscreen(platform::Display& display, int width, int height,
                                          uint32_t background, uint64_t textureChanges) {
    const bool lost = !(scene_ && scene_->width() == width && scene_->height() == height);
    if (!display.hasGl() || !ensureScene(width, height)) return {};
    const std::vector<PixelBox> damage =
        nextDamage(width, height, background, textureChanges, lost);
    const RedrawReport report = reportOf(damage, width, height);
    if (damage.empty()) return report;
    scene_->bind();
    render(display, report.whole, damage, width, height, background);
    scene_->finishFrame();
    return report;
}

std::vector<uint8_t> PartialRedraw::readOffscreen() const {
    return scene_ ? scene_->readRgba() : std::vector<uint8_t>{};
}

void PartialRedraw::render(platform::Display& display, bool whole,
                           const std::vector<PixelBox>& damage, int width, int height,
                           uint32_t background) {
    if (whole) {
        display.renderDrawData(width, height, background);
        return;
    }
    display.renderDrawDataWithin(width, height, background, pixelRects(damage));
}

void PartialRedraw::releaseMemory() {
    std::vector<DrawPrimitive>().swap(current_);
    last_.shrink_to_fit();
}

}  // namespace kiosk
