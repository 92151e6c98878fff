#include "session/attract_slide_layout.hpp"

#include <algorithm>

namespace kiosk {

Rect slideContentBox(const Rect& r, const CallToAction& callToAction, const SlideGrid& grid) {
    const float top = r.y + grid.margin * 1.5f;
    const float bottom = std::min(r.bottom() - grid.margin, callToAction.reach.y - grid.gutter);
    return {r.x + grid.margin, top, std::max(0.0f, r.w - 2 * grid.margin),
            std::max(0.0f, bottom - top)};
}

NumbersSlideLayout layoutNumbersSlide(const Rect& r, const CallToAction& callToAction,
                                      const SlideGrid& grid, float textHeight) {
    const Rect content = slideContentBox(r, callToAction, grid);
    NumbersSlideLayout out;
    out.text = {content.x, content.y, content.w, std::min(textHeight, content.h)};
    const float chartTop = out.text.bottom() + grid.gutter;
    out.chart = {content.x, chartTop, content.w, std::max(0.0f, content.bottom() - chartTop)};
    return out;
}

}  // namespace kiosk
