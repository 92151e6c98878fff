#include "screens/attract_screen.hpp"

#include <algorithm>

#include "screens/attract_slides.hpp"

namespace kiosk::ui {

namespace {
float easeInOutCubic(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t < 0.5f ? 4 * t * t * t : 1 - (-2 * t + 2) * (-2 * t + 2) * (-2 * t + 2) / 2;
}
}  // namespace

void AttractScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);  // the loop starts again from its first slide
}

Intent AttractScreen::drawContent(const UiContext& ui) {
    const double t = secondsShown(ui);
    if (frozenOnTitle_) {
        drawTitleSlide(ui, ui.screen, t);
        drawTouchPrompt(ui, ui.now);
        return {};
    }
    if (!playlist_ || playlistPack_ != ui.pack) {
        playlist_ = std::make_unique<AttractPlaylist>(*ui.pack);
        playlistPack_ = ui.pack;
    }
    const AttractPosition at = playlist_->positionAt(t);
    const AttractSlide current = playlist_->slideAt(t, at.index);
    const Rect& s = ui.screen;
    if (at.transition < 1.0) {
        // Push: the previous slide leaves to the left as the new one arrives.
        const double previousStart = t - at.secondsIn - 1e-6;
        const AttractSlide previous = playlist_->slideAt(previousStart, at.previousIndex);
        const float shift = s.w * easeInOutCubic(float(at.transition));
        drawAttractSlide(ui, Rect{s.x - shift, s.y, s.w, s.h}, previous, 1.0, previous.seconds);
        drawAttractSlide(ui, Rect{s.x + s.w - shift, s.y, s.w, s.h}, current, at.progress,
                         at.secondsIn);
    } else {
        drawAttractSlide(ui, s, current, at.progress, at.secondsIn);
    }
    drawTouchPrompt(ui, ui.now);
    return {};
}

}  // namespace kiosk::ui
