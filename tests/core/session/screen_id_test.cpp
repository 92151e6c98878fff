#include <catch2/catch.hpp>

#include <set>

#include "session/screen_id.hpp"

using namespace kiosk;

TEST_CASE("Screen names are the stable ones scripts, logs and --screen use") {
    // Changing one of these breaks scripts and proof-of-play logs in the field.
    CHECK(screenName(ScreenId::Attract) == "attract");
    CHECK(screenName(ScreenId::Title) == "title");
    CHECK(screenName(ScreenId::Home) == "home");
    CHECK(screenName(ScreenId::Timeline) == "timeline");
    CHECK(screenName(ScreenId::Event) == "event");
    CHECK(screenName(ScreenId::Highlights) == "highlights");
    CHECK(screenName(ScreenId::Partners) == "partners");
    CHECK(screenName(ScreenId::Numbers) == "numbers");
    CHECK(screenName(ScreenId::About) == "about");
    CHECK(screenName(ScreenId::Map) == "map");
    CHECK(screenName(ScreenId::Staff) == "staff");
}

TEST_CASE("Every name parses back to its screen, and nothing else parses") {
    std::set<std::string> names;
    for (ScreenId id : kAllScreens) {
        names.insert(screenName(id));
        CHECK(parseScreenName(screenName(id)) == id);
    }
    CHECK(names.size() == kScreenCount);
    CHECK_FALSE(parseScreenName(""));
    CHECK_FALSE(parseScreenName("Home"));
    CHECK_FALSE(parseScreenName("home "));
    CHECK_FALSE(parseScreenName("all"));
}

TEST_CASE("A screen argument carries its parameter after the first colon") {
    CHECK(parseScreenRef("event:2016-04-26-x") == ScreenRef{ScreenId::Event, "2016-04-26-x"});
    CHECK(parseScreenRef("map") == ScreenRef{ScreenId::Map, ""});
    CHECK(parseScreenRef("map:a:b") == ScreenRef{ScreenId::Map, "a:b"});
    CHECK_FALSE(parseScreenRef("events:x"));
    CHECK_FALSE(parseScreenRef(":x"));
}
