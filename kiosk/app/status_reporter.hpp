#pragma once
#include <memory>
#include <string>

#include "content/pack.hpp"
#include "jobs/job_runner.hpp"
#include "runtime/inbox_installer.hpp"
#include "runtime/kiosk_status.hpp"
#include "staff/staff_services.hpp"

namespace kiosk {

// Keeps the kiosk's status file in the outbox folder up to date: every minute,
// and soon after an install or a switch of the pack on screen. The file is
// gathered and written by a job (it reads the state folder's history and
// syncs the file), never on the render thread.
class StatusReporter {
  public:
    StatusReporter(std::string outbox, std::string stateDir, double startedAt,
                   std::shared_ptr<const InboxInstallStep> inbox);

    // At the next frame rather than at the next minute.
    void writeSoon() { nextWrite_ = 0.0; }
    // At the start of a frame: starts the write when it is due.
    void update(double now, const Pack& showing, const std::string& showingDir,
                StaffServices& services, JobRunner& jobs);

    static constexpr double kEverySeconds = 60.0;

  private:
    std::string outbox_;
    std::string stateDir_;
    double startedAt_;
    std::shared_ptr<const InboxInstallStep> inbox_;
    double nextWrite_ = 0.0;
    // Touched only by the status jobs, which never overlap (kOutbox).
    std::shared_ptr<DailyVisitors> daily_ = std::make_shared<DailyVisitors>();
    bool failing_ = false;  // a failed write is logged once, until one succeeds
};

}  // namespace kiosk
