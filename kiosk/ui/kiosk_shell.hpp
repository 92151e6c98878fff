#pragma once
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "access/screen_geometry.hpp"
#include "screen.hpp"
#include "session/navigation.hpp"
#include "session/visitor_flow.hpp"
#include "shell_layout.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// What the shell needs to draw one frame besides the visitor flow.
struct ShellFrame {
    double now = 0.0;
    double dt = 0.0;
    Rect screen;
    const TouchFrame* touch = nullptr;  // null while a touch is swallowed
    // The local date, for dated slides; unset shows every slide.
    std::optional<CalendarDate> today;
};

// The frame around every screen: the attract loop when nobody is there, else
// the header (where the visitor is), the bottom bar (Home, Back, JA/EN, within
// reach), the current screen with the slide between
// screens, and the "still there?" question. What is on screen, the path and
// the timing are the VisitorFlow's; the shell owns the screens and draws.
class KioskShell {
  public:
    KioskShell(const Pack& pack, const LanguageFonts& fonts, const VisitorFlow& flow);

    // The screen as mounted: where the reach mode puts the visitor's screens.
    void setPhysicalScreen(const PhysicalScreen& physical) { physical_ = physical; }
    // Where screens get their pictures; each frame begins an image-cache frame.
    void setImages(ImageCache* images) { images_ = images; }
    // Enters the screens the flow made current (clearing them all first for a
    // new visitor). Call after anything that changes the flow.
    void follow(const std::vector<EnteredScreen>& entered);

    // Draws one frame; returns what the visitor asked for (a screen's or the
    // bars' intent), none while the attract loop is up.
    Intent frame(const ShellFrame& in);

    // The part of `screen` clear of the bars now on show (all of it in the
    // attract loop): where an overlay goes without covering Home, Back or the
    // language switch.
    Rect freeArea(const Rect& screen) const;

    // The screen on show and what it shows (the slide, the event), for the
    // proof-of-play log.
    ScreenRef nowShowing(double now) const;
    bool animating(double now) const;
    // How often it must be drawn now: the attract loop paces itself, anything
    // else that moves gets the full rate.
    FrameNeed frameNeed(double now) const;
    double settleSeconds() const;
    // What spoken guidance says of the screen on show: its label, then its
    // content (empty in the attract loop).
    std::vector<std::string> spokenScreen(const Rect& screen) const;
    // The visitor pressed Repeat since the last call.
    bool takeRepeat() { return std::exchange(repeatAsked_, false); }
    // The text size the visitor's screens are drawn in at `now`: the
    // visitor's choice, the pack's own in the attract loop, from the frame
    // that brings it back (the question's countdown over) onwards.
    TextSize textSizeAt(double now) const;
    // The language the visitor's screens are drawn in at `now`: the visitor's,
    // the first language from the frame that brings the attract loop back.
    Language languageAt(double now) const;
    // What the last frame drew to touch or read (speech, the access check):
    // recorded while speech is on or the access screen shows, and in every
    // frame once asked to (the access check, tests); empty otherwise.
    const ScreenInventory& inventory() const { return inventory_; }
    void recordEveryFrame(bool on) { alwaysRecording_ = on; }

  private:
    Screen& screenFor(ScreenId id);
    const Screen* existing(ScreenId id) const;
    Intent drawScreens(const ShellFrame& in, const Rect& area, const TouchFrame* touch);
    Intent drawBars(const UiContext& ui, const ShellLayout& layout);
    void drawStillThere(const UiContext& ui, double remaining, double fraction);
    UiContext context(const ShellFrame& in, const Rect& area, const TouchFrame* touch) const;
    ShellLayout layoutFor(const Rect& screen) const;
    // How many times the pack's type the fonts in place are on `screen`.
    float textScale(const Rect& screen) const;

    const Pack& pack_;
    const LanguageFonts& fonts_;
    const VisitorFlow& flow_;
    ImageCache* images_ = nullptr;
    PhysicalScreen physical_ = lobbyScreen();
    std::map<ScreenId, std::unique_ptr<Screen>> screens_;
    mutable ScreenInventory inventory_;
    bool alwaysRecording_ = false;
    bool recording_ =
        false;  // this frame records into inventory_  // filled while drawing, read after
    bool repeatAsked_ = false;
};

}  // namespace kiosk::ui
