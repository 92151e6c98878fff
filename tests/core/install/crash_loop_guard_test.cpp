// Setting aside a pack that keeps crashing the kiosk, on a fake clock.
#include <algorithm>

#include "content/sha256.hpp"
#include "install/crash_loop_guard.hpp"
#include "install/pack_installer.hpp"
#include "install/pack_state.hpp"
#include "install/set_aside_packs.hpp"
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
    // A run that starts at `now` and is stopped cleanly (SIGTERM, staff exit).
    CrashLoopVerdict startAndStopCleanly(const TestKey& key, int64_t now) {
        CrashLoopVerdict verdict = start(key, now);
        REQUIRE_FALSE(verdict.cleanEnd.empty());
        DurableSteps steps;
        steps.sync = false;
        REQUIRE(recordCleanEnd(verdict.cleanEnd, steps).empty());
        return verdict;
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
    const std::string run = " 0123456789abcdef\n";
    writeText(s.state + "/starts", "garbage\n" + std::to_string(kT0 + 5000) + " " + pack + run +
                                       std::to_string(kT0 + 5001) + " " + pack + run +
                                       std::to_string(kT0 + 5002) + " " + pack + run +
                                       std::to_string(kT0) + " ../../etc" + run +
                                       // The earlier format, which cannot say how a run ended.
                                       std::to_string(kT0 + 1) + " " + pack + "\n" +
                                       std::to_string(kT0 + 2) + " " + pack + "\n" +
                                       std::to_string(kT0 + 3) + " " + pack + "\n");
    const CrashLoopVerdict verdict = s.start(key, kT0 + 10);
    CHECK(verdict.runAsPlanned);
    CHECK(verdict.recentStarts == 1);
    const auto starts = readRecordedStarts(s.state);
    REQUIRE(starts.size() == 1);
    CHECK(starts[0].time == kT0 + 10);
    CHECK(starts[0].pack == pack);
}

TEST_CASE("Clean stops never set a pack aside, however many and however close together") {
    TestKey key;
    GuardedState s(key, 2);
    // A venue restarting the kiosk every 30 s for ten minutes (staff, a
    // schedule, systemctl restart): each run ends with SIGTERM, cleanly.
    for (int i = 0; i < 20; ++i) {
        const CrashLoopVerdict verdict = s.startAndStopCleanly(key, kT0 + 30 * i);
        CHECK(verdict.runAsPlanned);
        CHECK(verdict.uncleanEnds == 0);
        CHECK(verdict.message.empty());
    }
    CHECK(s.current() == s.names[1]);
    const auto history = readHistory(StateFolder(s.state), 100);
    CHECK(std::none_of(history.begin(), history.end(),
                       [](const HistoryEntry& e) { return e.action == "set-aside"; }));
    CHECK(readSetAsidePacks(StateFolder(s.state)).empty());
    // The record still shows every start in the window, each ended cleanly.
    const auto starts = readRecordedStarts(s.state);
    CHECK(starts.size() == 20);
    CHECK(std::all_of(starts.begin(), starts.end(),
                      [](const RecordedStart& r) { return r.endedCleanly; }));
}

TEST_CASE("Three runs killed within the window set the pack aside, whatever clean runs between") {
    TestKey key;
    GuardedState s(key, 2);
    // clean, killed, clean, clean, killed, clean, killed: seven starts in
    // seven minutes, three of them ended by SIGKILL or a crash.
    const bool cleanly[] = {true, false, true, true, false, true, false};
    int unclean = 0;
    for (int i = 0; i < 7; ++i) {
        const int64_t at = kT0 + 60 * i;
        const CrashLoopVerdict verdict =
            cleanly[i] ? s.startAndStopCleanly(key, at) : s.start(key, at);
        CHECK(verdict.runAsPlanned);
        CHECK(verdict.recentStarts == i + 1);
        CHECK(verdict.uncleanEnds == unclean);
        if (!cleanly[i]) ++unclean;
    }
    CHECK(s.current() == s.names[1]);

    const CrashLoopVerdict verdict = s.start(key, kT0 + 420);
    CHECK_FALSE(verdict.runAsPlanned);
    CHECK(verdict.rolledBack);
    CHECK(verdict.uncleanEnds == 3);
    CHECK(s.current() == s.names[0]);
    CHECK_THAT(verdict.message,
               Catch::StartsWith("packs/" + s.names[1] + " stopped the kiosk 3 times in 10 minutes"));
}

TEST_CASE("Killed runs that started before the window do not count") {
    TestKey key;
    GuardedState s(key, 2);
    s.start(key, kT0);        // killed
    s.start(key, kT0 + 100);  // killed
    for (int i = 0; i < 5; ++i) s.startAndStopCleanly(key, kT0 + 200 + i);
    // Ten minutes after the first: only the second killed run is still in the window.
    const CrashLoopVerdict late = s.start(key, kT0 + 600);  // killed
    CHECK(late.runAsPlanned);
    CHECK(late.uncleanEnds == 1);
    const CrashLoopVerdict next = s.start(key, kT0 + 601);
    CHECK(next.runAsPlanned);
    CHECK(next.uncleanEnds == 2);
    CHECK(s.current() == s.names[1]);
}

TEST_CASE("A clean end names its own run: another run's clean end does not cover a crash") {
    TestKey key;
    GuardedState s(key, 2);
    const CrashLoopVerdict first = s.start(key, kT0);  // will be killed
    // The same second, the same pack: only the run id tells the two apart.
    const CrashLoopVerdict second = s.startAndStopCleanly(key, kT0);
    CHECK(first.cleanEnd.line != second.cleanEnd.line);
    const auto starts = readRecordedStarts(s.state);
    REQUIRE(starts.size() == 2);
    CHECK_FALSE(starts[0].endedCleanly);
    CHECK(starts[1].endedCleanly);
}

TEST_CASE("A pack set aside is remembered by the SHA-256 of its pack.json") {
    TestKey key;
    GuardedState s(key, 2);
    for (int i = 0; i < 3; ++i) s.start(key, kT0 + i);  // three crashes
    REQUIRE_FALSE(s.start(key, kT0 + 3).runAsPlanned);
    const auto aside = readSetAsidePacks(StateFolder(s.state));
    REQUIRE(aside.size() == 1);
    CHECK(aside[0].pack == s.names[1]);
    CHECK(aside[0].manifestSha256 ==
          sha256OfFile(s.state + "/packs/" + s.names[1] + "/pack.json").value());
    CHECK(aside[0].time == kT0 + 3);
    CHECK(aside[0].uncleanEnds == 3);
}
