#include "speech/touch_explorer.hpp"

namespace kiosk {

ExploredTouch TouchExplorer::explore(const TouchFrame& touch, const ScreenInventory& onScreen) {
    ExploredTouch out;
    out.frame = touch;
    if (touch.doubleTap) {
        // The pair's second tap comes with it: it presses, it does not speak.
        out.frame.tap = lastSpoken_ ? *lastSpoken_ : *touch.doubleTap;
        out.frame.doubleTap.reset();
        lastSpoken_.reset();
        return out;
    }
    if (!touch.tap) return out;
    out.frame.tap.reset();
    if (auto target = onScreen.targetAt(*touch.tap)) {
        out.speak = target->label;
        lastSpoken_ = target->rect.center();
    } else if (auto text = onScreen.textAt(*touch.tap)) {
        out.speak = text->text;
        lastSpoken_ = *touch.tap;
    } else {
        lastSpoken_.reset();
    }
    return out;
}

}  // namespace kiosk
