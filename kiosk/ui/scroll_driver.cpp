#include "scroll_driver.hpp"

#include <algorithm>

#include "input/touch_clip.hpp"
#include "paint.hpp"
#include "scroll_cues.hpp"

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
    // The same cues as every scrolled list: fades where content is hidden and
    // a bar saying how much there is (drawScrollCues); a sideways strip (the
    // timeline) shows its extent by the cards cut at its edges.
    const KineticScroll& scroll = driver_.scroll();
    if (driver_.axis() == ScrollDriver::Axis::Vertical)
        drawScrollCues(ui_, view_, edgeColor_, scroll, scroll.maxOffset() + view_.h);
    ui_.list->PopClipRect();
}

}  // namespace kiosk::ui
