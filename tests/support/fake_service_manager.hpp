#pragma once
// Stands in for systemd's service manager in tests: a unix datagram socket the
// test binds and names in NOTIFY_SOCKET (with WATCHDOG_USEC/WATCHDOG_PID), from
// which it reads what the kiosk sent (sd_notify(3)).
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace kiosk::test {

class FakeServiceManager {
  public:
    explicit FakeServiceManager(double watchdogSeconds) {
        // In the temporary folder ($TMPDIR), as systemd's own sockets live in /run.
        path_ = (std::filesystem::temp_directory_path() /
                 ("kiosk-notify-" + std::to_string(::getpid()) + ".sock"))
                    .string();
        ::unlink(path_.c_str());
        fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        path_.copy(address.sun_path, sizeof(address.sun_path) - 1);
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0);
        ::setenv("NOTIFY_SOCKET", path_.c_str(), 1);
        if (watchdogSeconds > 0) {
            ::setenv("WATCHDOG_USEC", std::to_string(long(watchdogSeconds * 1e6)).c_str(), 1);
            ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
        } else {
            ::unsetenv("WATCHDOG_USEC");
            ::unsetenv("WATCHDOG_PID");
        }
    }
    ~FakeServiceManager() {
        ::unsetenv("NOTIFY_SOCKET");
        ::unsetenv("WATCHDOG_USEC");
        ::unsetenv("WATCHDOG_PID");
        ::close(fd_);
        ::unlink(path_.c_str());
    }
    FakeServiceManager(const FakeServiceManager&) = delete;
    FakeServiceManager& operator=(const FakeServiceManager&) = delete;

    // The next datagram, or empty when none is waiting.
    std::string receive() {
        char buffer[4096];
        const ssize_t n = ::recv(fd_, buffer, sizeof(buffer), 0);
        return n > 0 ? std::string(buffer, size_t(n)) : std::string();
    }

  private:
    std::string path_;
    int fd_ = -1;
};

}  // namespace kiosk::test
