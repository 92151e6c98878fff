#include "session/attract_spotlight.hpp"

#include <catch2/catch.hpp>

#include <set>

#include "session/attract_playlist.hpp"

using namespace kiosk;

namespace {

Association association(const std::string& id, std::vector<std::string> members) {
    Association a;
    a.id = id;
    a.members = std::move(members);
    return a;
}

Event event(const std::string& id, std::vector<std::string> places,
            std::vector<std::string> associations = {}) {
    Event e;
    e.id = id;
    e.places = std::move(places);
    e.associations = std::move(associations);
    return e;
}

SpotlightTiming fourteen() {
    SpotlightTiming timing;
    timing.seconds = 14.0;
    timing.flyInAt = 1.2;
    timing.flyInSeconds = 2.2;
    timing.revealSeconds = 3.0;
    timing.flyOutSeconds = 1.6;
    return timing;
}

}  // namespace

TEST_CASE("Spotlight: a region's events name its association or took place in a member") {
    Pack pack;
    pack.associations = {association("north", {"01100", "01202"}), association("west", {"26100"})};
    pack.events = {event("signing", {}, {"north", "west"}), event("fair", {"01202"}),
                   event("kyoto-fair", {"26100"}), event("meeting", {"13101"}),
                   event("both", {"13101", "01100"})};
    std::vector<std::string> ids;
    for (const Event* e : eventsOfAssociation(pack, pack.associations[0])) ids.push_back(e->id);
    CHECK(ids == std::vector<std::string>{"signing", "fair", "both"});
    ids.clear();
    for (const Event* e : eventsOfAssociation(pack, pack.associations[1])) ids.push_back(e->id);
    CHECK(ids == std::vector<std::string>{"signing", "kyoto-fair"});
}

TEST_CASE("Spotlight: the camera flies in after the push, rests, and flies back out") {
    const SpotlightTiming timing = fourteen();
    CHECK(spotlightZoomAt(timing, 0.0) == 0.0);
    CHECK(spotlightZoomAt(timing, 1.1) == 0.0);
    CHECK(spotlightZoomAt(timing, 2.3) == Approx(0.5));
    CHECK(spotlightZoomAt(timing, 3.4) == Approx(1.0));
    CHECK(spotlightZoomAt(timing, 8.0) == 1.0);
    CHECK(spotlightZoomAt(timing, 12.4) == 1.0);
    CHECK(spotlightZoomAt(timing, 13.2) == Approx(0.5));
    CHECK(spotlightZoomAt(timing, 14.0) == Approx(0.0));
    const std::vector<SlideMove> moves = spotlightMoves(timing);
    REQUIRE(moves.size() == 2);
    CHECK(moves[0].from == 1.2);
    CHECK(moves[0].to == Approx(3.4));
    CHECK(moves[1].from == Approx(12.4));
    CHECK(moves[1].to == 14.0);
}

TEST_CASE("Spotlight: members light up one by one after the landing") {
    const SpotlightTiming timing = fourteen();
    CHECK(spotlightMemberReveal(timing, 3.0, 0, 3) == 0.0);
    CHECK(spotlightMemberReveal(timing, 3.4 + 0.5, 0, 3) == Approx(0.5));
    CHECK(spotlightMemberReveal(timing, 3.4 + 0.5, 1, 3) == 0.0);
    CHECK(spotlightMemberReveal(timing, 3.4 + 1.5, 1, 3) == Approx(0.5));
    CHECK(spotlightMemberReveal(timing, 3.4 + 3.0, 2, 3) == 1.0);
    CHECK(spotlightMemberReveal(timing, 0.0, 0, 0) == 1.0);
}

TEST_CASE("Spotlight: a short slide shortens both flights to half of it") {
    SpotlightTiming timing = fourteen();
    timing.seconds = 4.0;  // 2.8 s after flyInAt: 1.4 s for both flights
    const std::vector<SlideMove> moves = spotlightMoves(timing);
    REQUIRE(moves.size() == 2);
    CHECK((moves[0].to - moves[0].from) + (moves[1].to - moves[1].from) == Approx(1.4));
    CHECK(moves[0].to <= moves[1].from);
}

TEST_CASE("Playlist: the spotlight turns to the next association each pass, all in turn") {
    Pack pack;
    pack.associations = {association("a", {"01100"}), association("b", {"02100"}),
                         association("empty", {}), association("c", {"03100"})};
    Slide spotlight, title;
    spotlight.type = "spotlight";
    spotlight.seconds = 14;
    title.type = "title";
    title.seconds = 6;
    pack.playlist = {title, spotlight};
    const AttractPlaylist playlist(pack);
    std::vector<std::string> order;
    for (size_t pass = 0; pass < 4; ++pass) {
        const AttractSlide slide = playlist.slidesForPass(pass)[1];
        CHECK(slide.type == "spotlight");
        CHECK(slide.moves.size() == 2);
        order.push_back(slide.associationId);
    }
    // An association without members has no region to fly to.
    CHECK(order == std::vector<std::string>{"a", "b", "c", "a"});
    CHECK(playlist.slideAt(20.0 * 2 + 7.0, 1).associationId == "c");
    CHECK(playlist.slideAt(20.0 * 3 + 7.0, 1).associationId == "a");
}

TEST_CASE("Playlist: rotations of different lengths repeat together only after all have") {
    Pack pack;
    for (int i = 0; i < 3; ++i) {
        Event e;
        e.id = "h" + std::to_string(i);
        e.highlight = true;
        pack.events.push_back(e);
    }
    pack.associations = {association("a", {"01100"}), association("b", {"02100"})};
    Slide highlights, spotlight;
    highlights.type = "highlights";
    highlights.seconds = 5;
    highlights.count = 1;
    spotlight.type = "spotlight";
    spotlight.seconds = 10;
    pack.playlist = {highlights, spotlight};
    const AttractPlaylist playlist(pack);
    // Highlights repeat every 3 passes, spotlights every 2: the pair every 6.
    std::set<std::pair<std::string, std::string>> pairs;
    for (size_t pass = 0; pass < 6; ++pass) {
        const auto slides = playlist.slidesForPass(pass);
        pairs.insert({slides[0].eventId, slides[1].associationId});
        const double start = 15.0 * double(pass);
        CHECK(playlist.slideAt(start + 1.0, 0).eventId == slides[0].eventId);
        CHECK(playlist.slideAt(start + 7.0, 1).associationId == slides[1].associationId);
    }
    CHECK(pairs.size() == 6);
    CHECK(playlist.slideAt(15.0 * 6 + 7.0, 1).associationId == "a");
    CHECK(playlist.slideAt(15.0 * 6 + 1.0, 0).eventId == "h0");
}
