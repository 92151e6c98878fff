#pragma once
#include <utility>
#include <vector>

#include "input/touch_router.hpp"
#include "kiosk_shell.hpp"
#include "notice_board.hpp"
#include "pack_problems_panel.hpp"
#include "runtime/install_notice.hpp"
#include "schedule/screen_hours.hpp"
#include "session/attract_call_to_action.hpp"
#include "session/visitor_flow.hpp"
#include "sound/sound_cue.hpp"
#include "staff_flow.hpp"
#include "visit_recorder.hpp"
#include "visitor_speech.hpp"

namespace kiosk {

// The running kiosk between the platform and the screens, composed of its
// parts: pointer events go through the touch router to the visitors' side
// (the VisitorFlow, which swallows the waking touch, and the shell that draws
// it) or the staff's (StaffFlow); notices and the screen's hours sit over
// both. Time always comes in as an argument, real or simulated.
class KioskApp {
  public:
    KioskApp(const Pack& pack, const ui::LanguageFonts& fonts, const SessionSettings& session,
             float screenShortSide);

    // Starts in the attract loop.
    void start(double now);
    // Loop mode (event booths): the attract loop forever; a tap pauses it, a
    // swipe changes slides, and no touch opens the visitor screens.
    void setLoopMode(bool loop) { flow_.setLoopMode(loop); }
    bool loopMode() const { return flow_.loopMode(); }
    // The schedule whose dated slides show; with `applyHours` the screen is
    // dark outside its on hours (loop mode's booth hours).
    void setSchedule(Schedule schedule, bool applyHours) {
        hours_.setSchedule(std::move(schedule), applyHours);
    }
    // At kiosk time `now` the wall clock reads `unixSeconds`; until told, no
    // date is known: every slide shows and the screen never goes dark.
    void setWallClock(double unixSeconds, double now) { hours_.setWallClock(unixSeconds, now); }
    // The wall clock at kiosk time `now`; none until told (visitor figures'
    // hours, the staff's "today").
    std::optional<UnixSeconds> wallClock(double now) const { return hours_.wallAt(now); }
    // The screen is dark now (outside the schedule's on hours).
    bool dark(double now) const { return hours_.dark(now); }
    // Dark with nothing over it (no staff panel, no notice): one black frame
    // stays valid until the on hours, so the frame loop may stop drawing.
    bool darkAndSettled(double now) const {
        return dark(now) && !staffPanelShowing() && !notices_.showing();
    }
    // Quiet hours now (the schedule's), or a dark screen: no sound.
    bool quiet(double now) const { return hours_.quiet(now); }
    // The screen as mounted (its size and height), for the reach mode.
    void setPhysicalScreen(const PhysicalScreen& physical) { shell_.setPhysicalScreen(physical); }
    // What the last frame of the visitors' screens drew to touch or read.
    const ScreenInventory& inventory() const { return shell_.inventory(); }
    // Records what every frame draws, whatever the visitor chose (the access check).
    void recordEveryFrame(bool on) { shell_.recordEveryFrame(on); }
    // Where screens get the pack's pictures (null: none are drawn).
    void setImages(ImageCache* images) { shell_.setImages(images); }
    // Puts a screen up directly, as if a visitor had opened it (headless renders).
    void showScreen(const ScreenRef& screen, Language language, double now,
                    const AccessChoices& access = {});
    // The colour the frame is cleared to: the background of the colours on
    // show (the high-contrast ones when the visitor chose them).
    uint32_t background() const {
        return flow_.access().highContrast ? pack_.highContrastTheme.background
                                           : pack_.theme.background;
    }

    void onPointer(const PointerEvent& event);
    // Advances the session and draws one ImGui frame (between NewFrame and Render).
    void drawFrame(double now, const Rect& screen);

    // The text size the frame at `now` is to be drawn in (the runtime puts
    // its fonts in ImGui's place before): the visitor's choice, the pack's
    // own in the attract loop and under the staff's PIN pad and panel.
    TextSize textSizeAt(double now) const {
        return staff_.hasScreen() ? TextSize::Standard : shell_.textSizeAt(now);
    }
    // The language the frame at `now` is to be drawn in (its fonts likewise
    // put in place before): the visitor's, the first one once the loop is back.
    Language languageAt(double now) const { return shell_.languageAt(now); }

    ScreenId currentScreen() const { return flow_.onScreen(); }
    // The visitor's screen with its parameter (the event or association
    // open), and what the visitor chose on the access screen.
    const ScreenRef& visitorScreen() const { return flow_.current(); }
    const AccessChoices& accessChoices() const { return flow_.access(); }
    // The language the visitor's screens are in.
    Language language() const { return flow_.language(); }
    // What is on screen for the proof-of-play log: the screen and its slide or
    // parameter (the staff panel while it covers the screen).
    ScreenRef nowShowing(double now) const {
        return staffPanelShowing() ? ScreenRef{ScreenId::Staff, {}} : shell_.nowShowing(now);
    }
    SessionPhase phase() const { return flow_.phase(); }
    // The sounds the visitor's touches called for since the last call (a tap
    // reaching the screen, another screen, waking), oldest first.
    std::vector<SoundCue> takeSoundCues() { return std::exchange(soundCues_, {}); }
    // What speech is asked to do since the last call (say clips, stop), oldest first.
    std::vector<SpeechRequest> takeSpeech() { return speech_.takeRequests(); }
    // Something is being said: the music keeps lower.
    bool speaking(double now) const { return speech_.speaking(now); }
    // Whether waking the kiosk offers spoken guidance (the venue's setting).
    void setSpeechOffer(bool offer) { speech_.setOffer(offer); }
    // Something moves on its own: keep drawing frames.
    bool animating(double now) const;
    // When, at the latest, the next frame must be drawn even without input.
    double secondsUntilNextChange(double now) const;
    // Both of the above as render on demand needs them: how fast what is on
    // screen moves, and when it next changes (see decideFrame).
    FrameNeed frameNeed(double now) const;
    double settleSeconds() const { return shell_.settleSeconds(); }

    // Staff: the hidden gesture (four corners clockwise from the top left)
    // opens a PIN pad whose PIN `check` checks off the render thread, then the
    // panel over `services`. Visitor statistics are recorded into `services`
    // from then on.
    void attachStaff(StaffServices* services, PinCheck check) {
        staff_.attach(services, std::move(check));
    }
    bool staffPanelShowing() const { return staff_.hasScreen(); }
    // The staff confirmed "exit kiosk".
    bool exitRequested() const { return staff_.exitRequested(); }
    // A notice for staff at the bottom of the screen (USB installs), shown
    // over whatever is on screen for a while.
    void showNotice(const InstallNotice& notice, double now) { notices_.show(notice, now); }
    // kiosk --watch: the validator's problems with the pack being edited,
    // drawn over everything until a reload without them (empty: none).
    void setPackProblems(ui::PackProblemsView problems) { packProblems_ = std::move(problems); }

  private:
    void drawScreens(double now, const Rect& screen);
    void appendSoundCues(const SoundMoment& moment);
    void drawVisitors(double now, const Rect& screen);
    void drawStaff(double now, const Rect& screen);
    void drawNotice(double now, const Rect& screen);
    // Off hours: draws the black screen and returns true.
    bool drawDark(double now, const Rect& screen);
    ui::UiContext overlayContext(double now, const Rect& screen) const;

    const Pack& pack_;
    const ui::LanguageFonts& fonts_;
    VisitorFlow flow_;
    ui::KioskShell shell_;  // draws flow_
    TouchRouter touches_;
    StaffFlow staff_;
    NoticeBoard notices_;
    ui::PackProblemsView packProblems_;
    ScreenHours hours_;
    VisitRecorder visits_;
    std::vector<SoundCue> soundCues_;
    std::vector<Language> languages_;  // the pack's, in its order: the call to action's parts
    VisitorSpeech speech_;             // speaks flow_ as shell_ draws it
    double lastFrame_ = 0.0;
    Rect screenRect_;
};

}  // namespace kiosk
