#pragma once
// Pointer events for tests of the touch pipeline, at a position and a time.
#include "input/pointer_event.hpp"

namespace kiosk::test {

inline PointerEvent down(float x, float y, double t) {
    return {PointerEvent::Type::Down, {x, y}, t};
}
inline PointerEvent move(float x, float y, double t) {
    return {PointerEvent::Type::Move, {x, y}, t};
}
inline PointerEvent up(float x, float y, double t) {
    return {PointerEvent::Type::Up, {x, y}, t};
}

}  // namespace kiosk::test
