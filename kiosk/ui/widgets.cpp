#include "widgets.hpp"

#include <algorithm>
#include <cmath>

#include "paint.hpp"
#include "text_block.hpp"
#include "text_recording.hpp"

namespace kiosk::ui {

namespace {

void centredText(ImDrawList& list, ImFont* font, const std::string& text, const Rect& r,
                 ImU32 color) {
    drawCenteredLine(list, font, text, r.x + r.w * 0.5f, r.y + (r.h - font->FontSize) * 0.5f, r.w,
                     color);
}

// A control's body: its fill (none: transparent) and the theme's outline, on
// whole pixels, so that it stands out from whatever it is drawn on (the
// surface colour alone is 1.19:1 against the default background).
void controlBody(const UiContext& ui, const Rect& r, const uint32_t* fill, float rounding) {
    const Rect s = snapped(r);
    if (fill)
        ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), themeColor(*fill), rounding);
    drawOutline(*ui.list, s, themeColor(ui.theme().outline), rounding, controlOutlineWidth(ui));
}

}  // namespace

void recordTarget(const UiContext& ui, const Rect& r, const std::string& label) {
    if (!ui.inventory) return;
    // A control scrolled wholly out of its list's view cannot be touched.
    if (ui.list) {
        const ImVec2 min = ui.list->GetClipRectMin(), max = ui.list->GetClipRectMax();
        if (r.right() <= min.x || r.x >= max.x || r.bottom() <= min.y || r.y >= max.y) return;
    }
    ui.inventory->addTarget(r, label);
}

void recordVisibleTarget(const UiContext& ui, const Rect& whole, const Rect& visible,
                         const std::string& label) {
    const float x0 = std::max(whole.x, visible.x), y0 = std::max(whole.y, visible.y);
    const float x1 = std::min(whole.right(), visible.right());
    const float y1 = std::min(whole.bottom(), visible.bottom());
    if (!ui.inventory || x1 <= x0 || y1 <= y0) return;
    const bool cut = x1 - x0 < whole.w || y1 - y0 < whole.h;
    ui.inventory->addTarget(Rect{x0, y0, x1 - x0, y1 - y0}, label, cut);
}

float controlOutlineWidth(const UiContext& ui) {
    return wholePixels(ui.px(2));
}

void drawControlOutline(const UiContext& ui, const Rect& r, float rounding) {
    drawOutline(*ui.list, snapped(r), themeColor(ui.theme().outline), rounding,
                controlOutlineWidth(ui));
}

bool button(const UiContext& ui, const Rect& r, const std::string& label, ButtonStyle style,
            Icon icon, const std::string& spokenName) {
    recordTarget(ui, r, spokenName.empty() ? label : spokenName);
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    const float rounding = std::min(r.h * 0.5f, ui.px(16));
    uint32_t fill = style == ButtonStyle::Primary ? t.accent : t.surface;
    uint32_t ink = style == ButtonStyle::Primary ? t.background : t.text;
    if (pressed) fill = mixColor(fill, t.text, 0.25f);
    if (style == ButtonStyle::Primary) {
        // The accent fill stands out by itself.
        const Rect s = snapped(r);
        ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), themeColor(fill), rounding);
    } else {
        controlBody(ui, r, style != ButtonStyle::Ghost || pressed ? &fill : nullptr, rounding);
    }
    ImFont* font = ui.fonts->body;
    if (icon != Icon::None) {
        const float s = r.h * 0.42f;
        const float textW = label.empty() ? 0.0f : textWidth(font, label) + ui.px(12);
        const float startX = r.x + (r.w - s - textW) * 0.5f;
        drawIcon(*ui.list, icon, Rect{startX, r.y + (r.h - s) * 0.5f, s, s}, themeColor(ink));
        const ImVec2 at =
            v(std::round(startX + s + ui.px(12)), std::round(r.y + (r.h - font->FontSize) * 0.5f));
        if (!label.empty())
            ui.list->AddText(font, font->FontSize, at, themeColor(ink), label.c_str());
        recordText(font, font->FontSize, at, label);
    } else {
        centredText(*ui.list, font, label, r.inset(ui.px(8)), themeColor(ink));
    }
    return ui.touch && ui.touch->tappedIn(r);
}

float chipWidth(const UiContext& ui, const std::string& label, bool showDot) {
    return textWidth(ui.fonts->caption, label) + ui.px(48) + (showDot ? ui.px(24) : 0.0f);
}

bool chip(const UiContext& ui, const Rect& r, const std::string& label, bool on, uint32_t dotColor,
          bool showDot) {
    recordTarget(ui, r, label);
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    uint32_t fill = on ? t.text : t.surface;
    if (pressed) fill = mixColor(fill, t.accent, 0.4f);
    controlBody(ui, r, &fill, std::round(r.h * 0.5f));
    ImFont* font = ui.fonts->caption;
    // A chip wider than its content (a fixed-width year button) centres it.
    const float spare = showDot ? 0.0f : r.w - chipWidth(ui, label, showDot);
    float textX = r.x + ui.px(24) + std::max(0.0f, spare * 0.5f);
    if (showDot) {
        ui.list->AddCircleFilled(v(textX + ui.px(8), r.y + r.h * 0.5f), ui.px(9),
                                 themeColor(dotColor));
        textX += ui.px(24);
    }
    const ImVec2 at = v(std::round(textX), std::round(r.y + (r.h - font->FontSize) * 0.5f));
    ui.list->AddText(font, font->FontSize, at, themeColor(on ? t.background : t.text),
                     label.c_str());
    recordText(font, font->FontSize, at, label);
    return ui.touch && ui.touch->tappedIn(r);
}

namespace {

// A tile's text from its bottom edge up: the line in the other language, then
// the title's lines (as many as it needs at the visitor's text size).
struct TileText {
    LaidOutText title;
    float titleY = 0.0f, subtitleY = 0.0f;
};

TileText tileText(const UiContext& ui, const Rect& r, const std::string& title) {
    ImFont* titleFont = ui.fonts->title;
    TileText text;
    text.title = layoutWith(ui, titleFont, title, r.w - ui.px(72));
    const float extraLines = float(std::max<size_t>(1, text.title.lines.size()) - 1);
    text.titleY = r.bottom() - ui.px(40) - titleFont->FontSize -
                  ui.fonts->caption->FontSize * 1.6f - extraLines * lineHeight(titleFont, 1.2f);
    text.subtitleY = r.bottom() - ui.px(36) - ui.fonts->caption->FontSize * 1.3f;
    return text;
}

// The icon's room above the title: its share of the tile, no nearer the title than a gap.
float tileIconSize(const UiContext& ui, const Rect& r, float titleY) {
    return std::min({r.h * 0.32f, r.w * 0.3f, titleY - r.y - ui.px(36) - ui.px(12)});
}

}  // namespace

float tileHeightFor(const UiContext& ui, float width, const std::string& title) {
    const Rect probe{0.0f, 0.0f, width, 0.0f};
    const TileText text = tileText(ui, probe, title);
    // The icon at least a thumb's width above the title.
    return -text.titleY + ui.px(36) + ui.px(12) + ui.px(64);
}

bool tile(const UiContext& ui, const Rect& r, Icon icon, const std::string& title,
          const std::string& subtitle) {
    recordTarget(ui, r, title);
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    const uint32_t fill = pressed ? mixColor(t.surface, t.accent, 0.35f) : t.surface;
    const float rounding = std::round(ui.px(24));
    const Rect s = snapped(r);
    ui.list->AddRectFilled(v(s.x, s.y), v(s.right(), s.bottom()), themeColor(fill), rounding);
    ui.list->AddRectFilled(v(s.x, s.bottom() - std::round(ui.px(8))), v(s.right(), s.bottom()),
                           themeColor(t.accent), rounding, ImDrawFlags_RoundCornersBottom);
    drawOutline(*ui.list, s, themeColor(t.outline), rounding, controlOutlineWidth(ui));
    const TileText text = tileText(ui, r, title);
    const float iconSize = tileIconSize(ui, r, text.titleY);
    drawIcon(*ui.list, icon, Rect{r.x + ui.px(36), r.y + ui.px(36), iconSize, iconSize},
             themeColor(t.accent));
    drawWrapped(ui, ui.fonts->title, title, r.x + ui.px(36), text.titleY, r.w - ui.px(72),
                themeColor(t.text), 0, 1.2f);
    drawWrapped(ui, ui.fonts->caption, subtitle, r.x + ui.px(36), text.subtitleY, r.w - ui.px(72),
                themeColor(t.muted), 1, 1.2f);
    return ui.touch && ui.touch->tappedIn(r);
}

}  // namespace kiosk::ui
