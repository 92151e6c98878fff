#include "shell_layout.hpp"

#include <algorithm>
#include <cmath>

#include "screens/screen_registry.hpp"
#include "session/attract_call_to_action.hpp"
#include "session/language_switch.hpp"
#include "text_block.hpp"

namespace kiosk::ui {

namespace {
constexpr float kHeaderHeight = 88.0f;   // design pixels
constexpr float kNavBarHeight = 120.0f;  // a button of 80 and room around it
constexpr float kButtonHeight = 80.0f;
}  // namespace

ShellLayout shellLayout(const Rect& screen, float unit, float reachTop, float textScale) {
    // Larger type grows the bars by part of its growth: the room around
    // their text stays, the screen's area gives up as little as it can.
    const float header = kHeaderHeight * (0.75f + 0.25f * std::max(1.0f, textScale));
    const float navBar = kNavBarHeight * (0.7f + 0.3f * std::max(1.0f, textScale));
    const float top = std::round(screen.y);
    const float headerH = std::round(screen.y + header * unit) - top;
    const float navTop = std::round(screen.bottom() - navBar * unit);
    const float bottom = std::round(screen.bottom());
    // Down into reach, but never below the least area, nor above the header.
    const float areaTop = std::max(
        top + headerH, std::round(std::min(reachTop, navTop - screen.h * kLeastAreaShare)));
    ShellLayout layout;
    layout.header = Rect{screen.x, areaTop - headerH, screen.w, headerH};
    layout.navBar = Rect{screen.x, navTop, screen.w, bottom - navTop};
    layout.area = Rect{screen.x, areaTop, screen.w, navTop - areaTop};
    return layout;
}

NavButtons navButtons(const UiContext& ui, const Rect& navBar, bool canGoBack) {
    NavButtons b;
    b.homeAndBack = canGoBack;
    // As tall as the bar leaves room for (taller with larger text).
    const float h = std::max(ui.px(kButtonHeight), navBar.h - ui.px(kNavBarHeight - kButtonHeight));
    const float y = navBar.y + (navBar.h - h) * 0.5f;
    const float left = navBar.x + ui.margin(), right = navBar.right() - ui.margin();
    // Wide enough for an icon and the label, never narrower than a thumb's reach.
    const auto widthFor = [&](const std::string& label, float extra) {
        return std::max(ui.px(170), textWidth(ui.fonts->body, label) + extra);
    };
    const float homeW = widthFor(ui.text(screenEntry(ScreenId::Home).labelKey), ui.px(110));
    const float backW = widthFor(ui.text("back"), ui.px(110));
    b.home = Rect{left, y, homeW, h};
    b.back = Rect{left + homeW + ui.gutter(), y, backW, h};
    const std::string languageLabel =
        languageSwitchLabel(ui.language, visitorLanguages(ui.pack->manifest.languages));
    const float langW = std::max(ui.px(180), textWidth(ui.fonts->body, languageLabel) + ui.px(64));
    const float accessW = std::max(ui.px(120), h);
    b.access = Rect{right - accessW, y, accessW, h};
    b.language = Rect{b.access.x - ui.gutter() - langW, y, langW, h};
    float rightGroup = b.language.x;
    if (ui.access.speech) {
        const float repeatW = widthFor(ui.text("repeat"), ui.px(64));
        b.repeat = Rect{b.language.x - ui.gutter() - repeatW, y, repeatW, h};
        rightGroup = b.repeat->x;
    }
    if (canGoBack && b.back.right() + ui.gutter() > rightGroup) {
        b.iconsOnly = true;
        b.home.w = h;
        b.back = Rect{b.home.right() + ui.gutter(), y, h, h};
    }
    // Still no room (a narrow portrait screen at twice the type with Repeat
    // on): the language button gives up width, its names drawn smaller to
    // fit, rather than covering Back.
    const float leftEnd = canGoBack ? b.back.right() + ui.gutter() : left;
    const float overflow = leftEnd - rightGroup;
    if (overflow > 0) {
        const float give = std::min(overflow, b.language.w - h);
        b.language.w -= give;
        b.language.x += give;
        if (b.repeat) b.repeat->x += give;
    }
    return b;
}

Rect stillThereBox(const UiContext& ui) {
    const Rect& a = ui.area;
    // Larger text: the question, its countdown and the answer need more room.
    const float grow = 0.6f + 0.4f * std::max(1.0f, textScaleOf(ui));
    const float w = std::min(a.w - 2 * ui.margin(), ui.px(1000) * grow);
    const float h = std::min(a.h - 2 * ui.gutter(), ui.px(520) * grow);
    return Rect{a.center().x - w * 0.5f, a.center().y - h * 0.5f, w, h};
}

}  // namespace kiosk::ui
