#include <catch2/catch.hpp>

#include "session/visitor_flow.hpp"

using namespace kiosk;

namespace {

SessionSettings settings() {
    SessionSettings s;
    s.idleSeconds = 60.0;
    s.countdownSeconds = 10.0;
    return s;
}

// A flow started at 0 and woken by a touch at 1 s, its entries taken.
VisitorFlow wokenFlow() {
    VisitorFlow flow(settings());
    flow.startOver(0.0);
    flow.onPointer(true, 1.0);
    flow.onPointer(false, 1.1);
    flow.takeEntered();
    return flow;
}

}  // namespace

TEST_CASE("A fresh flow shows the attract loop and clears every screen") {
    VisitorFlow flow(settings());
    flow.startOver(0.0);
    CHECK(flow.phase() == SessionPhase::Attract);
    CHECK(flow.attractShowing());
    CHECK(flow.onScreen() == ScreenId::Attract);
    const auto entered = flow.takeEntered();
    REQUIRE(entered.size() == 1);
    CHECK(entered[0].clearAll);
    CHECK(entered[0].screen.id == ScreenId::Attract);
    CHECK(flow.takeEntered().empty());
}

TEST_CASE("The first touch wakes the kiosk to Home and slides the loop away") {
    VisitorFlow flow(settings());
    flow.startOver(0.0);
    flow.takeEntered();
    CHECK(flow.onPointer(true, 5.0) == VisitorTouch::Wake);
    CHECK(flow.phase() == SessionPhase::Active);
    CHECK(flow.onScreen() == ScreenId::Home);
    CHECK_FALSE(flow.canGoBack());
    const auto entered = flow.takeEntered();
    REQUIRE(entered.size() == 1);
    CHECK(entered[0].screen == ScreenRef{ScreenId::Home, ""});
    CHECK(entered[0].at == 5.0);
    CHECK(flow.transition().leaving.id == ScreenId::Attract);
    CHECK(flow.inTransition(5.0 + ScreenTransition::kSeconds / 2));
    CHECK_FALSE(flow.inTransition(5.0 + ScreenTransition::kSeconds + 0.01));
    // Its release, and the next touch, go to the screen.
    CHECK(flow.onPointer(false, 5.1) == VisitorTouch::Deliver);
    CHECK(flow.onPointer(true, 6.0) == VisitorTouch::Deliver);
}

TEST_CASE("Intents open screens forward and Back slides the other way") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::open(ScreenId::Timeline), 2.0);
    CHECK(flow.onScreen() == ScreenId::Timeline);
    CHECK(flow.canGoBack());
    CHECK(flow.transition().direction == 1);
    CHECK(flow.transition().leaving.id == ScreenId::Home);
    flow.apply(Intent::open(ScreenId::Event, "2016-04-26-x"), 3.0);
    CHECK(flow.current() == ScreenRef{ScreenId::Event, "2016-04-26-x"});
    flow.apply(Intent::back(), 4.0);
    CHECK(flow.onScreen() == ScreenId::Timeline);
    CHECK(flow.transition().direction == -1);
    const auto entered = flow.takeEntered();
    REQUIRE(entered.size() == 3);
    CHECK(entered[2].screen.id == ScreenId::Timeline);
    CHECK(entered[2].at == 4.0);
    flow.apply(Intent::home(), 5.0);
    CHECK(flow.onScreen() == ScreenId::Home);
    CHECK_FALSE(flow.canGoBack());
}

TEST_CASE("Opening the screen already on show changes nothing") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::open(ScreenId::Map, "kinki"), 2.0);
    flow.takeEntered();
    flow.apply(Intent::open(ScreenId::Map, "kinki"), 3.0);
    CHECK(flow.takeEntered().empty());
    CHECK(flow.transition().start == 2.0);
}

TEST_CASE("Idle asks still there, a touch answers it and keeps the path") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::open(ScreenId::Partners), 2.0);
    CHECK(flow.secondsUntilNextChange(2.0) == Approx(59.1));
    CHECK(flow.update(61.2) == SessionChange::AskedStillThere);
    CHECK(flow.phase() == SessionPhase::StillThere);
    CHECK(flow.countdownRemaining(65.2) == Approx(6.0));
    // Intents are ignored while the question covers the screen.
    flow.apply(Intent::home(), 62.0);
    CHECK(flow.onScreen() == ScreenId::Partners);
    CHECK(flow.onPointer(true, 66.0) == VisitorTouch::AnswerStillThere);
    CHECK(flow.phase() == SessionPhase::Active);
    CHECK(flow.onScreen() == ScreenId::Partners);
}

TEST_CASE("When the visitor leaves, the next one starts from the loop in Japanese") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::setLanguage(Language::Korean), 2.0);
    CHECK(flow.language() == Language::Korean);
    flow.apply(Intent::open(ScreenId::Numbers), 3.0);
    flow.takeEntered();
    CHECK(flow.update(70.0) == SessionChange::AskedStillThere);
    CHECK(flow.update(79.0) == SessionChange::None);
    CHECK(flow.update(80.0) == SessionChange::TimedOut);
    CHECK(flow.attractShowing());
    CHECK(flow.onScreen() == ScreenId::Attract);
    CHECK(flow.language() == Language::Japanese);
    CHECK_FALSE(flow.canGoBack());
    const auto entered = flow.takeEntered();
    REQUIRE(entered.size() == 1);
    CHECK(entered[0].clearAll);
    // Intents from the attract loop go nowhere.
    flow.apply(Intent::open(ScreenId::Timeline), 81.0);
    CHECK(flow.onScreen() == ScreenId::Attract);
}

TEST_CASE("Loop mode never wakes: the loop takes every touch") {
    VisitorFlow flow(settings());
    flow.setLoopMode(true);
    flow.startOver(0.0);
    CHECK(flow.onPointer(true, 1.0) == VisitorTouch::Deliver);
    CHECK(flow.onPointer(false, 1.1) == VisitorTouch::Deliver);
    CHECK(flow.phase() == SessionPhase::Attract);
    CHECK(flow.update(1000.0) == SessionChange::None);
    CHECK(flow.onScreen() == ScreenId::Attract);
}

TEST_CASE("A screen put up directly is a visit in progress, without a slide") {
    VisitorFlow flow(settings());
    flow.show({ScreenId::Event, "2016-04-26-x"}, Language::English, 0.0);
    CHECK(flow.phase() == SessionPhase::Active);
    CHECK(flow.onScreen() == ScreenId::Event);
    CHECK(flow.canGoBack());
    CHECK(flow.language() == Language::English);
    CHECK_FALSE(flow.inTransition(0.0));
    CHECK(flow.takeEntered().at(0).screen.param == "2016-04-26-x");

    flow.show({ScreenId::Title, {}}, Language::Japanese, 0.0);
    CHECK(flow.phase() == SessionPhase::Attract);
    CHECK(flow.onScreen() == ScreenId::Title);
    CHECK(flow.attractScreen() == ScreenId::Title);
    // Woken from the title, the loop (in its ordinary form) slides away.
    CHECK(flow.onPointer(true, 1.0) == VisitorTouch::Wake);
    CHECK(flow.transition().leaving.id == ScreenId::Attract);
    CHECK(flow.onScreen() == ScreenId::Home);
}

TEST_CASE("A touch on one language's call to action starts the visit in that language") {
    VisitorFlow flow(settings());
    flow.startOver(0.0);
    CHECK(flow.language() == Language::Japanese);
    CHECK(flow.onPointer(true, 1.0, Language::English) == VisitorTouch::Wake);
    CHECK(flow.onScreen() == ScreenId::Home);
    CHECK(flow.language() == Language::English);
    // Later touches choose nothing: the visit stays in its language.
    CHECK(flow.onPointer(false, 1.1) == VisitorTouch::Deliver);
    CHECK(flow.onPointer(true, 2.0, Language::Japanese) == VisitorTouch::Deliver);
    CHECK(flow.language() == Language::English);
    // Nor does answering "still there?".
    CHECK(flow.update(62.5) == SessionChange::AskedStillThere);
    CHECK(flow.onPointer(true, 63.0, Language::Japanese) == VisitorTouch::AnswerStillThere);
    CHECK(flow.language() == Language::English);
}

TEST_CASE("The next visitor starts fresh, in the first language, whatever the last one chose") {
    VisitorFlow flow(settings());
    flow.setFirstLanguage(Language::English);
    flow.startOver(0.0);
    CHECK(flow.language() == Language::English);
    flow.onPointer(true, 1.0, Language::Japanese);
    flow.onPointer(false, 1.1);
    CHECK(flow.language() == Language::Japanese);
    flow.apply(Intent::open(ScreenId::Numbers), 2.0);
    CHECK(flow.update(70.0) == SessionChange::AskedStillThere);
    CHECK(flow.update(80.0) == SessionChange::TimedOut);
    CHECK(flow.onScreen() == ScreenId::Attract);
    CHECK(flow.language() == Language::English);
    CHECK_FALSE(flow.canGoBack());
    // A touch off the call to action wakes it in the first language.
    CHECK(flow.onPointer(true, 90.0) == VisitorTouch::Wake);
    CHECK(flow.language() == Language::English);
    CHECK(flow.onScreen() == ScreenId::Home);
}

TEST_CASE("Loop mode keeps its own touch rules: a touch on a call to action wakes nothing") {
    VisitorFlow flow(settings());
    flow.setLoopMode(true);
    flow.startOver(0.0);
    CHECK(flow.onPointer(true, 1.0, Language::English) == VisitorTouch::Deliver);
    CHECK(flow.phase() == SessionPhase::Attract);
    CHECK(flow.language() == Language::Japanese);
}

TEST_CASE("Choosing a language on the language list goes back to where the visitor was") {
    VisitorFlow flow = wokenFlow();
    flow.apply(Intent::open(ScreenId::Timeline), 2.0);
    flow.apply(Intent::open(ScreenId::Language), 3.0);
    CHECK(flow.onScreen() == ScreenId::Language);
    flow.apply(Intent::setLanguage(Language::ChineseTraditional), 4.0);
    CHECK(flow.language() == Language::ChineseTraditional);
    CHECK(flow.onScreen() == ScreenId::Timeline);
    // Elsewhere a language is set where the visitor stands.
    flow.apply(Intent::setLanguage(Language::English), 5.0);
    CHECK(flow.onScreen() == ScreenId::Timeline);
    CHECK(flow.language() == Language::English);
}
