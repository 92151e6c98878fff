#pragma once
#include <array>
#include <string>
#include <vector>

#include "stats/visit_figures.hpp"

namespace kiosk {

// The busiest hours are summed over four whole weeks.
constexpr int kHeatMapDays = 28;

// A name and how often it was counted.
struct FigureTop {
    std::string name;
    long count = 0;
};

// What the staff's Visitors page and the export show: the visits of the last
// days, the busiest hours of the week over them, and what visitors used most.
struct FigureReport {
    CalendarDate today;
    int days = 0;
    std::vector<long> visitsPerDay;  // `days` entries, the oldest first, today last
    // Visits by weekday (0 Monday ... 6 Sunday) and local hour over the last
    // kHeatMapDays of them: whole weeks, so that no weekday counts once more.
    std::array<std::array<long, 24>, 7> visitsByWeekdayHour{};
    long visitsToday = 0;
    long visitsInDays = 0;
    std::vector<FigureTop> topScreens, topItems, topLanguages, topAccess;

    // The first day of the report.
    CalendarDate firstDay() const;
    long busiestDay() const;
    long busiestHour() const;
};

// The report of the `days` days up to `today` from the database's rows (rows
// outside them are ignored); the `top` most counted of each kind.
FigureReport reportFigures(const std::vector<FigureCount>& rows, const CalendarDate& today,
                           int days = 30, size_t top = 5);

}  // namespace kiosk
