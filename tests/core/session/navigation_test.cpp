#include <catch2/catch.hpp>

#include "session/navigation.hpp"

using namespace kiosk;

TEST_CASE("Back retraces the visitor's path and Home returns to the root") {
    Navigator nav;
    CHECK_FALSE(nav.canGoBack());
    nav.open({ScreenId::Timeline, ""});
    nav.open({ScreenId::Event, "2016-04-26-x"});
    CHECK(nav.current() == ScreenRef{ScreenId::Event, "2016-04-26-x"});
    nav.back();
    CHECK(nav.current() == ScreenRef{ScreenId::Timeline, ""});
    nav.open({ScreenId::Partners, ""});
    nav.home();
    CHECK(nav.current() == ScreenRef{ScreenId::Home, ""});
    CHECK_FALSE(nav.canGoBack());
    nav.back();  // nothing below home
    CHECK(nav.current().id == ScreenId::Home);
}

TEST_CASE("Opening the current screen again does not stack it, opening home goes home") {
    Navigator nav;
    nav.open({ScreenId::Timeline, ""});
    nav.open({ScreenId::Timeline, ""});
    CHECK(nav.depth() == 2);
    nav.open({ScreenId::Home, ""});
    CHECK(nav.depth() == 1);
}

TEST_CASE("A long visit keeps the stack bounded, with the root kept") {
    Navigator nav;
    for (int i = 0; i < 500; ++i) nav.open({ScreenId::Event, std::to_string(i)});
    CHECK(nav.depth() == Navigator::kMaxDepth);
    CHECK(nav.root().id == ScreenId::Home);
    CHECK(nav.current().param == "499");
    nav.reset({ScreenId::Home, ""});
    CHECK(nav.depth() == 1);
}
