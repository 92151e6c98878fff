#pragma once
#include "content/pack.hpp"
#include "options.hpp"
#include "screen_registry.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// Renders `screen` into a PNG of exactly the requested size on a simulated
// clock stopped once its animations have settled. Returns the exit code.
int renderScreenshot(platform::Display& display, const Pack& pack, const AppOptions& options,
                     const ScreenEntry& screen, const ui::Fonts& fonts);

}  // namespace kiosk
