#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// The 13 regional associations as cards (colour, name, summary, member count,
// agreement date, region) that open the partner map on that association, and
// the corporate partners as a plain list with what each agreement does.
class PartnersScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void reset() override { scroll_.reset(); }
    bool animating(double now) const override {
        return Screen::animating(now) || scroll_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    // Each draws its section from y and returns the y below it.
    float drawAssociations(const UiContext& ui, float y, Intent& intent);
    float drawCompanies(const UiContext& ui, float y) const;

    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

}  // namespace kiosk::ui
