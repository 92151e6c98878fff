#pragma once
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kiosk {

// A rectangle of whole pixels, x0/y0 included, x1/y1 excluded.
struct PixelBox {
    int x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    bool empty() const { return x1 <= x0 || y1 <= y0; }
    long long area() const { return empty() ? 0 : (long long)(x1 - x0) * (y1 - y0); }
    bool operator==(const PixelBox& o) const {
        return x0 == o.x0 && y0 == o.y0 && x1 == o.x1 && y1 == o.y1;
    }
};

PixelBox unite(const PixelBox& a, const PixelBox& b);

// One thing a frame draws, in drawing order: a triangle (its key covers its
// vertices, texture and clip rectangle; `bounds` its pixels within the clip) or
// a change of drawing state (a key and no bounds).
struct DrawPrimitive {
    uint64_t key = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // bounds in pixels; x1 <= x0 when it covers none
};

struct DamageSettings {
    // Rectangles redrawn at most: each costs a pass over the frame's geometry.
    size_t maxBoxes = 4;
    // Beyond this share of the screen, the whole screen is redrawn: cheaper
    // than several passes that cover it anyway.
    double wholeScreenShare = 0.6;
    // Pixels added around every changed primitive: bilinear sampling and
    // antialiased edges reach half a pixel past a primitive's vertices.
    int margin = 2;
};

// Where a frame can differ from the frame before it, given what each one drew.
// Both are drawn in full over the same background, so a pixel differs only if
// a primitive covering it differs: everything before the first difference and
// after the last one in drawing order is the same in both, and every pixel
// that only those cover is unchanged. The boxes cover the bounds of every
// primitive in between, of both frames, within a width x height screen.
// Empty when nothing changed; the whole screen when too much did.
std::vector<PixelBox> frameDamage(const std::vector<DrawPrimitive>& before,
                                  const std::vector<DrawPrimitive>& after, int width, int height,
                                  const DamageSettings& settings = {});

}  // namespace kiosk
