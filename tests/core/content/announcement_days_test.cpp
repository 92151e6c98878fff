// An event slide without "until" announces its event until the event's day.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

TEST_CASE("Event slide without until shows until the event's own day") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back(
            {{"type", "event"}, {"event", "2016-04-26-hokkaido-kyoto-agreements"}});
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const Slide& slide = result.pack->playlist.back();
    CHECK(slide.until == CalendarDate{2016, 4, 26});
    CHECK(slide.shownOn({2016, 4, 26}));
    CHECK_FALSE(slide.shownOn({2016, 4, 27}));
    CHECK(addedWarnings(result).empty());
}

TEST_CASE("Event slide keeps the until its author gave") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "event"},
                               {"event", "2016-04-26-hokkaido-kyoto-agreements"},
                               {"until", "2026-12-24"}});
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(result.pack->playlist.back().until == CalendarDate{2026, 12, 24});
}

TEST_CASE("Event slide about an event of unknown date has no until") {
    TempPack pack;
    std::string undated;
    for (const char* file : {"events/2016.json", "events/2017.json", "events/2018.json"}) {
        const json events = pack.readJson(file)["events"];
        for (const json& e : events)
            if (undated.empty() && e["date"]["precision"] == "unknown") undated = e["id"];
    }
    REQUIRE_FALSE(undated.empty());
    editJson(pack, "playlist.json", [&](json& p) {
        p["slides"].push_back({{"type", "event"}, {"event", undated}});
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK_FALSE(result.pack->playlist.back().until.has_value());
}

TEST_CASE("Event slide from after its event's day never shows and says so") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "event"},
                               {"event", "2016-04-26-hokkaido-kyoto-agreements"},
                               {"from", "2016-05-01"}});
    });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    CHECK(addedWarnings(result) ==
          Lines{"playlist.json: /slides/7/from: \"2016-05-01\" is after the day of event "
                "\"2016-04-26-hokkaido-kyoto-agreements\" (2016-04-26), which ends the slide when "
                "it has no until; it never shows"});
}

TEST_CASE("Tour and highlights slides read their count, spotlight needs nothing more") {
    TempPack pack;
    editJson(pack, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "tour"}, {"count", 5}});
        p["slides"].push_back({{"type", "spotlight"}});
        p["slides"].push_back({{"type", "highlights"}, {"count", 0}});
    });
    const auto result = loadPack(pack.dir());
    CHECK(errorLines(result) == Lines{"playlist.json: /slides/9/count: is 0; expected 1 to 50"});
    TempPack good;
    editJson(good, "playlist.json", [](json& p) {
        p["slides"].push_back({{"type", "tour"}, {"count", 5}});
    });
    const auto loaded = loadPack(good.dir());
    REQUIRE(loaded.pack.has_value());
    CHECK(loaded.pack->playlist.back().count == 5);
}
