#pragma once
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "content/calendar.hpp"
#include "schedule/civil_time.hpp"

namespace kiosk {

// What the hourly visitor figures count. Each is a number per local hour and
// name, never a visitor's own record: no times finer than the hour, no
// sequence of one visitor's steps, no positions.
enum class FigureKind {
    Session,   // a visit began (name empty)
    Screen,    // a screen was opened (its registered name: "timeline")
    Item,      // an item was opened ("event:2016-04-26-...", "association:...")
    Language,  // a visit used a language ("ja", "en"; once per visit and language)
    Access,    // an access setting was turned on ("larger_text", "contrast", "speech"...)
};

// "session", "screen", "item", "language", "access": as stored and exported.
const char* figureKindName(FigureKind kind);
std::optional<FigureKind> parseFigureKind(const std::string& name);

// One hour of the kiosk PC's local time.
struct LocalHour {
    CalendarDate date;
    int hour = 0;  // 0..23

    bool operator<(const LocalHour& o) const {
        return std::tie(date.year, date.month, date.day, hour) <
               std::tie(o.date.year, o.date.month, o.date.day, o.hour);
    }
    bool operator==(const LocalHour& o) const { return date == o.date && hour == o.hour; }
};

// The local hour a wall-clock moment falls in, at `utcOffsetSeconds` east of
// UTC (Asia/Tokyo: +32400).
LocalHour localHourAt(UnixSeconds t, int utcOffsetSeconds);
// 0 Monday ... 6 Sunday.
int weekdayOf(const CalendarDate& date);

// A count for one hour, kind and name.
struct FigureCount {
    LocalHour hour;
    FigureKind kind = FigureKind::Session;
    std::string name;
    long count = 0;

    bool operator==(const FigureCount& o) const {
        return hour == o.hour && kind == o.kind && name == o.name && count == o.count;
    }
};

// Counts gathered since the last take(), merged per hour, kind and name, so
// that a batch written to the database is one row per figure however many
// visitors came.
class HourlyTally {
  public:
    void add(const LocalHour& hour, FigureKind kind, const std::string& name, long count = 1);
    void add(const FigureCount& count) { add(count.hour, count.kind, count.name, count.count); }
    bool empty() const { return counts_.empty(); }
    // The counts in hour, kind, name order; the tally is empty afterwards.
    std::vector<FigureCount> take();

  private:
    std::map<std::tuple<LocalHour, FigureKind, std::string>, long> counts_;
};

}  // namespace kiosk
