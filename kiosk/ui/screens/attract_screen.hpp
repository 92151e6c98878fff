#pragma once
#include <memory>

#include "screen.hpp"
#include "session/attract_playlist.hpp"

namespace kiosk::ui {

// The attract loop: the pack's playlist, slide after slide with push
// transitions and slow movement, and "タッチしてください / Touch to start" always
// visible. It never reacts to touches itself: the session swallows the first one.
class AttractScreen : public Screen {
  public:
    // `frozenOnTitle`: stay on the title slide (the "title" screen of headless renders).
    explicit AttractScreen(bool frozenOnTitle = false) : frozenOnTitle_(frozenOnTitle) {}
    void enter(const std::string& param, double now) override;
    bool animating(double) const override { return true; }
    double settleSeconds() const override { return 1.5; }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    void prefetchNextPicture(const UiContext& ui, double secondsShown) const;

    bool frozenOnTitle_;
    std::unique_ptr<AttractPlaylist> playlist_;
    const Pack* playlistPack_ = nullptr;
};

}  // namespace kiosk::ui
