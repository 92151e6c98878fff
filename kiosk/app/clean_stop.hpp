#pragma once
#include "install/crash_loop_guard.hpp"

namespace kiosk {

// Tells the crash-loop guard that this run ended cleanly, however it ends so:
// by returning from main with a status that is not a failure, or by SIGTERM
// (systemd stopping or restarting the service: staff, a schedule, shutdown)
// or SIGINT (a developer's Ctrl+C). Those signals keep their usual effect:
// the clean end is written from the handler, synced, and the signal is raised
// again with its default action, so the kiosk still ends at once and by that
// signal. Every other end (a crash, SIGKILL, the watchdog's SIGABRT, a power
// cut) leaves no clean end, and the run counts against its pack.
class CleanStop {
  public:
    // Installs the signal handlers; nothing when `record` is empty (no state
    // folder, or the start was not recorded).
    explicit CleanStop(CleanEndRecord record);
    ~CleanStop();
    CleanStop(const CleanStop&) = delete;
    CleanStop& operator=(const CleanStop&) = delete;

    // The kiosk is leaving main with `status`: records a clean end for 0 and
    // the staff exit. A failure (1: no display, no pack) is not clean.
    void leaving(int status);

  private:
    CleanEndRecord record_;
};

}  // namespace kiosk
