#pragma once
#include <optional>

#include "runtime/install_notice.hpp"
#include "ui_context.hpp"

namespace kiosk {

// A notice for staff at the bottom of the screen (USB installs), over
// whatever is on screen: an outcome for long enough to be read from across
// the lobby, "checking" until the outcome replaces it.
class NoticeBoard {
  public:
    static constexpr double kOutcomeSeconds = 15.0;

    void show(const InstallNotice& notice, double now);
    // A notice is up at `now` (an outcome that has been read is dropped).
    bool upAt(double now);
    bool showing() const { return notice_.has_value(); }
    // Draws the banner into `overlay` (at overlay.now); call when upAt().
    void draw(const ui::UiContext& overlay) const;
    // It slides in or waits on a check: keep drawing frames.
    bool animating(double now) const;
    // When it next goes away by itself; `none` when it does not.
    double secondsUntilChange(double now, double none) const;

  private:
    std::optional<InstallNotice> notice_;
    double since_ = 0.0;
};

}  // namespace kiosk
