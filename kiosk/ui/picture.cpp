#include "picture.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

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

namespace {

ShadedPictureCallbacks shadedPicture;

// Where a picture goes: its texture, its corners and texture coordinates,
// how far it has faded in and whether it has any transparent pixel.
struct PlacedPicture {
    ImTextureID texture = nullptr;
    ImVec2 p0, p1, uv0, uv1;
    float fade = 0.0f;
    bool opaque = false;
};

std::optional<PlacedPicture> placePicture(const UiContext& ui, const std::string& path,
                                          const Rect& box, ImageFit fit, const PanZoom* motion,
                                          PictureFocus focus) {
    if (!ui.images || path.empty() || box.w <= 0 || box.h <= 0) return std::nullopt;
    const ImageView view = ui.images->request(requestFor(ui, path, box, fit, motion));
    if (!view.ready() || view.width <= 0 || view.height <= 0) return std::nullopt;
    PlacedPicture placed;
    placed.texture = ImTextureID(intptr_t(view.texture));
    placed.fade = float(std::clamp((ui.now - view.readySince) / kPictureFadeInSeconds, 0.0, 1.0));
    placed.opaque = view.opaque;
    const float pictureAspect = float(view.width) / float(view.height);
    const float boxAspect = box.w / box.h;

    if (fit == ImageFit::Contain) {
        const float w = pictureAspect > boxAspect ? box.w : box.h * pictureAspect;
        const float h = pictureAspect > boxAspect ? box.w / pictureAspect : box.h;
        const float x = box.x + (box.w - w) * 0.5f, y = box.y + (box.h - h) * 0.5f;
        placed.p0 = v(x, y), placed.p1 = v(x + w, y + h);
        placed.uv0 = v(0, 0), placed.uv1 = v(1, 1);
        return placed;
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
    placed.p0 = v(box.x, box.y), placed.p1 = v(box.right(), box.bottom());
    placed.uv0 = v(w.u0, w.v0), placed.uv1 = v(w.u1, w.v1);
    return placed;
}

// One quad of the picture from x0 to x1, its vertex alpha `a0` at x0 and
// `a1` at x1 (white otherwise), its texture coordinates following x.
void pictureStrip(ImDrawList& list, const PlacedPicture& p, float x0, float x1, int a0, int a1) {
    auto u = [&p](float x) {
        return p.uv0.x + (p.uv1.x - p.uv0.x) * (x - p.p0.x) / (p.p1.x - p.p0.x);
    };
    const ImU32 c0 = IM_COL32(255, 255, 255, a0), c1 = IM_COL32(255, 255, 255, a1);
    list.PrimReserve(6, 4);  // may start a new vertex offset: the index is read after
    const ImDrawIdx first = ImDrawIdx(list._VtxCurrentIdx);
    list.PrimWriteVtx(v(x0, p.p0.y), v(u(x0), p.uv0.y), c0);
    list.PrimWriteVtx(v(x1, p.p0.y), v(u(x1), p.uv0.y), c1);
    list.PrimWriteVtx(v(x1, p.p1.y), v(u(x1), p.uv1.y), c1);
    list.PrimWriteVtx(v(x0, p.p1.y), v(u(x0), p.uv1.y), c0);
    for (const int k : {0, 1, 2, 0, 2, 3}) list.PrimWriteIdx(ImDrawIdx(first + k));
}

}  // namespace

float drawPicture(const UiContext& ui, const std::string& path, const Rect& box, ImageFit fit,
                  float opacity, const PanZoom* motion, float rounding, PictureFocus focus) {
    const std::optional<PlacedPicture> p = placePicture(ui, path, box, fit, motion, focus);
    if (!p) return 0.0f;
    const ImU32 tint = ImGui::GetColorU32(ImVec4(1, 1, 1, p->fade * opacity));
    ui.list->AddImageRounded(p->texture, p->p0, p->p1, p->uv0, p->uv1, tint, rounding);
    return p->fade;
}

float drawShadedPicture(const UiContext& ui, const std::string& path, const Rect& box,
                        const PanZoom* motion, const PictureShade& shade) {
    const std::optional<PlacedPicture> p =
        placePicture(ui, path, box, ImageFit::Cover, motion, PictureFocus{});
    if (!p) return 0.0f;
    const ImU32 dark = themeColor(shade.rgb, shade.alpha * p->fade);
    const float clearX = std::clamp(shade.clearX, p->p0.x, p->p1.x);
    if (p->fade < 1.0f || !p->opaque || !shadedPicture.on || !shadedPicture.off) {
        ui.list->AddImage(p->texture, p->p0, p->p1, p->uv0, p->uv1,
                          ImGui::GetColorU32(ImVec4(1, 1, 1, p->fade)));
        const ImU32 clear = themeColor(shade.rgb, 0.0f);
        ui.list->AddRectFilledMultiColor(p->p0, v(clearX, p->p1.y), dark, clear, clear, dark);
        return p->fade;
    }
    // The shade's alpha byte, as the blended gradient's corners hold it; the
    // one pass keeps that much less of the picture's colour.
    const int kept = 255 - int(dark >> IM_COL32_A_SHIFT & 0xFF);
    ImDrawList& list = *ui.list;
    list.AddCallback(shadedPicture.on, reinterpret_cast<void*>(uintptr_t(themeColor(shade.rgb))));
    list.PushTextureID(p->texture);
    if (clearX > p->p0.x) pictureStrip(list, *p, p->p0.x, clearX, kept, 255);
    if (clearX < p->p1.x) pictureStrip(list, *p, clearX, p->p1.x, 255, 255);
    list.PopTextureID();
    list.AddCallback(shadedPicture.off, nullptr);
    return p->fade;
}

void setShadedPictureCallbacks(const ShadedPictureCallbacks& callbacks) {
    shadedPicture = callbacks;
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
