#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// One event in full: category, dates (era and Gregorian, honest about
// precision), title, summary, body, venue, people, places and partners.
class EventScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void enter(const std::string& param, double now) override;
    void reset() override { scroll_.reset(); }
    // The header's path after "Event": its year (the timeline's) and its title.
    std::vector<std::string> headingParts(const UiContext& ui) const override;
    bool animating(double now) const override {
        return Screen::animating(now) || scroll_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    // The category, date, title, summary and body; the picture under them
    // when `withPicture`.
    float drawMain(const UiContext& ui, const Event& e, float x, float y, float w,
                   bool withPicture);
    float drawLayout(const UiContext& ui, const Event& e, float margin, float y0, Intent& intent);
    float drawEventPicture(const UiContext& ui, const Event& e, float x, float y, float w);
    float drawFacts(const UiContext& ui, const Event& e, float x, float y, float w, Intent& intent);

    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
};

}  // namespace kiosk::ui
