#pragma once
#include <functional>
#include <optional>
#include <vector>

#include "content/pack.hpp"
#include "schedule/civil_time.hpp"

namespace kiosk {

// The pack's schedule as answers about moments: is the screen on, when does
// that next change (so the render loop can sleep until then), is it quiet
// hours, which slides show today. Plain logic; every moment comes in as an
// argument, in Unix seconds, and is read in the schedule's time zone.
class Schedule {
  public:
    // A pack without a schedule file: always on, never quiet, dates in Asia/Tokyo.
    explicit Schedule(PackSchedule data = {});

    // The screen shows at `t` (inside the day's on hours, or the date's override).
    bool onAt(UnixSeconds t) const;
    // The first moment after `t` at which onAt() answers differently; nothing
    // when it stays the same for at least a year (always on, or never).
    std::optional<UnixSeconds> nextChangeAfter(UnixSeconds t) const;
    // Quiet hours: the kiosk makes no sound, though the screen may show.
    bool quietAt(UnixSeconds t) const;
    std::optional<UnixSeconds> nextQuietChangeAfter(UnixSeconds t) const;

    // The local date at `t` (slides' from/until are local dates).
    CalendarDate dateAt(UnixSeconds t) const;
    // The next local midnight after `t`: when the slides that show may change.
    UnixSeconds nextDateChangeAfter(UnixSeconds t) const;
    bool slideShownAt(const Slide& slide, UnixSeconds t) const { return slide.shownOn(dateAt(t)); }

    // The on hours that apply to a date: its override, else its weekday's.
    const std::vector<DayRange>& hoursOn(const CalendarDate& date) const;
    int utcOffsetSeconds() const { return data_.utcOffsetSeconds; }

  private:
    using RangesOf = std::function<const std::vector<DayRange>&(const CalendarDate&)>;
    static bool inside(const RangesOf& rangesOf, const LocalTime& local);
    std::optional<UnixSeconds> nextBoundary(UnixSeconds t, const RangesOf& rangesOf) const;

    PackSchedule data_;
};

}  // namespace kiosk
