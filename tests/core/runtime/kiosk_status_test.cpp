// The status file a kiosk leaves in its outbox for the staff PC: its fields,
// valid JSON whatever the log said, and replaced whole.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "runtime/kiosk_status.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

KioskStatus sample() {
    KioskStatus s;
    s.kiosk = "kiosk-lobby";
    s.writtenAt = 1796256000;  // 2026-12-03T00:00:00Z
    s.uptimeSeconds = 3725.8;
    s.packId = "tokyo23-partnership";
    s.packVersion = 5;
    s.packFolder = "tokyo23-partnership-v5-0123456789ab";
    s.lastInstall =
        HistoryEntry{1796252400, "install", "installed", "tokyo23-partnership-v5-0123456789ab",
                     "inbox/v5: installed tokyo23-partnership version 5"};
    s.lastProblem = "2026-12-03T08:59:00+0900 warning usb: \"STICK\"\n: no pack found \xff";
    s.visitorsToday = 42;
    s.inbox = {{"v5", "installed", "installed tokyo23-partnership version 5"},
               {"v6", "copying", ".syncthing.pack.json.tmp"}};
    return s;
}

}  // namespace

TEST_CASE("the status file carries pack, last install, uptime, last problem, visitors and inbox") {
    TempDir dir;
    REQUIRE(writeStatusFile(dir.dir(), sample()).empty());
    const auto doc = nlohmann::json::parse(readAll(dir.path("kiosk-lobby.status.json")));
    CHECK(doc["schema"] == 1);
    CHECK(doc["kiosk"] == "kiosk-lobby");
    CHECK(doc["written"] == "2026-12-03T00:00:00Z");
    CHECK(doc["uptime_seconds"] == 3725);
    CHECK(doc["pack"]["id"] == "tokyo23-partnership");
    CHECK(doc["pack"]["version"] == 5);
    CHECK(doc["last_install"]["time"] == "2026-12-02T23:00:00Z");
    CHECK(doc["last_install"]["outcome"] == "installed");
    CHECK(doc["last_install"]["message"] == "inbox/v5: installed tokyo23-partnership version 5");
    // Quotes, a newline and a stray byte come through as valid JSON.
    CHECK(doc["last_problem"].get<std::string>().find("\"STICK\"\n") != std::string::npos);
    CHECK(doc["visitors_today"] == 42);
    REQUIRE(doc["inbox"].size() == 2);
    CHECK(doc["inbox"][1]["state"] == "copying");
}

TEST_CASE("a kiosk without installs or problems says so plainly") {
    TempDir dir;
    KioskStatus s;
    s.kiosk = "booth 2/east";
    REQUIRE(writeStatusFile(dir.dir(), s).empty());
    CHECK(statusFileName(s.kiosk) == "booth_2_east.status.json");
    CHECK(statusFileName(".hidden") == "kiosk.hidden.status.json");
    const auto doc = nlohmann::json::parse(readAll(dir.path("booth_2_east.status.json")));
    CHECK(doc["last_install"].is_null());
    CHECK(doc["last_problem"] == "");
    CHECK(doc["inbox"].empty());
}

TEST_CASE("the status file is replaced whole: the old one stays readable until the rename") {
    TempDir dir;
    KioskStatus s = sample();
    REQUIRE(writeStatusFile(dir.dir(), s).empty());
    const std::string path = dir.path("kiosk-lobby.status.json");
    const std::string before = readAll(path);
    s.visitorsToday = 43;
    DurableSteps steps;
    int checked = 0;
    bool renamed = false;
    steps.afterStep = [&](const std::string& step) {
        // Every step before the rename (writing and syncing the new text)
        // leaves the old file as it was.
        renamed = renamed || step.rfind("rename", 0) == 0;
        if (!renamed) {
            CHECK(readAll(path) == before);
            ++checked;
        }
    };
    REQUIRE(writeStatusFile(dir.dir(), s, steps).empty());
    CHECK(checked > 0);
    CHECK(nlohmann::json::parse(readAll(path))["visitors_today"] == 43);
    // Nothing else is left in the outbox.
    int files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.dir())) {
        ++files;
        CHECK(e.path().filename() == "kiosk-lobby.status.json");
    }
    CHECK(files == 1);
}

TEST_CASE("a missing outbox is reported, not crashed on") {
    TempDir dir;
    CHECK_FALSE(writeStatusFile(dir.path("no/such/folder"), sample()).empty());
}

TEST_CASE("visitors today start again from the count at the first look of a new day") {
    DailyVisitors daily;
    CHECK(daily.today(3, "2026-12-03") == 3);
    CHECK(daily.today(10, "2026-12-03") == 10);
    CHECK(daily.today(12, "2026-12-04") == 0);
    CHECK(daily.today(15, "2026-12-04") == 3);
}
