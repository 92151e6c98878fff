#pragma once
#include <algorithm>
#include <type_traits>

namespace kiosk {

// Easing curves for animations: a motion's linear progress (clamped to 0..1)
// to the eased progress drawn, 0 at the start and 1 at the end. Written once
// here so that every screen's motions share the same curve.

// Fast at first, settling gently: things appearing, growing or arriving.
template <typename T>
T easeOutCubic(T t) {
    static_assert(std::is_floating_point_v<T>, "progress is a floating-point fraction");
    t = std::clamp(t, T(0), T(1));
    const T rest = T(1) - t;
    return T(1) - rest * rest * rest;
}

// Slow at both ends: a slide or a camera moving from one place to another.
template <typename T>
T easeInOutCubic(T t) {
    static_assert(std::is_floating_point_v<T>, "progress is a floating-point fraction");
    t = std::clamp(t, T(0), T(1));
    if (t < T(0.5)) return T(4) * t * t * t;
    const T rest = T(2) - T(2) * t;
    return T(1) - rest * rest * rest / T(2);
}

}  // namespace kiosk
