#include "scroll_cues.hpp"

#include <algorithm>

#include "paint.hpp"

namespace kiosk::ui {

namespace {

// A band that goes from transparent to `fill`, downwards when `towardsBottom`.
void fade(const UiContext& ui, float x0, float y0, float x1, float y1, uint32_t fill,
          bool towardsBottom) {
    const ImU32 clear = themeColor(fill, 0.0f), solid = themeColor(fill, 1.0f);
    const ImU32 top = towardsBottom ? clear : solid, bottom = towardsBottom ? solid : clear;
    ui.list->AddRectFilledMultiColor(v(x0, y0), v(x1, y1), top, top, bottom, bottom);
}

}  // namespace

Rect visiblePart(const Rect& r, const Rect& visible) {
    const float x0 = std::max(r.x, visible.x), y0 = std::max(r.y, visible.y);
    const float x1 = std::min(r.right(), visible.right());
    const float y1 = std::min(r.bottom(), visible.bottom());
    return x1 > x0 && y1 > y0 ? Rect{x0, y0, x1 - x0, y1 - y0} : Rect{};
}

float scrollBarRoom(const UiContext& ui) {
    return ui.px(20);
}

void drawScrollCues(const UiContext& ui, const Rect& region, uint32_t fill,
                    const KineticScroll& scroll, double contentLength) {
    const double spare = contentLength - double(region.h);
    if (spare <= 1.0 || region.h <= 0) return;
    const Theme& t = ui.theme();
    const float offset = float(std::clamp(scroll.offset(), 0.0, spare));
    const float band = std::min(ui.px(56), region.h * 0.25f);
    const float textRight = region.right() - scrollBarRoom(ui);
    // Fades only where content is hidden, and as strong as how much of the band is hidden.
    if (offset > 0.5f)
        fade(ui, region.x, region.y, textRight, region.y + std::min(band, offset), fill, false);
    if (spare - offset > 0.5f)
        fade(ui, region.x, region.bottom() - std::min(band, float(spare) - offset), textRight,
             region.bottom(), fill, true);
    // The bar: a faint track the full height and a thumb in the theme's muted
    // colour (well over 3:1 against the panels it sits on).
    const float w = ui.px(6), x = region.right() - w;
    const float radius = w * 0.5f;
    ui.list->AddRectFilled(v(x, region.y), v(x + w, region.bottom()), themeColor(t.muted, 0.25f),
                           radius);
    const float visible = float(region.h / contentLength);
    const float thumbH = std::max(ui.px(48), region.h * visible);
    const float thumbY = region.y + (region.h - thumbH) * float(offset / spare);
    ui.list->AddRectFilled(v(x, thumbY), v(x + w, thumbY + thumbH), themeColor(t.muted), radius);
}

}  // namespace kiosk::ui
