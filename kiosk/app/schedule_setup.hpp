#pragma once

namespace kiosk {

class KioskApp;
struct AppOptions;
struct Pack;
struct PackSchedule;

// Puts the mode and schedule on a freshly made app: loop mode (--loop), the
// venue's schedule (the configuration's) in place of the pack's when given,
// and the wall clock (--now, else the real clock) at kiosk time 0. Booth hours
// darken the screen only in loop mode, and headless runs only with --now, so
// lobby screens, screenshots and tests never go dark by surprise.
void applyModeAndSchedule(KioskApp& app, const Pack& pack, const AppOptions& options,
                          const PackSchedule* venueSchedule);

// The real wall clock, in Unix seconds (the interactive loop tells the app
// every frame, so a clock set after boot is followed).
double realWallClock();

}  // namespace kiosk
