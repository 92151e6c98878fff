#include "watchdog.hpp"

#include "support/fake_service_manager.hpp"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <string>

using kiosk::platform::ServiceWatchdog;
using kiosk::test::FakeServiceManager;

TEST_CASE(
    "watchdog: READY=1 with the status once the first frame is up, then pings at half of "
    "WatchdogSec") {
    FakeServiceManager manager(2.0);
    ServiceWatchdog watchdog;
    REQUIRE(watchdog.supervised());
    CHECK(watchdog.pingInterval() == Approx(1.0));

    CHECK_FALSE(watchdog.feed(0.2));  // before READY=1 start-up is not the watchdog's business
    CHECK(manager.receive().empty());

    watchdog.ready(0.5, "showing tokyo23-partnership version 4");
    CHECK(manager.receive() == "READY=1\nSTATUS=showing tokyo23-partnership version 4\nWATCHDOG=1");

    CHECK_FALSE(watchdog.feed(1.2));
    CHECK(manager.receive().empty());
    CHECK(watchdog.secondsUntilNextPing(1.2) == Approx(0.3));

    CHECK(watchdog.feed(1.5));
    CHECK(manager.receive() == "WATCHDOG=1");
    CHECK(watchdog.secondsUntilNextPing(1.5) == Approx(1.0));

    // A frame loop that stalls for 5 s pings once when it comes back, not five times.
    CHECK(watchdog.feed(6.5));
    CHECK(manager.receive() == "WATCHDOG=1");
    CHECK(manager.receive().empty());
    CHECK(watchdog.messagesSent() == 3);
}

TEST_CASE("watchdog: a unit without WatchdogSec gets READY=1 and status lines but no pings") {
    FakeServiceManager manager(0.0);
    ServiceWatchdog watchdog;
    CHECK(watchdog.pingInterval() == 0.0);
    watchdog.ready(0.0, "up");
    CHECK(manager.receive() == "READY=1\nSTATUS=up");
    CHECK_FALSE(watchdog.feed(100.0));
    watchdog.status("pack switched");
    CHECK(manager.receive() == "STATUS=pack switched");
    CHECK(watchdog.secondsUntilNextPing(100.0) > 3600.0);
}

TEST_CASE("watchdog: WATCHDOG_PID naming another process is not this kiosk's watchdog") {
    FakeServiceManager manager(2.0);
    pid_t other = ::getpid() + 1;
    while (other == ::getppid()) ++other;
    ::setenv("WATCHDOG_PID", std::to_string(other).c_str(), 1);
    ServiceWatchdog watchdog;
    CHECK(watchdog.pingInterval() == 0.0);
}

TEST_CASE("watchdog: under a compositor that is the unit's main process, the kiosk pings for it") {
    FakeServiceManager manager(3.0);
    ::setenv("WATCHDOG_PID", std::to_string(::getppid()).c_str(), 1);
    ServiceWatchdog watchdog;
    CHECK(watchdog.pingInterval() == Approx(1.5));
    watchdog.ready(0.0, "up");
    CHECK(manager.receive() == "READY=1\nSTATUS=up\nWATCHDOG=1");
}

TEST_CASE("watchdog: outside systemd nothing is sent and nothing fails") {
    ::unsetenv("NOTIFY_SOCKET");
    ServiceWatchdog watchdog;
    CHECK_FALSE(watchdog.supervised());
    watchdog.ready(0.0, "up");
    CHECK_FALSE(watchdog.feed(10.0));
    CHECK(watchdog.messagesSent() == 0);
}
