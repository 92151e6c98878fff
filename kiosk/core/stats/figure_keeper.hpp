#pragma once
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "stats/figure_store.hpp"
#include "stats/visit_figures.hpp"

namespace kiosk {

struct FigureKeeperSettings {
    // The database (visitors.sqlite in the state folder); empty: the figures
    // are kept in memory and lost when the kiosk stops.
    std::string path;
    // A batch waits at most this long before it is committed.
    double commitSeconds = 30.0;
    // Names a damaged database moved aside ("20261203-221500").
    std::string stamp;
    // Told, on the writer's thread, of every batch once it is committed
    // (the crash test counts what must survive).
    std::function<void(const std::vector<FigureCount>&)> onCommitted;
};

// How the figures are kept, once the writer has opened its database.
struct FigureKeeping {
    bool inMemory = true;
    std::string path;
    std::string movedAside;  // a damaged database moved there at start
    std::string damage;      // what was wrong with it
    std::string problem;     // why the figures are kept in memory, if a file was wanted
    std::string lastError;   // the last commit that failed (the counts wait and are retried)
};

// The visitor figures' writer: a thread of its own opens the database and
// commits the counts the render thread hands over, in batches (at least once
// every commitSeconds while anything waits, and at a clean stop). add() never
// touches the disk: it merges counts into the waiting batch under a short lock.
// The reads are for jobs and tools, never the render thread: they commit what
// waits first, so that they include it.
class FigureKeeper {
  public:
    explicit FigureKeeper(FigureKeeperSettings settings);
    ~FigureKeeper();  // commits what waits and stops the thread
    FigureKeeper(const FigureKeeper&) = delete;
    FigureKeeper& operator=(const FigureKeeper&) = delete;

    // Render thread: counts to commit with the next batch.
    void add(const std::vector<FigureCount>& counts);

    // Not on the render thread (they wait for the database):
    FigureKeeping keeping();
    std::vector<FigureCount> read(const CalendarDate& from, const CalendarDate& to);
    std::vector<FigureCount> readAll();
    long dayTotal(FigureKind kind, const CalendarDate& day);
    // Commits what waits now.
    void commitNow();

  private:
    void run();
    bool commit(std::vector<FigureCount> batch);
    FigureStore& store(std::unique_lock<std::mutex>& lock);
    static double clockSeconds();

    const FigureKeeperSettings settings_;
    // The waiting batch, under queueMutex_.
    std::mutex queueMutex_;
    std::condition_variable queueChanged_;
    HourlyTally waiting_;
    std::optional<double> waitingSince_;
    bool stopping_ = false;
    // The database, under storeMutex_; opened on the writer's thread.
    std::mutex storeMutex_;
    std::condition_variable opened_;
    std::unique_ptr<FigureStore> store_;
    FigureKeeping keeping_;
    std::thread writer_;  // last: it uses the members above
};

}  // namespace kiosk
