#pragma once
#include "session/screen_id.hpp"
#include "session/visitor_session.hpp"
#include "staff/visitor_stats.hpp"

namespace kiosk {

// Turns what each frame showed into visitor statistics: visits starting and
// ending with the session, the screen shown, the taps it got. No personal data.
class VisitRecorder {
  public:
    void frame(VisitorStats& stats, SessionPhase phase, ScreenId screen, int taps, double now);

  private:
    SessionPhase recordedPhase_ = SessionPhase::Attract;
};

}  // namespace kiosk
