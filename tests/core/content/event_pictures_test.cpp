// An event's picture focus: where its subject is, read from the pack, checked
// for range, and given by the default pack to every title card it draws.
#include <catch2/catch.hpp>

#include "pack_problems.hpp"

using namespace kiosk;
using namespace kiosk::test;
using nlohmann::json;

namespace {
const std::string kEvents = "events/2014.json";

const Event& eventWithId(const Pack& pack, const std::string& id) {
    const Event* e = pack.findEvent(id);
    REQUIRE(e);
    return *e;
}
}  // namespace

TEST_CASE("An event's image focus is read as fractions of the picture") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["image_focus"] = {{"x", 0.25}, {"y", 1}}; });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const std::string id = pack.readJson(kEvents)["events"][0]["id"];
    const Event& e = eventWithId(*result.pack, id);
    CHECK(e.imageFocus.x == Approx(0.25f));
    CHECK(e.imageFocus.y == Approx(1.0f));
}

TEST_CASE("An event without an image focus is centred") {
    TempPack pack;
    editEvent(pack, kEvents, 1, [](json& e) { e.erase("image_focus"); });
    const auto result = loadPack(pack.dir());
    REQUIRE(result.pack.has_value());
    const Event& e = result.pack->events[1];
    CHECK(e.imageFocus.x == Approx(0.5f));
    CHECK(e.imageFocus.y == Approx(0.5f));
}

TEST_CASE("An image focus outside the picture, or not a point, is refused with its place") {
    TempPack pack;
    editEvent(pack, kEvents, 0, [](json& e) { e["image_focus"] = {{"x", 1.5}, {"y", -0.1}}; });
    editEvent(pack, kEvents, 1, [](json& e) { e["image_focus"] = json::array({0.5, 0.5}); });
    editEvent(pack, kEvents, 2, [](json& e) { e["image_focus"] = {{"x", 0.5}}; });
    const auto result = loadPack(pack.dir());
    CHECK_FALSE(result.pack.has_value());
    CHECK(errorLines(result) ==
          Lines{"events/2014.json: /events/0/image_focus/x: is 1.5; expected 0 to 1",
                "events/2014.json: /events/0/image_focus/y: is -0.1; expected 0 to 1",
                "events/2014.json: /events/1/image_focus: is an array; expected an object",
                "events/2014.json: /events/2/image_focus/y: missing; this field is required"});
}

TEST_CASE("The default pack focuses each title card on what it lights") {
    const auto result = loadPack(defaultPackDir());
    REQUIRE(result.pack.has_value());
    // Hokkaido's marche: the card's subject sits high on the map of Japan,
    // which a centred band would cut off.
    const Event& kushiro = eventWithId(*result.pack, "2015-10-17-kushiro-nippori-marche");
    CHECK(kushiro.imageFocus.y < 0.3f);
    // Hiroshima lies low and to the left of Japan's middle.
    const Event& hiroshima = eventWithId(*result.pack, "2017-01-27-hiroshima-towns-agreement");
    CHECK(hiroshima.imageFocus.y > 0.5f);
    CHECK(hiroshima.imageFocus.x < kushiro.imageFocus.x);
    for (const Event& e : result.pack->events)
        if (!e.image.empty()) {
            INFO(e.id);
            // Japan is drawn on the card's right; its left is kept for text.
            CHECK(e.imageFocus.x > 0.4f);
        }
}
