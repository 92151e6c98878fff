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
// simulated clock stopped once its animations have settled, as a visitor who
// chose options.access sees it. Returns the exit code.
int renderScreenshot(platform::Display& display, KioskApp& app, const Pack& pack,
                     const AppOptions& options);

// The text size a screenshot's fonts are built at from the start (the
// visitor's, options.access); 1 for every other run, whose visitors choose
// on the access screen and get their fonts built then.
float headlessTextScale(const AppOptions& options);

// True when `text` names a screen that can be put up ("event:2016-04-26-..."
// or "home"; not "staff", which only the staff gesture opens).
bool isScreenArgument(const std::string& text);
// Parses it into a screen and its parameter, with the default parameter filled
// in (the event screen alone shows the first highlighted event); Home for
// anything that is not a screen argument.
ScreenRef resolveScreenArgument(const std::string& text, const Pack& pack);

}  // namespace kiosk
