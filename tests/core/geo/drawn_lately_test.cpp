#include "geo/drawn_lately.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;

namespace {
struct Entry {
    uint64_t owner = 0, frame = 0;
};
}  // namespace

TEST_CASE("A map's entry stays while it is drawn every frame and goes a frame after") {
    std::vector<Entry> entries = {{1, 10}, {2, 9}, {3, 8}};
    forgetMapsNotDrawnLately(entries, 10);
    REQUIRE(entries.size() == 2);  // drawn in this frame and in the one before
    CHECK(keptFor(entries, 1) == &entries[0]);
    CHECK(keptFor(entries, 2) == &entries[1]);
    CHECK(keptFor(entries, 3) == nullptr);
    forgetMapsNotDrawnLately(entries, 11);
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].owner == 1);
}

TEST_CASE("Every map's entry goes when the frame count starts again") {
    std::vector<Entry> entries = {{1, 500}, {2, 501}};
    forgetMapsNotDrawnLately(entries, 3);  // a new ImGui context counts from the start
    CHECK(entries.empty());
}
