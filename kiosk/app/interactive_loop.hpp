#pragma once
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

// The kiosk on its screen until the window is closed: pointer input to the app,
// one frame whenever something changes (render on demand), and a new pack
// swapped in at the next quiet moment.
int runInteractive(platform::Display& display, std::unique_ptr<LiveContent> live,
                   const LiveContentSettings& settings);

}  // namespace kiosk
