#include "stats/figure_report.hpp"

#include <algorithm>
#include <map>

namespace kiosk {

namespace {

std::vector<FigureTop> mostCounted(const std::map<std::string, long>& counts, size_t top) {
    std::vector<FigureTop> out;
    for (const auto& [name, count] : counts) out.push_back({name, count});
    // The most counted first; equal counts by name, so the list does not jump.
    std::stable_sort(out.begin(), out.end(),
                     [](const FigureTop& a, const FigureTop& b) { return a.count > b.count; });
    if (out.size() > top) out.resize(top);
    return out;
}

}  // namespace

CalendarDate FigureReport::firstDay() const {
    return addDays(today, -(days - 1));
}

long FigureReport::busiestDay() const {
    return visitsPerDay.empty() ? 0 : *std::max_element(visitsPerDay.begin(), visitsPerDay.end());
}

long FigureReport::busiestHour() const {
    long most = 0;
    for (const auto& day : visitsByWeekdayHour)
        for (long count : day) most = std::max(most, count);
    return most;
}

FigureReport reportFigures(const std::vector<FigureCount>& rows, const CalendarDate& today,
                           int days, size_t top) {
    FigureReport report;
    report.today = today;
    report.days = days;
    report.visitsPerDay.assign(size_t(days), 0);
    const int64_t last = daysFromCivil(today), first = last - days + 1;
    std::map<std::string, long> screens, items, languages, access;
    for (const FigureCount& row : rows) {
        const int64_t day = daysFromCivil(row.hour.date);
        if (day < first || day > last || row.hour.hour < 0 || row.hour.hour > 23) continue;
        switch (row.kind) {
            case FigureKind::Session:
                report.visitsPerDay[size_t(day - first)] += row.count;
                if (day > last - kHeatMapDays) {
                    auto& weekday = report.visitsByWeekdayHour[size_t(weekdayOf(row.hour.date))];
                    weekday[size_t(row.hour.hour)] += row.count;
                }
                report.visitsInDays += row.count;
                if (day == last) report.visitsToday += row.count;
                break;
            case FigureKind::Screen:
                screens[row.name] += row.count;
                break;
            case FigureKind::Item:
                items[row.name] += row.count;
                break;
            case FigureKind::Language:
                languages[row.name] += row.count;
                break;
            case FigureKind::Access:
                access[row.name] += row.count;
                break;
        }
    }
    report.topScreens = mostCounted(screens, top);
    report.topItems = mostCounted(items, top);
    report.topLanguages = mostCounted(languages, top);
    report.topAccess = mostCounted(access, top);
    return report;
}

}  // namespace kiosk
