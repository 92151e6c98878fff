#include "kiosk_app.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "install_banner.hpp"
#include "text/printable.hpp"

namespace kiosk {

namespace {
// Seconds an install outcome stays on screen.
constexpr double kNoticeSeconds = 15.0;
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
    : session_(session),
      gestures_(gestureSettingsFor(screenShortSide)),
      shell_(pack, fonts),
      pack_(pack),
      fonts_(fonts),
      staffGestures_(gestureSettingsFor(screenShortSide)) {}

void KioskApp::attachStaff(StaffServices* services, PinVerifier verify, PinCheck check) {
    staffServices_ = services;
    staff_ = std::make_unique<StaffPanelState>(PinGate(std::move(verify)));
    staff_->setPinCheck(std::move(check));
}

void KioskApp::showNotice(const InstallNotice& notice, double now) {
    // A notice's detail can name a file on the stick: shown escaped.
    notice_ = notice;
    for (LocalizedText* text : {&notice_->headline, &notice_->detail}) {
        text->ja = printable(text->ja);
        text->en = printable(text->en);
    }
    noticeSince_ = now;
}

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
    if (staff_) {
        if (!staff_->closed()) {
            // The PIN pad or the panel has the screen: visitors' screens see nothing.
            const auto gestures = staffGestures_.onPointer(event);
            staffPending_.insert(staffPending_.end(), gestures.begin(), gestures.end());
            return;
        }
        // The gesture only watches; the touches still reach the screen below.
        if (staffGesture_.onPointer(event, screenRect_)) staff_->askForPin(event.time);
    }
    // A dark screen shows nothing to touch; the staff gesture above still works.
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
    screenRect_ = screen;
    const auto timed = gestures_.update(now);
    pending_.insert(pending_.end(), timed.begin(), timed.end());
    if (staff_) {
        staff_->update(now);
        // Staff at work count as someone at the kiosk: no "still there?" behind the panel.
        if (!staff_->closed() && session_.phase() != SessionPhase::Attract)
            session_.onActivity(now);
        if (staff_->stage() == StaffPanelState::Stage::Open) {
            drawStaff(now, screen);
            drawNotice(now, screen);
            lastFrame_ = now;
            return;
        }
    }
    if (drawDark(now, screen)) return;
    if (session_.update(now) == SessionChange::TimedOut) {
        // The visitor left: the next one starts from the attract loop, in
        // Japanese, with nothing of this visit left on screen.
        shell_.resetForNextVisitor(now);
        gestures_.cancelCurrentTouch();
        pending_.clear();
    }
    const TouchFrame touch = touchFrameFrom(pending_, gestures_, lastTouch_);
    if (staffServices_) recordVisit(now, pending_);
    pending_.clear();
    ui::ShellFrame frame;
    frame.now = now;
    frame.dt = std::max(0.0, now - lastFrame_);
    frame.screen = screen;
    frame.touch = swallowing_ ? nullptr : &touch;
    frame.phase = session_.phase();
    frame.countdownRemaining = session_.countdownRemaining(now);
    frame.countdownFraction = session_.countdownFraction(now);
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
    drawNotice(now, screen);
    if (staff_ && staff_->stage() == StaffPanelState::Stage::PinEntry) drawStaff(now, screen);
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
    drawNotice(now, screen);
    if (staff_ && staff_->stage() == StaffPanelState::Stage::PinEntry) drawStaff(now, screen);
    return true;
}

void KioskApp::recordVisit(double now, const std::vector<Gesture>& gestures) {
    VisitorStats& stats = staffServices_->visitorsToRecord();
    const SessionPhase phase = session_.phase();
    if (recordedPhase_ == SessionPhase::Attract && phase != SessionPhase::Attract)
        stats.sessionStarted(now);
    else if (recordedPhase_ != SessionPhase::Attract && phase == SessionPhase::Attract)
        stats.sessionEnded(now);
    recordedPhase_ = phase;
    if (phase == SessionPhase::Attract) return;
    const std::string screen = currentScreen();
    stats.screenShown(screen, now);
    for (const auto& g : gestures)
        if (g.type == Gesture::Type::Tap) stats.tapped(screen);
}

void KioskApp::drawStaff(double now, const Rect& screen) {
    const auto timed = staffGestures_.update(now);
    staffPending_.insert(staffPending_.end(), timed.begin(), timed.end());
    const TouchFrame touch = touchFrameFrom(staffPending_, staffGestures_, staffLastTouch_);
    staffPending_.clear();
    ui::UiContext ui = overlayContext(now, screen);
    ui.touch = &touch;
    const bool wasOpen = staff_->stage() != StaffPanelState::Stage::Closed;
    if (staffPanel_.draw(ui, *staff_, *staffServices_).exit) exitRequested_ = true;
    staffLastTouch_ = touch;
    if (wasOpen && staff_->closed()) {
        // Back to the visitors' screens with no touch half-done.
        staffGestures_.cancelCurrentTouch();
        gestures_.cancelCurrentTouch();
        pending_.clear();
    }
}

void KioskApp::drawNotice(double now, const Rect& screen) {
    if (!notice_) return;
    const double age = now - noticeSince_;
    // Outcomes stay long enough to be read from across the lobby; "checking"
    // stays until the outcome replaces it.
    if (notice_->tone != InstallNotice::Tone::Working && age > kNoticeSeconds) {
        notice_.reset();
        return;
    }
    ui::drawInstallBanner(overlayContext(now, screen), *notice_, age);
}

ui::UiContext KioskApp::overlayContext(double now, const Rect& screen) const {
    // Over everything else the frame drew, whole screen, no touch unless given.
    ui::UiContext ui;
    ui.pack = &pack_;
    ui.fonts = &fonts_;
    ui.list = ImGui::GetForegroundDrawList();
    ui.screen = screen;
    ui.area = screen;
    ui.unit = std::min(screen.w, screen.h) / 1080.0f;
    ui.now = now;
    ui.dt = std::max(0.0, now - lastFrame_);
    return ui;
}

bool KioskApp::animating(double now) const {
    if (darkAndSettled(now)) return false;
    if (notice_ && (notice_->tone == InstallNotice::Tone::Working ||
                    now - noticeSince_ < ui::kBannerSlideSeconds))
        return true;
    if (staffPanelShowing()) return staffGestures_.pointerDown();
    return shell_.animating(now) || session_.phase() == SessionPhase::StillThere ||
           gestures_.pointerDown();
}

FrameNeed KioskApp::frameNeed(double now) const {
    const FrameNeed timed = FrameNeed::changingAt(now + secondsUntilNextChange(now));
    // Dark: one black frame, then nothing until the on hours begin.
    if (darkAndSettled(now)) return timed;
    // The attract loop paces itself (slow drift between full-rate transitions)
    // unless something else moves over it, such as a finger still down.
    if (session_.phase() == SessionPhase::Attract && !gestures_.pointerDown())
        return shell_.frameNeed(now).with(timed);
    return (animating(now) ? FrameNeed::fullRate() : FrameNeed::still()).with(timed);
}

double KioskApp::secondsUntilNextChange(double now) const {
    double next = std::min(session_.secondsUntilNextChange(now), secondsUntilScreenChange(now));
    // The panel's figures (frame rate, lockout countdown) refresh a few times a second.
    if (staffPanelShowing()) next = std::min(next, 0.25);
    if (notice_ && notice_->tone != InstallNotice::Tone::Working)
        next = std::min(next, std::max(0.0, noticeSince_ + kNoticeSeconds - now));
    return next;
}

}  // namespace kiosk
