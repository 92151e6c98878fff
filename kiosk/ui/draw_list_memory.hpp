#pragma once

namespace kiosk::ui {

// Frees what ImGui's draw lists hold between frames: each keeps buffers the
// size of the largest frame it ever drew (the attract loop's map, tens of
// thousands of vertices), which a still Home screen never needs again. The
// windows' lists and the layers' scratch lists are emptied; they grow again to
// what the next frames draw. Render thread, between frames only (after a
// frame is shown, before the next NewFrame).
void releaseDrawListMemory();

}  // namespace kiosk::ui
