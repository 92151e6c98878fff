#pragma once
#include <optional>

namespace kiosk {

// When the figures' writer commits: a batch waits at most `intervalSeconds`
// after its first count (a power cut loses at most that much), and whatever
// waits is committed when the kiosk stops cleanly.
struct CommitDecision {
    bool commitNow = false;
    // How long to sleep before asking again; none: until a count arrives.
    std::optional<double> waitSeconds;
};

// `pendingSince`: when the oldest count not yet committed arrived (none when
// nothing waits), on the same clock as `now`.
CommitDecision decideCommit(double intervalSeconds, std::optional<double> pendingSince, double now,
                            bool stopping);

}  // namespace kiosk
