#pragma once
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "input/gesture_recognizer.hpp"
#include "input/touch_frame.hpp"
#include "kiosk_shell.hpp"
#include "runtime/install_notice.hpp"
#include "schedule/schedule.hpp"
#include "session/visitor_session.hpp"
#include "sound/sound_cue.hpp"
#include "staff/staff_gesture.hpp"
#include "staff/staff_panel_state.hpp"
#include "staff/staff_services.hpp"
#include "staff_panel.hpp"

namespace kiosk {

// The running kiosk between the platform and the screens: pointer samples go
// through the visitor session (which swallows the waking touch) and the gesture
// recognizer; each frame the shell draws what the visitor should see. Time
// always comes in as an argument, real or simulated.
class KioskApp {
  public:
    KioskApp(const Pack& pack, const ui::Fonts& fonts, const SessionSettings& session,
             float screenShortSide);

    // Starts in the attract loop.
    void start(double now);
    // Loop mode (event booths): the attract loop forever; a tap pauses it, a
    // swipe changes slides, and no touch opens the visitor screens.
    void setLoopMode(bool loop) { loopMode_ = loop; }
    bool loopMode() const { return loopMode_; }
    // The schedule whose dated slides show; with `applyHours` the screen is
    // dark outside its on hours (loop mode's booth hours).
    void setSchedule(Schedule schedule, bool applyHours);
    // At kiosk time `now` the wall clock reads `unixSeconds`; until told, no
    // date is known: every slide shows and the screen never goes dark.
    void setWallClock(double unixSeconds, double now);
    // The screen is dark now (outside the schedule's on hours).
    bool dark(double now) const;
    // Dark with nothing over it (no staff panel, no notice): one black frame
    // stays valid until the on hours, so the frame loop may stop drawing.
    bool darkAndSettled(double now) const { return dark(now) && !staffPanelShowing() && !notice_; }
    // Quiet hours now (the schedule's), or a dark screen: no sound.
    bool quiet(double now) const;
    // Where screens get the pack's pictures (null: none are drawn).
    void setImages(ImageCache* images) { shell_.setImages(images); }
    // Puts a screen up directly, as if a visitor had opened it (headless renders).
    void showScreen(const ScreenRef& screen, Language language, double now);

    void onPointer(const PointerEvent& event);
    // Advances the session and draws one ImGui frame (between NewFrame and Render).
    void drawFrame(double now, const Rect& screen);

    std::string currentScreen() const { return shell_.currentScreenName(session_.phase()); }
    // What is on screen for the proof-of-play log: the screen and its slide or
    // parameter ("staff" while the staff panel covers it).
    ScreenRef nowShowing(double now) const {
        return staffPanelShowing() ? ScreenRef{"staff", {}}
                                   : shell_.nowShowing(session_.phase(), now);
    }
    SessionPhase phase() const { return session_.phase(); }
    // The sounds the visitor's touches called for since the last call (a tap
    // reaching the screen, another screen, waking), oldest first.
    std::vector<SoundCue> takeSoundCues() { return std::exchange(soundCues_, {}); }
    // Something moves on its own: keep drawing frames.
    bool animating(double now) const;
    // When, at the latest, the next frame must be drawn even without input.
    double secondsUntilNextChange(double now) const;
    // Both of the above as render on demand needs them: how fast what is on
    // screen moves, and when it next changes (see decideFrame).
    FrameNeed frameNeed(double now) const;
    double settleSeconds() const { return shell_.settleSeconds(); }

    // Staff: the hidden gesture (four corners clockwise from the top left)
    // opens a PIN pad checked by `verify` (by `check`, off the render thread,
    // when given), then the panel over `services`. Visitor statistics are
    // recorded into `services` from then on.
    void attachStaff(StaffServices* services, PinVerifier verify, PinCheck check = {});
    bool staffPanelShowing() const { return staff_ && !staff_->closed(); }
    // The staff confirmed "exit kiosk".
    bool exitRequested() const { return exitRequested_; }
    // A notice for staff at the bottom of the screen (USB installs), shown
    // over whatever is on screen for a while.
    void showNotice(const InstallNotice& notice, double now);

  private:
    void appendSoundCues(const SoundMoment& moment);
    void recordVisit(double now, const std::vector<Gesture>& gestures);
    void drawStaff(double now, const Rect& screen);
    void drawNotice(double now, const Rect& screen);
    ui::UiContext overlayContext(double now, const Rect& screen) const;
    // Off hours: draws the black screen and returns true.
    bool drawDark(double now, const Rect& screen);
    std::optional<UnixSeconds> wallAt(double now) const;
    double secondsUntilScreenChange(double now) const;

    VisitorSession session_;
    GestureRecognizer gestures_;
    ui::KioskShell shell_;
    std::vector<Gesture> pending_;
    TouchFrame lastTouch_;
    bool swallowing_ = false;  // the current touch woke the kiosk; nothing sees it
    std::vector<SoundCue> soundCues_;
    double lastFrame_ = 0.0;
    bool loopMode_ = false;
    Schedule schedule_;
    bool applyHours_ = false;
    std::optional<double> wallMinusKiosk_;  // wall clock minus kiosk clock, once known
    bool wasDark_ = false;
    const Pack& pack_;
    const ui::Fonts& fonts_;
    Rect screenRect_;

    StaffServices* staffServices_ = nullptr;
    std::unique_ptr<StaffPanelState> staff_;
    StaffGesture staffGesture_;
    GestureRecognizer staffGestures_;  // touches while the PIN pad or panel is up
    std::vector<Gesture> staffPending_;
    TouchFrame staffLastTouch_;
    ui::StaffPanel staffPanel_;
    bool exitRequested_ = false;
    SessionPhase recordedPhase_ = SessionPhase::Attract;

    std::optional<InstallNotice> notice_;
    double noticeSince_ = 0.0;
};

GestureSettings gestureSettingsFor(float screenShortSide);

}  // namespace kiosk
