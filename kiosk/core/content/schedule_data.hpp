#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "content/calendar.hpp"

namespace kiosk {

// A span of a day in local wall-clock time, as minutes since midnight. `end`
// at or before `start` means the span runs past midnight into the next day
// ("22:00-02:00"); the span belongs to the day it starts on.
struct DayRange {
    int startMinute = 0;   // 0..1439
    int endMinute = 1440;  // 1..1440 (1440 is "24:00")

    bool crossesMidnight() const { return endMinute <= startMinute; }
    bool operator==(const DayRange& o) const {
        return startMinute == o.startMinute && endMinute == o.endMinute;
    }
};

// One date's hours instead of the weekly table: closed all day (`hours`
// empty), or special hours.
struct DateOverride {
    CalendarDate date;
    std::vector<DayRange> hours;
    size_t indexInFile = 0;  // its place in schedule.json "overrides"
};

// When the screen shows and when it keeps quiet (schedule.json; see
// content/README.md). A pack without one is always on and never quiet.
struct PackSchedule {
    bool present = false;  // the pack has a schedule file
    // Offset of the wall clock the hours are written in from UTC, in seconds.
    // Only zones without daylight saving are accepted, so a fixed offset is exact.
    int utcOffsetSeconds = 9 * 3600;
    std::string timeZone = "Asia/Tokyo";
    // On hours per weekday, Monday first (index 0) to Sunday (6). An empty day
    // is dark all day.
    std::array<std::vector<DayRange>, 7> weekly = {};
    std::vector<DateOverride> overrides;  // by date, each date once
    // Spans of every day when the kiosk makes no sound (the screen still shows).
    std::vector<DayRange> quiet;
};

// Parses "HH:MM-HH:MM" (00:00 to 24:00; an end before the start runs past
// midnight). On failure returns nothing and says why in `why`.
std::optional<DayRange> parseDayRange(const std::string& text, std::string& why);
// "09:00-18:00", as written.
std::string formatDayRange(const DayRange& range);

// The weekday keys of schedule.json, Monday first.
extern const std::array<const char*, 7> kWeekdayKeys;

}  // namespace kiosk
