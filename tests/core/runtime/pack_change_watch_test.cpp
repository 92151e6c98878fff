// When a watched pack reloads (kiosk --watch): the pure decision on a
// simulated clock, and the folder snapshots it is fed, from real files.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "runtime/pack_change_watch.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

FolderSnapshot folderWith(std::initializer_list<std::pair<const char*, FileStamp>> files) {
    FolderSnapshot s;
    for (const auto& [path, stamp] : files) s[path] = stamp;
    return s;
}

const FolderSnapshot kLoaded = folderWith({{"pack.json", {100, 1}}, {"events.json", {900, 1}}});

// Feeds `watch` the same snapshot at every look from `from` to `until`;
// the times at which it said to reload.
std::vector<double> lookUntil(PackChangeWatch& watch, const FolderSnapshot& s, double from,
                              double until) {
    std::vector<double> reloads;
    for (double t = from; t <= until + 1e-9; t = watch.nextLookAt())
        if (watch.observe(s, t)) reloads.push_back(t);
    return reloads;
}

void writeFile(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("an unchanged folder never reloads") {
    PackChangeWatch watch(kLoaded);
    CHECK(lookUntil(watch, kLoaded, 0.0, 30.0).empty());
    CHECK_FALSE(watch.changesWaiting());
}

TEST_CASE("a saved file reloads once within a second once the folder is still") {
    PackChangeWatch watch(kLoaded);
    const FolderSnapshot saved = folderWith({{"pack.json", {100, 1}}, {"events.json", {901, 2}}});
    CHECK_FALSE(watch.observe(kLoaded, 0.0));
    CHECK_FALSE(watch.observe(saved, 0.1));  // just saved: wait for it to settle
    CHECK(watch.changesWaiting());
    const auto reloads = lookUntil(watch, saved, watch.nextLookAt(), 10.0);
    REQUIRE(reloads.size() == 1);
    CHECK(reloads[0] - 0.1 >= PackWatchTiming{}.quietSeconds - 1e-9);
    CHECK(reloads[0] - 0.1 < 1.0);
    CHECK(watch.lastChanges() == "events.json");
    CHECK_FALSE(watch.changesWaiting());
}

TEST_CASE("a burst of saves loads once with all of them") {
    PackChangeWatch watch(kLoaded);
    // An editor writes a temporary file, renames it over events.json and
    // saves pack.json too, each look seeing a little more.
    const FolderSnapshot a = folderWith({{"pack.json", {100, 1}}, {"events.json", {0, 2}}});
    const FolderSnapshot b = folderWith({{"pack.json", {100, 1}}, {"events.json", {905, 3}}});
    const FolderSnapshot c = folderWith({{"pack.json", {101, 4}}, {"events.json", {905, 3}}});
    CHECK_FALSE(watch.observe(a, 0.0));
    CHECK_FALSE(watch.observe(b, 0.1));
    CHECK_FALSE(watch.observe(c, 0.2));
    const auto reloads = lookUntil(watch, c, 0.3, 10.0);
    REQUIRE(reloads.size() == 1);
    CHECK(watch.lastChanges() == "events.json, pack.json");
}

TEST_CASE("a folder that keeps changing is still loaded within a second of the first change") {
    PackChangeWatch watch(kLoaded);
    std::vector<double> reloads;
    // A copy that grows a file at every look for three seconds.
    for (int i = 0; i <= 30; ++i) {
        const double t = i * 0.1;
        const FolderSnapshot growing =
            folderWith({{"pack.json", {100, 1}}, {"events.json", {900u + i, 10 + i}}});
        if (watch.observe(growing, t)) reloads.push_back(t);
    }
    REQUIRE_FALSE(reloads.empty());
    CHECK(reloads.front() <= 1.0 + 1e-9);
    CHECK(reloads.size() <= 4);  // about one a second, not one a look
}

TEST_CASE("a change undone before it settled does not reload") {
    PackChangeWatch watch(kLoaded);
    const FolderSnapshot saved = folderWith({{"pack.json", {100, 1}}, {"events.json", {1, 2}}});
    CHECK_FALSE(watch.observe(saved, 0.0));
    CHECK(lookUntil(watch, kLoaded, 0.05, 5.0).empty());
}

TEST_CASE("a change made while a reload runs leads to the next reload") {
    PackChangeWatch watch(kLoaded);
    const FolderSnapshot first = folderWith({{"pack.json", {100, 1}}, {"events.json", {1, 2}}});
    const FolderSnapshot second = folderWith({{"pack.json", {100, 1}}, {"events.json", {2, 3}}});
    REQUIRE(lookUntil(watch, first, 0.0, 1.0).size() == 1);
    // The reload took five seconds (a source pack built); the author saved again meanwhile.
    CHECK(lookUntil(watch, second, 6.0, 8.0).size() == 1);
}

TEST_CASE("snapshots see saves and new and removed files but not editors' own files") {
    test::TempDir dir;
    std::filesystem::create_directories(dir.path("images"));
    writeFile(dir.path("pack.json"), "{}");
    writeFile(dir.path("images/a.png"), "png");
    const FolderSnapshot before = snapshotFolder(dir.dir());
    REQUIRE(before.size() == 2);
    CHECK(before.count("images/a.png") == 1);

    writeFile(dir.path(".pack.json.swp"), "vim");
    writeFile(dir.path("pack.json~"), "backup");
    writeFile(dir.path("#pack.json#"), "emacs");
    std::filesystem::create_directories(dir.path(".git"));
    writeFile(dir.path(".git/index"), "git");
    CHECK(snapshotFolder(dir.dir()) == before);

    writeFile(dir.path("pack.json"), "{\"id\": 1}");
    writeFile(dir.path("events.json"), "{}");
    std::filesystem::remove(dir.path("images/a.png"));
    const FolderSnapshot after = snapshotFolder(dir.dir());
    CHECK(after != before);
    CHECK(describeChanges(before, after) == "events.json, pack.json, images/a.png");
    CHECK(snapshotFolder(dir.path("not-there")).empty());
}
