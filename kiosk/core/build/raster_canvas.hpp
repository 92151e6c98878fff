#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

// A point on a canvas, in pixels (x right, y down).
struct CanvasPoint {
    float x = 0;
    float y = 0;
};

// Which parts of a canvas a shape covers, with 16 samples a pixel (a 4x4 grid)
// for smooth edges. Triangles of one shape are gathered into one mask before it
// is painted, so that edges shared inside the shape leave no seam.
class CoverageMask {
  public:
    CoverageMask(int width, int height);

    void addTriangle(CanvasPoint a, CanvasPoint b, CanvasPoint c);
    // A line of `thickness` pixels from a to b (as two triangles).
    void addLine(CanvasPoint a, CanvasPoint b, float thickness);
    void clear();

    int width() const { return width_; }
    int height() const { return height_; }
    // 0..16: how many of the pixel's samples are covered.
    int coverage(int x, int y) const;

  private:
    int width_, height_;
    std::vector<uint16_t> samples_;  // one bit per sample
};

// An RGBA picture painted by the pack builder (map silhouettes and title cards),
// written as PNG. Colours are 0xRRGGBB with a separate opacity.
class RasterCanvas {
  public:
    RasterCanvas(int width, int height);

    void fill(uint32_t rgb, float opacity = 1.0f);
    // A vertical gradient from `top` to `bottom`, opaque.
    void fillVertical(uint32_t top, uint32_t bottom);
    // Paints `rgb` over what is there, through the mask's coverage.
    void paint(const CoverageMask& mask, uint32_t rgb, float opacity = 1.0f);

    int width() const { return width_; }
    int height() const { return height_; }
    const std::vector<uint8_t>& rgba() const { return rgba_; }
    // The PNG file's bytes; empty when encoding fails.
    std::string encodePng() const;

  private:
    void blend(size_t pixel, uint32_t rgb, float alpha);

    int width_, height_;
    std::vector<uint8_t> rgba_;
};

}  // namespace kiosk
