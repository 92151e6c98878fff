#include "input/touch_frame.hpp"

namespace kiosk {

void TouchFrame::add(const Gesture& g) {
    position = g.position;
    switch (g.type) {
        case Gesture::Type::Press:
            pressStart = g.start;
            down = true;
            dragging = false;
            break;
        case Gesture::Type::Tap:
            tap = g.position;
            break;
        case Gesture::Type::DoubleTap:
            doubleTap = g.position;
            break;
        case Gesture::Type::LongPress:
            longPress = g.position;
            break;
        case Gesture::Type::DragStart:
            dragStarted = dragging = true;
            dragDelta.x += g.delta.x;
            dragDelta.y += g.delta.y;
            break;
        case Gesture::Type::Drag:
            dragDelta.x += g.delta.x;
            dragDelta.y += g.delta.y;
            break;
        case Gesture::Type::DragEnd:
            dragEnded = true;
            releaseVelocity = g.velocity;
            break;
        case Gesture::Type::Swipe:
            swipe = g.direction;
            break;
    }
}

TouchFrame touchFrameFrom(const std::vector<Gesture>& gestures, const GestureRecognizer& recognizer,
                          const TouchFrame& previous) {
    TouchFrame frame;
    // A touch in progress carries over from frame to frame.
    frame.pressStart = previous.pressStart;
    frame.dragging = previous.dragging && previous.down;
    for (const Gesture& g : gestures) frame.add(g);
    frame.down = recognizer.pointerDown();
    frame.position = recognizer.pointerPosition();
    if (!frame.down) frame.dragging = false;
    return frame;
}

}  // namespace kiosk
