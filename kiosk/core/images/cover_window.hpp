#pragma once

namespace kiosk {

// The part of a picture, in texture coordinates (0..1 on each axis), that a
// box of another shape shows when the picture covers it.
struct TextureWindow {
    float u0 = 0.0f, v0 = 0.0f, u1 = 1.0f, v1 = 1.0f;
    float width() const { return u1 - u0; }
    float height() const { return v1 - v0; }
};

// The window of a picture `pictureAspect` (width / height) that covers a box
// `boxAspect` at `zoom` (1: just covering), centred as near (centerU, centerV)
// as the picture allows: a crop around a picture's focus point keeps that
// point in view, and moves no further than the picture's edge.
TextureWindow coverWindow(float pictureAspect, float boxAspect, float centerU, float centerV,
                          float zoom = 1.0f);

}  // namespace kiosk
