#include <catch2/catch.hpp>

#include "content/pack_diff.hpp"
#include "content/pack_loader.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;

namespace {
Pack load(const std::string& dir) {
    PackLoadResult r = loadPack(dir);
    REQUIRE(r.pack);
    return std::move(*r.pack);
}
}  // namespace

TEST_CASE("a pack compared with itself changes nothing") {
    const Pack p = load(test::defaultPackDir());
    CHECK(diffPacks(p, p).empty());
    CHECK(diffPacks(p, p).summary().empty());
}

TEST_CASE("events, partner municipalities and images added and removed are listed") {
    const Pack before = load(test::defaultPackDir());
    Pack after = before;
    const std::string dropped = after.events.front().id;
    after.events.erase(after.events.begin());
    Event added = after.events.back();
    added.id = "2023-04-01-new-fair";
    after.events.push_back(added);
    // One association loses its first member.
    REQUIRE_FALSE(after.associations.empty());
    const std::string code = after.associations[0].members.front();
    after.associations[0].members.erase(after.associations[0].members.begin());
    after.manifest.files.push_back({"images/fair.JPG", 10, ""});

    const PackDiff d = diffPacks(before, after);
    CHECK(d.eventsAdded == std::vector<std::string>{"2023-04-01-new-fair"});
    CHECK(d.eventsRemoved == std::vector<std::string>{dropped});
    REQUIRE(d.municipalitiesRemoved.size() == 1);
    CHECK(d.municipalitiesRemoved[0].rfind(code + " ", 0) == 0);
    CHECK(d.municipalitiesAdded.empty());
    CHECK(d.imagesAdded == std::vector<std::string>{"images/fair.JPG"});
    const auto lines = d.summary();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] == "events: +1 −1 (+2023-04-01-new-fair, −" + dropped + ")");
}
