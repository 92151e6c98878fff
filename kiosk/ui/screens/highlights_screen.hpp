#pragma once
#include <vector>

#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

struct PageShape;

// The highlighted events as a horizontally paged carousel of large cards (two
// a page, side by side or one above the other): swipe or use the arrows; tap a
// card for its detail.
class HighlightsScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void reset() override {
        page_ = 0;
        pager_.reset();
    }
    bool animating(double now) const override {
        return Screen::animating(now) || pager_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    void snapToSwipedPage(const TouchFrame& touch, const Rect& view, int pages);
    void drawCards(const UiContext& ui, const std::vector<const Event*>& events, const Rect& view,
                   const PageShape& shape, Intent& intent) const;
    void drawPageControls(const UiContext& ui, const Rect& view, float margin, float arrowW,
                          int pages);

    ScrollDriver pager_{ScrollDriver::Axis::Horizontal};
    int page_ = 0;
};

}  // namespace kiosk::ui
