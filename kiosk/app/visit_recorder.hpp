#pragma once
#include "session/screen_id.hpp"
#include "session/visitor_session.hpp"
#include "staff/staff_services.hpp"
#include "stats/visit_counter.hpp"

namespace kiosk {

// The offset of the kiosk PC's time zone (TZ, /etc/localtime) from UTC now:
// the figures' hours are the venue's local hours.
int localUtcOffsetSeconds();

// Turns what each frame showed into visitor statistics: visits starting and
// ending with the session, the screen shown, the taps it got (VisitorStats, in
// memory), and the hourly figures that last (counts handed to the staff
// services' writer). No personal data: counts only.
class VisitRecorder {
  public:
    VisitRecorder() : counter_(localUtcOffsetSeconds()) {}

    void frame(StaffServices& services, const VisitMoment& moment, int taps, double now);

  private:
    SessionPhase recordedPhase_ = SessionPhase::Attract;
    VisitCounter counter_;
    HourlyTally counts_;
};

}  // namespace kiosk
