#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// The access button's screen: text size (three steps), high contrast, spoken
// guidance, more time, less motion and controls lower down, each one touch
// away with its state shown in words. What the visitor picks holds until the
// attract loop returns.
class AccessScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void reset() override { scroll_.reset(); }
    bool animating(double now) const override {
        return Screen::animating(now) || scroll_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

}  // namespace kiosk::ui
