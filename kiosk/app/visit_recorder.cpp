#include "visit_recorder.hpp"

namespace kiosk {

void VisitRecorder::frame(VisitorStats& stats, SessionPhase phase, ScreenId screen, int taps,
                          double now) {
    if (recordedPhase_ == SessionPhase::Attract && phase != SessionPhase::Attract)
        stats.sessionStarted(now);
    else if (recordedPhase_ != SessionPhase::Attract && phase == SessionPhase::Attract)
        stats.sessionEnded(now);
    recordedPhase_ = phase;
    if (phase == SessionPhase::Attract) return;
    const std::string name = screenName(screen);
    stats.screenShown(name, now);
    for (int i = 0; i < taps; ++i) stats.tapped(name);
}

}  // namespace kiosk
