#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// The 13 regional associations (colour, agreement date, member count) and the
// corporate partners with what each agreement does. Tapping an association
// opens it on the map.
class PartnersScreen : public Screen {
  public:
    void reset() override { scroll_.reset(); }
    bool animating(double now) const override {
        return Screen::animating(now) || scroll_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    // Each draws its section from y and returns the y below it.
    float drawAssociations(const UiContext& ui, float y, float margin, Intent& intent);
    float drawCompanies(const UiContext& ui, float y, float margin) const;

    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

}  // namespace kiosk::ui
