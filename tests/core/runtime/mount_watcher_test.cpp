#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "runtime/mount_watcher.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
namespace fs = std::filesystem;

namespace {

void makePackFolder(const std::string& dir) {
    fs::create_directories(dir);
    std::ofstream(dir + "/pack.json") << "{}";
}

std::vector<std::string> paths(const std::vector<PackCandidate>& cs) {
    std::vector<std::string> out;
    for (const auto& c : cs) out.push_back(c.path);
    return out;
}

}  // namespace

TEST_CASE("a pack folder on a new volume is ready once it has stopped changing") {
    test::TempDir root;
    MountWatcher watcher({root.dir()});
    CHECK(watcher.scan().ready.empty());
    makePackFolder(root.path("STICK/kiosk-pack"));
    // First sighting: it may still be mounting or copying.
    CHECK(watcher.scan().ready.empty());
    const MountScan settled = watcher.scan();
    REQUIRE(settled.ready.size() == 1);
    CHECK(settled.ready[0].path == root.path("STICK/kiosk-pack"));
    CHECK_FALSE(settled.ready[0].archive);
    // Reported once only.
    CHECK(watcher.scan().ready.empty());
}

TEST_CASE("a candidate that keeps changing is not ready until it settles") {
    test::TempDir root;
    MountWatcher watcher({root.dir()});
    watcher.scan();
    makePackFolder(root.path("STICK"));
    watcher.scan();
    std::ofstream(root.path("STICK/pack.json")) << "{\"still\": \"copying\"}";
    CHECK(watcher.scan().ready.empty());
    CHECK(watcher.scan().ready.size() == 1);
}

TEST_CASE("a pack pulled out and plugged in again is offered again") {
    test::TempDir root;
    MountWatcher watcher({root.dir()});
    makePackFolder(root.path("STICK"));
    watcher.scan();
    REQUIRE(watcher.scan().ready.size() == 1);
    fs::rename(root.path("STICK"),
               root.path("../stick-away-" + fs::path(root.dir()).filename().string()));
    CHECK(watcher.scan().ready.empty());
    fs::rename(root.path("../stick-away-" + fs::path(root.dir()).filename().string()),
               root.path("STICK"));
    watcher.scan();
    CHECK(watcher.scan().ready.size() == 1);
}

TEST_CASE("archives and folders are found at the depths sticks are mounted at") {
    test::TempDir root;
    makePackFolder(root.path("staff/STICK/packs/spring"));  // /media/<user>/<label>/packs/<pack>
    fs::create_directories(root.path("usb0"));
    std::ofstream(root.path("usb0/autumn.kpack")) << "x";
    std::ofstream(root.path("usb0/notes.txt")) << "x";
    makePackFolder(root.path("usb0/too/deep/for/the/watcher"));
    MountWatcher watcher({root.dir()});
    watcher.scan();
    const auto ready = paths(watcher.scan().ready);
    CHECK(ready == std::vector<std::string>{root.path("staff/STICK/packs/spring"),
                                            root.path("usb0/autumn.kpack")});
}

TEST_CASE("links and hidden folders on a stick are not followed") {
    test::TempDir root;
    test::TempDir elsewhere;
    makePackFolder(elsewhere.path("pack"));
    fs::create_directories(root.path("STICK"));
    fs::create_directory_symlink(elsewhere.path("pack"), root.path("STICK/linked"));
    makePackFolder(root.path("STICK/.Trash-1000/old"));
    MountWatcher watcher({root.dir()});
    watcher.scan();
    CHECK(watcher.scan().ready.empty());
}

TEST_CASE("a new volume without a pack is reported once, volumes there at start are not") {
    test::TempDir root;
    fs::create_directories(root.path("system-disk"));
    std::ofstream(root.path("system-disk/file")) << "x";
    MountWatcher watcher({root.dir()});
    CHECK(watcher.scan().volumesWithoutPack.empty());
    fs::create_directories(root.path("PHOTOS"));
    std::ofstream(root.path("PHOTOS/cat.jpg")) << "x";
    const MountScan scan = watcher.scan();
    CHECK(scan.volumesWithoutPack == std::vector<std::string>{root.path("PHOTOS")});
    CHECK(watcher.scan().volumesWithoutPack.empty());
}

TEST_CASE("missing mount roots are simply empty") {
    MountWatcher watcher({"/nonexistent/kiosk-mount-root"});
    const MountScan scan = watcher.scan();
    CHECK(scan.ready.empty());
    CHECK(scan.volumesWithoutPack.empty());
}

TEST_CASE("the search looks at a bounded number of entries in all and says when it stopped") {
    test::TempDir root;
    for (int i = 0; i < 20; ++i) makePackFolder(root.path("STICK/pack" + std::to_string(i)));
    bool complete = true;
    CHECK(findPackCandidates(root.path("STICK"), 2, 8, &complete).size() < 20);
    CHECK_FALSE(complete);
    CHECK(findPackCandidates(root.path("STICK"), 2, 64, &complete).size() == 20);
    CHECK(complete);
}
