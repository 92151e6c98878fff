#include "process_probe.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

extern char** environ;

namespace kiosk::bench {

namespace {

// The number after `key` in a /proc file of "Key:   value kB" lines; -1 when absent.
long procField(const std::string& path, const std::string& key) {
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (line.compare(0, key.size(), key) == 0) return std::stol(line.substr(key.size()));
    return -1;
}

}  // namespace

double monotonicSeconds() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) * 1e-9;
}

std::string readTextFile(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::string& stdoutPath,
                           const std::string& stderrPath) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = -1;
    if (posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ) == 0) pid_ = pid;
    posix_spawn_file_actions_destroy(&actions);
}

ChildProcess::~ChildProcess() {
    stop();
}

double ChildProcess::cpuSeconds() const {
    // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name.
    const std::string stat = readTextFile("/proc/" + std::to_string(pid_) + "/stat");
    const size_t close = stat.rfind(')');
    if (close == std::string::npos) return -1.0;
    std::istringstream fields(stat.substr(close + 2));
    std::string skip;
    for (int field = 3; field < 14; ++field) fields >> skip;
    double utime = 0, stime = 0;
    fields >> utime >> stime;
    return (utime + stime) / double(sysconf(_SC_CLK_TCK));
}

long ChildProcess::pssKiB() const {
    return procField("/proc/" + std::to_string(pid_) + "/smaps_rollup", "Pss:");
}

long ChildProcess::peakRssKiB() const {
    return procField("/proc/" + std::to_string(pid_) + "/status", "VmHWM:");
}

int ChildProcess::waitExit(double seconds) {
    if (pid_ <= 0 || exited_) return -1;
    const double end = monotonicSeconds() + seconds;
    for (;;) {
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            exited_ = true;
            return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        }
        if (monotonicSeconds() >= end) return -1;
        usleep(10000);
    }
}

void ChildProcess::stop() {
    if (pid_ <= 0 || exited_) return;
    kill(pid_, SIGTERM);
    if (waitExit(3.0) >= 0) return;
    kill(pid_, SIGKILL);
    waitExit(3.0);
}

}  // namespace kiosk::bench
