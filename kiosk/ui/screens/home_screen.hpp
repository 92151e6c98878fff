#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// Big tiles, one for each screen the screen table gives a Home tile. With
// larger text the tiles grow to hold their titles, and scroll when they no
// longer fit the screen.
class HomeScreen : public Screen {
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
