#include "kiosk_app.hpp"

#include <imgui.h>

#include <algorithm>

namespace kiosk {

namespace {
// "Nothing scheduled": large but finite, so callers may add it to a time.
constexpr double kNoChange = 1e9;
}  // namespace

KioskApp::KioskApp(const Pack& pack, const ui::LanguageFonts& fonts, const SessionSettings& session,
                   float screenShortSide)
    : pack_(pack),
      fonts_(fonts),
      flow_(session),
      shell_(pack, fonts, flow_),
      touches_(gestureSettingsFor(screenShortSide)),
      languages_(visitorLanguages(pack.manifest.languages)),
      speech_(pack, flow_, shell_) {
    if (!languages_.empty()) flow_.setFirstLanguage(languages_.front());
}

void KioskApp::start(double now) {
    flow_.startOver(now);
    shell_.follow(flow_.takeEntered());
    lastFrame_ = now;
}

void KioskApp::showScreen(const ScreenRef& screen, Language language, double now,
                          const AccessChoices& access) {
    flow_.show(screen, language, now, access);
    shell_.follow(flow_.takeEntered());
    lastFrame_ = now;
}

void KioskApp::onPointer(const PointerEvent& event) {
    if (staff_.hasScreen()) {
        // The PIN pad or the panel has the screen: visitors' screens see nothing.
        touches_.route(event, TouchDestination::Staff);
        return;
    }
    staff_.watch(event, screenRect_);
    // A dark screen shows nothing to touch; the staff gesture above still works.
    if (hours_.wasDark()) return;
    const bool down = event.type == PointerEvent::Type::Down;
    // Any touch silences speech (EN 301 549 5.1.3: stopped by the next action).
    if (down) speech_.touched(event.time);
    // A touch that wakes the kiosk on one language's call to action starts the
    // visit in that language.
    std::optional<Language> chosen;
    if (down)
        chosen = layoutCallToAction(screenRect_, std::min(screenRect_.w, screenRect_.h) / 1080.0f,
                                    languages_)
                     .languageAt(event.position);
    switch (flow_.onPointer(down, event.time, chosen)) {
        case VisitorTouch::Deliver:
            touches_.route(event, TouchDestination::Visitor);
            break;
        case VisitorTouch::Wake:
            touches_.route(event, TouchDestination::VisitorWaking);
            shell_.follow(flow_.takeEntered());
            appendSoundCues({true, false, false});
            speech_.woke(event.time);
            break;
        case VisitorTouch::AnswerStillThere:
            touches_.route(event, TouchDestination::VisitorWaking);
            break;
    }
}

void KioskApp::appendSoundCues(const SoundMoment& moment) {
    for (SoundCue cue : cuesFor(moment)) soundCues_.push_back(cue);
}

void KioskApp::drawFrame(double now, const Rect& screen) {
    drawScreens(now, screen);
    if (packProblems_.empty()) return;
    const ui::UiContext over = overlayContext(now, screen);
    ui::drawPackProblems(over, packProblems_, flow_.language() != Language::Japanese);
}

void KioskApp::drawScreens(double now, const Rect& screen) {
    screenRect_ = screen;
    touches_.update(TouchSide::Visitor, now);
    staff_.update(now);
    // Staff at work count as someone at the kiosk: no "still there?" behind the panel.
    if (staff_.hasScreen()) flow_.keepAlive(now);
    if (staff_.panelOpen()) {
        drawStaff(now, screen);
        drawNotice(now, screen);
        lastFrame_ = now;
        return;
    }
    if (drawDark(now, screen)) return;
    drawVisitors(now, screen);
    drawNotice(now, screen);
    if (staff_.padUp()) drawStaff(now, screen);
}

void KioskApp::drawVisitors(double now, const Rect& screen) {
    if (flow_.update(now) == SessionChange::TimedOut) {
        shell_.follow(flow_.takeEntered());
        touches_.cancel(TouchSide::Visitor);
        speech_.touched(now);  // the visit is over: nothing more is said to it
    }
    const SideTouches touches = touches_.take(TouchSide::Visitor);
    const SessionPhase phase = flow_.phase();
    const ScreenId before = currentScreen();
    const VisitorSpeech::Before was = speech_.before();
    const TouchFrame screensTouch =
        touches_.swallowing() ? touches.frame : speech_.explore(touches.frame, now);
    if (StaffServices* services = staff_.services()) {
        const ScreenRef shown{before, before == flow_.current().id ? flow_.current().param : ""};
        visits_.frame(*services, {phase, shown, flow_.language(), flow_.access(), wallClock(now)},
                      touches.taps, now);
    }
    ui::ShellFrame frame;
    frame.now = now;
    frame.dt = std::max(0.0, now - lastFrame_);
    frame.screen = screen;
    frame.touch = touches_.swallowing() ? nullptr : &screensTouch;
    frame.today = hours_.today(now);
    flow_.apply(shell_.frame(frame), now);
    shell_.follow(flow_.takeEntered());
    speech_.afterFrame(was, screensTouch.tap.has_value(), screen, now);
    // Feedback for touches that reached a screen; none for the return to the
    // attract loop, when nobody is there to hear it.
    const bool screensOpen = flow_.loopMode() || phase == SessionPhase::Active;
    appendSoundCues({false, screensOpen && !touches_.swallowing() && screensTouch.tap.has_value(),
                     flow_.phase() != SessionPhase::Attract && currentScreen() != before});
    lastFrame_ = now;
}

bool KioskApp::drawDark(double now, const Rect& screen) {
    if (hours_.turned(now)) {
        // Either way the next visitor, or the morning, starts from the loop's
        // first slide with nothing half-done.
        flow_.startOver(now);
        shell_.follow(flow_.takeEntered());
        touches_.cancel(TouchSide::Visitor);
    }
    if (!hours_.wasDark()) return false;
    // Black, not the theme's background: off hours look switched off.
    ImGui::GetBackgroundDrawList()->AddRectFilled(ImVec2(screen.x, screen.y),
                                                  ImVec2(screen.right(), screen.bottom()),
                                                  IM_COL32(0, 0, 0, 255));
    touches_.drop(TouchSide::Visitor);
    lastFrame_ = now;
    drawNotice(now, screen);
    if (staff_.padUp()) drawStaff(now, screen);
    return true;
}

void KioskApp::drawStaff(double now, const Rect& screen) {
    touches_.update(TouchSide::Staff, now);
    const SideTouches touches = touches_.take(TouchSide::Staff);
    ui::UiContext ui = overlayContext(now, screen);
    ui.touch = &touches.frame;
    if (staff_.draw(ui)) {
        // Back to the visitors' screens with no touch half-done.
        touches_.cancel(TouchSide::Staff);
        touches_.cancel(TouchSide::Visitor);
    }
}

void KioskApp::drawNotice(double now, const Rect& screen) {
    if (!notices_.upAt(now)) return;
    ui::UiContext overlay = overlayContext(now, screen);
    overlay.area = shell_.freeArea(screen);
    notices_.draw(overlay);
}

ui::UiContext KioskApp::overlayContext(double now, const Rect& screen) const {
    // Over everything else the frame drew, whole screen, no touch unless given.
    ui::UiContext ui;
    ui.pack = &pack_;
    ui.fonts = &fonts_.of(ui.language);  // staff notices: Japanese, as before
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
    if (notices_.animating(now)) return true;
    if (staffPanelShowing()) return touches_.pointerDown(TouchSide::Staff) || staff_.checkingPin();
    // Speech waits for the frame that draws the screen it speaks.
    if (speech_.waitingForFrame()) return true;
    return shell_.animating(now) || flow_.phase() == SessionPhase::StillThere ||
           touches_.pointerDown(TouchSide::Visitor);
}

FrameNeed KioskApp::frameNeed(double now) const {
    const FrameNeed timed = FrameNeed::changingAt(now + secondsUntilNextChange(now));
    // Dark: one black frame, then nothing until the on hours begin.
    if (darkAndSettled(now)) return timed;
    // The attract loop paces itself (slow drift between full-rate transitions)
    // unless something else moves over it, such as a finger still down.
    if (flow_.phase() == SessionPhase::Attract && !touches_.pointerDown(TouchSide::Visitor))
        return shell_.frameNeed(now).with(timed);
    return (animating(now) ? FrameNeed::fullRate() : FrameNeed::still()).with(timed);
}

double KioskApp::secondsUntilNextChange(double now) const {
    double next =
        std::min(flow_.secondsUntilNextChange(now), hours_.secondsUntilChange(now, kNoChange));
    // The panel's figures (frame rate, lockout countdown) refresh a few times a second.
    if (staffPanelShowing()) next = std::min(next, 0.25);
    return std::min(next, notices_.secondsUntilChange(now, kNoChange));
}

}  // namespace kiosk
