#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// What the project is, where the data comes from (with the boundary data's
// credit line).
class AboutScreen : public Screen {
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
