#pragma once
#include <memory>

#include "screen.hpp"
#include "session/attract_clock.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk::ui {

// The attract loop: the pack's playlist, slide after slide with push
// transitions and slow movement, and the call to action ("タッチしてください",
// "Touch to start": one part per language) always visible. It never reacts to
// touches itself: the session swallows the first one, and the app starts the
// visit in the language of the part it landed on.
// In loop mode (ui.loopMode) it does: a tap pauses or resumes the slide, a
// swipe changes to the next or previous one, and a pause badge replaces the prompt.
class AttractScreen : public Screen {
  public:
    // `frozenOnTitle`: stay on the title slide (the "title" screen of headless renders).
    explicit AttractScreen(bool frozenOnTitle = false) : frozenOnTitle_(frozenOnTitle) {}
    void enter(const std::string& param, double now) override;
    bool animating(double) const override { return true; }
    // Full rate only for transitions and entrances; the slow drift between
    // them is drawn at a fraction of it (see AttractMotion).
    FrameNeed frameNeed(double now) const override;
    double settleSeconds() const override { return 1.5; }
    // The slide on screen: "title", "numbers", "event:ID", "qr:URL", ...
    std::string shownItem(double now) const override;
    // How long before the next slide its picture is asked for: a decode at
    // 3840x2160 takes well under a second here, a few on a small board.
    static constexpr double kPrefetchLeadSeconds = 4.0;

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    void prefetchNextPicture(const UiContext& ui, double secondsShown) const;
    void preparePlaylist(const UiContext& ui);
    void followTouch(const UiContext& ui);
    void drawSlides(const UiContext& ui, double t);

    bool frozenOnTitle_;
    std::unique_ptr<AttractPlaylist> playlist_;
    const Pack* playlistPack_ = nullptr;
    std::optional<CalendarDate> playlistDate_;  // the date its slides were chosen for
    AttractClock clock_;                        // the loop's own time (pause, swipes)
};

}  // namespace kiosk::ui
