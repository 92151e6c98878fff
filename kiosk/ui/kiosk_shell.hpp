#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "screen.hpp"
#include "session/navigation.hpp"
#include "session/visitor_session.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the shell needs to draw one frame.
struct ShellFrame {
    double now = 0.0;
    double dt = 0.0;
    Rect screen;
    const TouchFrame* touch = nullptr;  // null while a touch is swallowed
    SessionPhase phase = SessionPhase::Attract;
    double countdownRemaining = 0.0;
    double countdownFraction = 0.0;  // of the whole countdown, for its ring
    // Loop mode: the attract loop takes the touches (it is all there is).
    bool loopMode = false;
    // The local date, for dated slides; unset shows every slide.
    std::optional<CalendarDate> today;
};

// The frame around every screen: the attract loop when nobody is there, else
// the top bar (Home, Back, JA/EN), the current screen with animated transitions
// between screens, and the "still there?" question. It owns the screens and the
// visitor's path; screens only return intents.
class KioskShell {
  public:
    KioskShell(const Pack& pack, const Fonts& fonts);

    // Attract loop, Japanese, empty path, every screen cleared: ready for the next visitor.
    void resetForNextVisitor(double now);
    // The first touch woke the kiosk: show Home.
    void wake(double now);
    // Shows a screen directly (headless renders, scripted sessions).
    void show(const ScreenRef& screen, double now);
    void setLanguage(Language language) { language_ = language; }
    // Where screens get their pictures; each frame begins an image-cache frame.
    void setImages(ImageCache* images) { images_ = images; }
    Language language() const { return language_; }

    void frame(const ShellFrame& in);

    // The screen a visitor sees now: "attract" in the attract phase.
    std::string currentScreenName(SessionPhase phase) const;
    // The screen on show and what it shows (the slide, the event), for the
    // proof-of-play log.
    ScreenRef nowShowing(SessionPhase phase, double now) const;
    bool animating(double now) const;
    // How often it must be drawn now: the attract loop paces itself, anything
    // else that moves gets the full rate.
    FrameNeed frameNeed(double now) const;
    double settleSeconds() const;

  private:
    Screen& screenFor(const std::string& name);
    void navigate(const Intent& intent, double now);
    Intent drawTopBar(const UiContext& ui, float barH);
    void drawStillThere(const UiContext& ui, double remaining, double fraction);
    UiContext context(const ShellFrame& in, const Rect& area, const TouchFrame* touch) const;

    const Pack& pack_;
    const Fonts& fonts_;
    ImageCache* images_ = nullptr;
    Language language_ = Language::Japanese;
    Navigator navigator_;
    std::map<std::string, std::unique_ptr<Screen>> screens_;
    // The screen that is sliding out, for the transition.
    ScreenRef leaving_;
    double transitionStart_ = -1e9;
    int transitionDirection_ = 1;
    bool attractShowing_ = true;
    std::string attractName_ = "attract";  // "title" holds the loop on its first slide
};

}  // namespace kiosk::ui
