#pragma once
#include <optional>
#include <string>

namespace kiosk {

// A Gregorian date. `day` is 0 when only the month is known, `month` is 0 when
// only the year is known.
struct CalendarDate {
    int year = 0;
    int month = 0;
    int day = 0;

    bool operator==(const CalendarDate& o) const {
        return year == o.year && month == o.month && day == o.day;
    }
    bool operator<(const CalendarDate& o) const;
    std::string iso() const;  // "2016-04-26", "2021-01" or "2017"
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

// Parses "YYYY-MM-DD" (a real day) or, when allowMonth, also "YYYY-MM".
// Returns nothing for anything else, including impossible days like 2019-02-30.
std::optional<CalendarDate> parseIsoDate(const std::string& text, bool allowMonth);

// The Japanese era (gengō) a date falls in, with the year inside it.
struct EraYear {
    const char* nameJa;  // "令和"
    const char* nameEn;  // "Reiwa"
    int year;            // 1 for the first (元年)

    std::string labelJa() const;  // "令和元年", "平成31年"
    std::string labelEn() const;  // "Reiwa 1", "Heisei 31"
};

// Era of a date from Meiji (1868-10-23) on; nothing before. A month-only date
// uses the first day of the month.
std::optional<EraYear> eraOf(const CalendarDate& date);

// Gregorian year of an era label such as "平成26年", "令和元年" or "令和4年".
std::optional<int> gregorianYearOfEraLabel(const std::string& label);

}  // namespace kiosk
