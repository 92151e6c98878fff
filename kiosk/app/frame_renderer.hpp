#pragma once
#include <cstdint>
#include <memory>

namespace kiosk {

class KioskApp;
namespace platform {
class Display;
class OffscreenTarget;
}  // namespace platform

struct AppOptions;

// The offscreen target of --size for screenshots, scripts and benchmarks;
// null (with the reason printed) when the GPU cannot make one.
std::unique_ptr<platform::OffscreenTarget> createShotTarget(const AppOptions& options);

// Draws one frame of the app at `now`: ImGui frame, the app's drawing, and the
// draw data rendered into `target` (or the window when null) of width x height.
void renderFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                 uint32_t background, platform::OffscreenTarget* target);

}  // namespace kiosk
