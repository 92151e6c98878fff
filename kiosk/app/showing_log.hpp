#pragma once
#include <optional>
#include <string>

#include <memory>

#include "config/kiosk_config.hpp"
#include "jobs/job_runner.hpp"
#include "kiosk_app.hpp"
#include "runtime/proof_of_play.hpp"

namespace kiosk {

// The running kiosk's proof-of-play log: each frame it notes what the app
// shows; finished showings go to the CSV file the configuration names (none:
// nothing is recorded). Times are written in the kiosk PC's local time.
class ShowingLog {
  public:
    explicit ShowingLog(const KioskConfig& config);

    bool enabled() const { return tracker_.has_value(); }
    // From now on rows are appended by jobs on `jobs` (in order, behind
    // whatever else runs there), not by the thread that draws.
    void writeOn(JobRunner& jobs) { jobs_ = &jobs; }
    // Call after each drawn frame.
    void frame(const KioskApp& app, double now);
    // The kiosk stops: the rows still queued are written, then the last showing.
    void finish(double now);
    // Copies the log into `targetDir` (a USB stick) for staff; on the job
    // runner's worker, after the rows queued before it.
    PlayLogExport exportTo(const std::string& targetDir) const;

  private:
    void write(const PlayRecord& record);
    void report(const std::string& error);

    std::string path_;
    int utcOffsetSeconds_ = 0;
    std::optional<PlayTracker> tracker_;  // on the render thread
    std::shared_ptr<PlayLogFile> file_;   // on the worker once writeOn() was called
    JobRunner* jobs_ = nullptr;
    std::string lastError_;  // logged once, not every row
};

}  // namespace kiosk
