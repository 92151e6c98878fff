#pragma once
#include "content/pack.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// Renders options.screen into a PNG of exactly the requested size on a
// simulated clock stopped once its animations have settled. Returns the exit code.
int renderScreenshot(platform::Display& display, KioskApp& app, const Pack& pack,
                     const AppOptions& options);

// Parses "event:2016-04-26-..." into a screen and its parameter.
ScreenRef parseScreenArgument(const std::string& text);
// The same, with the default parameter filled in ("event" alone shows the first
// highlighted event).
ScreenRef resolveScreenArgument(const std::string& text, const Pack& pack);

}  // namespace kiosk
