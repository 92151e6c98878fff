// Class 9 (the USB scan): the watcher once read at most 256 entries of any
// folder, in the order the file system gave them, so a pack on a busy stick
// (a camera's photos beside it) was never found and nobody was told. It now
// reads every folder to its end within one budget for the volume, breadth
// first, and says when that budget ran out.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "runtime/mount_watcher.hpp"
#include "support/temp_dir.hpp"

namespace fs = std::filesystem;
using kiosk::MountScan;
using kiosk::MountWatcher;

namespace {

void fill(const std::string& dir, int files) {
    fs::create_directories(dir);
    for (int i = 0; i < files; ++i) std::ofstream(dir + "/IMG_" + std::to_string(10000 + i) + ".JPG");
}

// Two scans: the first learns what is there, the second sees it settled.
MountScan settledScan(MountWatcher& watcher) {
    watcher.scan();
    return watcher.scan();
}

}  // namespace

TEST_CASE("busy stick: a pack among thousands of photos is found") {
    kiosk::test::TempDir root;
    MountWatcher watcher({root.dir()});
    watcher.scan();  // the stick is plugged in after the kiosk started
    // Sorted, the photos come first; in the file system's own order too, here.
    fs::create_directories(root.path("STICK/pack"));
    std::ofstream(root.path("STICK/pack/pack.json")) << "{}";
    fill(root.path("STICK"), 3000);
    std::ofstream(root.path("STICK/zz-lobby.kpack")) << "";
    const MountScan scan = settledScan(watcher);
    REQUIRE(scan.ready.size() == 2);
    CHECK(scan.ready[0].path == root.path("STICK/pack"));
    CHECK(scan.ready[1].path == root.path("STICK/zz-lobby.kpack"));
}

TEST_CASE("busy stick: a deep tree is searched breadth first, the top before the depths") {
    kiosk::test::TempDir root;
    MountWatcher watcher({root.dir()}, {4, 500});
    watcher.scan();
    fill(root.path("STICK/A-DCIM/100CANON"), 2000);  // read first, beyond the budget
    fs::create_directories(root.path("STICK/Z-content/pack"));
    std::ofstream(root.path("STICK/Z-content/pack/pack.json")) << "{}";
    const MountScan scan = settledScan(watcher);
    REQUIRE(scan.ready.size() == 1);
    CHECK(scan.ready[0].path == root.path("STICK/Z-content/pack"));
}

TEST_CASE("busy stick: a search that runs out of its budget says so, once") {
    kiosk::test::TempDir root;
    MountWatcher watcher({root.dir()}, {4, 500});
    watcher.scan();
    fill(root.path("STICK/photos"), 2000);
    const MountScan first = watcher.scan();
    CHECK(first.volumesOverBudget == std::vector<std::string>{root.path("STICK")});
    CHECK(watcher.scan().volumesOverBudget.empty());  // not at every scan
    fs::remove_all(root.path("STICK"));
    watcher.scan();
    fill(root.path("STICK/photos"), 2000);  // plugged in again: said again
    CHECK(watcher.scan().volumesOverBudget == std::vector<std::string>{root.path("STICK")});
}
