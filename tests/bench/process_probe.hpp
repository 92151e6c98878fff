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
    // The same over the process and every process it started (a browser's
    // renderers, zygotes, GPU and utility processes): what the program costs.
    double treeCpuSeconds() const;
    long treePssKiB() const;
    // Waits up to `seconds` for it to exit; its exit status, or -1 if it still runs.
    int waitExit(double seconds);
    // SIGTERM, then SIGKILL if it lingers; waits for it. Processes it started
    // that outlive it are sent SIGTERM too (a browser's helpers).
    void stop();

  private:
    pid_t pid_ = -1;
    bool exited_ = false;
};

// `root` and all its descendants, from the parent ids in /proc/*/stat.
std::vector<pid_t> processTree(pid_t root);
// User plus system CPU seconds of these processes (those gone count 0).
double cpuSecondsOf(const std::vector<pid_t>& pids);
// Their proportional set sizes added up, KiB.
long pssKiBOf(const std::vector<pid_t>& pids);
// The X server drawing $DISPLAY, when it is an Xvfb or Xorg started with the
// display's number on its command line (xvfb-run does so); -1 when not found.
pid_t xServerPid();

// The program's path in a folder of $PATH; empty when it is in none.
std::string findOnPath(const std::string& program);

// Monotonic seconds.
double monotonicSeconds();
// Milliseconds since the Unix epoch (the wall clock a browser stamps with).
double epochMilliseconds();
// The whole file as text ("" when unreadable).
std::string readTextFile(const std::string& path);

}  // namespace kiosk::bench
