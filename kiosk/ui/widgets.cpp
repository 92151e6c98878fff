#include "widgets.hpp"

#include "paint.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {

void centredText(ImDrawList& list, ImFont* font, const std::string& text, const Rect& r,
                 ImU32 color) {
    drawCenteredLine(list, font, text, r.x + r.w * 0.5f, r.y + (r.h - font->FontSize) * 0.5f, r.w,
                     color);
}

}  // namespace

bool button(const UiContext& ui, const Rect& r, const std::string& label, ButtonStyle style,
            Icon icon) {
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    const float rounding = std::min(r.h * 0.5f, ui.px(16));
    uint32_t fill = style == ButtonStyle::Primary ? t.accent : t.surface;
    uint32_t ink = style == ButtonStyle::Primary ? t.background : t.text;
    if (pressed) fill = mixColor(fill, t.text, 0.25f);
    if (style != ButtonStyle::Ghost || pressed)
        ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(fill), rounding);
    if (style == ButtonStyle::Ghost)
        ui.list->AddRect(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(t.muted, 0.6f), rounding,
                         0, ui.px(2));
    ImFont* font = ui.fonts->body;
    if (icon != Icon::None) {
        const float s = r.h * 0.42f;
        const float textW = label.empty() ? 0.0f : textWidth(font, label) + ui.px(12);
        const float startX = r.x + (r.w - s - textW) * 0.5f;
        drawIcon(*ui.list, icon, Rect{startX, r.y + (r.h - s) * 0.5f, s, s}, themeColor(ink));
        if (!label.empty())
            ui.list->AddText(font, font->FontSize,
                             v(startX + s + ui.px(12), r.y + (r.h - font->FontSize) * 0.5f),
                             themeColor(ink), label.c_str());
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
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    uint32_t fill = on ? t.text : t.surface;
    if (pressed) fill = mixColor(fill, t.accent, 0.4f);
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(fill), r.h * 0.5f);
    ImFont* font = ui.fonts->caption;
    // A chip wider than its content (a fixed-width year button) centres it.
    const float spare = showDot ? 0.0f : r.w - chipWidth(ui, label, showDot);
    float textX = r.x + ui.px(24) + std::max(0.0f, spare * 0.5f);
    if (showDot) {
        ui.list->AddCircleFilled(v(textX + ui.px(8), r.y + r.h * 0.5f), ui.px(9),
                                 themeColor(dotColor));
        textX += ui.px(24);
    }
    ui.list->AddText(font, font->FontSize, v(textX, r.y + (r.h - font->FontSize) * 0.5f),
                     themeColor(on ? t.background : t.text), label.c_str());
    return ui.touch && ui.touch->tappedIn(r);
}

bool tile(const UiContext& ui, const Rect& r, Icon icon, const std::string& title,
          const std::string& subtitle) {
    const Theme& t = ui.theme();
    const bool pressed = ui.touch && ui.touch->pressedIn(r);
    const uint32_t fill = pressed ? mixColor(t.surface, t.accent, 0.35f) : t.surface;
    const float rounding = ui.px(24);
    ui.list->AddRectFilled(v(r.x, r.y), v(r.right(), r.bottom()), themeColor(fill), rounding);
    ui.list->AddRectFilled(v(r.x, r.bottom() - ui.px(8)), v(r.right(), r.bottom()),
                           themeColor(t.accent, 0.9f), rounding, ImDrawFlags_RoundCornersBottom);
    const float iconSize = std::min(r.h * 0.32f, r.w * 0.3f);
    drawIcon(*ui.list, icon, Rect{r.x + ui.px(36), r.y + ui.px(36), iconSize, iconSize},
             themeColor(t.accent));
    ImFont* titleFont = ui.fonts->title;
    const float titleY =
        r.bottom() - ui.px(40) - titleFont->FontSize - ui.fonts->caption->FontSize * 1.6f;
    drawWrapped(ui, titleFont, title, r.x + ui.px(36), titleY, r.w - ui.px(72), themeColor(t.text),
                1, 1.2f);
    drawWrapped(ui, ui.fonts->caption, subtitle, r.x + ui.px(36),
                r.bottom() - ui.px(36) - ui.fonts->caption->FontSize * 1.3f, r.w - ui.px(72),
                themeColor(t.muted), 1, 1.2f);
    return ui.touch && ui.touch->tappedIn(r);
}

}  // namespace kiosk::ui
