#include "preview_tiles.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>

#include "display.hpp"
#include "frame_renderer.hpp"
#include "offscreen_target.hpp"
#include "paint.hpp"
#include "schedule_setup.hpp"
#include "startup.hpp"

namespace kiosk {

std::vector<PreviewSize> previewSizes() {
    return {{1920, 1080}, {1080, 1920}, {1280, 800}, {3840, 2160}};
}

std::vector<Rect> layoutPreviewTiles(const std::vector<PreviewSize>& sizes, int width, int height,
                                     float labelHeight) {
    const int columns = 2;
    const int rows = int(sizes.size() + 1) / columns;
    const float gap = std::max(4.0f, float(std::min(width, height)) / 100.0f);
    const float cellW = (float(width) - gap * (columns + 1)) / columns;
    const float cellH = (float(height) - gap * (rows + 1)) / rows - labelHeight;
    std::vector<Rect> placed;
    for (size_t i = 0; i < sizes.size(); ++i) {
        const float scale = std::min(cellW / float(sizes[i].width), cellH / float(sizes[i].height));
        const float w = std::floor(sizes[i].width * scale), h = std::floor(sizes[i].height * scale);
        const float cellX = gap + float(i % columns) * (cellW + gap);
        const float cellY = gap + float(i / columns) * (cellH + labelHeight + gap);
        placed.push_back(
            {std::floor(cellX + (cellW - w) / 2), std::floor(cellY + (cellH - h) / 2), w, h});
    }
    return placed;
}

std::unique_ptr<PreviewContent> buildPreviewFonts(std::shared_ptr<const Pack> pack,
                                                  const LiveContentSettings& settings,
                                                  const std::vector<PreviewSize>& sizes) {
    auto content = std::make_unique<PreviewContent>();
    content->pack = std::move(pack);
    for (const PreviewSize& size : sizes) {
        ui::FontAtlasPtr atlas = ui::newFontAtlas();
        ui::LanguageFonts fonts;
        const float side = float(std::min(size.width, size.height));
        if (!buildKioskFonts(*content->pack, settings.options, side, fonts, settings.maxTextureSize,
                             atlas.get()))
            return nullptr;
        content->tiles.push_back({ui::keepFontAtlas(std::move(atlas), fonts), nullptr});
    }
    return content;
}

void makePreviewApps(PreviewContent& content, const LiveContentSettings& settings,
                     const std::vector<PreviewSize>& sizes, double now) {
    for (size_t i = 0; i < content.tiles.size(); ++i) {
        const float side = float(std::min(sizes[i].width, sizes[i].height));
        auto app = std::make_unique<KioskApp>(*content.pack, content.tiles[i].fonts->fonts,
                                              settings.session, side);
        app->setImages(settings.images);
        applyModeAndSchedule(*app, *content.pack, settings.options, nullptr);
        app->start(now);
        content.tiles[i].app = std::move(app);
    }
}

PreviewCompositor::PreviewCompositor(platform::Display& display, std::vector<PreviewSize> sizes)
    : display_(display), sizes_(std::move(sizes)) {
    for (const PreviewSize& size : sizes_) {
        std::string error;
        auto target = platform::OffscreenTarget::create(size.width, size.height, error);
        if (!target) {
            spdlog::error("preview: {}", error);
            targets_.clear();
            return;
        }
        targets_.push_back(std::move(target));
    }
}

PreviewCompositor::~PreviewCompositor() = default;

void PreviewCompositor::draw(PreviewContent& content, double now, platform::OffscreenTarget* into,
                             int width, int height) {
    for (size_t i = 0; i < content.tiles.size() && i < targets_.size(); ++i) {
        // One atlas in ImGui's place at a time: each tile's goes up in turn.
        ui::FontAtlasPtr replaced = ui::installKeptFontAtlas(*content.tiles[i].fonts);
        if (replaced) startUpAtlas_ = std::move(replaced);
        display_.refreshFontTexture();
        KioskApp& app = *content.tiles[i].app;
        renderFrame(display_, app, now, sizes_[i].width, sizes_[i].height, app.background(),
                    targets_[i].get());
    }
    drawLabels(content, now, into, width, height);
    for (size_t i = 0; i < placed_.size() && i < targets_.size(); ++i)
        targets_[i]->copyScaledInto(into, height, int(placed_[i].x), int(placed_[i].y),
                                    int(placed_[i].w), int(placed_[i].h));
}

// The frame under the tiles: a grey ground and, below each tile, its size
// and the scale it is shown at (drawn with the first tile's fonts).
void PreviewCompositor::drawLabels(PreviewContent& content, double now,
                                   platform::OffscreenTarget* into, int width, int height) {
    ImFont* font = content.tiles.front().fonts->fonts.of(Language::English).caption;
    const float labelHeight = std::max(18.0f, float(std::min(width, height)) / 30.0f);
    placed_ = layoutPreviewTiles(sizes_, width, height, labelHeight);
    ui::installKeptFontAtlas(*content.tiles.front().fonts);
    display_.refreshFontTexture();
    display_.beginFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(float(width), float(height));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    ImGui::NewFrame();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    const float size = std::min(labelHeight * 0.7f, font->FontSize * 2.0f);
    for (size_t i = 0; i < placed_.size(); ++i) {
        const Rect& r = placed_[i];
        char text[96];
        std::snprintf(text, sizeof text, "%d x %d  %s  (shown at %.0f%%)", sizes_[i].width,
                      sizes_[i].height,
                      sizes_[i].width >= sizes_[i].height ? "landscape" : "portrait",
                      100.0 * r.w / sizes_[i].width);
        list->AddText(font, size, ImVec2(r.x, r.bottom() + labelHeight * 0.15f),
                      IM_COL32(235, 235, 235, 255), text);
    }
    (void)now;
    ImGui::Render();
    if (into)
        into->bind();
    else
        display_.bindWindowFramebuffer();
    display_.renderDrawData(width, height, 0x3A3F44);
}

int PreviewCompositor::tileAt(float x, float y, Point& inTile) const {
    for (size_t i = 0; i < placed_.size(); ++i) {
        const Rect& r = placed_[i];
        if (!r.contains({x, y})) continue;
        inTile = {(x - r.x) * sizes_[i].width / r.w, (y - r.y) * sizes_[i].height / r.h};
        return int(i);
    }
    return -1;
}

}  // namespace kiosk
