#include <catch2/catch.hpp>

#include "session/visitor_flow.hpp"

using namespace kiosk;

namespace {

VisitorFlow wokenFlow() {
    SessionSettings s;
    s.idleSeconds = 60.0;
    s.countdownSeconds = 20.0;
    VisitorFlow flow(s);
    flow.startOver(0.0);
    flow.onPointer(true, 1.0);
    flow.onPointer(false, 1.1);
    flow.takeEntered();
    return flow;
}

}  // namespace

TEST_CASE("Text size steps through standard, larger and largest, and back") {
    AccessChoices c;
    CHECK(textScale(c.textSize) == 1.0);
    c = c.toggled(AccessOption::TextSize);
    CHECK(textScale(c.textSize) == Approx(1.4));
    c = c.toggled(AccessOption::TextSize);
    CHECK(textScale(c.textSize) == 2.0);
    c = c.toggled(AccessOption::TextSize);
    CHECK(c.textSize == TextSize::Standard);
    CHECK_FALSE(c.any());
    CHECK(c.toggled(AccessOption::Speech).speech);
    CHECK(c.toggled(AccessOption::Reach).any());
}

TEST_CASE("A visitor's access choices hold for the visit and are gone for the next") {
    VisitorFlow flow = wokenFlow();
    AccessChoices chosen;
    chosen.textSize = TextSize::Largest;
    chosen.speech = true;
    flow.apply(Intent::open(ScreenId::Access), 2.0);
    flow.apply(Intent::setAccess(chosen), 3.0);
    CHECK(flow.access() == chosen);
    flow.apply(Intent::home(), 4.0);
    CHECK(flow.access() == chosen);
    // Left alone: "still there?" after 60 s, then the attract loop after 20 more.
    flow.update(64.5);
    CHECK(flow.phase() == SessionPhase::StillThere);
    flow.update(85.0);
    CHECK(flow.attractShowing());
    CHECK_FALSE(flow.access().any());
}

TEST_CASE("More time triples the wait before \"still there?\"") {
    VisitorFlow flow = wokenFlow();
    AccessChoices more;
    more.moreTime = true;
    flow.apply(Intent::setAccess(more), 2.0);
    flow.update(150.0);
    CHECK(flow.phase() == SessionPhase::Active);
    flow.update(182.5);
    CHECK(flow.phase() == SessionPhase::StillThere);
}

TEST_CASE("Less motion turns the slide between screens into a cut") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::open(ScreenId::Timeline), 2.0);
    CHECK(flow.inTransition(2.1));
    AccessChoices still;
    still.reduceMotion = true;
    flow.apply(Intent::setAccess(still), 3.0);
    flow.apply(Intent::open(ScreenId::About), 4.0);
    CHECK_FALSE(flow.inTransition(4.01));
    CHECK(flow.current().id == ScreenId::About);
}

TEST_CASE("The command line's access list reads choices and names a word it does not know") {
    AccessChoices c;
    std::string error;
    REQUIRE(parseAccessChoices("largest,contrast,less-motion", c, error));
    CHECK(c.textSize == TextSize::Largest);
    CHECK(c.highContrast);
    CHECK(c.reduceMotion);
    CHECK_FALSE(c.speech);
    REQUIRE(parseAccessChoices("", c, error));
    CHECK_FALSE(c.any());
    CHECK_FALSE(parseAccessChoices("larger,bigger", c, error));
    CHECK(error.rfind("\"bigger\" is not an access choice", 0) == 0);
}

TEST_CASE("A screen put up directly carries the choices, the attract loop never") {
    VisitorFlow flow;
    AccessChoices chosen;
    chosen.highContrast = true;
    flow.show({ScreenId::Timeline, {}}, Language::English, 0.0, chosen);
    CHECK(flow.access() == chosen);
    flow.show({ScreenId::Attract, {}}, Language::English, 1.0, chosen);
    CHECK_FALSE(flow.access().any());
}
