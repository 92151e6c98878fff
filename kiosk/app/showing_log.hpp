#pragma once
#include <optional>
#include <string>

#include "config/kiosk_config.hpp"
#include "kiosk_app.hpp"
#include "runtime/proof_of_play.hpp"

namespace kiosk {

// The running kiosk's proof-of-play log: each frame it notes what the app
// shows; finished showings go to the CSV file the configuration names (none:
// nothing is recorded). Times are written in the kiosk PC's local time.
class ShowingLog {
  public:
    explicit ShowingLog(const KioskConfig& config);

    bool enabled() const { return recorder_.has_value(); }
    // Call after each drawn frame.
    void frame(const KioskApp& app, double now);
    // The kiosk stops: the last showing is written.
    void finish(double now);
    // Copies the log into `targetDir` (a USB stick) for staff.
    PlayLogExport exportTo(const std::string& targetDir) const;

  private:
    void report(const std::string& error);

    std::string file_;
    int utcOffsetSeconds_ = 0;
    std::optional<ProofOfPlayRecorder> recorder_;
    std::string lastError_;  // logged once, not every row
};

}  // namespace kiosk
