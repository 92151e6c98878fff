// Touch exploration: a tap says what is under the finger, a double tap presses it.
#include <catch2/catch.hpp>

#include "speech/touch_explorer.hpp"

using namespace kiosk;

namespace {

ScreenInventory screen() {
    ScreenInventory s;
    s.addText({0, 0, 400, 60}, 30.0f, "Timeline of the project");
    s.addTarget({100, 100, 200, 100}, "Timeline");
    s.addTarget({100, 300, 200, 100}, "Map");
    return s;
}

TouchFrame tapAt(float x, float y) {
    TouchFrame f;
    f.tap = Point{x, y};
    f.position = {x, y};
    return f;
}

TouchFrame doubleTapAt(float x, float y) {
    TouchFrame f = tapAt(x, y);
    f.doubleTap = Point{x, y};
    return f;
}

}  // namespace

TEST_CASE("A tap says the target under the finger and presses nothing") {
    TouchExplorer explorer;
    const ExploredTouch out = explorer.explore(tapAt(150, 150), screen());
    CHECK(out.speak == std::optional<std::string>("Timeline"));
    CHECK_FALSE(out.frame.tap.has_value());
}

TEST_CASE("A tap on text says the text, on nothing says nothing") {
    TouchExplorer explorer;
    CHECK(explorer.explore(tapAt(10, 10), screen()).speak ==
          std::optional<std::string>("Timeline of the project"));
    const ExploredTouch none = explorer.explore(tapAt(900, 900), screen());
    CHECK_FALSE(none.speak.has_value());
    CHECK_FALSE(none.frame.tap.has_value());
}

TEST_CASE("A double tap presses what was said last, with an ordinary tap at its middle") {
    TouchExplorer explorer;
    explorer.explore(tapAt(120, 310), screen());  // "Map"
    // The pair lands a little off the target: what was said is what is pressed.
    const ExploredTouch out = explorer.explore(doubleTapAt(600, 600), screen());
    REQUIRE(out.frame.tap.has_value());
    CHECK(out.frame.tap->x == Approx(200));
    CHECK(out.frame.tap->y == Approx(350));
    CHECK_FALSE(out.frame.doubleTap.has_value());
    CHECK_FALSE(out.speak.has_value());
}

TEST_CASE("A double tap with nothing said presses what is under it") {
    TouchExplorer explorer;
    const ExploredTouch out = explorer.explore(doubleTapAt(150, 150), screen());
    REQUIRE(out.frame.tap.has_value());
    CHECK(out.frame.tap->x == Approx(150));
    explorer.explore(tapAt(150, 150), screen());
    explorer.forget();  // another screen came up
    CHECK(explorer.explore(doubleTapAt(10, 10), screen()).frame.tap->y == Approx(10));
}

TEST_CASE("Drags pass through: scrolling works while exploring") {
    TouchExplorer explorer;
    TouchFrame drag;
    drag.down = drag.dragging = true;
    drag.dragDelta = {0, -40};
    drag.swipe = SwipeDirection::Up;
    const ExploredTouch out = explorer.explore(drag, screen());
    CHECK(out.frame.dragging);
    CHECK(out.frame.dragDelta.y == Approx(-40));
    CHECK(out.frame.swipe == SwipeDirection::Up);
    CHECK_FALSE(out.speak.has_value());
}
