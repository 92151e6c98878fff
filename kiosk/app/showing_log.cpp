#include "showing_log.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <ctime>

namespace kiosk {

namespace {

double wallClockNow() {
    using namespace std::chrono;
    return duration<double>(system_clock::now().time_since_epoch()).count();
}

}  // namespace

ShowingLog::ShowingLog(const KioskConfig& config)
    : path_(config.proofOfPlay.file), utcOffsetSeconds_(localUtcOffsetSeconds()) {
    if (path_.empty()) return;
    tracker_.emplace(modeName(config.mode));
    file_ = std::make_shared<PlayLogFile>(path_, config.proofOfPlay.maxBytes, utcOffsetSeconds_);
    spdlog::info("proof of play recorded in {}", path_);
}

void ShowingLog::frame(const KioskApp& app, double now) {
    if (!tracker_) return;
    const ScreenRef shown = app.nowShowing(now);
    const std::string screen = screenName(shown.id);
    // The wall clock is read only when something new appears, not every frame.
    if (tracker_->showing(screen, shown.param)) return;
    if (auto done = tracker_->observe(screen, shown.param, now, wallClockNow())) write(*done);
}

void ShowingLog::write(const PlayRecord& record) {
    if (!jobs_) {
        report(file_->append(record));
        return;
    }
    // Shares no resource: never refused, written in the order shown.
    jobs_->submit<std::string>(
        "job_play_log", 0, [file = file_, record](JobContext&) { return file->append(record); },
        [this](const std::string& error) { report(error); });
}

void ShowingLog::finish(double now) {
    if (!tracker_) return;
    if (jobs_) jobs_->waitIdle();  // the worker is done with the file
    if (auto done = tracker_->finish(now)) report(file_->append(*done));
}

PlayLogExport ShowingLog::exportTo(const std::string& targetDir) const {
    return exportPlayLog(path_, targetDir, wallClockNow(), utcOffsetSeconds_);
}

void ShowingLog::report(const std::string& error) {
    if (error == lastError_) return;
    if (!error.empty())
        spdlog::error("proof of play: {}", error);
    else
        spdlog::info("proof of play: {} is written again", path_);
    lastError_ = error;
}

}  // namespace kiosk
