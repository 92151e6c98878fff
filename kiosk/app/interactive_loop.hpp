#pragma once
#include <functional>
#include <memory>

#include "live_content.hpp"

namespace kiosk {
namespace platform {
class Display;
}

// The exit status when staff leave the kiosk from the panel: the systemd unit
// does not restart the kiosk for it (RestartPreventExitStatus), as it does
// after a crash or a hang.
constexpr int kStaffExitStatus = 10;

class KioskRuntime;

// A look inside the running loop, for tests: each pass, after what finished
// on the worker was applied and before the frame is decided, with the
// runtime the loop drives (to start staff work as the panel would).
using LoopPassHook = std::function<void(KioskRuntime& runtime, double now)>;

// The kiosk on its screen until the window is closed: pointer input to the app,
// one frame whenever something changes (render on demand), and a new pack
// swapped in at the next quiet moment.
int runInteractive(platform::Display& display, std::unique_ptr<LiveContent> live,
                   const LiveContentSettings& settings, LoopPassHook eachPass = {});

}  // namespace kiosk
