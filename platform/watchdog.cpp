#include "watchdog.hpp"

#include <systemd/sd-daemon.h>

#include <unistd.h>

#include <cstdint>
#include <cstdlib>

namespace kiosk::platform {

ServiceWatchdog::ServiceWatchdog() {
    const char* socket = std::getenv("NOTIFY_SOCKET");
    supervised_ = socket && *socket;
    uint64_t usec = 0;
    // 0: keep the variables; the kiosk starts no children that could misuse them.
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        pingInterval_ = double(usec) / 2e6;
        return;
    }
    // Under cage (platform/deploy/kiosk.service) the unit's main process is
    // the compositor and the kiosk its child: WATCHDOG_PID names the parent,
    // and NotifyAccess=all lets the child's pings count.
    const char* pid = std::getenv("WATCHDOG_PID");
    const char* timeout = std::getenv("WATCHDOG_USEC");
    if (pid && timeout && std::strtol(pid, nullptr, 10) == long(::getppid())) {
        const double seconds = std::strtod(timeout, nullptr) / 1e6;
        if (seconds > 0.0) pingInterval_ = seconds / 2.0;
    }
}

bool ServiceWatchdog::notify(const std::string& message) {
    if (!supervised_) return false;
    // sd_notify returns > 0 once the datagram is sent; a full or vanished
    // socket must not stop the kiosk, so failures are only counted out.
    if (sd_notify(0, message.c_str()) <= 0) return false;
    ++sent_;
    return true;
}

void ServiceWatchdog::ready(double now, const std::string& status) {
    std::string message = "READY=1\nSTATUS=" + status;
    if (pingInterval_ > 0.0) message += "\nWATCHDOG=1";
    notify(message);
    ready_ = true;
    lastPing_ = now;
}

void ServiceWatchdog::status(const std::string& text) {
    notify("STATUS=" + text);
}

bool ServiceWatchdog::feed(double now) {
    // Before READY=1 start-up is timed by TimeoutStartSec, not the watchdog.
    if (!ready_ || pingInterval_ <= 0.0 || now - lastPing_ < pingInterval_) return false;
    lastPing_ = now;
    return notify("WATCHDOG=1");
}

double ServiceWatchdog::secondsUntilNextPing(double now) const {
    if (!ready_ || pingInterval_ <= 0.0) return 1e9;
    const double left = lastPing_ + pingInterval_ - now;
    return left > 0.0 ? left : 0.0;
}

}  // namespace kiosk::platform
