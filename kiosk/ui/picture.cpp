#include "picture.hpp"

#include <algorithm>
#include <cmath>

#include "content/pack_paths.hpp"
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
                  float opacity, const PanZoom* motion, float rounding) {
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
    // Cover: the part of the picture (in texture coordinates) with the box's
    // aspect, shrunk by the zoom and moved across the slack by the pan.
    float uw = 1.0f, vh = 1.0f;
    if (pictureAspect > boxAspect)
        uw = boxAspect / pictureAspect;
    else
        vh = pictureAspect / boxAspect;
    Point pan{0, 0};
    if (motion) {
        const float t = std::clamp(motion->progress, 0.0f, 1.0f);
        const float zoom = motion->zoomFrom + (motion->zoomTo - motion->zoomFrom) * t;
        uw /= std::max(zoom, 1.0f);
        vh /= std::max(zoom, 1.0f);
        pan = {motion->panFrom.x + (motion->panTo.x - motion->panFrom.x) * t,
               motion->panFrom.y + (motion->panTo.y - motion->panFrom.y) * t};
    }
    const float cu = 0.5f + std::clamp(pan.x, -1.0f, 1.0f) * (1.0f - uw) * 0.5f;
    const float cv = 0.5f + std::clamp(pan.y, -1.0f, 1.0f) * (1.0f - vh) * 0.5f;
    ui.list->AddImageRounded(texture, v(box.x, box.y), v(box.right(), box.bottom()),
                             v(cu - uw * 0.5f, cv - vh * 0.5f), v(cu + uw * 0.5f, cv + vh * 0.5f),
                             tint, rounding);
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
