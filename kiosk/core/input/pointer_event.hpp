#pragma once

namespace kiosk {

// A point in screen pixels (origin top left).
struct Point {
    float x = 0.0f;
    float y = 0.0f;
};

// One raw pointer sample. GLFW 3.3 delivers a touch screen as a single pointer
// (the mouse), so a touch is Down, Moves, Up. `time` is seconds on the kiosk's
// clock (real or simulated), never read from the system by logic.
struct PointerEvent {
    enum class Type { Down, Move, Up };
    Type type = Type::Move;
    Point position;
    double time = 0.0;
};

}  // namespace kiosk
