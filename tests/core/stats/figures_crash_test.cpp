// Figures that survive a crash: a child process writes figures the way the
// kiosk does (a FigureKeeper committing small batches on its own thread) and
// is killed with SIGKILL at a random moment, 100 times over one database. After
// each kill the database opens, passes SQLite's integrity check, and holds at
// least every count the child was told was committed, on top of what the kills
// before left: the figures only grow.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <string>
#include <thread>

#include "stats/figure_keeper.hpp"
#include "stats/figure_store.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

constexpr int kKills = 100;

// The child: adds a visit with its screens every half millisecond and writes
// the running total of committed visits to `report` after each commit. Never
// returns.
[[noreturn]] void writeUntilKilled(const std::string& path, int report) {
    long committed = 0;
    FigureKeeperSettings settings;
    settings.path = path;
    settings.commitSeconds = 0.002;
    settings.onCommitted = [&](const std::vector<FigureCount>& batch) {
        for (const FigureCount& c : batch)
            if (c.kind == FigureKind::Session) committed += c.count;
        const std::string line = std::to_string(committed) + "\n";
        if (::write(report, line.data(), line.size()) < 0) _exit(3);
    };
    FigureKeeper keeper(settings);
    for (int i = 0;; ++i) {
        const LocalHour hour{{2026, 12, 1 + i / 2400 % 28}, i / 100 % 24};
        keeper.add({{hour, FigureKind::Session, "", 1},
                    {hour, FigureKind::Screen, "home", 1},
                    {hour, FigureKind::Item, "event:" + std::to_string(i % 50), 1}});
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    }
}

// The last whole number the child reported before it died.
long lastReported(int pipe) {
    std::string all;
    char buf[4096];
    ssize_t n;
    while ((n = ::read(pipe, buf, sizeof buf)) > 0) all.append(buf, size_t(n));
    const size_t end = all.rfind('\n');
    if (end == std::string::npos) return 0;
    const size_t start = all.rfind('\n', end - 1);
    return std::stol(all.substr(start == std::string::npos ? 0 : start + 1, end));
}

long sessionsIn(FigureStore& store) {
    long sum = 0;
    for (const FigureCount& c : store.readAll())
        if (c.kind == FigureKind::Session) sum += c.count;
    return sum;
}

}  // namespace

TEST_CASE("figures killed mid-write 100 times stay whole and keep every committed count") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    std::mt19937 random(20261203);
    std::uniform_int_distribution<int> delayMs(5, 120);  // from its start to well into its writing
    long before = 0;
    for (int kill = 0; kill < kKills; ++kill) {
        int fds[2];
        REQUIRE(::pipe(fds) == 0);
        const pid_t child = ::fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            writeUntilKilled(path, fds[1]);
        }
        ::close(fds[1]);
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        REQUIRE(WIFSIGNALED(status));
        const long committed = lastReported(fds[0]);
        ::close(fds[0]);

        std::string problem;
        auto store = FigureStore::open(path, problem);
        INFO("kill " << kill << ": " << problem);
        REQUIRE(store);
        REQUIRE(store->integrityCheck() == "ok");
        const long now = sessionsIn(*store);
        INFO("kill " << kill << ": " << before << " before, " << committed
                     << " committed by the child, " << now << " found");
        REQUIRE(now >= before + committed);
        before = now;
    }
    CHECK(before > 0);
}
