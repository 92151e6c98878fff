#pragma once
#include <string>

#include "access/access_report.hpp"
#include "config/kiosk_config.hpp"
#include "options.hpp"

namespace kiosk {

// The screen as the configuration describes it; what it leaves out (0) is
// the lobby's screen's (lobbyScreen()), and `configured` says whether both
// the size and the height were given.
PhysicalScreen physicalScreenOf(const DisplayConfig& display);

// kiosk --check-access: draws every visitor screen (the attract loop's title,
// Home and each screen a visitor opens, in each of the pack's languages) at
// --size, turned by the configured rotation, on a display with no window,
// and prints for each the smallest touch target in millimetres, the smallest
// text with the reading distance it suits, and every control out of a
// wheelchair user's reach, on the configured screen. With `reach` the
// visitor has chosen the reach mode. The exit status: 0 when every screen
// meets the minimums (AccessMinimums), 3 when one does not, 1 when the pack
// or its fonts do not load.
int runAccessCheck(const AppOptions& options, const std::string& packDir);

}  // namespace kiosk
