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

void AttractScreen::prefetchNextPicture(const UiContext& ui, double t) const {
    // The next slide's picture decodes while this one shows, so it is there
    // when the slide slides in.
    const double next = t + playlist_->secondsUntilNextSlide(t) + 1e-3;
    const AttractSlide slide = playlist_->slideAt(next, playlist_->positionAt(next).index);
    if (slide.type != "event") return;
    const Event* e = ui.pack->findEvent(slide.eventId);
    if (!e || e->image.empty()) return;
    const PanZoom motion = eventSlideMotion(*e, 0.0);
    prefetchPicture(ui, e->image, ui.screen, ImageFit::Cover, &motion);
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
    prefetchNextPicture(ui, t);
    drawTouchPrompt(ui, ui.now);
    return {};
}

}  // namespace kiosk::ui
