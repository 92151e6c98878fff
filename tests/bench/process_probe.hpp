#pragma once
#include <sys/types.h>

#include <string>
#include <vector>

namespace kiosk::bench {

// A child process started by the benchmark, with its output in files, and what
// the kernel says about it (/proc). Linux only, like the kiosk.
class ChildProcess {
  public:
    // Starts argv[0] with `argv`, stdout and stderr into the given files.
    ChildProcess(const std::vector<std::string>& argv, const std::string& stdoutPath,
                 const std::string& stderrPath);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    bool started() const { return pid_ > 0; }
    pid_t pid() const { return pid_; }
    // User plus system CPU seconds of all its threads so far.
    double cpuSeconds() const;
    // Proportional set size (shared pages split between their users), KiB.
    long pssKiB() const;
    // Peak resident set size so far (VmHWM), KiB.
    long peakRssKiB() const;
    // Waits up to `seconds` for it to exit; its exit status, or -1 if it still runs.
    int waitExit(double seconds);
    // SIGTERM, then SIGKILL if it lingers; waits for it.
    void stop();

  private:
    pid_t pid_ = -1;
    bool exited_ = false;
};

// Monotonic seconds.
double monotonicSeconds();
// The whole file as text ("" when unreadable).
std::string readTextFile(const std::string& path);

}  // namespace kiosk::bench
