#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "input/gesture_recognizer.hpp"
#include "input/touch_frame.hpp"
#include "kiosk_shell.hpp"
#include "schedule/schedule.hpp"
#include "session/visitor_session.hpp"
#include "sound/sound_cue.hpp"

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
    // Dark with nothing over it: one black frame stays valid until the on
    // hours, so the frame loop may stop drawing.
    bool darkAndSettled(double now) const { return dark(now); }
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
    SessionPhase phase() const { return session_.phase(); }
    // The sounds the visitor's touches called for since the last call (a tap
    // reaching the screen, another screen, waking), oldest first.
    std::vector<SoundCue> takeSoundCues() { return std::exchange(soundCues_, {}); }
    // Something moves on its own: keep drawing frames.
    bool animating(double now) const;
    // When, at the latest, the next frame must be drawn even without input.
    double secondsUntilNextChange(double now) const;
    double settleSeconds() const { return shell_.settleSeconds(); }

  private:
    void appendSoundCues(const SoundMoment& moment);
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
};

GestureSettings gestureSettingsFor(float screenShortSide);

}  // namespace kiosk
