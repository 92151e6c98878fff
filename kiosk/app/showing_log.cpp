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

// The offset of the PC's time zone (TZ, /etc/localtime) from UTC now.
int localUtcOffsetSeconds() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    localtime_r(&now, &parts);
    return static_cast<int>(parts.tm_gmtoff);
}

}  // namespace

ShowingLog::ShowingLog(const KioskConfig& config)
    : file_(config.proofOfPlay.file), utcOffsetSeconds_(localUtcOffsetSeconds()) {
    if (file_.empty()) return;
    recorder_.emplace(PlayLogFile(file_, config.proofOfPlay.maxBytes, utcOffsetSeconds_),
                      modeName(config.mode), wallClockNow);
    spdlog::info("proof of play recorded in {}", file_);
}

void ShowingLog::frame(const KioskApp& app, double now) {
    if (!recorder_) return;
    const ScreenRef shown = app.nowShowing(now);
    report(recorder_->observe(shown.name, shown.param, now));
}

void ShowingLog::finish(double now) {
    if (recorder_) report(recorder_->finish(now));
}

PlayLogExport ShowingLog::exportTo(const std::string& targetDir) const {
    return exportPlayLog(file_, targetDir, wallClockNow(), utcOffsetSeconds_);
}

void ShowingLog::report(const std::string& error) {
    if (error == lastError_) return;
    if (!error.empty())
        spdlog::error("proof of play: {}", error);
    else
        spdlog::info("proof of play: {} is written again", file_);
    lastError_ = error;
}

}  // namespace kiosk
