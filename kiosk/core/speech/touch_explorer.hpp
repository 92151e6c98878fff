#pragma once
#include <optional>
#include <string>

#include "input/screen_inventory.hpp"
#include "input/touch_frame.hpp"

namespace kiosk {

// One frame of touch as touch exploration leaves it.
struct ExploredTouch {
    TouchFrame frame;                  // what the screens get
    std::optional<std::string> speak;  // what lies under the finger, to say
};

// Touch exploration while spoken guidance is on, as phone screen readers do:
// one tap says what is under the finger (a target's label, else the text
// there) and presses nothing; a double tap presses what was said last (or,
// when nothing was, what is under it) with an ordinary tap there. Drags, and
// so scrolling and swipes, pass through unchanged. Plain logic over the
// frame's touch and what the last frame put on screen.
class TouchExplorer {
  public:
    ExploredTouch explore(const TouchFrame& touch, const ScreenInventory& onScreen);
    // Another screen or visitor: nothing said is left to press.
    void forget() { lastSpoken_.reset(); }

  private:
    std::optional<Point> lastSpoken_;  // the middle of what was said last
};

}  // namespace kiosk
