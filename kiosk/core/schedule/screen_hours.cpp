#include "schedule/screen_hours.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

namespace kiosk {

void ScreenHours::setSchedule(Schedule schedule, bool applyHours) {
    schedule_ = std::move(schedule);
    applyHours_ = applyHours;
}

std::optional<UnixSeconds> ScreenHours::wallAt(double now) const {
    if (!wallMinusKiosk_) return std::nullopt;
    return UnixSeconds(std::floor(*wallMinusKiosk_ + now));
}

bool ScreenHours::dark(double now) const {
    const auto wall = wallAt(now);
    return applyHours_ && wall && !schedule_.onAt(*wall);
}

bool ScreenHours::quiet(double now) const {
    const auto wall = wallAt(now);
    return dark(now) || (wall && schedule_.quietAt(*wall));
}

std::optional<CalendarDate> ScreenHours::today(double now) const {
    const auto wall = wallAt(now);
    if (!wall) return std::nullopt;
    return schedule_.dateAt(*wall);
}

double ScreenHours::secondsUntilChange(double now, double none) const {
    const auto wall = wallAt(now);
    if (!applyHours_ || !wall) return none;
    const auto next = schedule_.nextChangeAfter(*wall);
    return next ? std::max(0.0, double(*next) - (*wallMinusKiosk_ + now)) : none;
}

bool ScreenHours::turned(double now) {
    const bool isDark = dark(now);
    if (isDark == wasDark_) return false;
    wasDark_ = isDark;
    return true;
}

}  // namespace kiosk
