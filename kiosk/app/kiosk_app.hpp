#pragma once
#include <string>
#include <vector>

#include "input/gesture_recognizer.hpp"
#include "input/touch_frame.hpp"
#include "kiosk_shell.hpp"
#include "session/visitor_session.hpp"

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
    // Where screens get the pack's pictures (null: none are drawn).
    void setImages(ImageCache* images) { shell_.setImages(images); }
    // Puts a screen up directly, as if a visitor had opened it (headless renders).
    void showScreen(const ScreenRef& screen, Language language, double now);

    void onPointer(const PointerEvent& event);
    // Advances the session and draws one ImGui frame (between NewFrame and Render).
    void drawFrame(double now, const Rect& screen);

    std::string currentScreen() const { return shell_.currentScreenName(session_.phase()); }
    SessionPhase phase() const { return session_.phase(); }
    // Something moves on its own: keep drawing frames.
    bool animating(double now) const;
    // When, at the latest, the next frame must be drawn even without input.
    double secondsUntilNextChange(double now) const;
    double settleSeconds() const { return shell_.settleSeconds(); }

  private:
    VisitorSession session_;
    GestureRecognizer gestures_;
    ui::KioskShell shell_;
    std::vector<Gesture> pending_;
    TouchFrame lastTouch_;
    bool swallowing_ = false;  // the current touch woke the kiosk; nothing sees it
    double lastFrame_ = 0.0;
};

GestureSettings gestureSettingsFor(float screenShortSide);

}  // namespace kiosk
