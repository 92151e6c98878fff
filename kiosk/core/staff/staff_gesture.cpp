#include "staff/staff_gesture.hpp"

#include <algorithm>

namespace kiosk {

int StaffGesture::cornerAt(Point p, const Rect& screen) const {
    const float side = settings_.cornerFraction * std::min(screen.w, screen.h);
    const bool left = p.x < screen.x + side, right = p.x >= screen.right() - side;
    const bool top = p.y < screen.y + side, bottom = p.y >= screen.bottom() - side;
    if (top && left) return 0;
    if (top && right) return 1;
    if (bottom && right) return 2;
    if (bottom && left) return 3;
    return -1;
}

bool StaffGesture::onPointer(const PointerEvent& event, const Rect& screen) {
    if (event.type == PointerEvent::Type::Down) {
        downCorner_ = cornerAt(event.position, screen);
        downAt_ = event.time;
        return false;
    }
    if (event.type != PointerEvent::Type::Up) return false;
    const int corner = cornerAt(event.position, screen);
    const bool tap =
        corner >= 0 && corner == downCorner_ && event.time - downAt_ <= settings_.maxTapSeconds;
    downCorner_ = -1;
    if (next_ > 0 && event.time - firstTapAt_ > settings_.withinSeconds) next_ = 0;
    if (!tap || corner != next_) {
        // A wrong tap may itself be the first of a new attempt.
        next_ = tap && corner == 0 ? 1 : 0;
        if (next_ == 1) firstTapAt_ = event.time;
        return false;
    }
    if (next_ == 0) firstTapAt_ = event.time;
    if (++next_ < 4) return false;
    next_ = 0;
    return true;
}

}  // namespace kiosk
