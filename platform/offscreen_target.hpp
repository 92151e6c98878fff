#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::platform {

// A framebuffer object of an exact size, for headless rendering: what is drawn
// there does not depend on the window, the screen or a compositor.
class OffscreenTarget {
  public:
    static std::unique_ptr<OffscreenTarget> create(int width, int height, std::string& error);
    ~OffscreenTarget();
    OffscreenTarget(const OffscreenTarget&) = delete;
    OffscreenTarget& operator=(const OffscreenTarget&) = delete;

    void bind();
    // Waits until the frame drawn here is complete, as a window's buffer swap
    // does. Without it nothing ends a frame: the driver keeps queuing frames, and
    // llvmpipe holds every queued frame's binned commands in memory (hundreds of
    // MB that grow whenever the rasteriser falls behind).
    void finishFrame();
    // Copies the whole target onto the window's back buffer (present() shows it).
    void copyToWindow() const;
    // Copies the whole target, scaled with linear filtering, into the
    // rectangle of `into` (the window's framebuffer, `intoHeight` pixels
    // high, when null) whose top-left corner is (x, y), w x h pixels (the
    // preview's tiles).
    void copyScaledInto(OffscreenTarget* into, int intoHeight, int x, int y, int w, int h) const;
    int width() const { return width_; }
    int height() const { return height_; }
    // The colour texture, which holds what was drawn here.
    unsigned texture() const { return colorTexture_; }
    // The pixels as RGBA rows, top row first.
    std::vector<uint8_t> readRgba() const;

  private:
    OffscreenTarget() = default;
    unsigned framebuffer_ = 0;
    unsigned colorTexture_ = 0;
    int width_ = 0;
    int height_ = 0;
};

// Writes RGBA pixels (top row first) as a PNG file.
bool writePng(const std::string& path, int width, int height, const std::vector<uint8_t>& rgba,
              std::string& error);

}  // namespace kiosk::platform
