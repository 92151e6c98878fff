#include "session/attract_tour.hpp"

#include <catch2/catch.hpp>

#include <set>

#include "session/attract_playlist.hpp"

using namespace kiosk;

namespace {

// 20 s: 2 s lead-in, then 3 stops of 6 s each, the first 1.4 s of each flying.
TourTiming threeStops() {
    TourTiming timing;
    timing.seconds = 20.0;
    timing.stops = 3;
    timing.leadInSeconds = 2.0;
    timing.flySeconds = 1.4;
    return timing;
}

Event dated(const std::string& id, int year, int month = 4) {
    Event e;
    e.id = id;
    e.date.precision = DatePrecision::Day;
    e.date.start = e.date.end = CalendarDate{year, month, 1};
    return e;
}

std::vector<Event> tenEventsAndOneUndated() {
    std::vector<Event> events;
    for (int i = 0; i < 10; ++i) events.push_back(dated("e" + std::to_string(i), 2014 + i / 2));
    Event undated;
    undated.id = "undated";
    events.insert(events.begin() + 5, undated);
    return events;
}

}  // namespace

TEST_CASE("Tour: the camera rests at the start, then flies to each stop and rests there") {
    const TourTiming timing = threeStops();
    const std::vector<double> stops = {1000.0, 3000.0, 8000.0};
    CHECK(tourCameraAt(timing, -100.0, stops, 0.0) == -100.0);
    CHECK(tourCameraAt(timing, -100.0, stops, 1.99) == -100.0);
    CHECK(tourMomentAt(timing, 1.0).stop == -1);
    // Half way through the first flight, half way there (the easing is symmetric).
    CHECK(tourCameraAt(timing, -100.0, stops, 2.7) == Approx(450.0));
    CHECK(tourMomentAt(timing, 2.7).flying());
    // Resting on each stop for the rest of its share.
    CHECK(tourCameraAt(timing, -100.0, stops, 3.5) == 1000.0);
    CHECK(tourCameraAt(timing, -100.0, stops, 7.9) == 1000.0);
    CHECK(tourMomentAt(timing, 7.9).stop == 0);
    CHECK(tourCameraAt(timing, -100.0, stops, 9.5) == 3000.0);
    CHECK(tourCameraAt(timing, -100.0, stops, 19.99) == 8000.0);
    CHECK(tourMomentAt(timing, 19.99).stop == 2);
    CHECK_FALSE(tourMomentAt(timing, 19.99).flying());
    // Past the end (the next slide pushing in) it stays on the last stop.
    CHECK(tourCameraAt(timing, -100.0, stops, 25.0) == 8000.0);
}

TEST_CASE("Tour: the camera moves continuously, never jumping between two close moments") {
    const TourTiming timing = threeStops();
    const std::vector<double> stops = {1000.0, 3000.0, 8000.0};
    double previous = tourCameraAt(timing, 0.0, stops, 0.0);
    double largestStep = 0.0;
    for (double t = 0.01; t <= 20.0; t += 0.01) {
        const double x = tourCameraAt(timing, 0.0, stops, t);
        largestStep = std::max(largestStep, std::fabs(x - previous));
        previous = x;
    }
    // The longest flight is 5,000 over 1.4 s, about 36 per 10 ms on average;
    // cubic easing in and out is three times as fast at its middle (107).
    CHECK(largestStep < 110.0);
    CHECK(largestStep > 100.0);
}

TEST_CASE("Tour: its flights are the moves the loop's pacing draws faster") {
    const std::vector<SlideMove> moves = tourMoves(threeStops());
    REQUIRE(moves.size() == 3);
    CHECK(moves[0].from == 2.0);
    CHECK(moves[0].to == Approx(3.4));
    CHECK(moves[1].from == 8.0);
    CHECK(moves[2].from == 14.0);
    CHECK(moves[2].to == Approx(15.4));
    for (const SlideMove& m : moves) {
        CHECK(tourMomentAt(threeStops(), (m.from + m.to) / 2).flying());
        CHECK_FALSE(tourMomentAt(threeStops(), m.to + 0.01).flying());
    }
}

TEST_CASE("Tour: a slide too short for its flights flies in half of each share") {
    TourTiming timing = threeStops();
    timing.seconds = 5.0;  // 1 s per stop
    const std::vector<SlideMove> moves = tourMoves(timing);
    REQUIRE(moves.size() == 3);
    CHECK(moves[0].to - moves[0].from == Approx(0.5));
    timing.stops = 0;
    CHECK(tourMoves(timing).empty());
    CHECK(tourCameraAt(timing, 7.0, {}, 3.0) == 7.0);
}

TEST_CASE("Tour rotation: stops spread over the timeline, every dated event in turn") {
    const std::vector<Event> events = tenEventsAndOneUndated();
    const TourRotation rotation(events, 3);
    REQUIRE(rotation.rotations() == 4);  // ten dated events, three a tour
    std::multiset<std::string> seen;
    for (size_t n = 0; n < rotation.rotations(); ++n) {
        const std::vector<std::string> stops = rotation.stopsOf(n);
        REQUIRE(stops.size() >= 2);
        REQUIRE(stops.size() <= 3);
        // Spread: from the first half of the dated events to the second.
        CHECK(stops.front() < "e4");
        CHECK(stops.back() > "e5");
        seen.insert(stops.begin(), stops.end());
        // Consecutive tours stop on different events.
        for (const std::string& id : rotation.stopsOf(n + 1))
            CHECK(std::find(stops.begin(), stops.end(), id) == stops.end());
    }
    CHECK(seen.size() == 10);
    for (int i = 0; i < 10; ++i) CHECK(seen.count("e" + std::to_string(i)) == 1);
    CHECK(seen.count("undated") == 0);
    // And it starts over.
    CHECK(rotation.stopsOf(4) == rotation.stopsOf(0));
}

TEST_CASE("Tour rotation: the first tour does not stop where the camera starts") {
    const TourRotation rotation(tenEventsAndOneUndated(), 3);
    CHECK(rotation.stopsOf(0).front() != "e0");
}

TEST_CASE("Tour rotation: nothing to tour without dated events") {
    Event undated;
    undated.id = "u";
    CHECK(TourRotation({undated}, 3).empty());
    CHECK(TourRotation({undated}, 3).stopsOf(0).empty());
    CHECK(TourRotation({}, 3).rotations() == 1);
}

TEST_CASE("Playlist: a tour slide stops on other events each pass, and carries its flights") {
    Pack pack;
    pack.events = tenEventsAndOneUndated();
    Slide title, tour;
    title.type = "title";
    title.seconds = 5;
    tour.type = "tour";
    tour.seconds = 20;
    pack.playlist = {title, tour};
    AttractSettings settings;
    settings.tourStops = 3;
    const AttractPlaylist playlist(pack, settings);
    std::set<std::string> seen;
    std::vector<std::string> previous;
    for (size_t pass = 0; pass < 4; ++pass) {
        const std::vector<AttractSlide> slides = playlist.slidesForPass(pass);
        REQUIRE(slides.size() == 2);
        const AttractSlide& slide = slides[1];
        CHECK(slide.type == "tour");
        CHECK(slide.tourStops != previous);
        CHECK(slide.moves.size() == slide.tourStops.size());
        seen.insert(slide.tourStops.begin(), slide.tourStops.end());
        previous = slide.tourStops;
    }
    CHECK(seen.size() == 10);
    // Pass 4 of the loop, found by time, is pass 0 again.
    CHECK(playlist.slideAt(4 * 25.0 + 6.0, 1).tourStops == playlist.slidesForPass(0)[1].tourStops);
    CHECK(playlist.slideAt(6.0, 1).tourStops == playlist.slidesForPass(0)[1].tourStops);
    CHECK(playlist.slideAt(25.0 + 6.0, 1).tourStops == playlist.slidesForPass(1)[1].tourStops);
}

TEST_CASE("Playlist: a tour slide's own count sets its stops") {
    Pack pack;
    pack.events = tenEventsAndOneUndated();
    Slide tour;
    tour.type = "tour";
    tour.seconds = 20;
    tour.count = 5;
    pack.playlist = {tour};
    const AttractPlaylist playlist(pack);
    CHECK(playlist.slidesForPass(0)[0].tourStops.size() == 5);
    CHECK(playlist.slidesForPass(1)[0].tourStops.size() == 5);
    CHECK(playlist.slidesForPass(2)[0].tourStops == playlist.slidesForPass(0)[0].tourStops);
}

TEST_CASE("Playlist: a tour with no dated event to stop on is left out") {
    Pack pack;
    Event undated;
    undated.id = "u";
    pack.events = {undated};
    Slide title, tour;
    title.type = "title";
    tour.type = "tour";
    pack.playlist = {title, tour};
    const AttractPlaylist playlist(pack);
    REQUIRE(playlist.slidesForPass(0).size() == 1);
    CHECK(playlist.slidesForPass(0)[0].type == "title");
}
