#pragma once
#include <memory>

#include "live_content.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// kiosk --watch --reload-soak N: reloads the watched pack N times through
// the path a save takes (the reloader's build, validation and fonts, the
// runtime putting it live on the screen being shown, the font texture's
// upload), a frame drawn offscreen at --size after each, and reports what
// must not grow, as --soak does: resident memory, GL objects and open file
// descriptors, measured after a warm-up and at the end. Exit status 0 when
// they stayed flat (memory within --soak-max-rss-growth KiB), 3 when a
// reload lost the place, 4 when something grew.
int runReloadSoak(platform::Display& display, std::unique_ptr<LiveContent> content,
                  const LiveContentSettings& settings, int reloads);

}  // namespace kiosk
