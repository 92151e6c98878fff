#include "kiosk_app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kiosk {

namespace {
// "Nothing scheduled": large but finite, so callers may add it to a time.
constexpr double kNoChange = 1e9;
}  // namespace

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

void KioskApp::setSchedule(Schedule schedule, bool applyHours) {
    schedule_ = std::move(schedule);
    applyHours_ = applyHours;
}

void KioskApp::setWallClock(double unixSeconds, double now) {
    wallMinusKiosk_ = unixSeconds - now;
}

std::optional<UnixSeconds> KioskApp::wallAt(double now) const {
    if (!wallMinusKiosk_) return std::nullopt;
    return UnixSeconds(std::floor(*wallMinusKiosk_ + now));
}

bool KioskApp::dark(double now) const {
    const auto wall = wallAt(now);
    return applyHours_ && wall && !schedule_.onAt(*wall);
}

bool KioskApp::quiet(double now) const {
    const auto wall = wallAt(now);
    return dark(now) || (wall && schedule_.quietAt(*wall));
}

double KioskApp::secondsUntilScreenChange(double now) const {
    const auto wall = wallAt(now);
    if (!applyHours_ || !wall) return kNoChange;
    const auto next = schedule_.nextChangeAfter(*wall);
    return next ? std::max(0.0, double(*next) - (*wallMinusKiosk_ + now)) : kNoChange;
}

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
    // A dark screen shows nothing to touch.
    if (wasDark_) return;
    if (loopMode_) {
        // Nothing to wake and no session: the attract loop takes the gestures.
        const auto gestures = gestures_.onPointer(event);
        pending_.insert(pending_.end(), gestures.begin(), gestures.end());
        return;
    }
    if (event.type == PointerEvent::Type::Down) {
        const SessionPhase before = session_.phase();
        if (session_.onTouchDown(event.time) == TouchRoute::Swallowed) {
            // Only wakes (or answers "still there?"): whatever lies under the
            // finger is not pressed, now or when it lifts.
            gestures_.onPointer(event);
            gestures_.cancelCurrentTouch();
            swallowing_ = true;
            if (before == SessionPhase::Attract) {
                shell_.wake(event.time);
                appendSoundCues({true, false, false});
            }
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

void KioskApp::appendSoundCues(const SoundMoment& moment) {
    for (SoundCue cue : cuesFor(moment)) soundCues_.push_back(cue);
}

void KioskApp::drawFrame(double now, const Rect& screen) {
    const auto timed = gestures_.update(now);
    pending_.insert(pending_.end(), timed.begin(), timed.end());
    if (drawDark(now, screen)) return;
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
    frame.loopMode = loopMode_;
    if (const auto wall = wallAt(now)) frame.today = schedule_.dateAt(*wall);
    const std::string screenBefore = currentScreen();
    shell_.frame(frame);
    // Feedback for touches that reached a screen; none for the return to the
    // attract loop, when nobody is there to hear it.
    const bool screensOpen = loopMode_ || frame.phase == SessionPhase::Active;
    appendSoundCues({false, screensOpen && !swallowing_ && touch.tap.has_value(),
                     session_.phase() != SessionPhase::Attract && currentScreen() != screenBefore});
    lastTouch_ = touch;
    lastFrame_ = now;
}

bool KioskApp::drawDark(double now, const Rect& screen) {
    const bool isDark = dark(now);
    if (isDark != wasDark_) {
        // Either way the next visitor, or the morning, starts from the loop's
        // first slide with nothing half-done.
        session_.resetToAttract();
        shell_.resetForNextVisitor(now);
        gestures_.cancelCurrentTouch();
        pending_.clear();
        wasDark_ = isDark;
    }
    if (!isDark) return false;
    // Black, not the theme's background: off hours look switched off.
    ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(screen.x, screen.y),
                                                  ImVec2(screen.right(), screen.bottom()),
                                                  IM_COL32(0, 0, 0, 255));
    pending_.clear();
    lastFrame_ = now;
    return true;
}

bool KioskApp::animating(double now) const {
    if (darkAndSettled(now)) return false;
    return shell_.animating(now) || session_.phase() == SessionPhase::StillThere ||
           gestures_.pointerDown();
}

double KioskApp::secondsUntilNextChange(double now) const {
    return std::min(session_.secondsUntilNextChange(now), secondsUntilScreenChange(now));
}

}  // namespace kiosk
