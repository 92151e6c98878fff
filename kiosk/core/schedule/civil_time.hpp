#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "content/calendar.hpp"

namespace kiosk {

// Seconds since 1970-01-01T00:00:00Z, the wall clock's reading. Whole seconds
// are enough for opening hours and dates.
using UnixSeconds = int64_t;

// A moment as a wall clock at a fixed offset from UTC reads it.
struct LocalTime {
    CalendarDate date;
    int weekday = 0;      // 0 Monday ... 6 Sunday
    int secondOfDay = 0;  // 0..86399
};

// Civil date and time at `utcOffsetSeconds` east of UTC (Asia/Tokyo: +32400).
// Exact for zones without daylight saving, which is all the schedule accepts.
LocalTime toLocalTime(UnixSeconds t, int utcOffsetSeconds);
// The moment a local date starts (00:00 local time).
UnixSeconds startOfLocalDay(const CalendarDate& date, int utcOffsetSeconds);
// Days since 1970-01-01 of a Gregorian date, and back.
int64_t daysFromCivil(const CalendarDate& date);
CalendarDate civilFromDays(int64_t days);
CalendarDate addDays(const CalendarDate& date, int64_t days);

// "2026-11-29T17:59:50+09:00" (or "Z"): a moment as the --now option and tests
// write it. Nothing for anything else.
std::optional<UnixSeconds> parseIsoMoment(const std::string& text);

}  // namespace kiosk
