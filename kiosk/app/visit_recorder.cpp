#include "visit_recorder.hpp"

#include <ctime>

namespace kiosk {

int localUtcOffsetSeconds() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    localtime_r(&now, &parts);
    return static_cast<int>(parts.tm_gmtoff);
}

void VisitRecorder::frame(StaffServices& services, const VisitMoment& moment, int taps,
                          double now) {
    VisitorStats& stats = services.visitorsToRecord();
    const SessionPhase phase = moment.phase;
    if (recordedPhase_ == SessionPhase::Attract && phase != SessionPhase::Attract)
        stats.sessionStarted(now);
    else if (recordedPhase_ != SessionPhase::Attract && phase == SessionPhase::Attract)
        stats.sessionEnded(now);
    recordedPhase_ = phase;
    counter_.observe(moment, counts_);
    // Counts come only when something changed: most frames hand nothing over.
    if (!counts_.empty()) services.recordFigures(counts_.take());
    if (phase == SessionPhase::Attract) return;
    const std::string name = screenName(moment.screen.id);
    stats.screenShown(name, now);
    for (int i = 0; i < taps; ++i) stats.tapped(name);
}

}  // namespace kiosk
