#pragma once
#include "content/pack.hpp"
#include "images/image_cache.hpp"
#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

namespace platform {
class Display;
}

// kiosk --soak HOURS: the real app and renderer, headless at --size, on a
// simulated clock that leaps from frame to frame, so weeks of attract loop
// and visitors pass in minutes. Every slide of the loop is drawn mid-way
// through its transition (both slides on screen); once an hour a visitor
// opens a screen (each in turn, both languages), taps and drags at
// pseudo-random places and walks away until the kiosk resets. Resident
// memory, live GL objects and open file descriptors are printed after a
// warm-up, once a simulated day, and at the end. Returns 0; 4 when memory grew
// by more than --soak-max-rss-growth or GL objects or descriptors grew at all;
// 3 when the kiosk did not return to the attract loop after a visitor left.
int runSoak(platform::Display& display, KioskApp& app, const Pack& pack, const AppOptions& options,
            const ImageCache* pictures);

}  // namespace kiosk
