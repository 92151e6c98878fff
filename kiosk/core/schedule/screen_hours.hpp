#pragma once
#include <optional>

#include "schedule/schedule.hpp"

namespace kiosk {

// The venue's schedule against the wall clock: which dated slides show
// today, quiet hours, and (loop mode's booth hours) when the screen is dark.
// Plain logic on the kiosk's clock.
class ScreenHours {
  public:
    // The schedule whose dated slides show; with `applyHours` the screen is
    // dark outside its on hours.
    void setSchedule(Schedule schedule, bool applyHours);
    // At kiosk time `now` the wall clock reads `unixSeconds`; until told, no
    // date is known: every slide shows and the screen never goes dark.
    void setWallClock(double unixSeconds, double now) { wallMinusKiosk_ = unixSeconds - now; }

    bool dark(double now) const;
    // Quiet hours now, or a dark screen: no sound.
    bool quiet(double now) const;
    // The local date, for dated slides; none until the wall clock is known.
    std::optional<CalendarDate> today(double now) const;
    // Seconds until the screen goes dark or light; `none` when never.
    double secondsUntilChange(double now, double none) const;
    // True once each time the screen goes dark or light again.
    bool turned(double now);
    // As of the last turned(): the screen is dark.
    bool wasDark() const { return wasDark_; }

    // The wall clock at kiosk time `now`; none until told.
    std::optional<UnixSeconds> wallAt(double now) const;

  private:
    Schedule schedule_;
    bool applyHours_ = false;
    std::optional<double> wallMinusKiosk_;  // wall clock minus kiosk clock, once known
    bool wasDark_ = false;
};

}  // namespace kiosk
