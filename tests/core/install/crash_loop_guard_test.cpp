// Setting aside a pack that keeps crashing the kiosk, on a fake clock.
#include "install/crash_loop_guard.hpp"
#include "install/pack_installer.hpp"
#include "install/pack_state.hpp"
#include "install_fixtures.hpp"

using namespace kiosk;
using namespace kiosk::test;

namespace {

// Versions 1..count installed, the last one current.
struct GuardedState {
    GuardedState(const TestKey& key, int count) : state(dir.path("s")) {
        for (int version = 1; version <= count; ++version) {
            SignedPack pack(&key, version);
            const auto result = installPack(pack.dir(), state, key.trusted());
            if (!result.ok()) throw std::runtime_error(result.reason);
            names.push_back(fs::path(result.packDir).filename().string());
        }
    }
    std::string current() const { return fs::read_symlink(state + "/current").filename().string(); }
    // The kiosk starting on the current pack at `now` seconds.
    CrashLoopVerdict start(const TestKey& key, int64_t now) {
        StateEnvironment env;
        env.now = now;
        env.steps.sync = false;
        return guardAgainstCrashLoop(state, current(), key.trusted(), {}, env);
    }

    TempDir dir;
    std::string state;
    std::vector<std::string> names;  // by version, from 1
};

constexpr int64_t kT0 = 1800000000;

}  // namespace

TEST_CASE(
    "A pack that stops the kiosk three times in ten minutes is set aside for the one before") {
    TestKey key;
    GuardedState s(key, 2);
    for (int i = 0; i < 3; ++i) {
        const CrashLoopVerdict verdict = s.start(key, kT0 + 60 * i);  // a crash a minute
        CHECK(verdict.runAsPlanned);
        CHECK(verdict.recentStarts == i + 1);
        CHECK(verdict.message.empty());
    }
    CHECK(s.current() == s.names[1]);

    const CrashLoopVerdict verdict = s.start(key, kT0 + 180);
    CHECK_FALSE(verdict.runAsPlanned);
    CHECK(verdict.rolledBack);
    CHECK(s.current() == s.names[0]);
    CHECK_THAT(verdict.message,
               Catch::StartsWith("packs/" + s.names[1] +
                                 " stopped the kiosk 3 times in 10 minutes; set aside: rolled back "
                                 "from " +
                                 s.names[1] + " to tokyo23-partnership version 1"));
    const auto history = readHistory(StateFolder(s.state), 1);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "set-aside");
    CHECK(history[0].outcome == "rolled-back");
    CHECK(history[0].pack == s.names[1]);
    CHECK(history[0].time == kT0 + 180);
    CHECK(history[0].message == verdict.message);

    // The pack that came back starts with a clean slate.
    CHECK(s.start(key, kT0 + 181).runAsPlanned);
    CHECK(s.start(key, kT0 + 182).recentStarts == 2);
}

TEST_CASE("Restarts spread wider than the window never set a pack aside") {
    TestKey key;
    GuardedState s(key, 2);
    for (int i = 0; i < 20; ++i) {
        const CrashLoopVerdict verdict = s.start(key, kT0 + 240 * i);  // every 4 minutes
        CHECK(verdict.runAsPlanned);
        CHECK(verdict.recentStarts <= 3);
    }
    CHECK(s.current() == s.names[1]);
    // Only the window is kept on disk, however long the kiosk has run.
    CHECK(readRecordedStarts(s.state).size() == 3);
}

TEST_CASE("With no earlier pack to go back to, the built-in pack is shown and the reason kept") {
    TestKey key;
    GuardedState s(key, 1);
    for (int i = 0; i < 3; ++i) REQUIRE(s.start(key, kT0 + i).runAsPlanned);
    const CrashLoopVerdict verdict = s.start(key, kT0 + 3);
    CHECK_FALSE(verdict.runAsPlanned);
    CHECK_FALSE(verdict.rolledBack);
    CHECK_THAT(verdict.message, Catch::Contains("stopped the kiosk 3 times in 10 minutes") &&
                                    Catch::EndsWith("; showing the built-in pack"));
    CHECK(s.current() == s.names[0]);
    CHECK(readHistory(StateFolder(s.state), 1).at(0).outcome == "no-earlier-pack");
}

TEST_CASE("Damaged lines and times from a clock set back do not count as crashes") {
    TestKey key;
    GuardedState s(key, 2);
    const std::string pack = s.current();
    writeText(s.state + "/starts", "garbage\n" + std::to_string(kT0 + 5000) + " " + pack + "\n" +
                                       std::to_string(kT0 + 5001) + " " + pack + "\n" +
                                       std::to_string(kT0 + 5002) + " " + pack + "\n" +
                                       std::to_string(kT0) + " ../../etc\n");
    const CrashLoopVerdict verdict = s.start(key, kT0 + 10);
    CHECK(verdict.runAsPlanned);
    CHECK(verdict.recentStarts == 1);
    const auto starts = readRecordedStarts(s.state);
    REQUIRE(starts.size() == 1);
    CHECK(starts[0].time == kT0 + 10);
    CHECK(starts[0].pack == pack);
}
