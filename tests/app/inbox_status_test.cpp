// The kiosk's runtime with an inbox and an outbox, on a simulated clock with
// its jobs run inline (as scripted sessions run them): a signed pack in the
// inbox is installed once and goes live, and the status file in the outbox
// says so.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "core/install/install_fixtures.hpp"
#include "install/pack_installer.hpp"
#include "kiosk_runtime.hpp"
#include "support/null_kiosk.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

nlohmann::json statusIn(const std::string& outbox) {
    for (const auto& entry : fs::directory_iterator(outbox))
        if (entry.path().string().find(".status.json") != std::string::npos &&
            entry.path().filename().string()[0] != '.')
            return nlohmann::json::parse(readText(entry.path().string()));
    return nullptr;
}

}  // namespace

TEST_CASE("a pack in the inbox is installed once, goes live, and the outbox says so") {
    ScopedImGui imgui;
    TestKey key;
    TempDir dir;
    const std::string state = dir.path("state"), inbox = dir.path("inbox"),
                      outbox = dir.path("outbox");
    fs::create_directories(inbox);
    fs::create_directories(outbox);
    SignedPack v1(&key, 1), v2(&key, 2);
    REQUIRE(installPack(v1.dir(), state, key.trusted()).ok());
    fs::copy(v2.dir(), inbox + "/release-2", fs::copy_options::recursive);

    LiveContentSettings settings = testLiveSettings(640, 360);
    auto& packs = settings.options.config.packs;
    packs.stateDir = state;
    packs.trustedKeys = {key.publicFile()};
    packs.mountRoots = {dir.path("no-sticks")};
    packs.inbox = inbox;
    packs.outbox = outbox;
    auto live = makeTestContent(settings);
    REQUIRE(live);
    KioskRuntime runtime(std::move(live), settings, UsbWatching::WhenAskedTo, 0.0);

    runtime.update(0.0);
    const auto first = statusIn(outbox);
    REQUIRE_FALSE(first.is_null());
    CHECK(first["pack"]["version"] == 1);
    CHECK(first["last_install"]["outcome"] == "installed");
    CHECK(first["inbox"].empty());

    // Looks two seconds apart, as the kiosk takes them.
    for (double t = 0.0; t <= 12.0; t += 2.0) {
        runtime.scanUsbNow(t);
        runtime.update(t);
    }
    CHECK(runtime.pack().manifest.version == 2);
    const auto after = statusIn(outbox);
    CHECK(after["pack"]["version"] == 2);
    CHECK(after["last_install"]["outcome"] == "installed");
    CHECK(after["last_install"]["pack"].get<std::string>().find("-v2-") != std::string::npos);
    REQUIRE(after["inbox"].size() == 1);
    CHECK(after["inbox"][0]["state"] == "installed");
    const auto history = readHistory(StateFolder(state), 100);
    CHECK(std::count_if(history.begin(), history.end(), [](const HistoryEntry& e) {
              return e.action == "install";
          }) == 2);  // version 1 by hand, version 2 from the inbox, once
}
