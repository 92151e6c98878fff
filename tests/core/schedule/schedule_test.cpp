// The schedule on a fake clock: every moment is given, in Tokyo time, so each
// test reads as the booth's hours do.
#include <catch2/catch.hpp>

#include "schedule/schedule.hpp"

using namespace kiosk;

namespace {

UnixSeconds jst(const std::string& local) {
    const auto t = parseIsoMoment(local + "+09:00");
    REQUIRE(t.has_value());
    return *t;
}

DayRange range(const std::string& text) {
    std::string why;
    const auto r = parseDayRange(text, why);
    INFO(why);
    REQUIRE(r.has_value());
    return *r;
}

// Every day the same hours.
PackSchedule daily(const std::vector<std::string>& ranges) {
    PackSchedule s;
    s.present = true;
    for (auto& day : s.weekly) {
        day.clear();
        for (const auto& r : ranges) day.push_back(range(r));
    }
    return s;
}

}  // namespace

TEST_CASE("A pack without a schedule is always on and never changes") {
    const Schedule schedule;
    for (const char* t : {"2026-11-29T00:00:00", "2026-11-29T03:00:00", "2027-06-01T23:59:59"})
        CHECK(schedule.onAt(jst(t)));
    CHECK_FALSE(schedule.nextChangeAfter(jst("2026-11-29T12:00:00")).has_value());
    CHECK_FALSE(schedule.quietAt(jst("2026-11-29T12:00:00")));
}

TEST_CASE("Booth hours 09:00 to 18:00: on and off at the exact second") {
    const Schedule schedule(daily({"09:00-18:00"}));
    CHECK_FALSE(schedule.onAt(jst("2026-11-29T08:59:59")));
    CHECK(schedule.onAt(jst("2026-11-29T09:00:00")));
    CHECK(schedule.onAt(jst("2026-11-29T17:59:59")));
    CHECK_FALSE(schedule.onAt(jst("2026-11-29T18:00:00")));
    // When on, the next change is closing time; when off, the next opening.
    CHECK(schedule.nextChangeAfter(jst("2026-11-29T12:00:00")) == jst("2026-11-29T18:00:00"));
    CHECK(schedule.nextChangeAfter(jst("2026-11-29T18:00:00")) == jst("2026-11-30T09:00:00"));
    CHECK(schedule.nextChangeAfter(jst("2026-11-30T02:00:00")) == jst("2026-11-30T09:00:00"));
}

TEST_CASE("The hours are Tokyo's, not UTC's") {
    const Schedule schedule(daily({"09:00-18:00"}));
    // 00:30 UTC is 09:30 in Tokyo: open, though UTC's clock reads half past midnight.
    CHECK(schedule.onAt(*parseIsoMoment("2026-11-29T00:30:00Z")));
    // 10:00 UTC is 19:00 in Tokyo: closed.
    CHECK_FALSE(schedule.onAt(*parseIsoMoment("2026-11-29T10:00:00Z")));
}

TEST_CASE("Hours across midnight belong to the day they start") {
    PackSchedule data = daily({});
    data.weekly[4] = {range("18:00-02:00")};  // Friday evening into Saturday
    const Schedule schedule(data);
    // 2026-11-27 is a Friday.
    CHECK_FALSE(schedule.onAt(jst("2026-11-27T17:59:59")));
    CHECK(schedule.onAt(jst("2026-11-27T18:00:00")));
    CHECK(schedule.onAt(jst("2026-11-27T23:59:59")));
    CHECK(schedule.onAt(jst("2026-11-28T00:00:00")));  // Saturday, spill from Friday
    CHECK(schedule.onAt(jst("2026-11-28T01:59:59")));
    CHECK_FALSE(schedule.onAt(jst("2026-11-28T02:00:00")));
    // Thursday night has no spill: nothing started on Wednesday or Thursday.
    CHECK_FALSE(schedule.onAt(jst("2026-11-27T01:00:00")));
    CHECK(schedule.nextChangeAfter(jst("2026-11-27T20:00:00")) == jst("2026-11-28T02:00:00"));
    // From Saturday morning the next opening is the following Friday.
    CHECK(schedule.nextChangeAfter(jst("2026-11-28T03:00:00")) == jst("2026-12-04T18:00:00"));
}

TEST_CASE("Hours that meet at midnight do not blink off") {
    // 18:00-24:00 then 00:00-09:00 of the next day: on through the night.
    const Schedule schedule(daily({"00:00-09:00", "18:00-24:00"}));
    CHECK(schedule.onAt(jst("2026-11-29T23:59:59")));
    CHECK(schedule.onAt(jst("2026-11-30T00:00:00")));
    CHECK(schedule.nextChangeAfter(jst("2026-11-29T20:00:00")) == jst("2026-11-30T09:00:00"));
}

TEST_CASE("Closing at midnight is written 24:00 or 00:00") {
    const Schedule a(daily({"10:00-24:00"}));
    const Schedule b(daily({"10:00-00:00"}));
    for (const Schedule* s : {&a, &b}) {
        CHECK(s->onAt(jst("2026-11-29T23:59:59")));
        CHECK_FALSE(s->onAt(jst("2026-11-30T00:00:00")));
        CHECK(s->nextChangeAfter(jst("2026-11-29T12:00:00")) == jst("2026-11-30T00:00:00"));
    }
}

TEST_CASE("Weekdays differ: closed on Sundays") {
    PackSchedule data = daily({"09:00-18:00"});
    data.weekly[6].clear();
    const Schedule schedule(data);
    CHECK(schedule.onAt(jst("2026-11-28T12:00:00")));        // Saturday
    CHECK_FALSE(schedule.onAt(jst("2026-11-29T12:00:00")));  // Sunday
    CHECK(schedule.nextChangeAfter(jst("2026-11-28T18:30:00")) == jst("2026-11-30T09:00:00"));
}

TEST_CASE("Date overrides: closed all day, and special hours") {
    PackSchedule data = daily({"09:00-18:00"});
    data.overrides.push_back({CalendarDate{2026, 12, 31}, {}});
    data.overrides.push_back({CalendarDate{2027, 1, 4}, {range("10:00-15:00")}});
    const Schedule schedule(data);
    CHECK_FALSE(schedule.onAt(jst("2026-12-31T12:00:00")));
    CHECK(schedule.onAt(jst("2026-12-30T12:00:00")));
    CHECK(schedule.nextChangeAfter(jst("2026-12-30T18:00:00")) == jst("2027-01-01T09:00:00"));
    CHECK_FALSE(schedule.onAt(jst("2027-01-04T09:30:00")));
    CHECK(schedule.onAt(jst("2027-01-04T10:00:00")));
    CHECK(schedule.nextChangeAfter(jst("2027-01-04T11:00:00")) == jst("2027-01-04T15:00:00"));
    CHECK(schedule.hoursOn({2027, 1, 4}) == std::vector<DayRange>{range("10:00-15:00")});
}

TEST_CASE("An override's late hours spill into the next day, which keeps its own") {
    PackSchedule data = daily({"09:00-18:00"});
    data.overrides.push_back({CalendarDate{2026, 12, 24}, {range("09:00-01:00")}});  // late night
    const Schedule schedule(data);
    CHECK(schedule.onAt(jst("2026-12-25T00:30:00")));
    CHECK_FALSE(schedule.onAt(jst("2026-12-25T01:00:00")));
    CHECK(schedule.onAt(jst("2026-12-25T09:00:00")));
}

TEST_CASE("A schedule never on says so and offers no change to wait for") {
    const Schedule schedule(daily({}));
    CHECK_FALSE(schedule.onAt(jst("2026-11-29T12:00:00")));
    CHECK_FALSE(schedule.nextChangeAfter(jst("2026-11-29T12:00:00")).has_value());
}

TEST_CASE("One open day a year ahead is still found") {
    PackSchedule data = daily({});
    data.overrides.push_back({CalendarDate{2027, 11, 1}, {range("10:00-16:00")}});
    const Schedule schedule(data);
    CHECK(schedule.nextChangeAfter(jst("2026-11-29T12:00:00")) == jst("2027-11-01T10:00:00"));
}

TEST_CASE("Quiet hours are daily and independent of the screen") {
    PackSchedule data = daily({"09:00-18:00"});
    data.quiet = {range("12:00-13:00"), range("22:00-07:00")};
    const Schedule schedule(data);
    CHECK_FALSE(schedule.quietAt(jst("2026-11-29T11:59:59")));
    CHECK(schedule.quietAt(jst("2026-11-29T12:00:00")));
    CHECK_FALSE(schedule.quietAt(jst("2026-11-29T13:00:00")));
    CHECK(schedule.quietAt(jst("2026-11-30T06:59:59")));
    CHECK(schedule.nextQuietChangeAfter(jst("2026-11-29T12:30:00")) == jst("2026-11-29T13:00:00"));
    CHECK(schedule.nextQuietChangeAfter(jst("2026-11-29T23:00:00")) == jst("2026-11-30T07:00:00"));
}

TEST_CASE("Slide date windows at their boundaries in Tokyo while UTC is another date") {
    Slide announcement;
    announcement.type = "event";
    announcement.from = CalendarDate{2026, 12, 1};
    announcement.until = CalendarDate{2026, 12, 5};  // the event's day
    const Schedule schedule;
    // 2026-11-30T23:59:59+09:00 is still November in Tokyo (14:59:59 UTC).
    CHECK_FALSE(schedule.slideShownAt(announcement, jst("2026-11-30T23:59:59")));
    // 2026-12-01T00:00:00+09:00 is 2026-11-30 in UTC, but December in Tokyo.
    CHECK(schedule.slideShownAt(announcement, jst("2026-12-01T00:00:00")));
    CHECK(schedule.slideShownAt(announcement, jst("2026-12-05T23:59:59")));
    CHECK_FALSE(schedule.slideShownAt(announcement, jst("2026-12-06T00:00:00")));
    CHECK(schedule.nextDateChangeAfter(jst("2026-12-05T12:00:00")) == jst("2026-12-06T00:00:00"));

    PackSchedule utc;
    utc.present = true;
    utc.utcOffsetSeconds = 0;
    const Schedule inUtc(utc);
    CHECK_FALSE(inUtc.slideShownAt(announcement, jst("2026-12-01T00:00:00")));
}

TEST_CASE("Time ranges are parsed strictly") {
    std::string why;
    CHECK(parseDayRange("00:00-24:00", why) == DayRange{0, 1440});
    CHECK(parseDayRange("22:30-01:15", why) == DayRange{1350, 75});
    CHECK(parseDayRange("09:00-00:00", why) == DayRange{540, 1440});
    for (const char* bad : {"9:00-18:00", "09:00-18:60", "25:00-26:00", "24:00-01:00",
                            "09:00-09:00", "09:00 18:00", "09:00-18:00 "}) {
        INFO(bad);
        CHECK_FALSE(parseDayRange(bad, why).has_value());
    }
    CHECK(formatDayRange({540, 1080}) == "09:00-18:00");
}
