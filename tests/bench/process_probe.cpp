#include "process_probe.hpp"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
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

// The fields of /proc/PID/stat after the parenthesised command name (which
// may hold spaces), field 3 (state) first; empty when the process is gone.
std::vector<std::string> statFields(pid_t pid) {
    const std::string stat = readTextFile("/proc/" + std::to_string(pid) + "/stat");
    const size_t close = stat.rfind(')');
    std::vector<std::string> fields;
    if (close == std::string::npos) return fields;
    std::istringstream in(stat.substr(close + 2));
    for (std::string f; in >> f;) fields.push_back(f);
    return fields;
}

double cpuSecondsOfOne(pid_t pid) {
    const std::vector<std::string> f = statFields(pid);
    if (f.size() < 13) return 0.0;  // utime and stime are fields 14 and 15
    return (std::stod(f[11]) + std::stod(f[12])) / double(sysconf(_SC_CLK_TCK));
}

std::vector<pid_t> allPids() {
    std::vector<pid_t> pids;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/proc", ec)) {
        const std::string name = entry.path().filename().string();
        if (!name.empty() && name.find_first_not_of("0123456789") == std::string::npos)
            pids.push_back(pid_t(std::stol(name)));
    }
    return pids;
}

// The arguments of a process, NUL-separated in /proc/PID/cmdline.
std::vector<std::string> commandLine(pid_t pid) {
    const std::string raw = readTextFile("/proc/" + std::to_string(pid) + "/cmdline");
    std::vector<std::string> args;
    std::istringstream in(raw);
    for (std::string a; std::getline(in, a, '\0');) args.push_back(a);
    return args;
}

}  // namespace

std::vector<pid_t> processTree(pid_t root) {
    std::multimap<pid_t, pid_t> children;  // parent -> child
    for (pid_t pid : allPids()) {
        const std::vector<std::string> f = statFields(pid);
        if (f.size() > 1) children.emplace(pid_t(std::stol(f[1])), pid);
    }
    std::vector<pid_t> tree{root};
    for (size_t i = 0; i < tree.size(); ++i) {
        const auto [first, last] = children.equal_range(tree[i]);
        for (auto it = first; it != last; ++it) tree.push_back(it->second);
    }
    return tree;
}

double cpuSecondsOf(const std::vector<pid_t>& pids) {
    double total = 0.0;
    for (pid_t pid : pids) total += cpuSecondsOfOne(pid);
    return total;
}

long pssKiBOf(const std::vector<pid_t>& pids) {
    long total = 0;
    for (pid_t pid : pids)
        total += std::max(0L, procField("/proc/" + std::to_string(pid) + "/smaps_rollup", "Pss:"));
    return total;
}

pid_t xServerPid() {
    const char* display = std::getenv("DISPLAY");
    if (!display) return -1;
    std::string number = display;
    number = number.substr(number.find(':') + 1);
    number = ":" + number.substr(0, number.find('.'));
    for (pid_t pid : allPids()) {
        const std::string comm = readTextFile("/proc/" + std::to_string(pid) + "/comm");
        if (comm != "Xvfb\n" && comm != "Xorg\n") continue;
        for (const std::string& arg : commandLine(pid))
            if (arg == number) return pid;
    }
    return -1;
}

std::string findOnPath(const std::string& program) {
    const char* path = std::getenv("PATH");
    std::istringstream dirs(path ? path : "/usr/bin:/bin");
    for (std::string dir; std::getline(dirs, dir, ':');)
        if (access((dir + "/" + program).c_str(), X_OK) == 0) return dir + "/" + program;
    return {};
}

double epochMilliseconds() {
    using namespace std::chrono;
    return double(duration_cast<microseconds>(system_clock::now().time_since_epoch()).count()) /
           1000.0;
}

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
    return statFields(pid_).empty() ? -1.0 : cpuSecondsOfOne(pid_);
}

double ChildProcess::treeCpuSeconds() const {
    return cpuSecondsOf(processTree(pid_));
}

long ChildProcess::treePssKiB() const {
    return pssKiBOf(processTree(pid_));
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
    const std::vector<pid_t> tree = processTree(pid_);
    kill(pid_, SIGTERM);
    if (waitExit(3.0) < 0) {
        kill(pid_, SIGKILL);
        waitExit(3.0);
    }
    // Helpers that outlived it (orphans now, so no longer its descendants).
    for (size_t i = 1; i < tree.size(); ++i) kill(tree[i], SIGTERM);
}

}  // namespace kiosk::bench
