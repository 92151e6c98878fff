#include <catch2/catch.hpp>

#include "schedule/civil_time.hpp"

using namespace kiosk;

namespace {
constexpr int kJst = 9 * 3600;
// 2026-11-29T00:00:00Z, a Sunday.
constexpr UnixSeconds kSundayMidnightUtc = 1795910400;
}  // namespace

TEST_CASE("Civil days round-trip across eras, leap days and the epoch") {
    for (int64_t days : {-719468LL, -1LL, 0LL, 1LL, 11016LL, 20786LL, 2932896LL}) {
        CHECK(daysFromCivil(civilFromDays(days)) == days);
    }
    CHECK(daysFromCivil({1970, 1, 1}) == 0);
    CHECK(daysFromCivil({2000, 3, 1}) - daysFromCivil({2000, 2, 28}) == 2);  // 2000 is leap
    CHECK(daysFromCivil({1900, 3, 1}) - daysFromCivil({1900, 2, 28}) == 1);  // 1900 is not
    CHECK(addDays({2024, 12, 31}, 1) == CalendarDate{2025, 1, 1});
    CHECK(addDays({2028, 3, 1}, -1) == CalendarDate{2028, 2, 29});
}

TEST_CASE("Tokyo is nine hours ahead: UTC's evening is Tokyo's next morning") {
    REQUIRE(parseIsoMoment("2026-11-29T00:00:00Z") == kSundayMidnightUtc);
    const LocalTime utc = toLocalTime(kSundayMidnightUtc - 1, 0);
    CHECK(utc.date == CalendarDate{2026, 11, 28});
    CHECK(utc.weekday == 5);  // Saturday
    CHECK(utc.secondOfDay == 86399);

    // 2026-11-28T15:00:00Z is midnight in Tokyo: Sunday has begun there.
    const UnixSeconds tokyoMidnight = kSundayMidnightUtc - 9 * 3600;
    const LocalTime before = toLocalTime(tokyoMidnight - 1, kJst);
    const LocalTime at = toLocalTime(tokyoMidnight, kJst);
    CHECK(before.date == CalendarDate{2026, 11, 28});
    CHECK(before.secondOfDay == 86399);
    CHECK(at.date == CalendarDate{2026, 11, 29});
    CHECK(at.weekday == 6);  // Sunday
    CHECK(at.secondOfDay == 0);
    CHECK(startOfLocalDay({2026, 11, 29}, kJst) == tokyoMidnight);
}

TEST_CASE("Moments before 1970 read as the right local time") {
    const LocalTime t = toLocalTime(-1, kJst);  // 1970-01-01T08:59:59+09:00
    CHECK(t.date == CalendarDate{1970, 1, 1});
    CHECK(t.secondOfDay == 8 * 3600 + 59 * 60 + 59);
    CHECK(t.weekday == 3);  // Thursday
    CHECK(toLocalTime(-kJst - 1, kJst).date == CalendarDate{1969, 12, 31});
}

TEST_CASE("ISO moments with an offset or Z, anything else refused") {
    CHECK(parseIsoMoment("2026-11-29T09:00:00+09:00") == kSundayMidnightUtc);
    CHECK(parseIsoMoment("2026-11-28T19:00:00-05:00") == kSundayMidnightUtc);
    for (const char* bad :
         {"", "2026-11-29", "2026-11-29T09:00:00", "2026-11-29 09:00:00Z", "2026-02-30T00:00:00Z",
          "2026-11-29T24:00:00Z", "2026-11-29T09:00:00+9:00", "2026-11-29T09:00:00+09:00x"}) {
        INFO(bad);
        CHECK_FALSE(parseIsoMoment(bad).has_value());
    }
}
