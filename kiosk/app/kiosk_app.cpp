#include "kiosk_app.hpp"

namespace kiosk {

GestureSettings gestureSettingsFor(float screenShortSide) {
    GestureSettings s;
    const float scale = screenShortSide / 1080.0f;
    s.tapSlop *= scale;
    s.doubleTapSlop *= scale;
    s.swipeMinDistance *= scale;
    s.swipeMinVelocity *= scale;
    return s;
}

KioskApp::KioskApp(const Pack& pack, const ui::Fonts& fonts, const SessionSettings& session,
                   float screenShortSide)
    : session_(session), gestures_(gestureSettingsFor(screenShortSide)), shell_(pack, fonts) {}

void KioskApp::start(double now) {
    session_.resetToAttract();
    shell_.resetForNextVisitor(now);
    lastFrame_ = now;
}

void KioskApp::showScreen(const ScreenRef& screen, Language language, double now) {
    session_.resetToAttract();
    if (screen.name != "attract" && screen.name != "title") {
        session_.onTouchDown(now);  // as if a visitor had woken it
    }
    shell_.setLanguage(language);
    shell_.show(screen, now);
    lastFrame_ = now;
}

void KioskApp::onPointer(const PointerEvent& event) {
    if (event.type == PointerEvent::Type::Down) {
        const SessionPhase before = session_.phase();
        if (session_.onTouchDown(event.time) == TouchRoute::Swallowed) {
            // Only wakes (or answers "still there?"): whatever lies under the
            // finger is not pressed, now or when it lifts.
            gestures_.onPointer(event);
            gestures_.cancelCurrentTouch();
            swallowing_ = true;
            if (before == SessionPhase::Attract) shell_.wake(event.time);
            return;
        }
        swallowing_ = false;
    } else {
        session_.onActivity(event.time);
        if (swallowing_) {
            gestures_.onPointer(event);
            if (event.type == PointerEvent::Type::Up) swallowing_ = false;
            return;
        }
    }
    const auto gestures = gestures_.onPointer(event);
    pending_.insert(pending_.end(), gestures.begin(), gestures.end());
}

void KioskApp::drawFrame(double now, const Rect& screen) {
    const auto timed = gestures_.update(now);
    pending_.insert(pending_.end(), timed.begin(), timed.end());
    if (session_.update(now) == SessionChange::TimedOut) {
        // The visitor left: the next one starts from the attract loop, in
        // Japanese, with nothing of this visit left on screen.
        shell_.resetForNextVisitor(now);
        gestures_.cancelCurrentTouch();
        pending_.clear();
    }
    const TouchFrame touch = touchFrameFrom(pending_, gestures_, lastTouch_);
    pending_.clear();
    ui::ShellFrame frame;
    frame.now = now;
    frame.dt = std::max(0.0, now - lastFrame_);
    frame.screen = screen;
    frame.touch = swallowing_ ? nullptr : &touch;
    frame.phase = session_.phase();
    frame.countdownRemaining = session_.countdownRemaining(now);
    shell_.frame(frame);
    lastTouch_ = touch;
    lastFrame_ = now;
}

bool KioskApp::animating(double now) const {
    return shell_.animating(now) || session_.phase() == SessionPhase::StillThere ||
           gestures_.pointerDown();
}

double KioskApp::secondsUntilNextChange(double now) const {
    return session_.secondsUntilNextChange(now);
}

}  // namespace kiosk
