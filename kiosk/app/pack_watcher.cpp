#include "pack_watcher.hpp"

#include <spdlog/spdlog.h>

#include <chrono>

namespace kiosk {

namespace {

double steadySeconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

void logReload(const PackReload& r, const std::string& dir, const std::string& changed) {
    const size_t errors = r.problems.errorCount();
    const size_t warnings = r.problems.size() - errors;
    if (r.prepared)
        spdlog::info("{}: reloaded ({}), {} warnings", dir, changed, warnings);
    else
        spdlog::warn("{}: {} errors, {} warnings; the last good content stays on screen", dir,
                     errors, warnings);
    for (const auto& p : r.problems.errors()) spdlog::warn("{}", p.format());
}

}  // namespace

PackWatcher::PackWatcher(std::unique_ptr<PackReloader> reloader, FolderSnapshot loaded,
                         PackWatchTiming timing)
    : reloader_(std::move(reloader)), timing_(timing), watch_(std::move(loaded), timing) {
    if (!reloader_->watch().inlineLooks) thread_ = std::thread([this] { lookOnThread(); });
}

PackWatcher::~PackWatcher() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    stop_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void PackWatcher::look(double now) {
    if (now < watch_.nextLookAt()) return;
    if (!watch_.observe(snapshotFolder(reloader_->watch().dir), now)) return;
    PackReload reload = reloader_->reload();
    logReload(reload, reloader_->watch().dir, watch_.lastChanges());
    offer(std::move(reload));
}

void PackWatcher::lookOnThread() {
    std::unique_lock<std::mutex> lock(mutex_);
    while (!stopping_) {
        lock.unlock();
        look(steadySeconds());
        lock.lock();
        stop_.wait_for(lock, std::chrono::duration<double>(timing_.lookEverySeconds),
                       [this] { return stopping_; });
    }
}

void PackWatcher::offer(PackReload reload) {
    std::lock_guard<std::mutex> lock(mutex_);
    ready_ = std::move(reload);
}

std::optional<PackReload> PackWatcher::takeReady() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::optional<PackReload> taken = std::move(ready_);
    ready_.reset();
    return taken;
}

PackReload PackWatcher::reloadNow() {
    return reloader_->reload();
}

WatchStart startWatching(const PackWatchSettings& settings, const LiveContentSettings& content) {
    auto reloader = std::make_unique<PackReloader>(settings, content);
    spdlog::info(
        "watching {} ({}) for saves", settings.dir,
        reloader->watchingSource() ? "a pack source, built as it changes" : "a built pack");
    FolderSnapshot before = snapshotFolder(settings.dir);
    WatchStart start;
    start.first = reloader->reload(false);
    logReload(start.first, settings.dir, "first load");
    start.watcher = std::make_unique<PackWatcher>(std::move(reloader), std::move(before));
    return start;
}

ui::PackProblemsView problemsView(const PackReload& reload) {
    std::vector<Problem> problems = reload.problems.errors();
    for (auto& w : reload.problems.warnings()) problems.push_back(std::move(w));
    return {std::move(problems), reload.problems.hasErrors()};
}

}  // namespace kiosk
