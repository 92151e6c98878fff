#include "stats/figure_keeper.hpp"

#include <chrono>

#include "stats/commit_timing.hpp"

namespace kiosk {

FigureKeeper::FigureKeeper(FigureKeeperSettings settings)
    : settings_(std::move(settings)), writer_([this] { run(); }) {}

FigureKeeper::~FigureKeeper() {
    {
        std::lock_guard<std::mutex> lock(queueMutex_);
        stopping_ = true;
    }
    queueChanged_.notify_all();
    writer_.join();
}

double FigureKeeper::clockSeconds() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

void FigureKeeper::add(const std::vector<FigureCount>& counts) {
    if (counts.empty()) return;
    {
        std::lock_guard<std::mutex> lock(queueMutex_);
        for (const FigureCount& c : counts) waiting_.add(c);
        if (!waitingSince_) waitingSince_ = clockSeconds();
    }
    queueChanged_.notify_all();
}

void FigureKeeper::run() {
    {
        // Opening may move a damaged file aside: on this thread, never the frame's.
        FigureStoreOpening opening = openFigureStore(settings_.path, settings_.stamp);
        std::lock_guard<std::mutex> lock(storeMutex_);
        store_ = std::move(opening.store);
        keeping_.inMemory = store_->inMemory();
        keeping_.path = settings_.path;
        keeping_.movedAside = opening.movedAside;
        keeping_.damage = opening.damage;
        keeping_.problem = opening.problem;
    }
    opened_.notify_all();
    std::unique_lock<std::mutex> lock(queueMutex_);
    for (;;) {
        const CommitDecision decision =
            decideCommit(settings_.commitSeconds, waitingSince_, clockSeconds(), stopping_);
        if (decision.commitNow) {
            std::vector<FigureCount> batch = waiting_.take();
            waitingSince_.reset();
            lock.unlock();
            const bool committed = commit(std::move(batch));
            lock.lock();
            if (!committed && stopping_) return;  // the disk refuses: nothing more to do
            continue;
        }
        if (stopping_) return;  // nothing waits
        if (decision.waitSeconds)
            queueChanged_.wait_for(lock, std::chrono::duration<double>(*decision.waitSeconds));
        else
            queueChanged_.wait(lock);
    }
}

FigureStore& FigureKeeper::store(std::unique_lock<std::mutex>& lock) {
    opened_.wait(lock, [this] { return store_ != nullptr; });
    return *store_;
}

bool FigureKeeper::commit(std::vector<FigureCount> batch) {
    if (batch.empty()) return true;
    std::string error;
    {
        std::unique_lock<std::mutex> lock(storeMutex_);
        if (store(lock).add(batch, error)) {
            keeping_.lastError.clear();
            lock.unlock();
            if (settings_.onCommitted) settings_.onCommitted(batch);
            return true;
        }
        keeping_.lastError = error;
    }
    // A full disk or a locked file: the counts wait for the next batch.
    add(batch);
    return false;
}

void FigureKeeper::commitNow() {
    std::vector<FigureCount> batch;
    {
        std::lock_guard<std::mutex> lock(queueMutex_);
        batch = waiting_.take();
        waitingSince_.reset();
    }
    commit(std::move(batch));
}

FigureKeeping FigureKeeper::keeping() {
    std::unique_lock<std::mutex> lock(storeMutex_);
    store(lock);
    return keeping_;
}

std::vector<FigureCount> FigureKeeper::read(const CalendarDate& from, const CalendarDate& to) {
    commitNow();
    std::unique_lock<std::mutex> lock(storeMutex_);
    return store(lock).read(from, to);
}

std::vector<FigureCount> FigureKeeper::readAll() {
    commitNow();
    std::unique_lock<std::mutex> lock(storeMutex_);
    return store(lock).readAll();
}

long FigureKeeper::dayTotal(FigureKind kind, const CalendarDate& day) {
    commitNow();
    std::unique_lock<std::mutex> lock(storeMutex_);
    return store(lock).dayTotal(kind, day);
}

}  // namespace kiosk
