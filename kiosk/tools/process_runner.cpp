#include "process_runner.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace kiosk {

namespace {

// The input in an unlinked temporary file, rewound; -1 when it cannot be made.
int inputFile(const std::string& input) {
    // In the system's temporary folder ($TMPDIR honoured), unlinked at once.
    std::string name = (std::filesystem::temp_directory_path() / "kiosk-pack-inputXXXXXX").string();
    const int fd = mkstemp(name.data());
    if (fd < 0) return -1;
    unlink(name.c_str());
    for (size_t at = 0; at < input.size();) {
        const ssize_t n = write(fd, input.data() + at, input.size() - at);
        if (n <= 0) {
            close(fd);
            return -1;
        }
        at += size_t(n);
    }
    lseek(fd, 0, SEEK_SET);
    return fd;
}

}  // namespace

ProcessResult runProcess(const std::vector<std::string>& argv, const std::string& input) {
    ProcessResult result;
    const int in = inputFile(input);
    int out[2];
    if (in < 0 || pipe2(out, O_CLOEXEC) != 0) {
        if (in >= 0) close(in);
        return result;
    }
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in, 0);
        dup2(out[1], 1);
        const int null = open("/dev/null", O_WRONLY);
        if (null >= 0) dup2(null, 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    close(in);
    close(out[1]);
    if (pid < 0) {
        close(out[0]);
        return result;
    }
    char buffer[65536];
    for (;;) {
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n > 0) {
            result.out.append(buffer, size_t(n));
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    close(out[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.started = result.exitCode != 127;
    return result;
}

}  // namespace kiosk
