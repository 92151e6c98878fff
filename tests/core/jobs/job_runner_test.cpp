#include "jobs/job_runner.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

using namespace kiosk;

namespace {

// A job that blocks on the worker until the test lets it go.
struct Gate {
    std::promise<void> open;
    std::shared_future<void> opened = open.get_future().share();
};

}  // namespace

TEST_CASE(
    "a job's work runs on the worker and its result is applied only when the render thread asks") {
    JobRunner runner;
    const auto renderThread = std::this_thread::get_id();
    std::atomic<bool> ranElsewhere{false};
    int applied = 0;
    REQUIRE(runner.submit<int>(
        "answer", kListing,
        [&](JobContext&) {
            ranElsewhere = std::this_thread::get_id() != renderThread;
            return 42;
        },
        [&](int value) {
            CHECK(std::this_thread::get_id() == renderThread);
            applied = value;
        }));
    runner.waitIdle();
    CHECK(ranElsewhere);
    CHECK(applied == 0);  // nothing changes between frames on its own
    CHECK(runner.applyFinished() == 1);
    CHECK(applied == 42);
    CHECK(runner.applyFinished() == 0);
}

TEST_CASE("a job that shares a resource with a queued or running one is refused") {
    JobRunner runner;
    Gate gate;
    REQUIRE(runner.submit<int>(
        "rollback", kStateFolder | kPackSwitch,
        [&](JobContext&) {
            gate.opened.wait();
            return 1;
        },
        [](int) {}));
    CHECK(runner.busy(kStateFolder));
    CHECK_FALSE(runner.busy(kUsbStick));
    // A USB install writes the state folder too: refused while the rollback runs.
    CHECK_FALSE(runner.submit<int>(
        "install", kStateFolder, [](JobContext&) { return 2; }, [](int) {}));
    // An export to a stick touches nothing the rollback does: it queues behind it.
    bool exported = false;
    CHECK(runner.submit<int>(
        "export", kUsbStick, [](JobContext&) { return 3; }, [&](int) { exported = true; }));
    const auto jobs = runner.jobs();
    REQUIRE(jobs.size() == 2);
    CHECK(jobs[0].name == "rollback");
    CHECK(jobs[1].name == "export");
    CHECK_FALSE(jobs[1].running);
    gate.open.set_value();
    runner.waitIdle();
    runner.applyFinished();
    CHECK(exported);
    CHECK_FALSE(runner.busy(kStateFolder));
    CHECK(runner.submit<int>(
        "install", kStateFolder, [](JobContext&) { return 2; }, [](int) {}));
}

TEST_CASE("progress and posted steps reach the render thread while the job runs") {
    JobRunner runner;
    Gate halfway, finish;
    std::vector<std::string> seen;
    REQUIRE(runner.submit<std::string>(
        "copy", kStateFolder,
        [&](JobContext& job) {
            job.post([&] { seen.push_back("checking"); });
            job.progress({"copying", 512, 2048});
            halfway.open.set_value();
            finish.opened.wait();
            return std::string("done");
        },
        [&](std::string result) { seen.push_back(result); }));
    halfway.opened.wait();
    const auto jobs = runner.jobs();
    REQUIRE(jobs.size() == 1);
    CHECK(jobs[0].running);
    CHECK(jobs[0].progress.step == "copying");
    CHECK(jobs[0].progress.fraction() == Approx(0.25));
    CHECK(runner.applyFinished() == 1);
    CHECK(seen == std::vector<std::string>{"checking"});
    finish.open.set_value();
    runner.waitIdle();
    runner.applyFinished();
    CHECK(seen == std::vector<std::string>{"checking", "done"});
}

TEST_CASE("a job that throws leaves no handler and frees its resources") {
    JobRunner runner;
    bool applied = false;
    REQUIRE(runner.submit<int>(
        "broken", kStateFolder, [](JobContext&) -> int { throw std::runtime_error("disk gone"); },
        [&](int) { applied = true; }));
    runner.waitIdle();
    CHECK(runner.applyFinished() == 0);
    CHECK_FALSE(applied);
    CHECK_FALSE(runner.busy(kStateFolder));
}

TEST_CASE("inline mode runs the work inside submit, for scripts on a simulated clock") {
    JobRunner runner(JobRunner::Mode::Inline);
    const auto caller = std::this_thread::get_id();
    bool sameThread = false;
    int applied = 0;
    REQUIRE(runner.submit<int>(
        "listing", kListing,
        [&](JobContext&) {
            sameThread = std::this_thread::get_id() == caller;
            return 7;
        },
        [&](int v) { applied = v; }));
    CHECK(sameThread);
    CHECK_FALSE(runner.busy(kListing));
    CHECK(applied == 0);
    runner.applyFinished();
    CHECK(applied == 7);
}

TEST_CASE("the runner stops after its running job, dropping the queued ones") {
    std::atomic<int> ran{0};
    Gate started, release;
    std::thread letGo;
    {
        JobRunner runner;
        runner.submit<int>(
            "slow", kStateFolder,
            [&](JobContext&) {
                started.open.set_value();
                release.opened.wait();
                return ++ran;
            },
            [](int) {});
        runner.submit<int>(
            "queued", kUsbStick, [&](JobContext&) { return ++ran; }, [](int) {});
        started.opened.wait();
        letGo = std::thread([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            release.open.set_value();
        });
    }  // the destructor waits for "slow" and never starts "queued"
    letGo.join();
    CHECK(ran == 1);
}

TEST_CASE("jobs that name no resource are never refused: they queue in order") {
    JobRunner runner;
    Gate gate;
    std::vector<int> applied;
    REQUIRE(runner.submit<int>(
        "first", 0,
        [&](JobContext&) {
            gate.opened.wait();
            return 1;
        },
        [&](int v) { applied.push_back(v); }));
    CHECK(runner.submit<int>("second", 0, [](JobContext&) { return 2; },
                             [&](int v) { applied.push_back(v); }));
    CHECK_FALSE(runner.busy(kStateFolder | kUsbStick | kListing | kPackSwitch));
    gate.open.set_value();
    runner.waitIdle();
    runner.applyFinished();
    CHECK(applied == std::vector<int>{1, 2});
}
