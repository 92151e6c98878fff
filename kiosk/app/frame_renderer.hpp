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

// Builds one frame of the app at `now` (ImGui frame, the app's drawing, turned
// for the panel) without rendering it: ImGui::GetDrawData() holds it.
void buildFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                int rotationDegrees = 0);

// Draws one frame of the app at `now`: ImGui frame, the app's drawing, and the
// draw data rendered into `target` (or the window when null) of width x height.
// With `rotationDegrees` (90, 180, 270) the picture is turned clockwise onto the
// width x height panel and the app lays out in the turned size.
void renderFrame(platform::Display& display, KioskApp& app, double now, int width, int height,
                 uint32_t background, platform::OffscreenTarget* target, int rotationDegrees = 0);

}  // namespace kiosk
