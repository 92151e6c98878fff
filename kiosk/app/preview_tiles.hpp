#pragma once
#include <memory>
#include <string>
#include <vector>

#include "content/pack.hpp"
#include "font_atlas_slot.hpp"
#include "input/rect.hpp"
#include "kiosk_app.hpp"
#include "live_content.hpp"

namespace kiosk {

namespace platform {
class Display;
class OffscreenTarget;
}  // namespace platform

// The screens kiosk --preview shows side by side: the lobby's landscape
// screen, a portrait one, a small booth panel and a 4K screen.
struct PreviewSize {
    int width = 1920, height = 1080;
};
std::vector<PreviewSize> previewSizes();

// Where each tile goes in a window of `width` x `height`: a 2 x 2 grid, each
// tile as large as its cell allows at its own proportions, with room below
// it for its label. Pure arithmetic, the same for the window and a shot.
std::vector<Rect> layoutPreviewTiles(const std::vector<PreviewSize>& sizes, int width, int height,
                                     float labelHeight);

// The fonts and app of one tile, built off the render thread for its size.
struct PreviewTileContent {
    std::unique_ptr<ui::KeptFontAtlas> fonts;
    std::unique_ptr<KioskApp> app;
};
// One pack's tiles, each its own kiosk at its own size (fonts rasterised for
// its shorter side), sharing the pack.
struct PreviewContent {
    std::shared_ptr<const Pack> pack;
    std::vector<PreviewTileContent> tiles;
};
// On a worker: the fonts of every size for `pack`; the apps are made by
// makePreviewApps on the render thread. Null when fonts cannot be built.
std::unique_ptr<PreviewContent> buildPreviewFonts(std::shared_ptr<const Pack> pack,
                                                  const LiveContentSettings& settings,
                                                  const std::vector<PreviewSize>& sizes);
void makePreviewApps(PreviewContent& content, const LiveContentSettings& settings,
                     const std::vector<PreviewSize>& sizes, double now);

// Draws every tile offscreen at its real size (each atlas put in ImGui's
// place and uploaded in turn) and puts them together, scaled, each labelled
// with its size, into `into` (the window when null) of width x height.
class PreviewCompositor {
  public:
    PreviewCompositor(platform::Display& display, std::vector<PreviewSize> sizes);
    ~PreviewCompositor();
    bool ready() const { return !targets_.empty(); }
    void draw(PreviewContent& content, double now, platform::OffscreenTarget* into, int width,
              int height);
    // The tile under window pixel (x, y) and the point in its own pixels; -1 when none.
    int tileAt(float x, float y, Point& inTile) const;

  private:
    void drawLabels(PreviewContent& content, double now, platform::OffscreenTarget* into, int width,
                    int height);

    platform::Display& display_;
    std::vector<PreviewSize> sizes_;
    std::vector<std::unique_ptr<platform::OffscreenTarget>> targets_;
    std::vector<Rect> placed_;
    ui::FontAtlasPtr startUpAtlas_;  // ImGui's own, freed after the tiles'
};

}  // namespace kiosk
