#include "scroll_driver.hpp"

#include <algorithm>

#include "input/touch_clip.hpp"
#include "paint.hpp"

namespace kiosk::ui {

void ScrollDriver::update(const TouchFrame* touch, const Rect& region, double dt) {
    if (touch) {
        const bool horizontal = axis_ == Axis::Horizontal;
        if (touch->down && region.contains(touch->pressStart) && !held_) {
            scroll_.grab();
            held_ = true;
        }
        // Content moves with the finger: dragging left scrolls towards the end.
        const float delta = horizontal ? touch->dragDelta.x : touch->dragDelta.y;
        if (held_ && (touch->dragging || touch->dragEnded)) scroll_.dragBy(-delta);
        if (held_ && !touch->down) {
            const float velocity = horizontal ? touch->releaseVelocity.x : touch->releaseVelocity.y;
            scroll_.release(touch->dragEnded ? -velocity : 0.0);
            held_ = false;
        }
    }
    scroll_.advance(dt);
}

ScrollView::ScrollView(const UiContext& ui, const Rect& view, const ScrollDriver& driver,
                       uint32_t edgeColor)
    : ui_(ui), view_(snapped(view)), driver_(driver), edgeColor_(edgeColor) {
    if (ui.touch) {
        touch_ = touchWithin(*ui.touch, view_);
        ui_.touch = &touch_;
    }
    ui_.list->PushClipRect(v(view_.x, view_.y), v(view_.right(), view_.bottom()), true);
}

ScrollView::~ScrollView() {
    // The fade grows with the distance scrolled, up to its full depth, so that
    // a list at rest at its start shows no edge there.
    const KineticScroll& scroll = driver_.scroll();
    const float depth = ui_.px(32);
    const float before = std::clamp(float(scroll.offset()) / depth, 0.0f, 1.0f);
    const float after = std::clamp(float(scroll.maxOffset() - scroll.offset()) / depth, 0.0f, 1.0f);
    const ImU32 solid = themeColor(edgeColor_), clear = themeColor(edgeColor_, 0.0f);
    ImDrawList& list = *ui_.list;
    if (driver_.axis() == ScrollDriver::Axis::Vertical) {
        if (before > 0.0f)
            list.AddRectFilledMultiColor(v(view_.x, view_.y),
                                         v(view_.right(), view_.y + depth * before), solid, solid,
                                         clear, clear);
        if (after > 0.0f)
            list.AddRectFilledMultiColor(v(view_.x, view_.bottom() - depth * after),
                                         v(view_.right(), view_.bottom()), clear, clear, solid,
                                         solid);
    } else {
        if (before > 0.0f)
            list.AddRectFilledMultiColor(v(view_.x, view_.y),
                                         v(view_.x + depth * before, view_.bottom()), solid, clear,
                                         clear, solid);
        if (after > 0.0f)
            list.AddRectFilledMultiColor(v(view_.right() - depth * after, view_.y),
                                         v(view_.right(), view_.bottom()), clear, solid, solid,
                                         clear);
    }
    list.PopClipRect();
}

}  // namespace kiosk::ui
