#pragma once
#include <cstdint>
#include <string>

#include "images/image_request.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Seconds over which a picture fades in once its texture is there (the image
// cache keeps frames coming that long).
constexpr double kPictureFadeInSeconds = 0.4;

// The attract loop's slow pan and zoom over a picture that covers its box.
struct PanZoom {
    float zoomFrom = 1.0f;
    float zoomTo = 1.12f;
    // Where the view's centre sits in the picture's slack, -1..1 on each axis
    // (0: centred), at the start and at the end.
    Point panFrom{-0.5f, 0.3f};
    Point panTo{0.5f, -0.3f};
    float progress = 0.0f;  // 0..1 through the slide, eased by the caller or not
};

// Draws the pack picture `path` (as the pack names it) into `box`, asking the
// image cache for it at the size it is shown. Nothing is drawn until it is
// decoded, nor when it is broken: the caller's placeholder shows through.
// Covering a box of another shape, it is cropped around `focus` (where its
// subject is), unless `motion` pans it. Returns how far the picture has faded
// in (0..1), so that the caller can set text over it. Never waits for a decode.
float drawPicture(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                  float opacity = 1.0f, const PanZoom* motion = nullptr, float rounding = 0.0f,
                  PictureFocus focus = {});

// A shade laid over a picture so that text stays readable on any picture:
// the colour `rgb` (0xRRGGBB) at `alpha` along the box's left edge, fading
// linearly to nothing at `clearX` (a screen x) and none beyond.
struct PictureShade {
    uint32_t rgb = 0;
    float alpha = 0.0f;
    float clearX = 0.0f;
};

// drawPicture (Cover) with `shade` over it, the shade's alpha scaled by the
// picture's fade-in. Once an opaque picture is fully shown, picture and shade
// are drawn as one opaque pass (the shaded-picture callbacks) where the
// platform offers one, else the shade is blended over the picture: the same
// pixels either way, within a level of rounding.
float drawShadedPicture(const UiContext& ui, const std::string& path, const Rect& box,
                        const PanZoom* motion, const PictureShade& shade);

// Draw-list callbacks bracketing triangles that draw a texture opaque, each
// pixel mixed from the texture's colour (times the vertex colour's) toward the
// `on` callback's data, an ImU32 colour held in the pointer, by one minus the
// vertex colour's alpha: a picture and a blended shade in one pass. Under
// software OpenGL that saves a blended pass over most of the screen.
struct ShadedPictureCallbacks {
    ImDrawCallback on = nullptr;
    ImDrawCallback off = nullptr;
};
// Set by the platform once its GL is up; none (the default): shades are blended.
void setShadedPictureCallbacks(const ShadedPictureCallbacks& callbacks);

// How much of `box` the picture drawn with these arguments hides (0..1): its
// fade-in when it covers the box and has no transparent pixel, else 0. A
// caller skips drawing what a fully shown picture hides (a full-screen layer
// less per frame under software rendering).
float pictureCoverage(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                      const PanZoom* motion = nullptr);

// Asks for a picture that will be drawn soon with these arguments (the next
// slide), so that it is decoded before it shows.
void prefetchPicture(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                     const PanZoom* motion = nullptr);

}  // namespace kiosk::ui
