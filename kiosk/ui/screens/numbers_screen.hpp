#pragma once
#include "screen.hpp"
#include "scroll_driver.hpp"

namespace kiosk::ui {

// The yearly partner counts as an animated bar chart with the exact figures;
// chips switch between the stats table's series (total first).
class NumbersScreen : public Screen {
  public:
    std::vector<std::string> spokenContent(const UiContext& ui) const override;
    void enter(const std::string& param, double now) override;
    void reset() override {
        series_ = -1;
        scroll_.reset();
    }
    double settleSeconds() const override { return 1.6; }
    bool animating(double now) const override {
        return Screen::animating(now) || now - changedAt_ < 1.3 || scroll_.scroll().animating();
    }

  protected:
    Intent drawContent(const UiContext& ui) override;

  private:
    // The series chips, from `y`; returns the bottom of their last row.
    float drawChips(const UiContext& ui, float y);
    // Everything from `top` (scrolled); returns the bottom of the notes.
    float drawScrolled(const UiContext& ui, float top, float left, float width, float textW,
                       const StatsSeries& series);

    // Larger text leaves the chart too little height: the screen scrolls.
    ScrollDriver scroll_{ScrollDriver::Axis::Vertical};
    int series_ = -1;         // index into stats.series; -1 picks the total
    double changedAt_ = 0.0;  // bars grow again when the series changes
};

// What `series` counts, in a line: the pack's string "numbers_caption_ID" for
// the series ID; empty when the pack gives none.
std::string seriesCaption(const UiContext& ui, const StatsSeries& series);

// Draws one series of the stats table as bars growing over `growth` (0..1);
// shared with the attract loop's numbers slide.
void drawStatsBars(const UiContext& ui, const Rect& chart, const StatsSeries& series, float growth,
                   uint32_t barColor);

}  // namespace kiosk::ui
