// What the loader says about a pack's schedule (schedule.json) and the date
// windows of its slides: each test writes one schedule into a copy of the
// default pack and pins the exact problem line.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {

// Gives the pack this schedule.json and names it in the manifest.
void writeSchedule(TempPack& pack, const json& schedule) {
    pack.writeJson("schedule.json", schedule);
    editJson(pack, "pack.json", [](json& m) { m["content"]["schedule"] = "schedule.json"; });
}

}  // namespace

TEST_CASE("A schedule is read into on hours, overrides and quiet hours") {
    TempPack pack;
    writeSchedule(pack, {{"time_zone", "Asia/Tokyo"},
                         {"hours",
                          {{"daily", {"09:00-18:00"}},
                           {"sun", json::array()},
                           {"fri", {"09:00-18:00", "19:00-01:00"}}}},
                         {"overrides",
                          {{{"date", "2026-12-31"}, {"hours", json::array()}},
                           {{"date", "2027-01-04"}, {"hours", {"10:00-15:00"}}}}},
                         {"quiet", {"12:00-13:00"}}});
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result).empty());
    const PackSchedule& s = result.pack->schedule;
    CHECK(s.present);
    CHECK(s.utcOffsetSeconds == 9 * 3600);
    CHECK(s.weekly[0] == std::vector<DayRange>{{540, 1080}});
    CHECK(s.weekly[4] == std::vector<DayRange>{{540, 1080}, {1140, 60}});
    CHECK(s.weekly[6].empty());
    REQUIRE(s.overrides.size() == 2);
    CHECK(s.overrides[0].date == CalendarDate{2026, 12, 31});
    CHECK(s.overrides[0].hours.empty());
    CHECK(s.overrides[1].hours == std::vector<DayRange>{{600, 900}});
    CHECK(s.quiet == std::vector<DayRange>{{720, 780}});
}

TEST_CASE("A schedule without hours is on all day, every day") {
    TempPack pack;
    writeSchedule(pack, {{"quiet", {"22:00-07:00"}}});
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    for (const auto& day : result.pack->schedule.weekly)
        CHECK(day == std::vector<DayRange>{{0, 1440}});
}

TEST_CASE("Schedule time range written wrongly") {
    TempPack pack;
    writeSchedule(pack, {{"hours", {{"daily", {"9:00-18:00"}}, {"sat", {"10:00-10:00"}}}}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"schedule.json: /hours/daily/0: \"9:00-18:00\" is not a time range; expected "
                "HH:MM-HH:MM such as \"09:00-18:00\"",
                "schedule.json: /hours/sat/0: \"10:00-10:00\" starts and ends at the same time; "
                "write \"00:00-24:00\" for the whole day"});
}

TEST_CASE("Schedule day that is not a weekday key, and hours that are not a list") {
    TempPack pack;
    writeSchedule(pack, {{"hours", {{"monday", {"09:00-18:00"}}, {"tue", "09:00-18:00"}}}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"schedule.json: /hours/monday: is not a day; expected daily, mon, tue, wed, thu, "
                "fri, sat or sun",
                "schedule.json: /hours/tue: is a string; expected an array"});
}

TEST_CASE("Schedule override with an impossible date, and a date listed twice") {
    TempPack pack;
    writeSchedule(pack, {{"overrides",
                          {{{"date", "2027-02-29"}, {"hours", json::array()}},
                           {{"date", "2027-01-04"}, {"hours", json::array()}},
                           {{"date", "2027-01-04"}, {"hours", {"10:00-12:00"}}},
                           {{"date", "2027-01-05"}}}}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"schedule.json: /overrides/0/date: \"2027-02-29\" is not a date; expected "
                "YYYY-MM-DD, a real day",
                "schedule.json: /overrides/2/date: \"2027-01-04\" is listed twice; expected each "
                "date once",
                "schedule.json: /overrides/3/hours: missing; this field is required"});
}

TEST_CASE("Schedule in a time zone the kiosk cannot convert exactly") {
    TempPack pack;
    writeSchedule(pack, {{"time_zone", "America/New_York"}, {"colour", "red"}});
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"schedule.json: /time_zone: \"America/New_York\" is not supported; expected "
                "Asia/Tokyo (+09:00 all year) or UTC",
                "schedule.json: /colour: is not a schedule field; expected time_zone, hours, "
                "overrides or quiet"});
}

TEST_CASE("Schedule that never turns the screen on is a warning") {
    TempPack pack;
    writeSchedule(pack, {{"hours", {{"daily", json::array()}}}});
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) ==
          Lines{"schedule.json: /hours: no day has on hours; the screen stays dark in loop mode"});
}

TEST_CASE("Schedule named in the manifest but not in the pack") {
    TempPack pack;
    editJson(pack, "pack.json", [](json& m) { m["content"]["schedule"] = "hours.json"; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"pack.json: /files: lacks \"hours.json\"; every file the pack uses must be "
                "listed with its size and SHA-256"});
}

TEST_CASE("Slide date window: from and until are read as local dates") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"][1]["from"] = "2026-12-01";
        p["slides"][1]["until"] = "2026-12-05";
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const Slide& slide = result.pack->playlist[1];
    CHECK(slide.from == CalendarDate{2026, 12, 1});
    CHECK(slide.until == CalendarDate{2026, 12, 5});
    CHECK_FALSE(slide.shownOn({2026, 11, 30}));
    CHECK(slide.shownOn({2026, 12, 5}));
    CHECK_FALSE(slide.shownOn({2026, 12, 6}));
}

TEST_CASE("Slide date window that ends before it starts, or names no real day") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"][1]["from"] = "2026-12-05";
        p["slides"][1]["until"] = "2026-12-01";
        p["slides"][2]["until"] = "2026-12";
    });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"playlist.json: /slides/1/until: \"2026-12-01\" is before from (\"2026-12-05\"); "
                "the slide would never show",
                "playlist.json: /slides/2/until: \"2026-12\" is not a date; expected YYYY-MM-DD, "
                "a real day"});
}
