#include "build/raster_canvas.hpp"

#include <stb_image_write.h>

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {

constexpr int kGrid = 4;  // samples a pixel along each axis

float edge(CanvasPoint a, CanvasPoint b, float x, float y) {
    return (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
}

void appendBytes(void* context, void* data, int size) {
    static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
}

}  // namespace

CoverageMask::CoverageMask(int width, int height)
    : width_(width), height_(height), samples_(size_t(width) * height, 0) {}

void CoverageMask::clear() {
    std::fill(samples_.begin(), samples_.end(), 0);
}

int CoverageMask::coverage(int x, int y) const {
    return __builtin_popcount(samples_[size_t(y) * width_ + x]);
}

void CoverageMask::addTriangle(CanvasPoint a, CanvasPoint b, CanvasPoint c) {
    const float area = edge(a, b, c.x, c.y);
    if (area == 0.0f) return;
    if (area < 0.0f) std::swap(b, c);  // one winding, so "inside" is all edges >= 0
    const int x0 = std::max(0, int(std::floor(std::min({a.x, b.x, c.x}))));
    const int x1 = std::min(width_ - 1, int(std::ceil(std::max({a.x, b.x, c.x}))));
    const int y0 = std::max(0, int(std::floor(std::min({a.y, b.y, c.y}))));
    const int y1 = std::min(height_ - 1, int(std::ceil(std::max({a.y, b.y, c.y}))));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            uint16_t bits = 0;
            for (int sy = 0; sy < kGrid; ++sy) {
                const float py = float(y) + (float(sy) + 0.5f) / kGrid;
                for (int sx = 0; sx < kGrid; ++sx) {
                    const float px = float(x) + (float(sx) + 0.5f) / kGrid;
                    if (edge(a, b, px, py) >= 0 && edge(b, c, px, py) >= 0 &&
                        edge(c, a, px, py) >= 0)
                        bits |= uint16_t(1u << (sy * kGrid + sx));
                }
            }
            samples_[size_t(y) * width_ + x] |= bits;
        }
    }
}

void CoverageMask::addLine(CanvasPoint a, CanvasPoint b, float thickness) {
    const float dx = b.x - a.x, dy = b.y - a.y;
    const float length = std::sqrt(dx * dx + dy * dy);
    if (length == 0.0f) return;
    const float nx = -dy / length * thickness * 0.5f, ny = dx / length * thickness * 0.5f;
    const CanvasPoint p0{a.x + nx, a.y + ny}, p1{b.x + nx, b.y + ny}, p2{b.x - nx, b.y - ny},
        p3{a.x - nx, a.y - ny};
    addTriangle(p0, p1, p2);
    addTriangle(p0, p2, p3);
}

RasterCanvas::RasterCanvas(int width, int height)
    : width_(width), height_(height), rgba_(size_t(width) * height * 4, 0) {}

void RasterCanvas::fill(uint32_t rgb, float opacity) {
    const uint8_t alpha = uint8_t(std::lround(std::clamp(opacity, 0.0f, 1.0f) * 255));
    for (size_t i = 0; i < rgba_.size(); i += 4) {
        rgba_[i] = uint8_t(rgb >> 16);
        rgba_[i + 1] = uint8_t(rgb >> 8);
        rgba_[i + 2] = uint8_t(rgb);
        rgba_[i + 3] = alpha;
    }
}

void RasterCanvas::fillVertical(uint32_t top, uint32_t bottom) {
    for (int y = 0; y < height_; ++y) {
        const float f = height_ > 1 ? float(y) / float(height_ - 1) : 0.0f;
        uint8_t row[3];
        for (int c = 0; c < 3; ++c) {
            const int shift = 16 - 8 * c;
            const float from = float((top >> shift) & 0xff), to = float((bottom >> shift) & 0xff);
            row[c] = uint8_t(std::lround(from + (to - from) * f));
        }
        for (int x = 0; x < width_; ++x) {
            uint8_t* p = &rgba_[(size_t(y) * width_ + x) * 4];
            p[0] = row[0];
            p[1] = row[1];
            p[2] = row[2];
            p[3] = 255;
        }
    }
}

void RasterCanvas::blend(size_t pixel, uint32_t rgb, float alpha) {
    uint8_t* p = &rgba_[pixel * 4];
    // "Over" on straight (not premultiplied) alpha, so transparent canvases work.
    const float below = p[3] / 255.0f;
    const float out = alpha + below * (1.0f - alpha);
    if (out <= 0.0f) return;
    const float src[3] = {float((rgb >> 16) & 0xff), float((rgb >> 8) & 0xff), float(rgb & 0xff)};
    for (int c = 0; c < 3; ++c)
        p[c] = uint8_t(std::lround((src[c] * alpha + p[c] * below * (1.0f - alpha)) / out));
    p[3] = uint8_t(std::lround(out * 255.0f));
}

void RasterCanvas::paint(const CoverageMask& mask, uint32_t rgb, float opacity) {
    const int w = std::min(width_, mask.width()), h = std::min(height_, mask.height());
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            if (const int covered = mask.coverage(x, y))
                blend(size_t(y) * width_ + x, rgb, opacity * float(covered) / (kGrid * kGrid));
}

std::string RasterCanvas::encodePng() const {
    // Flat colours with smooth edges compress best unfiltered (a fifth smaller
    // than stb's per-row choice on the default pack's pictures). The setting is
    // stb's global, so it is restored at once; the pack builder is single-threaded.
    const int filter = stbi_write_force_png_filter;
    stbi_write_force_png_filter = 0;
    std::string out;
    if (!stbi_write_png_to_func(appendBytes, &out, width_, height_, 4, rgba_.data(), width_ * 4))
        out.clear();
    stbi_write_force_png_filter = filter;
    return out;
}

}  // namespace kiosk
