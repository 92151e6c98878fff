#include "stats/commit_timing.hpp"

#include <algorithm>

namespace kiosk {

CommitDecision decideCommit(double intervalSeconds, std::optional<double> pendingSince, double now,
                            bool stopping) {
    if (!pendingSince) return {};
    const double waited = now - *pendingSince;
    if (stopping || waited >= intervalSeconds) return {true, std::nullopt};
    return {false, std::max(0.0, intervalSeconds - waited)};
}

}  // namespace kiosk
