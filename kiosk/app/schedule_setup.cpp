#include "schedule_setup.hpp"

#include <chrono>

#include "kiosk_app.hpp"
#include "options.hpp"

namespace kiosk {

void applyModeAndSchedule(KioskApp& app, const Pack& pack, const AppOptions& options,
                          const PackSchedule* venueSchedule) {
    const bool loop = options.config.mode == KioskMode::Loop;
    app.setLoopMode(loop);
    app.setSchedule(Schedule(venueSchedule ? *venueSchedule : pack.schedule),
                    loop && (!options.headless.any() || options.wallClockAtStart));
    app.setWallClock(options.wallClockAtStart ? double(*options.wallClockAtStart) : realWallClock(),
                     0.0);
}

double realWallClock() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

}  // namespace kiosk
