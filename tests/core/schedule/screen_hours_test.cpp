// The screen's hours on the kiosk's own clock, which starts at 0 when the
// kiosk does and is tied to the wall clock once it is known.
#include <catch2/catch.hpp>

#include "schedule/screen_hours.hpp"

using namespace kiosk;

namespace {

UnixSeconds jst(const std::string& local) {
    const auto t = parseIsoMoment(local + "+09:00");
    REQUIRE(t.has_value());
    return *t;
}

// Booth hours 09:00-18:00 every day, quiet 09:00-10:00.
PackSchedule boothHours() {
    std::string why;
    PackSchedule s;
    s.present = true;
    for (auto& day : s.weekly) day = {*parseDayRange("09:00-18:00", why)};
    s.quiet = {*parseDayRange("09:00-10:00", why)};
    return s;
}

constexpr double kNone = 1e9;

}  // namespace

TEST_CASE("Until the wall clock is known the screen is never dark nor quiet") {
    ScreenHours hours;
    hours.setSchedule(Schedule(boothHours()), true);
    CHECK_FALSE(hours.dark(5.0));
    CHECK_FALSE(hours.quiet(5.0));
    CHECK_FALSE(hours.today(5.0));
    CHECK(hours.secondsUntilChange(5.0, kNone) == kNone);
}

TEST_CASE("Booth hours on the kiosk clock: dark after six, light at nine") {
    ScreenHours hours;
    hours.setSchedule(Schedule(boothHours()), true);
    // The kiosk started 100 s ago; it is 17:58 in Tokyo.
    hours.setWallClock(double(jst("2026-11-29T17:58:00")), 100.0);
    CHECK_FALSE(hours.dark(100.0));
    CHECK(hours.secondsUntilChange(100.0, kNone) == Approx(120.0));
    CHECK(hours.dark(220.0));
    CHECK(hours.quiet(220.0));  // a dark screen makes no sound
    // Light again at nine the next morning, fifteen hours later.
    CHECK(hours.secondsUntilChange(220.0, kNone) == Approx(15 * 3600.0));
    REQUIRE(hours.today(220.0));
    CHECK(hours.today(220.0)->day == 29);
}

TEST_CASE("Without applying the hours the screen stays light, quiet hours still hold") {
    ScreenHours hours;
    hours.setSchedule(Schedule(boothHours()), false);
    hours.setWallClock(double(jst("2026-11-29T09:30:00")), 0.0);
    CHECK_FALSE(hours.dark(12 * 3600.0));
    CHECK(hours.quiet(0.0));
    CHECK_FALSE(hours.quiet(3600.0));
    CHECK(hours.secondsUntilChange(0.0, kNone) == kNone);
}

TEST_CASE("Going dark or light is reported once each time") {
    ScreenHours hours;
    hours.setSchedule(Schedule(boothHours()), true);
    hours.setWallClock(double(jst("2026-11-29T17:59:00")), 0.0);
    CHECK_FALSE(hours.turned(0.0));
    CHECK_FALSE(hours.wasDark());
    CHECK(hours.turned(61.0));
    CHECK(hours.wasDark());
    CHECK_FALSE(hours.turned(62.0));
    CHECK(hours.turned(61.0 + 15 * 3600.0));
    CHECK_FALSE(hours.wasDark());
}
