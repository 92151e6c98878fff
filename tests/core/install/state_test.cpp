// Rollback, last-good and the start-up choice: what the kiosk and the staff
// panel do with a state folder besides installing.
#include "install/pack_installer.hpp"
#include "install/pack_state.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// A state folder with versions 1..count installed, the last one current.
struct InstalledState {
    explicit InstalledState(const TestKey& key, int count) : state(dir.path("s")) {
        for (int version = 1; version <= count; ++version) {
            SignedPack pack(&key, version);
            const auto result = installPack(pack.dir(), state, key.trusted());
            if (!result.ok()) throw std::runtime_error(result.reason);
            names.push_back(fs::path(result.packDir).filename().string());
        }
    }
    std::string current() const { return fs::read_symlink(state + "/current").filename().string(); }
    std::string dirOf(int version) const { return state + "/packs/" + names[version - 1]; }
    void damage(int version, const std::string& file) const {
        writeText(dirOf(version) + "/" + file, "{}");
    }

    TempDir dir;
    std::string state;
    std::vector<std::string> names;  // by version, from 1
};

}  // namespace

TEST_CASE("currentPack names the pack in use and whether it verifies") {
    TestKey key;
    InstalledState s(key, 2);
    auto result = currentPack(s.state, key.trusted());
    REQUIRE(result.pack);
    CHECK(result.ok());
    CHECK(result.pack->dir == s.dirOf(2));
    CHECK(result.pack->version == 2);
    CHECK(result.message == "tokyo23-partnership version 2 (packs/" + s.names[1] + "): verified");

    s.damage(2, "theme.json");
    result = currentPack(s.state, key.trusted());
    CHECK_FALSE(result.ok());
    CHECK_THAT(result.message,
               Catch::Contains(": does not verify: theme.json: (file): file is 2 bytes"));

    TempDir empty;
    result = currentPack(empty.dir(), key.trusted());
    CHECK_FALSE(result.pack);
    CHECK(result.message == empty.dir() + "/current names no installed pack; no pack is in use");
}

TEST_CASE("Rollback goes back one version at a time, then says there is nothing older") {
    TestKey key;
    InstalledState s(key, 3);
    auto change = rollback(s.state, key.trusted());
    CHECK(change.ok);
    CHECK(change.from == s.names[2]);
    CHECK(change.to == s.names[1]);
    CHECK(change.message == "rolled back from " + s.names[2] +
                                " to tokyo23-partnership version 2 (packs/" + s.names[1] + ")");
    CHECK(s.current() == s.names[1]);
    CHECK(rollback(s.state, {}).to == s.names[0]);  // no keys: the files are still checked
    change = rollback(s.state, key.trusted());
    CHECK_FALSE(change.ok);
    CHECK(change.message == "there is no earlier installed pack that verifies to roll back to");
    CHECK(s.current() == s.names[0]);

    const auto history = readHistory(StateFolder(s.state), 2);
    REQUIRE(history.size() == 2);
    CHECK(history[0].action == "rollback");
    CHECK(history[1].pack == s.names[0]);
}

TEST_CASE("Rollback passes over an earlier pack that no longer verifies") {
    TestKey key;
    InstalledState s(key, 3);
    s.damage(2, "stats.json");
    const auto change = rollback(s.state, key.trusted());
    CHECK(change.ok);
    CHECK(change.to == s.names[0]);
    CHECK_THAT(change.message,
               Catch::Contains("; passed over " + s.names[1] + ": stats.json: (file)"));
}

TEST_CASE("After a rollback the newer pack installs again without a copy") {
    TestKey key;
    InstalledState s(key, 2);
    REQUIRE(rollback(s.state, key.trusted()).ok);
    SignedPack again(&key, 2);
    const auto result = installPack(again.dir(), s.state, key.trusted());
    CHECK(result.outcome == InstallOutcome::Installed);
    CHECK(s.current() == s.names[1]);
}

TEST_CASE("markGood makes last-good follow the current pack") {
    TestKey key;
    InstalledState s(key, 2);
    auto change = markGood(s.state);
    CHECK(change.ok);
    CHECK(change.message == "packs/" + s.names[1] + " is now the last good pack");
    CHECK(fs::read_symlink(s.state + "/last-good") == "packs/" + s.names[1]);
    CHECK(markGood(s.state).message == "packs/" + s.names[1] + " is already the last good pack");
    TempDir empty;
    CHECK_FALSE(markGood(empty.dir()).ok);
}

TEST_CASE("Start-up runs the current pack when it verifies and loads") {
    TestKey key;
    InstalledState s(key, 2);
    const auto result = resolveStartupPack(s.state, key.trusted());
    REQUIRE(result.pack);
    CHECK(result.choice == StartupChoice::Current);
    CHECK(result.pack->dir == s.dirOf(2));
    CHECK(result.log ==
          std::vector<std::string>{
              "starting on current pack tokyo23-partnership version 2 (packs/" + s.names[1] + ")"});
}

TEST_CASE(
    "Start-up falls back to last-good when the current pack is damaged, and repairs current") {
    TestKey key;
    InstalledState s(key, 3);
    // v2 ran last; v3 was installed after it and then damaged.
    REQUIRE(rollback(s.state, key.trusted()).ok);
    REQUIRE(markGood(s.state).ok);
    SignedPack v3(&key, 3);
    REQUIRE(installPack(v3.dir(), s.state, key.trusted()).ok());
    s.damage(3, "events/2016.json");
    StateEnvironment env;
    env.now = 42;
    const auto result = resolveStartupPack(s.state, key.trusted(), {}, {}, env);
    REQUIRE(result.pack);
    CHECK(result.choice == StartupChoice::LastGood);
    CHECK(result.pack->dir == s.dirOf(2));
    REQUIRE(result.log.size() == 3);
    CHECK_THAT(result.log[0],
               Catch::StartsWith("current pack packs/" + s.names[2] +
                                 " does not verify: events/2016.json: (file): file is 2 bytes"));
    CHECK(result.log[1] ==
          "starting on last good pack tokyo23-partnership version 2 (packs/" + s.names[1] + ")");
    CHECK(result.log[2] == "current now names packs/" + s.names[1]);
    CHECK(s.current() == s.names[1]);
    const auto history = readHistory(StateFolder(s.state), 1);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "fallback");
    CHECK(history[0].time == 42);
}

TEST_CASE("Start-up falls back to the newest other pack when there is no last-good") {
    TestKey key;
    InstalledState s(key, 3);
    s.damage(3, "theme.json");
    const auto result = resolveStartupPack(s.state, key.trusted());
    REQUIRE(result.pack);
    CHECK(result.choice == StartupChoice::Other);
    CHECK(result.pack->version == 2);
}

TEST_CASE("Start-up passes over a pack the kiosk cannot load") {
    TestKey key;
    InstalledState s(key, 2);
    const std::string refused = s.dirOf(2);
    const auto result = resolveStartupPack(s.state, key.trusted(), [&](const std::string& dir) {
        return dir == refused ? std::string("strings.json: (file): file is missing")
                              : std::string();
    });
    REQUIRE(result.pack);
    CHECK(result.pack->version == 1);
    CHECK(result.log[0] == "current pack packs/" + s.names[1] +
                               " does not load: strings.json: (file): file is missing");
}

TEST_CASE("Start-up with nothing that verifies says so") {
    TestKey key, stranger;
    InstalledState s(key, 1);
    const auto result = resolveStartupPack(s.state, stranger.trusted());
    CHECK_FALSE(result.pack);
    CHECK(result.choice == StartupChoice::None);
    CHECK(result.log.back() == "no installed pack verifies and loads");
    TempDir empty;
    CHECK_FALSE(resolveStartupPack(empty.dir(), key.trusted()).pack);
}

TEST_CASE("Start-up without hashing still catches a truncated file") {
    TestKey key;
    InstalledState s(key, 2);
    StartupOptions quick;
    quick.checkHashes = false;
    CHECK(resolveStartupPack(s.state, key.trusted(), {}, quick).choice == StartupChoice::Current);
    s.damage(2, "theme.json");
    CHECK(resolveStartupPack(s.state, key.trusted(), {}, quick).choice == StartupChoice::Other);
}
