#pragma once
#include <string>

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

// True when `text` names a screen that can be put up ("event:2016-04-26-..."
// or "home"; not "staff", which only the staff gesture opens).
bool isScreenArgument(const std::string& text);
// Parses it into a screen and its parameter, with the default parameter filled
// in (the event screen alone shows the first highlighted event); Home for
// anything that is not a screen argument.
ScreenRef resolveScreenArgument(const std::string& text, const Pack& pack);

}  // namespace kiosk
