#pragma once
#include "input/pointer_event.hpp"

namespace kiosk {

// An axis-aligned rectangle in screen pixels: what a widget occupies and what a
// touch is tested against.
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;

    float right() const { return x + w; }
    float bottom() const { return y + h; }
    bool contains(Point p) const { return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h; }
    Rect inset(float by) const { return {x + by, y + by, w - 2 * by, h - 2 * by}; }
    Point center() const { return {x + w * 0.5f, y + h * 0.5f}; }
};

}  // namespace kiosk
