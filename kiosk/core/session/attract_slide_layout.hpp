#pragma once
#include "input/rect.hpp"
#include "session/attract_call_to_action.hpp"

namespace kiosk {

// The layout grid an attract slide is drawn on, in pixels (UiContext's
// margin() and gutter()).
struct SlideGrid {
    float margin = 56.0f;
    float gutter = 24.0f;
};

// The part of slide `r` its content may take: within the grid's margins, from
// the top margin down to a gutter above the call to action's reach, so that
// neither the parts nor their pulsing rings ever cover a slide's text.
Rect slideContentBox(const Rect& r, const CallToAction& callToAction, const SlideGrid& grid);

// The attract loop's numbers slide: its heading and caption on top (as tall as
// `textHeight`), the bar chart filling the rest of the content box.
struct NumbersSlideLayout {
    Rect text;
    Rect chart;
};
NumbersSlideLayout layoutNumbersSlide(const Rect& r, const CallToAction& callToAction,
                                      const SlideGrid& grid, float textHeight);

}  // namespace kiosk
