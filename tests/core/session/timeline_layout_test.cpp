#include "session/timeline_layout.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;

namespace {

Event inYear(const std::string& id, int year, EventCategory category = EventCategory::Other) {
    Event e;
    e.id = id;
    e.category = category;
    e.date.precision = DatePrecision::Day;
    e.date.start = e.date.end = CalendarDate{year, 5, 1};
    return e;
}

TimelineGrid grid() {
    TimelineGrid g;
    g.cardWidth = 100;
    g.cardHeight = 50;
    g.gap = 10;
    g.headerHeight = 40;
    g.rows = 2;
    return g;
}

}  // namespace

TEST_CASE("Timeline layout: a section per year, columns of cards, three gaps between years") {
    const std::vector<Event> events = {inYear("a", 2014), inYear("b", 2014), inYear("c", 2014),
                                       inYear("d", 2016)};
    const auto sections = layoutTimeline(events, std::nullopt, grid());
    REQUIRE(sections.size() == 2);
    CHECK(sections[0].year == 2014);
    CHECK(sections[0].x == 0);
    CHECK(sections[0].width == 210);  // two columns
    CHECK(sections[1].year == 2016);
    CHECK(sections[1].x == 240);
    CHECK(sections[1].width == 100);
    CHECK(timelineWidth(sections) == 340);
    // Card c is the third of its year: second column, first row.
    const auto c = findCard(sections, "c", grid());
    REQUIRE(c);
    CHECK(c->x == 110);
    CHECK(c->y == 40);
    const auto b = findCard(sections, "b", grid());
    REQUIRE(b);
    CHECK(b->x == 0);
    CHECK(b->y == 100);
    CHECK_FALSE(findCard(sections, "zzz", grid()));
}

TEST_CASE("Timeline layout: a category filter leaves the other events out") {
    const std::vector<Event> events = {inYear("a", 2014, EventCategory::Agreement),
                                       inYear("b", 2015, EventCategory::Exhibition),
                                       inYear("c", 2016, EventCategory::Agreement)};
    const auto sections = layoutTimeline(events, EventCategory::Agreement, grid());
    REQUIRE(sections.size() == 2);
    CHECK(sections[1].year == 2016);
    CHECK_FALSE(findCard(sections, "b", grid()));
    CHECK(layoutTimeline({}, std::nullopt, grid()).empty());
    CHECK(timelineWidth({}) == 0);
}
