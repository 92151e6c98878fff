#pragma once
#include "input/rect.hpp"
#include "input/touch_frame.hpp"

namespace kiosk {

// The touch as content drawn inside `visible` may see it: what a visitor
// touches outside (a bar over the content, the clipped part of a card at the
// edge of a scrolled list) does not press or tap it. A tap counts only where it
// lands inside; a press, a drag or a long press only when it began inside, so
// a finger that lands on a bar and slides onto the content does nothing there.
TouchFrame touchWithin(const TouchFrame& touch, const Rect& visible);

}  // namespace kiosk
