#include "schedule_setup.hpp"

#include <chrono>

#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

void applyModeAndSchedule(KioskApp& app, const Pack& pack, const AppOptions& options) {
    const bool loop = options.config.mode == KioskMode::Loop;
    const bool headless = !options.screenshotPath.empty() || !options.scriptPath.empty() ||
                          options.benchFrames > 0 || options.soakHours > 0;
    app.setLoopMode(loop);
    const PackSchedule& schedule =
        options.config.schedule.present ? options.config.schedule : pack.schedule;
    app.setSchedule(Schedule(schedule), loop && (!headless || options.wallClockAtStart));
    app.setWallClock(options.wallClockAtStart ? double(*options.wallClockAtStart) : realWallClock(),
                     0.0);
}

double realWallClock() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

}  // namespace kiosk
