#include "screens/attract_screen.hpp"

#include <algorithm>
#include <limits>

#include "icons.hpp"
#include "layer_cache.hpp"
#include "pacing/attract_pacing.hpp"
#include "pacing/easing.hpp"
#include "paint.hpp"
#include "screens/attract_call_to_action.hpp"
#include "screens/attract_slides.hpp"

namespace kiosk::ui {

namespace {
// Loop mode, paused: a round badge with the pause sign in the top right corner
// and chevrons at the sides, which say that a swipe changes the slide.
void drawPauseBadge(const UiContext& ui) {
    const Theme& t = ui.theme();
    const Rect& s = ui.screen;
    const float r = ui.px(52);
    const ImVec2 c(s.right() - ui.margin() - r, s.y + ui.margin() + r);
    ui.list->AddCircleFilled(c, r, themeColor(t.background, 0.78f), 48);
    ui.list->AddCircle(c, r, themeColor(t.accent), 48, ui.px(5));
    const float barW = r * 0.22f, barH = r * 0.9f, gap = r * 0.16f;
    for (float x : {c.x - gap - barW, c.x + gap})
        ui.list->AddRectFilled(ImVec2(x, c.y - barH * 0.5f), ImVec2(x + barW, c.y + barH * 0.5f),
                               themeColor(t.accent), ui.px(3));
    const float box = ui.px(96);
    const float top = s.center().y - box * 0.5f;
    drawIcon(*ui.list, Icon::ChevronLeft, Rect{s.x + ui.px(16), top, box, box},
             themeColor(t.text, 0.55f));
    drawIcon(*ui.list, Icon::ChevronRight, Rect{s.right() - ui.px(16) - box, top, box, box},
             themeColor(t.text, 0.55f));
}
}  // namespace

void AttractScreen::enter(const std::string& param, double now) {
    Screen::enter(param, now);
    clock_.restart(now);  // the loop starts again from its first slide
}

void AttractScreen::preparePlaylist(const UiContext& ui) {
    if (playlist_ && playlistPack_ == ui.pack && playlistDate_ == ui.today) return;
    // A new day may bring or retire dated slides: the loop starts over with
    // that day's playlist (in the night, when a booth is dark anyway).
    const bool newDay = playlist_ && playlistPack_ == ui.pack;
    AttractSettings settings;
    settings.showOn = ui.today;
    playlist_ = std::make_unique<AttractPlaylist>(*ui.pack, settings);
    playlistPack_ = ui.pack;
    playlistDate_ = ui.today;
    if (newDay) clock_.restart(ui.now);
}

void AttractScreen::followTouch(const UiContext& ui) {
    if (!ui.loopMode || !ui.touch) return;
    if (ui.touch->tap) clock_.togglePause(ui.now);
    if (ui.touch->swipe == SwipeDirection::Left) clock_.skip(ui.now, *playlist_, +1);
    if (ui.touch->swipe == SwipeDirection::Right) clock_.skip(ui.now, *playlist_, -1);
}

void AttractScreen::prefetchNextPicture(const UiContext& ui, double t) const {
    // The next slide's picture decodes while this one shows, so it is there
    // when the slide slides in; not from the slide's first frame, though: the
    // kiosk's first frame is one, and a decode beside it took a core from
    // drawing it. The last kPrefetchLeadSeconds are many times a decode.
    const double untilNext = playlist_->secondsUntilNextSlide(t);
    if (untilNext > kPrefetchLeadSeconds) return;
    const double next = t + untilNext + 1e-3;
    const AttractSlide slide = playlist_->slideAt(next, playlist_->positionAt(next).index);
    if (slide.type != "event") return;
    const Event* e = ui.pack->findEvent(slide.eventId);
    if (!e || e->image.empty()) return;
    const PanZoom motion = eventSlideMotion(*e, 0.0);
    prefetchPicture(ui, e->image, ui.screen, ImageFit::Cover, &motion);
}

FrameNeed AttractScreen::frameNeed(double now) const {
    // Paused, nothing moves (the badge is still) until the pause ends by itself.
    if (!frozenOnTitle_ && clock_.paused(now))
        return FrameNeed::changingAt(now + clock_.secondsUntilResume(now));
    const double t = frozenOnTitle_ ? secondsShownAt(now) : clock_.loopSeconds(now);
    if (frozenOnTitle_ || !playlist_) {
        AttractPosition held;  // the title slide, staying
        held.secondsIn = t;
        return attractFrameNeed(held, std::numeric_limits<double>::infinity(), now);
    }
    const AttractPosition at = playlist_->positionAt(t);
    return attractFrameNeed(at, playlist_->secondsUntilNextSlide(t), now, AttractMotion{},
                            playlist_->slideAt(t, at.index).moves);
}

std::string AttractScreen::shownItem(double now) const {
    if (frozenOnTitle_ || !playlist_) return "title";
    const double t = clock_.loopSeconds(now);
    const AttractSlide slide = playlist_->slideAt(t, playlist_->positionAt(t).index);
    if (!slide.eventId.empty()) return slide.type + ":" + slide.eventId;
    if (!slide.associationId.empty()) return slide.type + ":" + slide.associationId;
    if (!slide.url.empty()) return slide.type + ":" + slide.url;
    return slide.type;
}

namespace {
// A slide as it stands when it leaves (its last moment), through the layer
// cache: drawn once into a texture, then pushed out as one opaque picture.
void drawSlideAsItLeaves(const UiContext& ui, const Rect& box, const AttractSlide& slide,
                         double progress, double secondsIn) {
    drawThroughLayerCache(*ui.list, box, LayerHints{true, true},
                          [&](ImDrawList& list, const Rect& into) {
                              UiContext layer = ui;
                              layer.list = &list;
                              drawAttractSlide(layer, into, slide, progress, secondsIn);
                          });
}
}  // namespace

void AttractScreen::drawSlides(const UiContext& ui, double t) {
    const AttractPosition at = playlist_->positionAt(t);
    const AttractSlide current = playlist_->slideAt(t, at.index);
    const Rect& s = ui.screen;
    if (at.transition >= 1.0) {
        // Just before the push starts, the slide is already drawn as it will
        // leave (AttractMotion::prepareSeconds), so the push's first frame
        // finds it in the layer cache.
        const double untilNext = playlist_->secondsUntilNextSlide(t);
        if (untilNext <= AttractMotion{}.prepareSeconds) {
            drawSlideAsItLeaves(ui, s, current, 1.0, current.seconds);
            // And the layers of the slide about to push in (its map), as it
            // will stand when it starts: rendered now, shown then.
            const double next = t + untilNext + 1e-6;
            const AttractSlide arriving =
                playlist_->slideAt(next, playlist_->positionAt(next).index);
            const Rect box{s.x + s.w, s.y, s.w, s.h};
            prepareLayers(box, [&](ImDrawList& list, const Rect& into) {
                UiContext layer = ui;
                layer.list = &list;
                drawAttractSlide(layer, into, arriving, 0.0, 0.0);
            });
        } else {
            drawAttractSlide(ui, s, current, at.progress, at.secondsIn);
        }
        return;
    }
    // Push: the slide leaving goes out to the left as the new one arrives
    // from the right; after a swipe back, the other way round, and the slide
    // leaving is the one the visitor swiped away, as it stood.
    AttractSlide leaving;
    double leavingProgress = 1.0, leavingSecondsIn = 0.0;
    float direction = 1.0f;
    if (const auto skip = clock_.arriving(ui.now, *playlist_)) {
        const AttractPosition from = playlist_->positionAt(skip->fromLoopSeconds);
        leaving = playlist_->slideAt(skip->fromLoopSeconds, from.index);
        leavingProgress = from.progress;
        leavingSecondsIn = from.secondsIn;
        direction = float(skip->direction);
    } else {
        leaving = playlist_->slideAt(t - at.secondsIn - 1e-6, at.previousIndex);
        leavingSecondsIn = leaving.seconds;
    }
    const float shift = s.w * easeInOutCubic(float(at.transition)) * direction;
    drawSlideAsItLeaves(ui, Rect{s.x - shift, s.y, s.w, s.h}, leaving, leavingProgress,
                        leavingSecondsIn);
    drawAttractSlide(ui, Rect{s.x + s.w * direction - shift, s.y, s.w, s.h}, current, at.progress,
                     at.secondsIn);
}

Intent AttractScreen::drawContent(const UiContext& ui) {
    if (frozenOnTitle_) {
        drawTitleSlide(ui, ui.screen, secondsShown(ui));
        drawTouchPrompt(ui, ui.now);
        return {};
    }
    preparePlaylist(ui);
    followTouch(ui);
    const double t = clock_.loopSeconds(ui.now);
    drawSlides(ui, t);
    prefetchNextPicture(ui, t);
    // In loop mode a touch starts nothing, so the prompt would mislead; a
    // paused slide says so instead.
    if (!ui.loopMode)
        drawTouchPrompt(ui, ui.now);
    else if (clock_.paused(ui.now))
        drawPauseBadge(ui);
    return {};
}

}  // namespace kiosk::ui
