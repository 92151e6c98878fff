#include "content/calendar.hpp"

#include <cstdio>
#include <cstring>

namespace kiosk {

namespace {

struct Era {
    const char* nameJa;
    const char* nameEn;
    CalendarDate start;
};

// Newest first; each era starts on the day its first year begins.
const Era kEras[] = {
    {"令和", "Reiwa", {2019, 5, 1}},   {"平成", "Heisei", {1989, 1, 8}},
    {"昭和", "Showa", {1926, 12, 25}}, {"大正", "Taisho", {1912, 7, 30}},
    {"明治", "Meiji", {1868, 10, 23}},
};

bool allDigits(const std::string& s, size_t from, size_t count) {
    if (from + count > s.size()) return false;
    for (size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

}  // namespace

bool CalendarDate::operator<(const CalendarDate& o) const {
    if (year != o.year) return year < o.year;
    if (month != o.month) return month < o.month;
    return day < o.day;
}

std::string CalendarDate::iso() const {
    char buf[16];
    if (month == 0)
        std::snprintf(buf, sizeof buf, "%04d", year);
    else if (day == 0)
        std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<CalendarDate> parseIsoDate(const std::string& text, bool allowMonth) {
    const bool full = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
                      allDigits(text, 0, 4) && allDigits(text, 5, 2) && allDigits(text, 8, 2);
    const bool monthOnly = allowMonth && text.size() == 7 && text[4] == '-' &&
                           allDigits(text, 0, 4) && allDigits(text, 5, 2);
    if (!full && !monthOnly) return std::nullopt;
    CalendarDate d;
    d.year = std::stoi(text.substr(0, 4));
    d.month = std::stoi(text.substr(5, 2));
    d.day = full ? std::stoi(text.substr(8, 2)) : 0;
    if (d.year < 1 || d.month < 1 || d.month > 12) return std::nullopt;
    if (full && (d.day < 1 || d.day > daysInMonth(d.year, d.month))) return std::nullopt;
    return d;
}

std::string EraYear::labelJa() const {
    return std::string(nameJa) + (year == 1 ? std::string("元") : std::to_string(year)) + "年";
}

std::string EraYear::labelEn() const {
    return std::string(nameEn) + " " + std::to_string(year);
}

std::optional<EraYear> eraOf(const CalendarDate& date) {
    CalendarDate probe = date;
    if (probe.month == 0) probe.month = 1;
    if (probe.day == 0) probe.day = 1;
    for (const Era& era : kEras) {
        if (!(probe < era.start))
            return EraYear{era.nameJa, era.nameEn, probe.year - era.start.year + 1};
    }
    return std::nullopt;
}

std::optional<int> gregorianYearOfEraLabel(const std::string& label) {
    for (const Era& era : kEras) {
        const size_t nameLen = std::strlen(era.nameJa);
        if (label.compare(0, nameLen, era.nameJa) != 0) continue;
        std::string rest = label.substr(nameLen);
        const std::string nen = "年";
        if (rest.size() <= nen.size() ||
            rest.compare(rest.size() - nen.size(), nen.size(), nen) != 0)
            return std::nullopt;
        rest.resize(rest.size() - nen.size());
        int year = 0;
        if (rest == "元") {
            year = 1;
        } else {
            if (rest.empty() || rest.size() > 2 || !allDigits(rest, 0, rest.size()))
                return std::nullopt;
            year = std::stoi(rest);
            if (year < 1) return std::nullopt;
        }
        return era.start.year + year - 1;
    }
    return std::nullopt;
}

}  // namespace kiosk
