#pragma once
#include "content/pack.hpp"
#include "font_atlas.hpp"

namespace kiosk::ui {

// What the title screen shows; `secondsShown` drives its entrance animation,
// which settles after kTitleSettleSeconds.
struct TitleScreenView {
    const Pack* pack = nullptr;
    Language language = Language::Japanese;
    double secondsShown = 0.0;
};

constexpr double kTitleSettleSeconds = 1.2;

// The pack's title, its headline figures and the always-present
// "タッチしてください / Touch to start".
void drawTitleScreen(const TitleScreenView& view, const Fonts& fonts);

}  // namespace kiosk::ui
