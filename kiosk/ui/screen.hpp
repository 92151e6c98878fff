#pragma once
#include <string>
#include <vector>

#include "pacing/frame_pacing.hpp"
#include "session/navigation.hpp"
#include "ui_context.hpp"

namespace kiosk::ui {

// A visitor-facing screen. The shell owns the full-screen frame, the bars
// and the transitions; a screen draws only its content into ui.area and returns
// what the visitor asked for.
class Screen {
  public:
    virtual ~Screen() = default;

    // The screen becomes current with this parameter (an event id, a filter).
    virtual void enter(const std::string& param, double now) {
        param_ = param;
        enteredAt_ = now;
    }
    // Clears what the previous visitor left (scroll positions, selections).
    virtual void reset() {}
    // Draws one frame; input in ui.touch is meant for this screen.
    Intent draw(const UiContext& ui) { return drawContent(ui); }
    // True while something moves on its own (inertia, entrance animation), so
    // the kiosk keeps drawing frames.
    virtual bool animating(double now) const { return now - enteredAt_ < 1.5; }
    // How often the kiosk must draw this screen now (render on demand): by
    // default as fast as it can while animating() and not at all otherwise.
    virtual FrameNeed frameNeed(double now) const {
        return animating(now) ? FrameNeed::fullRate() : FrameNeed::still();
    }
    // Seconds after entering at which the screen looks settled (screenshots).
    virtual double settleSeconds() const { return 1.5; }
    // What the screen shows at `now`, for the proof-of-play log: by default
    // its parameter (an event id); the attract loop names its slide.
    virtual std::string shownItem(double /*now*/) const { return param_; }
    // Where the visitor is, for the header's path after this screen's label
    // (the event screen: its year and title; the map: the association shown).
    // Empty: the label alone says it.
    virtual std::vector<std::string> headingParts(const UiContext& /*ui*/) const { return {}; }
    // What spoken guidance says of the screen after its title, in reading
    // order and in ui.language: texts exactly as the screen shows them (the
    // pack's clips are found by them) and composed phrases as their pieces
    // ("3", "of", "13"). Called between frames, with ui.list unset.
    virtual std::vector<std::string> spokenContent(const UiContext& /*ui*/) const { return {}; }
    // The visitor pressed Back: a screen that can step back within itself
    // (the map closing an association to return to the list) does so and
    // returns true; otherwise the kiosk returns to the previous screen.
    virtual bool stepBack() { return false; }

  protected:
    virtual Intent drawContent(const UiContext& ui) = 0;
    double secondsShown(const UiContext& ui) const { return ui.now - enteredAt_; }
    double secondsShownAt(double now) const { return now - enteredAt_; }
    const std::string& param() const { return param_; }

  private:
    std::string param_;
    double enteredAt_ = 0.0;
};

}  // namespace kiosk::ui
