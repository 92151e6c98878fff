#include "picture.hpp"

#include <algorithm>
#include <cmath>

#include "content/pack_paths.hpp"
#include "images/cover_window.hpp"
#include "images/image_cache.hpp"
#include "paint.hpp"

namespace kiosk::ui {

namespace {

// Boxes are rounded up so that a box a few pixels different (a portrait
// layout, a resized card) does not decode the picture again.
int roundUp(float pixels) {
    constexpr int kStep = 64;
    return std::max(kStep, (int(std::ceil(pixels)) + kStep - 1) / kStep * kStep);
}

ImageRequest requestFor(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                        const PanZoom* motion) {
    // Zoomed in, the picture must hold that many more pixels to stay sharp.
    const float zoom = motion ? std::max({1.0f, motion->zoomFrom, motion->zoomTo}) : 1.0f;
    return {joinPackPath(ui.pack->root, path), roundUp(box.w * zoom), roundUp(box.h * zoom), fit};
}

}  // namespace

float drawPicture(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                  float opacity, const PanZoom* motion, float rounding, PictureFocus focus) {
    if (!ui.images || path.empty() || box.w <= 0 || box.h <= 0) return 0.0f;
    const ImageView view = ui.images->request(requestFor(ui, path, box, fit, motion));
    if (!view.ready() || view.width <= 0 || view.height <= 0) return 0.0f;
    const float fade =
        float(std::clamp((ui.now - view.readySince) / kPictureFadeInSeconds, 0.0, 1.0));
    const ImU32 tint = ImGui::GetColorU32(ImVec4(1, 1, 1, fade * opacity));
    const auto texture = ImTextureID(intptr_t(view.texture));
    const float pictureAspect = float(view.width) / float(view.height);
    const float boxAspect = box.w / box.h;

    if (fit == ImageFit::Contain) {
        const float w = pictureAspect > boxAspect ? box.w : box.h * pictureAspect;
        const float h = pictureAspect > boxAspect ? box.w / pictureAspect : box.h;
        const float x = box.x + (box.w - w) * 0.5f, y = box.y + (box.h - h) * 0.5f;
        ui.list->AddImageRounded(texture, v(x, y), v(x + w, y + h), v(0, 0), v(1, 1), tint,
                                 rounding);
        return fade;
    }
    // Cover: the part of the picture with the box's aspect, around its focus,
    // or shrunk by the zoom and moved across the slack by the pan.
    float zoom = 1.0f;
    Point center{focus.x, focus.y};
    if (motion) {
        const float t = std::clamp(motion->progress, 0.0f, 1.0f);
        zoom = motion->zoomFrom + (motion->zoomTo - motion->zoomFrom) * t;
        const TextureWindow slack = coverWindow(pictureAspect, boxAspect, 0.5f, 0.5f, zoom);
        const Point pan{motion->panFrom.x + (motion->panTo.x - motion->panFrom.x) * t,
                        motion->panFrom.y + (motion->panTo.y - motion->panFrom.y) * t};
        center = {0.5f + std::clamp(pan.x, -1.0f, 1.0f) * (1.0f - slack.width()) * 0.5f,
                  0.5f + std::clamp(pan.y, -1.0f, 1.0f) * (1.0f - slack.height()) * 0.5f};
    }
    const TextureWindow w = coverWindow(pictureAspect, boxAspect, center.x, center.y, zoom);
    ui.list->AddImageRounded(texture, v(box.x, box.y), v(box.right(), box.bottom()), v(w.u0, w.v0),
                             v(w.u1, w.v1), tint, rounding);
    return fade;
}

float pictureCoverage(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                      const PanZoom* motion) {
    if (!ui.images || path.empty() || box.w <= 0 || box.h <= 0 || fit != ImageFit::Cover)
        return 0.0f;
    const ImageView view = ui.images->request(requestFor(ui, path, box, fit, motion));
    if (!view.ready() || !view.opaque || view.width <= 0 || view.height <= 0) return 0.0f;
    return float(std::clamp((ui.now - view.readySince) / kPictureFadeInSeconds, 0.0, 1.0));
}

void prefetchPicture(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                     const PanZoom* motion) {
    if (!ui.images || path.empty() || box.w <= 0 || box.h <= 0) return;
    ui.images->prefetch(requestFor(ui, path, box, fit, motion));
}

}  // namespace kiosk::ui
