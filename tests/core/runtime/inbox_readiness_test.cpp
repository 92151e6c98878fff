// When a pack a sync tool is delivering into the inbox counts as complete:
// no temporary files, and the same listing over two looks a couple of seconds
// apart; then it is tried once, and again only when it changes.
#include <catch2/catch.hpp>

#include "runtime/inbox_readiness.hpp"

using namespace kiosk;

namespace {

InboxListing listing(std::vector<InboxEntry> entries) {
    InboxListing l;
    l.entries = std::move(entries);
    return l;
}

const InboxListing kComplete = listing({{"events", 0, 100, true},
                                        {"events/2016.json", 812, 200, false},
                                        {"pack.json", 4000, 300, false},
                                        {"pack.sig", 180, 300, false}});

}  // namespace

TEST_CASE("sync tools' names for files still being written are temporary") {
    for (const char* name : {".syncthing.2016.json.tmp", "~syncthing~2016.json.tmp",
                             "pack.json.tmp", "map.png.part", "~$events.xlsx", "~pack.json"})
        CHECK(isTemporaryName(name));
    for (const char* name :
         {"pack.json", "pack.sig", "tmp.json", "partners.json", "a.partial", "2016.json"})
        CHECK_FALSE(isTemporaryName(name));
    InboxListing copying = kComplete;
    copying.entries.push_back({"events/.syncthing.2017.json.tmp", 100, 400, false});
    CHECK(firstTemporaryEntry(copying) == "events/.syncthing.2017.json.tmp");
    CHECK(firstTemporaryEntry(kComplete).empty());
}

TEST_CASE("a listed file missing or shorter than the manifest says is incomplete") {
    const std::vector<PackFile> listed = {{"events/2016.json", 812, ""}, {"map.png", 81920, ""}};
    std::map<std::string, uint64_t> sizes = {{"events/2016.json", 812}};
    const auto sizeOf = [&sizes](const std::string& path) -> std::optional<uint64_t> {
        const auto it = sizes.find(path);
        if (it == sizes.end()) return std::nullopt;
        return it->second;
    };
    CHECK(firstIncompleteFile(listed, sizeOf) == "map.png is missing");
    sizes["map.png"] = 4096;
    CHECK(firstIncompleteFile(listed, sizeOf) == "map.png has 4096 of 81920 bytes");
    sizes["map.png"] = 81920;
    CHECK(firstIncompleteFile(listed, sizeOf).empty());
    // Longer than listed is not a copy in progress: the verification refuses it.
    sizes["map.png"] = 90000;
    CHECK(firstIncompleteFile(listed, sizeOf).empty());
}

TEST_CASE("a complete pack is ready once it has not changed over two looks seconds apart") {
    InboxTracker tracker(2.0);
    CHECK(tracker.look({{"inbox/v2", kComplete}}, 10.0).empty());
    CHECK(tracker.state("inbox/v2") == InboxWait::Changing);
    CHECK(tracker.look({{"inbox/v2", kComplete}}, 11.0).empty());
    CHECK(tracker.state("inbox/v2") == InboxWait::Settling);
    CHECK(tracker.look({{"inbox/v2", kComplete}}, 12.0) == std::vector<std::string>{"inbox/v2"});
}

TEST_CASE("a pack with temporary files waits however long it stays so") {
    InboxTracker tracker(2.0);
    InboxListing copying = kComplete;
    copying.entries.push_back({"events/.syncthing.2017.json.tmp", 100, 400, false});
    for (double t = 0; t < 60; t += 2) CHECK(tracker.look({{"inbox/v2", copying}}, t).empty());
    CHECK(tracker.state("inbox/v2") == InboxWait::Copying);
}

TEST_CASE("a pack whose listing changes between looks waits until it stops changing") {
    InboxTracker tracker(2.0);
    InboxListing growing = kComplete;
    for (int look = 0; look < 10; ++look) {
        growing.entries[1].size += 4096;  // a file still being written in place
        growing.entries[1].mtimeNs += 1000;
        CHECK(tracker.look({{"inbox/v2", growing}}, look * 2.0).empty());
        if (look > 0) CHECK(tracker.state("inbox/v2") == InboxWait::Changing);
    }
    CHECK(tracker.look({{"inbox/v2", growing}}, 19.0).empty());  // one second: settling
    CHECK(tracker.look({{"inbox/v2", growing}}, 20.5).size() == 1);
}

TEST_CASE("a tried pack is not tried again until it changes, or leaves and comes back") {
    InboxTracker tracker(2.0);
    tracker.look({{"inbox/v2", kComplete}}, 0.0);
    REQUIRE(tracker.look({{"inbox/v2", kComplete}}, 3.0).size() == 1);
    tracker.tried("inbox/v2");
    for (double t = 5; t < 100; t += 2) CHECK(tracker.look({{"inbox/v2", kComplete}}, t).empty());
    CHECK(tracker.state("inbox/v2") == InboxWait::Tried);

    InboxListing fixed = kComplete;
    fixed.entries[2].mtimeNs = 999;  // pack.json replaced
    CHECK(tracker.look({{"inbox/v2", fixed}}, 100.0).empty());
    CHECK(tracker.look({{"inbox/v2", fixed}}, 103.0).size() == 1);
    tracker.tried("inbox/v2");

    CHECK(tracker.look({}, 105.0).empty());  // taken out of the folder
    CHECK_FALSE(tracker.state("inbox/v2"));
    tracker.look({{"inbox/v2", fixed}}, 107.0);
    CHECK(tracker.look({{"inbox/v2", fixed}}, 110.0).size() == 1);
}
