#pragma once
#include <string>

namespace kiosk::platform {

// The kiosk's side of systemd's service protocol (sd_notify(3)): READY=1 once
// the first frame is on screen, so `systemctl start` and Type=notify wait for
// pixels rather than for the process; WATCHDOG=1 from the frame loop, so a
// loop that hangs (not only a process that dies) gets the kiosk restarted;
// STATUS= lines for `systemctl status`. Outside systemd (no NOTIFY_SOCKET)
// every call does nothing. Time comes in as a value: the frame loop's clock.
class ServiceWatchdog {
  public:
    // Reads NOTIFY_SOCKET and WATCHDOG_USEC/WATCHDOG_PID from the environment;
    // the watchdog is the kiosk's when WATCHDOG_PID names it or its parent (the
    // compositor it runs under).
    ServiceWatchdog();

    // A service manager listens (NOTIFY_SOCKET is set).
    bool supervised() const { return supervised_; }
    // Seconds between pings: half of WatchdogSec, as sd_watchdog_enabled(3)
    // advises; 0 when the unit has no watchdog.
    double pingInterval() const { return pingInterval_; }

    // The first frame is up: READY=1 with a status line, and the first ping.
    void ready(double now, const std::string& status);
    void status(const std::string& text);
    // Called every pass of the frame loop: pings when pingInterval has passed
    // since the last one. Returns true when it pinged.
    bool feed(double now);
    // How long the loop may sleep before it must call feed() again; a large
    // value when there is no watchdog.
    double secondsUntilNextPing(double now) const;
    // Messages sent so far (for the log and tests).
    int messagesSent() const { return sent_; }

  private:
    bool notify(const std::string& message);

    bool supervised_ = false;
    double pingInterval_ = 0.0;
    bool ready_ = false;
    double lastPing_ = 0.0;
    int sent_ = 0;
};

}  // namespace kiosk::platform
