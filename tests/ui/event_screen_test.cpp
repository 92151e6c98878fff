// The event screen tells the header where the visitor is: the event's year on
// the timeline and its title, after the screen's own label.
#include <catch2/catch.hpp>

#include "screens/event_screen.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;

namespace {

std::vector<std::string> partsFor(const std::string& id, Language language) {
    ui::EventScreen screen;
    screen.enter(id, 0.0);
    ui::UiContext ui;
    ui.pack = &test::defaultPack();
    ui.language = language;
    return screen.headingParts(ui);
}

}  // namespace

TEST_CASE("The event screen's path gives the event's year and its title, in the language shown") {
    const Event* e = test::defaultPack().findEvent("2016-04-26-partnership-symposium");
    REQUIRE(e);
    CHECK(partsFor(e->id, Language::English) == std::vector<std::string>{"2016", e->title.en});
    CHECK(partsFor(e->id, Language::Japanese) == std::vector<std::string>{"2016", e->title.ja});
}

TEST_CASE("An event of unknown date is filed under the year the timeline shows it in") {
    const Event* e = test::defaultPack().findEvent("2017-unknown-second-nationwide-symposium");
    REQUIRE(e);
    REQUIRE_FALSE(e->date.known());
    CHECK(partsFor(e->id, Language::English) == std::vector<std::string>{"2017", e->title.en});
}

TEST_CASE("An event the pack does not have adds nothing to the path") {
    CHECK(partsFor("no-such-event", Language::English).empty());
}
