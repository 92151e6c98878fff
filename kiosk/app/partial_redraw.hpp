#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "pacing/frame_damage.hpp"

struct ImDrawData;

namespace kiosk {

namespace platform {
class Display;
class OffscreenTarget;
}  // namespace platform

// The primitives of a finished ImGui frame in drawing order (every triangle
// keyed by its vertices, texture and clip rectangle; every callback by its
// function), for frameDamage().
void collectDrawPrimitives(const ImDrawData& data, std::vector<DrawPrimitive>& out);

// What one frame cost the renderer.
struct RedrawReport {
    long long pixelsRedrawn = 0;  // 0 when nothing changed
    size_t rects = 0;
    bool whole = false;  // the whole screen
};

// Renders the window's frames into a picture kept between frames, redrawing
// only where the new frame differs from the last (frameDamage), then copies it
// to the window. Under software rendering a full 1920x1080 frame costs tens of
// milliseconds of CPU; a pulsing prompt or a ticking counter costs its own
// rectangle. Render thread only, with the display's GL context current; a
// display without GL (hasGl) is drawn through its own calls only.
class PartialRedraw {
  public:
    PartialRedraw();
    ~PartialRedraw();
    PartialRedraw(const PartialRedraw&) = delete;
    PartialRedraw& operator=(const PartialRedraw&) = delete;

    // Draws ImGui's finished draw data (ImGui::Render() done) into a width x
    // height window and shows it; when nothing changed (pixelsRedrawn 0) the
    // window already shows it and nothing is drawn.
    // `textureChanges` is the image cache's count: when it moves, a texture
    // name may stand for new pixels and the whole frame is redrawn.
    RedrawReport draw(platform::Display& display, int width, int height, uint32_t background,
                      uint64_t textureChanges);
    // The same into a picture of its own, neither shown nor swapped: the
    // check that a frame redrawn in part equals the frame drawn whole
    // (kiosk --script --check-partial-redraw).
    RedrawReport drawOffscreen(platform::Display& display, int width, int height,
                               uint32_t background, uint64_t textureChanges);
    // That picture's pixels, RGBA rows from the top.
    std::vector<uint8_t> readOffscreen() const;
    // The next frame is drawn in full (the font atlas was uploaded again).
    void invalidate() { valid_ = false; }
    // Gives back what the largest frame drawn left in the frames' lists of
    // triangles (the map's tens of thousands); the last frame's stay, so that
    // the next is still compared with it.
    void releaseMemory();

  private:
    std::vector<PixelBox> nextDamage(int width, int height, uint32_t background,
                                     uint64_t textureChanges, bool pictureLost);
    static RedrawReport reportOf(const std::vector<PixelBox>& damage, int width, int height);
    bool ensureScene(int width, int height);
    static void render(platform::Display& display, bool whole, const std::vector<PixelBox>& damage,
                       int width, int height, uint32_t background);

    std::unique_ptr<platform::OffscreenTarget> scene_;  // when the window cannot show rectangles
    int width_ = 0, height_ = 0;
    std::vector<DrawPrimitive> last_, current_;
    uint32_t background_ = 0;
    uint64_t textureChanges_ = 0;
    bool valid_ = false;
};

}  // namespace kiosk
