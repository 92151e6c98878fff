#include "schedule/civil_time.hpp"

namespace kiosk {

namespace {

constexpr int64_t kSecondsPerDay = 86400;

int64_t floorDiv(int64_t a, int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

bool digitsAt(const std::string& text, size_t at, size_t count, int& out) {
    if (at + count > text.size()) return false;
    out = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

}  // namespace

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date,
// with no table and no library time zone state.
int64_t daysFromCivil(const CalendarDate& date) {
    const int64_t y = date.year - (date.month <= 2 ? 1 : 0);
    const int64_t era = floorDiv(y, 400);
    const int64_t yoe = y - era * 400;
    const int64_t m = date.month;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

CalendarDate civilFromDays(int64_t days) {
    const int64_t z = days + 719468;
    const int64_t era = floorDiv(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    CalendarDate date;
    date.day = int(doy - (153 * mp + 2) / 5 + 1);
    date.month = int(mp < 10 ? mp + 3 : mp - 9);
    date.year = int(yoe + era * 400 + (date.month <= 2 ? 1 : 0));
    return date;
}

CalendarDate addDays(const CalendarDate& date, int64_t days) {
    return civilFromDays(daysFromCivil(date) + days);
}

LocalTime toLocalTime(UnixSeconds t, int utcOffsetSeconds) {
    const int64_t local = t + utcOffsetSeconds;
    const int64_t days = floorDiv(local, kSecondsPerDay);
    LocalTime out;
    out.date = civilFromDays(days);
    out.secondOfDay = int(local - days * kSecondsPerDay);
    // 1970-01-01 was a Thursday (3 with Monday as 0).
    out.weekday = int((days % 7 + 7 + 3) % 7);
    return out;
}

UnixSeconds startOfLocalDay(const CalendarDate& date, int utcOffsetSeconds) {
    return daysFromCivil(date) * kSecondsPerDay - utcOffsetSeconds;
}

std::optional<UnixSeconds> parseIsoMoment(const std::string& text) {
    if (text.size() < 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto date = parseIsoDate(text.substr(0, 10), false);
    int h = 0, m = 0, s = 0;
    if (!date || !digitsAt(text, 11, 2, h) || !digitsAt(text, 14, 2, m) ||
        !digitsAt(text, 17, 2, s) || h > 23 || m > 59 || s > 59)
        return std::nullopt;
    int offset = 0;
    const std::string zone = text.substr(19);
    if (zone != "Z") {
        int oh = 0, om = 0;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':' ||
            !digitsAt(zone, 1, 2, oh) || !digitsAt(zone, 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (zone[0] == '-' ? -1 : 1) * (oh * 3600 + om * 60);
    }
    return startOfLocalDay(*date, offset) + h * 3600 + m * 60 + s;
}

}  // namespace kiosk
