#include <catch2/catch.hpp>

#include "session/navigation.hpp"

using namespace kiosk;

TEST_CASE("Back retraces the visitor's path and Home returns to the root") {
    Navigator nav;
    CHECK_FALSE(nav.canGoBack());
    nav.open({"timeline", ""});
    nav.open({"event", "2016-04-26-x"});
    CHECK(nav.current() == ScreenRef{"event", "2016-04-26-x"});
    nav.back();
    CHECK(nav.current() == ScreenRef{"timeline", ""});
    nav.open({"partners", ""});
    nav.home();
    CHECK(nav.current() == ScreenRef{"home", ""});
    CHECK_FALSE(nav.canGoBack());
    nav.back();  // nothing below home
    CHECK(nav.current().name == "home");
}

TEST_CASE("Opening the current screen again does not stack it; opening home goes home") {
    Navigator nav;
    nav.open({"timeline", ""});
    nav.open({"timeline", ""});
    CHECK(nav.depth() == 2);
    nav.open({"home", ""});
    CHECK(nav.depth() == 1);
}

TEST_CASE("A long visit keeps the stack bounded, with the root kept") {
    Navigator nav;
    for (int i = 0; i < 500; ++i) nav.open({"event", std::to_string(i)});
    CHECK(nav.depth() == Navigator::kMaxDepth);
    CHECK(nav.root().name == "home");
    CHECK(nav.current().param == "499");
    nav.reset({"home", ""});
    CHECK(nav.depth() == 1);
}
