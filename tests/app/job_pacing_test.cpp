// Slow work on the job runner while the real interactive loop runs on the
// real clock (a NullDisplay: no window, no GL): frames keep coming at the rate
// the screen is paced at, the systemd watchdog keeps being fed, and a staff
// rollback of the default pack goes live without a frame waiting for it.
// Tagged [timing]: CTest runs these alone (app_timing, RUN_SERIAL).
#include <poll.h>

#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <regex>
#include <thread>

#include "install/crash_loop_guard.hpp"
#include "install/pack_installer.hpp"
#include "jobs/job_runner.hpp"
#include "kiosk_runtime.hpp"
#include "pacing/frame_pacing.hpp"
#include "support/fake_service_manager.hpp"
#include "support/null_kiosk.hpp"
#include "support/temp_dir.hpp"
#include "support/temp_pack.hpp"

using namespace kiosk;
using kiosk::platform::NullDisplay;
using kiosk::platform::NullDisplaySettings;
namespace fs = std::filesystem;

namespace {

constexpr int kWidth = 1920, kHeight = 1080;

NullDisplay realClockPanel() {
    NullDisplaySettings settings;
    settings.width = kWidth;
    settings.height = kHeight;
    settings.simulatedClock = false;
    return NullDisplay(settings);
}

// When a job ran, on the display's clock, as the loop saw it between frames.
struct JobWindow {
    double start = -1.0, end = -1.0;
    void watch(bool busy, double now) {
        if (busy && start < 0) start = now;
        if (!busy && start >= 0 && end < 0) end = now;
    }
    bool seen() const { return start >= 0 && end > start; }
};

// The longest wait between frames begun within [from, to], counting the
// edges of the window.
double longestGap(const std::vector<double>& frames, double from, double to) {
    double last = from, longest = 0.0;
    for (double t : frames) {
        if (t < from || t > to) continue;
        longest = std::max(longest, t - last);
        last = t;
    }
    return std::max(longest, to - last);
}

double framesPerSecond(const std::vector<double>& frames, double from, double to) {
    const auto n =
        std::count_if(frames.begin(), frames.end(), [&](double t) { return t >= from && t <= to; });
    return double(n) / (to - from);
}

// Reads the service manager's socket on a thread of its own, stamping each
// WATCHDOG=1 with the display's clock.
class PingListener {
  public:
    PingListener(test::FakeServiceManager& manager, const NullDisplay& display)
        : thread_([this, &manager, &display] {
              while (!stop_) {
                  std::string message = manager.receive();
                  if (message.empty()) {
                      std::this_thread::sleep_for(std::chrono::milliseconds(5));
                      continue;
                  }
                  if (message.find("WATCHDOG=1") == std::string::npos) continue;
                  std::lock_guard<std::mutex> lock(mutex_);
                  pings_.push_back(display.seconds());
              }
          }) {}
    ~PingListener() {
        stop_ = true;
        thread_.join();
    }
    std::vector<double> pings() {
        std::lock_guard<std::mutex> lock(mutex_);
        return pings_;
    }

  private:
    std::atomic<bool> stop_{false};
    std::mutex mutex_;
    std::vector<double> pings_;
    std::thread thread_;
};

// Two installed versions of the default pack (1 and 2, current 2), unsigned
// as a development kiosk allows.
void installTwoVersions(const test::TempDir& dir, const std::string& state) {
    InstallOptions unsigned_;
    unsigned_.allowUnsigned = true;
    unsigned_.reserveBytes = 0;
    for (int version : {1, 2}) {
        const std::string copy = dir.path("v" + std::to_string(version));
        fs::copy(test::defaultPackDir(), copy, fs::copy_options::recursive);
        std::ifstream in(copy + "/pack.json");
        std::string manifest((std::istreambuf_iterator<char>(in)), {});
        manifest = std::regex_replace(manifest, std::regex("\"version\": *[0-9]+"),
                                      "\"version\": " + std::to_string(version));
        std::ofstream(copy + "/pack.json", std::ios::trunc) << manifest;
        const InstallResult installed = installPack(copy, state, {}, unsigned_);
        INFO(installed.reason);
        REQUIRE(installed.ok());
    }
}

}  // namespace

TEST_CASE("a 3 s job on the runner: frames keep coming at the paced rate and the watchdog is fed",
          "[timing]") {
    test::ScopedImGui imgui;
    test::FakeServiceManager manager(1.0);  // WatchdogSec=1: a ping every 0.5 s
    NullDisplay display = realClockPanel();
    PingListener listener(manager, display);
    // A tap at 0.2 s opens home; "still there?" comes at 0.7 s and counts
    // down for 8 s, its ring moving at the full 60 frames a second.
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 0.5, 8.0);
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    display.queueTap(kWidth / 2.0f, kHeight / 2.0f, display.seconds() + 0.2);
    JobWindow job;
    bool submitted = false;
    double opened = -1.0;
    const test::LoopRun run = test::runInteractiveFor(
        display, std::move(content), settings, 6.0, [&](KioskRuntime& runtime, double now) {
            if (opened < 0 && runtime.app().phase() == SessionPhase::StillThere) opened = now;
            if (!submitted && opened >= 0 && now > opened + 1.0)
                submitted = runtime.jobs().submit<int>(
                    "slow", kListing,
                    [](JobContext&) {
                        std::this_thread::sleep_for(std::chrono::seconds(3));
                        return 0;
                    },
                    [](int) {});
            if (submitted) job.watch(runtime.jobs().busy(kListing), now);
        });
    REQUIRE(opened >= 0);
    REQUIRE(job.seen());
    CHECK(job.end - job.start > 2.9);
    const double paced = PacingSettings{}.maxFramesPerSecond;
    const double before = framesPerSecond(run.frameStarts, opened + 0.2, job.start);
    const double during = framesPerSecond(run.frameStarts, job.start, job.end);
    const double gap = longestGap(run.frameStarts, job.start, job.end);
    const std::vector<double> pings = listener.pings();
    const double pingGap = longestGap(pings, job.start, job.end);
    std::cout << "3 s job: " << before << " frames/s before it, " << during
              << " while it ran (paced at " << paced << "), longest gap between frames "
              << gap * 1000.0 << " ms, between watchdog pings " << pingGap * 1000.0 << " ms\n";
    // A loop that waited for the job would show one gap of 3 s and no frames;
    // the margins are for a machine busy with other work.
    CHECK(during >= 0.5 * paced);
    CHECK(during <= paced * 1.05);
    CHECK(gap < 0.25);
    CHECK(pingGap < 0.5 + 0.25);  // every half WatchdogSec, a little late at worst
}

TEST_CASE(
    "a staff rollback of the default pack: frames stay within the paced budget, it goes "
    "live, and it is not a start",
    "[timing]") {
    test::ScopedImGui imgui;
    test::TempDir dir;
    const std::string state = dir.path("state");
    installTwoVersions(dir, state);
    NullDisplay display = realClockPanel();
    // As in the test above: the countdown paces the loop at 60 frames a
    // second from 0.7 s to 8.7 s; the rollback starts at 1.7 s and its pack
    // goes live in the attract loop after.
    LiveContentSettings settings = test::testLiveSettings(kWidth, kHeight, 0.5, 8.0);
    settings.options.config.packs.stateDir = state;
    settings.options.config.packs.allowUnsigned = true;
    settings.options.config.packs.mountRoots.clear();  // no USB looks beside the rollback
    auto content = test::makeTestContent(settings);
    REQUIRE(content);
    display.queueTap(kWidth / 2.0f, kHeight / 2.0f, display.seconds() + 0.2);
    // Each frame's work, begun to presented (building the ImGui frame, the
    // app's drawing), with when it began.
    std::vector<std::pair<double, double>> work;
    double begun = 0.0;
    platform::NullDisplayHooks hooks;
    hooks.frameBegun = [&](double now) { begun = now; };
    hooks.framePresented = [&](double now) { work.emplace_back(begun, now - begun); };
    display.setHooks(hooks);
    const size_t startsBefore = readRecordedStarts(state).size();
    JobWindow rollback;
    bool asked = false;
    int versionAfter = 0;
    std::string outcome;
    const test::LoopRun run = test::runInteractiveFor(
        display, std::move(content), settings, 10.0, [&](KioskRuntime& runtime, double now) {
            if (!asked && now > 1.7) {
                runtime.services().rollBack();  // what the panel's button calls
                asked = true;
            }
            // The rollback's own job (last-good is marked by another after it).
            const auto jobs = runtime.services().jobs();
            if (asked)
                rollback.watch(
                    std::any_of(jobs.begin(), jobs.end(),
                                [](const JobStatus& j) { return j.name == "job_rollback"; }),
                    now);
            if (!runtime.services().lastAction().empty()) outcome = runtime.services().lastAction();
            versionAfter = runtime.pack().manifest.version;
        });
    INFO(outcome);
    REQUIRE(rollback.seen());
    CHECK(outcome.find("rolled back") != std::string::npos);
    CHECK(versionAfter == 1);  // it went live at the next quiet moment (the attract loop)
    CHECK(readRecordedStarts(state).size() == startsBefore);  // not a start of the kiosk
    // The paced budget: 60 frames a second at most, so 16.7 ms a frame.
    const double budget = 1.0 / PacingSettings{}.maxFramesPerSecond;
    std::vector<double> during;
    for (const auto& [at, seconds] : work)
        if (at >= rollback.start && at <= rollback.end) during.push_back(seconds);
    // A loop that loaded the pack or built its fonts inside a frame would
    // draw no frame while the rollback ran, however fast the machine.
    const double expected = (rollback.end - rollback.start) * PacingSettings{}.maxFramesPerSecond;
    INFO(during.size() << " frames while the rollback ran, " << expected << " paced");
    REQUIRE(during.size() >= std::max(3.0, 0.5 * expected));
    std::sort(during.begin(), during.end());
    const double median = during[during.size() / 2];
    const double p90 = during[during.size() * 9 / 10];
    const double gap = longestGap(run.frameStarts, rollback.start, rollback.end);
    std::cout << "rollback of the default pack: " << (rollback.end - rollback.start) * 1000.0
              << " ms on the worker, " << during.size() << " frames meanwhile, work per frame "
              << median * 1000.0 << " ms median, " << p90 * 1000.0 << " ms p90, "
              << during.back() * 1000.0 << " ms max; longest gap between frames " << gap * 1000.0
              << " ms\n";
    CHECK(p90 < budget);
    CHECK(gap < 0.25);
}
