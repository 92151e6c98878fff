#pragma once
#include "runtime/install_notice.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// Seconds the banner takes to slide in.
constexpr double kBannerSlideSeconds = 0.35;

// The result of a USB install for staff: a banner across the bottom of the
// screen with the headline in Japanese and English and the detail, coloured
// by outcome (working, success, refusal), drawn over whatever is showing.
void drawInstallBanner(const UiContext& ui, const InstallNotice& notice, double ageSeconds);

}  // namespace kiosk::ui
