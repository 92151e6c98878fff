#include "schedule/schedule.hpp"

#include <algorithm>
#include <utility>

namespace kiosk {

namespace {

constexpr int kSecondsPerDay = 86400;
// How far ahead nextChangeAfter() looks: a year and a day covers a weekly
// table and any override written for the coming year.
constexpr int kHorizonDays = 367;

const std::vector<DayRange> kAllDay = {DayRange{0, 1440}};

}  // namespace

Schedule::Schedule(PackSchedule data) : data_(std::move(data)) {
    if (!data_.present)
        for (auto& day : data_.weekly) day = kAllDay;
}

const std::vector<DayRange>& Schedule::hoursOn(const CalendarDate& date) const {
    for (const DateOverride& o : data_.overrides)
        if (o.date == date) return o.hours;
    return data_.weekly[size_t(toLocalTime(startOfLocalDay(date, 0), 0).weekday)];
}

// A span runs from its start on its own day; one that crosses midnight also
// covers the next day up to its end. So a moment is inside when today's spans
// hold it, or yesterday's spill over to it.
bool Schedule::inside(const RangesOf& rangesOf, const LocalTime& local) {
    const int second = local.secondOfDay;
    for (const DayRange& r : rangesOf(local.date)) {
        const int start = r.startMinute * 60, end = r.endMinute * 60;
        if (r.crossesMidnight() ? second >= start : second >= start && second < end) return true;
    }
    for (const DayRange& r : rangesOf(addDays(local.date, -1)))
        if (r.crossesMidnight() && second < r.endMinute * 60) return true;
    return false;
}

std::optional<UnixSeconds> Schedule::nextBoundary(UnixSeconds t, const RangesOf& rangesOf) const {
    const int offset = data_.utcOffsetSeconds;
    const CalendarDate today = toLocalTime(t, offset).date;
    // Every span from yesterday (which may spill into today) to the horizon, as
    // moments, merged where they overlap or touch: the edges that remain are
    // the moments the answer changes.
    std::vector<std::pair<UnixSeconds, UnixSeconds>> spans;
    for (int d = -1; d <= kHorizonDays; ++d) {
        const CalendarDate date = addDays(today, d);
        const UnixSeconds dayStart = startOfLocalDay(date, offset);
        for (const DayRange& r : rangesOf(date)) {
            const UnixSeconds end =
                r.crossesMidnight() ? kSecondsPerDay + r.endMinute * 60 : r.endMinute * 60;
            spans.emplace_back(dayStart + r.startMinute * 60, dayStart + end);
        }
    }
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<UnixSeconds, UnixSeconds>> merged;
    for (const auto& span : spans) {
        if (!merged.empty() && span.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, span.second);
        else
            merged.push_back(span);
    }
    const UnixSeconds horizon = startOfLocalDay(addDays(today, kHorizonDays), offset);
    for (const auto& [start, end] : merged) {
        if (start > t) return start >= horizon ? std::nullopt : std::optional(start);
        if (t < end) return end >= horizon ? std::nullopt : std::optional(end);
    }
    return std::nullopt;
}

bool Schedule::onAt(UnixSeconds t) const {
    return inside(
        [this](const CalendarDate& d) -> const auto& { return hoursOn(d); },
        toLocalTime(t, data_.utcOffsetSeconds));
}

std::optional<UnixSeconds> Schedule::nextChangeAfter(UnixSeconds t) const {
    return nextBoundary(
        t, [this](const CalendarDate& d) -> const auto& { return hoursOn(d); });
}

bool Schedule::quietAt(UnixSeconds t) const {
    return inside(
        [this](const CalendarDate&) -> const auto& { return data_.quiet; },
        toLocalTime(t, data_.utcOffsetSeconds));
}

std::optional<UnixSeconds> Schedule::nextQuietChangeAfter(UnixSeconds t) const {
    return nextBoundary(
        t, [this](const CalendarDate&) -> const auto& { return data_.quiet; });
}

CalendarDate Schedule::dateAt(UnixSeconds t) const {
    return toLocalTime(t, data_.utcOffsetSeconds).date;
}

UnixSeconds Schedule::nextDateChangeAfter(UnixSeconds t) const {
    return startOfLocalDay(addDays(dateAt(t), 1), data_.utcOffsetSeconds);
}

}  // namespace kiosk
