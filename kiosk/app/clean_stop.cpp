#include "clean_stop.hpp"

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

#include <cstring>
#include <spdlog/spdlog.h>

#include "interactive_loop.hpp"

namespace kiosk {

namespace {

// What the signal handler writes. A handler can reach nothing else, so this
// is the one process-wide state here; it is filled before the handler is
// installed and never changed while it is.
struct PreparedLine {
    char path[4096];
    char line[512];
    size_t length;
};
PreparedLine gPrepared;

// Only async-signal-safe calls: open, write, fsync, close, signal, raise.
void writeCleanEndAndStop(int signo) {
    const int fd = ::open(gPrepared.path, O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd >= 0) {
        // One write with O_APPEND: the line lands whole, after any other.
        (void)!::write(fd, gPrepared.line, gPrepared.length);
        ::fsync(fd);
        ::close(fd);
    }
    // SA_RESETHAND put back the default action: the signal, raised again, is
    // delivered as soon as this handler returns and ends the process as if
    // no handler had been there.
    ::raise(signo);
}

bool prepare(const CleanEndRecord& record) {
    if (record.file.size() >= sizeof gPrepared.path || record.line.size() >= sizeof gPrepared.line)
        return false;
    std::memcpy(gPrepared.path, record.file.c_str(), record.file.size() + 1);
    std::memcpy(gPrepared.line, record.line.data(), record.line.size());
    gPrepared.length = record.line.size();
    return true;
}

}  // namespace

CleanStop::CleanStop(CleanEndRecord record) : record_(std::move(record)) {
    if (record_.empty()) return;
    if (!prepare(record_)) {
        spdlog::warn("{}: path too long; a stop by signal will count as a crash", record_.file);
        return;
    }
    struct sigaction action {};
    action.sa_handler = writeCleanEndAndStop;
    sigemptyset(&action.sa_mask);
    sigaddset(&action.sa_mask, SIGTERM);  // one clean end, even when both come at once
    sigaddset(&action.sa_mask, SIGINT);
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

CleanStop::~CleanStop() {
    if (record_.empty()) return;
    signal(SIGTERM, SIG_DFL);
    signal(SIGINT, SIG_DFL);
}

void CleanStop::leaving(int status) {
    if (record_.empty() || (status != 0 && status != kStaffExitStatus)) return;
    const std::string why = recordCleanEnd(record_);
    if (!why.empty()) spdlog::warn("{}; this run will count as a crash", why);
}

}  // namespace kiosk
