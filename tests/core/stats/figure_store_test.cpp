// The figures' database: batches add up, survive a reopen, and a file that is
// no database is moved aside for a new one; the writer commits on its own.
#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "stats/commit_timing.hpp"
#include "stats/figure_keeper.hpp"
#include "stats/figure_store.hpp"
#include "support/temp_dir.hpp"

using namespace kiosk;

namespace {

const LocalHour kTen{{2026, 12, 3}, 10};
const LocalHour kNextDay{{2026, 12, 4}, 9};

std::vector<FigureCount> someCounts() {
    return {{kTen, FigureKind::Session, "", 2},
            {kTen, FigureKind::Screen, "home", 3},
            {kNextDay, FigureKind::Item, "event:a,b", 1}};
}

// A sessions count the way another program would read it: its own connection.
long sessionsOnDisk(const std::string& path) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    sqlite3_prepare_v2(db, "SELECT coalesce(sum(count),0) FROM hourly_figures WHERE kind='session'",
                       -1, &s, nullptr);
    REQUIRE(sqlite3_step(s) == SQLITE_ROW);
    const long n = long(sqlite3_column_int64(s, 0));
    sqlite3_finalize(s);
    sqlite3_close(db);
    return n;
}

}  // namespace

TEST_CASE("batches add up in the database and are there after a reopen") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    {
        std::string problem;
        auto store = FigureStore::open(path, problem);
        REQUIRE(store);
        std::string error;
        REQUIRE(store->add(someCounts(), error));
        REQUIRE(store->add({{kTen, FigureKind::Session, "", 1}}, error));
        CHECK(store->integrityCheck() == "ok");
    }
    std::string problem;
    auto store = FigureStore::open(path, problem);
    REQUIRE(store);
    CHECK(store->dayTotal(FigureKind::Session, kTen.date) == 3);
    CHECK(store->dayTotal(FigureKind::Session, kNextDay.date) == 0);
    const auto day = store->read(kTen.date, kTen.date);
    CHECK(day == std::vector<FigureCount>{{kTen, FigureKind::Screen, "home", 3},
                                          {kTen, FigureKind::Session, "", 3}});
    CHECK(store->readAll().size() == 3);
    CHECK(store->read(kNextDay.date, kNextDay.date).at(0).name == "event:a,b");
}

TEST_CASE("a file that is no database is moved aside and a new one started") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    std::ofstream(path) << "this is not an SQLite database, it only has the name of one";
    const FigureStoreOpening opening = openFigureStore(path, "20261203-101500");
    REQUIRE(opening.store);
    CHECK_FALSE(opening.store->inMemory());
    CHECK(opening.problem.empty());
    CHECK(opening.movedAside == path + ".broken-20261203-101500");
    CHECK_FALSE(opening.damage.empty());
    CHECK(std::filesystem::exists(opening.movedAside));
    std::string error;
    CHECK(opening.store->add(someCounts(), error));
    CHECK(sessionsOnDisk(path) == 2);
}

TEST_CASE("a database whose pages are damaged is moved aside too") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    {
        auto opening = openFigureStore(path, "a");
        std::vector<FigureCount> many;
        for (int i = 0; i < 2000; ++i)
            many.push_back({kTen, FigureKind::Item, "event:" + std::to_string(i), 1});
        std::string error;
        REQUIRE(opening.store->add(many, error));
    }
    // Scribble over the second page onwards (the first holds the header).
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096);
        const std::string junk(8192, '\x5a');
        f.write(junk.data(), std::streamsize(junk.size()));
    }
    const FigureStoreOpening opening = openFigureStore(path, "b");
    CHECK(opening.movedAside == path + ".broken-b");
    CHECK(opening.problem.empty());
    REQUIRE(opening.store);
    CHECK(opening.store->readAll().empty());
}

TEST_CASE("a database another program holds locked is left alone, the figures kept in memory") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    sqlite3* holder = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &holder) == SQLITE_OK);
    REQUIRE(sqlite3_exec(holder,
                         "CREATE TABLE t (x); PRAGMA locking_mode=EXCLUSIVE; BEGIN EXCLUSIVE;"
                         " INSERT INTO t VALUES (1);",
                         nullptr, nullptr, nullptr) == SQLITE_OK);
    const FigureStoreOpening opening = openFigureStore(path, "d");  // waits its busy time out
    CHECK(opening.movedAside.empty());
    CHECK(opening.store->inMemory());
    CHECK_FALSE(opening.problem.empty());
    CHECK(std::filesystem::exists(path));
    sqlite3_close(holder);
}

TEST_CASE("a folder that cannot be written keeps the figures in memory, and says why") {
    const FigureStoreOpening opening = openFigureStore("/proc/no-such-folder/visitors.sqlite", "c");
    REQUIRE(opening.store);
    CHECK(opening.store->inMemory());
    CHECK_FALSE(opening.problem.empty());
    std::string error;
    CHECK(opening.store->add(someCounts(), error));
    CHECK(opening.store->dayTotal(FigureKind::Session, kTen.date) == 2);
}

TEST_CASE("a batch is committed at the latest its interval after its first count") {
    CHECK_FALSE(decideCommit(30, std::nullopt, 100, false).commitNow);
    CHECK_FALSE(decideCommit(30, std::nullopt, 100, false).waitSeconds);
    CHECK_FALSE(decideCommit(30, std::nullopt, 100, true).commitNow);  // nothing waits
    const CommitDecision early = decideCommit(30, 100.0, 110, false);
    CHECK_FALSE(early.commitNow);
    CHECK(*early.waitSeconds == Approx(20));
    CHECK(decideCommit(30, 100.0, 130, false).commitNow);
    CHECK(decideCommit(30, 100.0, 101, true).commitNow);  // a clean stop commits at once
}

TEST_CASE("the writer commits on its own within its interval, and what waits at its stop") {
    test::TempDir dir;
    const std::string path = dir.path("visitors.sqlite");
    {
        FigureKeeperSettings settings;
        settings.path = path;
        settings.commitSeconds = 0.05;
        FigureKeeper keeper(settings);
        REQUIRE_FALSE(keeper.keeping().inMemory);
        keeper.add(someCounts());
        // Generous: the commit is due after 50 ms.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (sessionsOnDisk(path) < 2 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        CHECK(sessionsOnDisk(path) == 2);
    }
    {
        FigureKeeperSettings settings;
        settings.path = path;
        settings.commitSeconds = 3600;  // never before the stop
        FigureKeeper keeper(settings);
        keeper.add({{kTen, FigureKind::Session, "", 5}});
    }
    CHECK(sessionsOnDisk(path) == 7);
}

TEST_CASE("the writer's reads include the counts still waiting") {
    FigureKeeperSettings settings;  // no path: in memory
    settings.commitSeconds = 3600;
    FigureKeeper keeper(settings);
    CHECK(keeper.keeping().inMemory);
    CHECK(keeper.keeping().problem.empty());
    keeper.add(someCounts());
    CHECK(keeper.dayTotal(FigureKind::Session, kTen.date) == 2);
    CHECK(keeper.read(kTen.date, kNextDay.date).size() == 3);
}
